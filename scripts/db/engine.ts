// Prisma's WebAssembly schema engine, loaded directly (see docs/decisions/0002-offline-database-tool.md).
// Prisma's own loader looks for the .wasm in a folder npm does not create, and its CLI insists on
// downloading a native engine; this module does neither. Load it once per process: a second copy of the
// wasm glue corrupts the first engine.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

const require = createRequire(import.meta.url);

export type Provider = "sqlite" | "postgresql";

/**
 * Tables a hand-written migration creates that the schema does not describe (decision 0036): the full-text
 * index of SearchDocument, and on SQLite the shadow tables FTS5 keeps for it. The drift check leaves them be.
 */
export const EXTERNAL_TABLES = ["SearchFts", "SearchFts_data", "SearchFts_idx", "SearchFts_content", "SearchFts_docsize", "SearchFts_config"];
/** PostgreSQL wants the tables qualified by their schema, SQLite by name alone. */
export function filtersFor(provider: Provider) {
  return { externalTables: provider === "postgresql" ? EXTERNAL_TABLES.map((t) => `public.${t}`) : EXTERNAL_TABLES, externalEnums: [] as string[] };
}

let engineClass: typeof SchemaEngine | undefined;

async function loadEngineClass(): Promise<typeof SchemaEngine> {
  if (engineClass) return engineClass;
  const runtime = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");
  const wasmModule = new WebAssembly.Module(readFileSync(wasmPath));
  const instance = new WebAssembly.Instance(wasmModule, {
    "./schema_engine_bg.js": runtime as unknown as WebAssembly.ModuleImports,
  });
  (runtime as unknown as { __wbg_set_wasm(e: WebAssembly.Exports): void }).__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  engineClass = runtime.SchemaEngine;
  return engineClass;
}

/**
 * The pg adapter cannot read PostgreSQL's internal one-byte `char` type (OID 18), which the engine meets
 * while it describes a schema (it throws "Column type 'char' could not be deserialized"). pg already
 * returns such values as strings; this client reports those columns as text (OID 25) so the adapter
 * accepts them.
 */
class CharAsTextClient extends pg.Client {
  // pg's overloads cannot be restated here. pg.Pool calls the callback form, the adapter's own
  // transactions the promise form: both are covered.
  query(...args: unknown[]): never {
    const fix = (r: pg.QueryResult | undefined) => {
      for (const field of r?.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
      return r;
    };
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (err: Error | null, r: pg.QueryResult) => (last as (e: Error | null, r?: pg.QueryResult) => void)(err, fix(r));
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result && typeof (result as Promise<unknown>).then === "function") return (result as Promise<pg.QueryResult>).then(fix) as never;
    return result as never;
  }
}

export function providerOf(url: string): Provider {
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(`DATABASE_URL must start with file:, postgres:// or postgresql:// (got "${url.slice(0, 20)}…")`);
}

async function adapterFor(url: string) {
  const { bindMigrationAwareSqlAdapterFactory } = await import("@prisma/driver-adapter-utils");
  if (providerOf(url) === "sqlite") {
    const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
    return bindMigrationAwareSqlAdapterFactory(new PrismaBetterSqlite3({ url }));
  }
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const pool = new pg.Pool({ connectionString: url, max: 4, Client: CharAsTextClient as unknown as typeof pg.Client });
  // Never let the engine make a shadow database on PostgreSQL: PrismaPg's connectToShadowDb with a
  // connection string connects to the main database. Every command here runs with shadow databases off.
  return bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool));
}

const engines = new Map<string, Promise<SchemaEngine>>();

/**
 * The engine for one database, one per URL per process: a second engine on the same SQLite file finds it
 * locked by the first and fails. Every command passes its schema explicitly, so one engine serves them all.
 */
export function openEngine(url: string, schema: string): Promise<SchemaEngine> {
  let engine = engines.get(url);
  if (!engine) {
    engine = (async () => {
      const Engine = await loadEngineClass();
      return Engine.new({ datamodels: [["schema.prisma", schema]] }, () => {}, (await adapterFor(url)) as never);
    })();
    engines.set(url, engine);
  }
  return engine;
}

/**
 * An engine that never touches a database, for diffing two schema texts. The connection only answers the
 * version probe the PostgreSQL connector sends when it starts (as PostgreSQL 15, the version we run) and
 * refuses everything else, so a diff that needed a database would fail loudly instead of guessing.
 */
export async function openOfflineEngine(provider: Provider, schema: string): Promise<SchemaEngine> {
  const Engine = await loadEngineClass();
  const { bindMigrationAwareSqlAdapterFactory, mockAdapter } = await import("@prisma/driver-adapter-utils");
  const dialect = provider === "sqlite" ? "sqlite" : "postgres";
  const connection = {
    ...mockAdapter(dialect),
    dispose: async () => {},
    queryRaw: async (query: { sql: string }) => {
      if (dialect === "postgres" && query.sql.includes("FROM pg_namespace WHERE nspname")) {
        // Boolean, Text, Int32 (ColumnTypeEnum of @prisma/driver-adapter-utils)
        return { columnNames: ["exists", "version", "numeric_version"], columnTypes: [5, 7, 0], rows: [[true, "PostgreSQL 15", 150000]] };
      }
      throw new Error(`offline schema engine: no database to run ${query.sql.slice(0, 60)}`);
    },
  };
  const factory = { provider: dialect, adapterName: "offline", connect: async () => connection, connectToShadowDb: async () => connection };
  return Engine.new({ datamodels: [["schema.prisma", schema]] }, () => {}, bindMigrationAwareSqlAdapterFactory(factory as never) as never);
}

/** The SQL that takes a database from the `from` schema (or nothing) to the `to` schema; no database is read. */
export async function diffSchemas(engine: SchemaEngine, from: string | null, to: string, provider: Provider): Promise<string> {
  const result = await engine.diff({
    from: from === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: from }] },
    to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: to }] },
    script: true,
    exitCode: null,
    filters: filtersFor(provider),
  });
  return result.stdout ?? "";
}

/** Human-readable differences between the live database of the engine and a schema ("" when none). */
export async function diffDatabase(engine: SchemaEngine, schema: string, provider: Provider): Promise<string> {
  const result = await engine.diff({
    from: { tag: "schemaDatasource", files: [{ path: "schema.prisma", content: schema }], configDir: process.cwd() },
    to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schema }] },
    script: false,
    exitCode: true,
    filters: filtersFor(provider),
  });
  return result.exitCode === 0 ? "" : (result.stdout ?? "differences found");
}
