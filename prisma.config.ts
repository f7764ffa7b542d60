// Prisma CLI configuration for the SQLite source schema. The PostgreSQL twin is prisma/postgres/prisma.config.ts.
// The project's own database tool (scripts/db) reads the same paths; see docs/decisions/0002-offline-database-tool.md.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL?.startsWith("file:") ? process.env.DATABASE_URL : "file:./data/portal.db" },
});
