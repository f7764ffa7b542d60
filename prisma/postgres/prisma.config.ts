// Prisma CLI configuration for the derived PostgreSQL schema, for machines where the ordinary CLI works:
//   DATABASE_URL=postgres://… npx prisma migrate deploy --config prisma/postgres/prisma.config.ts
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "schema.prisma",
  migrations: { path: "migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/bloc_portal" },
});
