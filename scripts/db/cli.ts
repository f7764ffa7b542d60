// The project's database tool over Prisma's WebAssembly schema engine (docs/decisions/0002-offline-database-tool.md).
//   db:derive                 write prisma/postgres/schema.prisma from the source schema
//   db:migrate:create <name>  write a migration for both providers from the schema change since the last one
//   db:migrate                apply pending migrations to DATABASE_URL (as `prisma migrate deploy`)
//   db:status                 say which migrations DATABASE_URL lacks
//   db:check                  fail unless the migrations reproduce the schema (SQLite, and PostgreSQL when
//                             TEST_POSTGRES_URL is set)
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { resolveDatabaseUrl, sqliteFile } from "../../lib/database-url";
import { diffDatabase, diffSchemas, filtersFor, openEngine, openOfflineEngine, providerOf, type Provider } from "./engine";
import {
  derivePostgres,
  listMigrations,
  lockfileContent,
  migrationsDir,
  migrationSlug,
  migrationTimestamp,
  POSTGRES_SCHEMA,
  readSchema,
  SNAPSHOT,
  SOURCE_SCHEMA,
  writeDerivedPostgres,
} from "./layout";
import { createScratchPostgres } from "./scratch-postgres";

const PROVIDERS: Provider[] = ["sqlite", "postgresql"];

function schemaFor(provider: Provider, source: string): string {
  return provider === "sqlite" ? source : derivePostgres(source);
}

async function migrateCreate(name: string | undefined): Promise<number> {
  const slug = migrationSlug(name ?? "");
  writeDerivedPostgres();
  const source = readFileSync(SOURCE_SCHEMA, "utf8");
  const previous = existsSync(SNAPSHOT) ? readFileSync(SNAPSHOT, "utf8") : null;
  const scripts = new Map<Provider, string>();
  for (const provider of PROVIDERS) {
    const engine = await openOfflineEngine(provider, schemaFor(provider, source));
    const sql = await diffSchemas(engine, previous === null ? null : schemaFor(provider, previous), schemaFor(provider, source), provider);
    scripts.set(provider, sql);
  }
  if ([...scripts.values()].every((sql) => sql.trim() === "" || /^-- This is an empty migration\.?\s*$/.test(sql.trim()))) {
    console.log("Không có thay đổi nào trong schema: không tạo migration.");
    return 0;
  }
  const folder = `${migrationTimestamp()}_${slug}`;
  for (const [provider, sql] of scripts) {
    const dir = migrationsDir(provider);
    mkdirSync(path.join(dir, folder), { recursive: true });
    writeFileSync(path.join(dir, folder, "migration.sql"), sql.endsWith("\n") ? sql : `${sql}\n`);
    writeFileSync(path.join(dir, "migration_lock.toml"), lockfileContent(provider));
    console.log(`${path.relative(process.cwd(), path.join(dir, folder, "migration.sql"))}`);
  }
  writeFileSync(SNAPSHOT, source);
  return 0;
}

async function migrate(url: string): Promise<string[]> {
  const provider = providerOf(url);
  if (provider === "sqlite") mkdirSync(path.dirname(sqliteFile(url)), { recursive: true });
  const engine = await openEngine(url, readSchema(provider));
  const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: listMigrations(provider), filters: filtersFor(provider) });
  return appliedMigrationNames;
}

async function status(url: string): Promise<number> {
  const provider = providerOf(url);
  const engine = await openEngine(url, readSchema(provider));
  const list = listMigrations(provider);
  const result = await engine.diagnoseMigrationHistory({ migrationsList: list, optInToShadowDatabase: false, filters: filtersFor(provider) });
  console.log(`${list.migrationDirectories.length} migration(s) in ${path.relative(process.cwd(), list.baseDir)}`);
  if (result.failedMigrationNames.length) console.log(`Failed: ${result.failedMigrationNames.join(", ")}`);
  if (result.editedMigrationNames.length) console.log(`Edited after being applied: ${result.editedMigrationNames.join(", ")}`);
  const history = result.history;
  if (history === null) {
    console.log("Database schema is up to date.");
    return result.failedMigrationNames.length || result.editedMigrationNames.length ? 1 : 0;
  }
  if (history.diagnostic === "databaseIsBehind") console.log(`Not yet applied: ${history.unappliedMigrationNames.join(", ")}`);
  else if (history.diagnostic === "migrationsDirectoryIsBehind")
    console.log(`Applied but missing from the folder: ${history.unpersistedMigrationNames.join(", ")}`);
  else console.log(`Histories diverge after ${history.lastCommonMigrationName ?? "the start"}`);
  return 1;
}

async function check(): Promise<number> {
  const problems: string[] = [];
  const source = readFileSync(SOURCE_SCHEMA, "utf8");
  if (!existsSync(POSTGRES_SCHEMA) || readFileSync(POSTGRES_SCHEMA, "utf8") !== derivePostgres(source)) {
    problems.push("prisma/postgres/schema.prisma is not derived from prisma/schema.prisma: run npm run db:derive");
  }
  const snapshot = existsSync(SNAPSHOT) ? readFileSync(SNAPSHOT, "utf8") : null;
  // 1. SQLite: replay every migration into a scratch file and compare it with the schema.
  const dir = path.join(os.tmpdir(), `bloc-portal-check-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    const url = `file:${path.join(dir, "check.db")}`;
    await migrate(url);
    const drift = await diffDatabase(await openEngine(url, source), source, "sqlite");
    if (drift) problems.push(`SQLite: the migrations do not reproduce prisma/schema.prisma:\n${drift}`);
    if (snapshot !== null) {
      const pending = await diffSchemas(await openOfflineEngine("sqlite", source), snapshot, source, "sqlite");
      if (pending.trim() && !/^-- This is an empty migration/.test(pending.trim()))
        problems.push("prisma/schema.prisma changed since the last migration: run npm run db:migrate:create -- <name>");
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // 2. PostgreSQL, on a scratch database of the server in TEST_POSTGRES_URL.
  const admin = process.env.TEST_POSTGRES_URL;
  if (admin) {
    const scratch = await createScratchPostgres(admin, "check");
    try {
      await migrate(scratch.url);
      const pgSchema = derivePostgres(source);
      const drift = await diffDatabase(await openEngine(scratch.url, pgSchema), pgSchema, "postgresql");
      if (drift) problems.push(`PostgreSQL: the migrations do not reproduce the derived schema:\n${drift}`);
    } finally {
      await scratch.drop();
    }
  } else {
    console.log("PostgreSQL skipped: set TEST_POSTGRES_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres) to check it.");
  }
  for (const p of problems) console.error(`✗ ${p}`);
  if (!problems.length) console.log(`✓ migrations reproduce the schema (SQLite${admin ? " and PostgreSQL" : ""})`);
  return problems.length ? 1 : 0;
}

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  const url = resolveDatabaseUrl(process.env.DATABASE_URL);
  switch (command) {
    case "derive":
      console.log(writeDerivedPostgres() ? "prisma/postgres/schema.prisma updated" : "prisma/postgres/schema.prisma is current");
      return 0;
    case "migrate:create":
      return migrateCreate(args[0]);
    case "migrate": {
      const applied = await migrate(url);
      console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
      return 0;
    }
    case "status":
      return status(url);
    case "check":
      return check();
    default:
      console.error("usage: tsx scripts/db/cli.ts derive|migrate:create <name>|migrate|status|check");
      return 2;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
