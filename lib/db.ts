// The one Prisma client. SQLite (better-sqlite3) for `file:` URLs or none, PostgreSQL (pg) for
// postgres:// URLs. Both generated clients come from the same source schema, so they share one type.
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { SerialPgAdapterFactory } from "./pg-serial";
import { PrismaClient as SqliteClient } from "../generated/prisma/sqlite/client";
import { PrismaClient as PostgresClient } from "../generated/prisma/postgres/client";
import { databaseKind, sqliteFile } from "./database-url";
import { env } from "./env";
import { GatedSqliteAdapterFactory, serialiseTransactions, SqliteGate } from "./sqlite-serial";

export type Db = SqliteClient;
/**
 * A transaction's client. Its statements are awaited one at a time (no `Promise.all` over `tx.*`): on
 * PostgreSQL a transaction is one connection, and node-postgres deprecates queries sent to a client that is
 * still busy (an error in pg 9).
 */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Milliseconds a SQLite statement waits for a lock before SQLITE_BUSY. */
export const SQLITE_BUSY_TIMEOUT_MS = 5_000;

/**
 * PostgreSQL connections: a request waits at most this long for a connection and for a statement, so that
 * a database that stops answering (a network that hangs) fails requests in seconds instead of holding
 * them (scripts/reliability/db-outage.mjs).
 */
export const PG_CONNECT_TIMEOUT_MS = 5_000;
export const PG_QUERY_TIMEOUT_MS = 30_000;

/**
 * Interactive transactions: how long one waits for a connection of the pool (Prisma's default, 2 s, refused
 * saves when fifty officers saved at once on ten connections) and how long it may run (the default, 5 s, is
 * less than a write waiting behind others' row locks can take; lib/actions/transaction.ts runs one again
 * after a deadlock). Both stay under the statement timeout, so a request fails in seconds, not minutes.
 */
export const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;

/**
 * Request-path sessions run without PostgreSQL's JIT: a dashboard statement over a few thousand rollup rows
 * has a high estimated cost and was compiled for 7 ms to run in 9 ms (docs/BENCHMARKS.md). Maintenance
 * clients (long rebuilds, where JIT can pay) keep the server's setting.
 */
export const PG_REQUEST_OPTIONS = "-c jit=off";

/**
 * Errors without the caller's code frame: any other format makes the client capture a stack trace on every
 * query to point at the caller, about 13 µs of a 70 µs query (docs/BENCHMARKS.md). Errors are logged with
 * their own stack.
 */
const ERROR_FORMAT = "minimal" as const;

/**
 * `maintenance`: for scripts whose statements legitimately run for minutes (the rollup rebuild at national
 * scale, the generator): no per-statement client timeout on PostgreSQL. Request paths use `db`.
 */
export function createDb(url: string, { maintenance = false } = {}): Db {
  if (databaseKind(url) === "postgresql") {
    const adapter = new SerialPgAdapterFactory({
      connectionString: url,
      max: 10,
      connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS,
      ...(maintenance ? {} : { query_timeout: PG_QUERY_TIMEOUT_MS, options: PG_REQUEST_OPTIONS }),
      keepAlive: true,
    });
    return new PostgresClient({ adapter, errorFormat: ERROR_FORMAT, transactionOptions: TRANSACTION_OPTIONS }) as unknown as Db;
  }
  const file = sqliteFile(url);
  mkdirSync(path.dirname(file), { recursive: true });
  // WAL is a property of the file: set it once, before the adapter opens its connection.
  const setup = new Database(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  setup.pragma("journal_mode = WAL");
  setup.close();
  const gate = new SqliteGate();
  return serialiseTransactions(
    new SqliteClient({ adapter: new GatedSqliteAdapterFactory({ url: `file:${file}`, timeout: SQLITE_BUSY_TIMEOUT_MS }, gate), errorFormat: ERROR_FORMAT }),
    gate,
  );
}

const globalForDb = globalThis as unknown as { portalDb?: Db };

/**
 * One client per process, kept on the global object: across hot reloads in development, and in production
 * across the bundles Next builds (pages and route handlers are separate bundles, each with its own copy of
 * this module). Two copies were two SQLite connections in one process: the route handlers' writes then
 * waited on the pages' transactions for the write lock and failed after the busy timeout under load (the
 * HTTP fuzz found it as 500s on denials written by route handlers).
 */
export const db: Db = (globalForDb.portalDb ??= createDb(env.DATABASE_URL));
