// One SQLite connection per process (the better-sqlite3 adapter) means a statement issued while another
// request's interactive transaction is open runs inside that transaction: it sees uncommitted rows, and if
// the transaction rolls back, an acknowledged write outside it is lost (STACK.md, reproduced in
// tests/integration/concurrency.test.ts). A transaction therefore holds the connection for its duration:
// statements outside a transaction wait for it, statements inside it (marked through AsyncLocalStorage) run.
// PostgreSQL (a pool of connections) needs none of this.
//
// The gate sits in the driver adapter, under the ORM (decision 0014): a query extension on the client did
// the same at about 40 µs of extension machinery per operation, a third of a simple query's cost. The
// adapter's connection also keeps its prepared statements (the stock adapter prepares every statement
// again on every call).
import { AsyncLocalStorage } from "node:async_hooks";
import type Database from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { PrismaClient } from "../generated/prisma/sqlite/client";

class Mutex {
  private tail: Promise<void> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work, work);
    this.tail = result.then(() => undefined, () => undefined);
    return result;
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** What one SQLite client's transactions and plain statements share. */
export class SqliteGate {
  readonly lock = new Mutex();
  readonly inTransaction = new AsyncLocalStorage<true>();

  /**
   * Work holding the connection (a transaction, or a plain statement outside one) starts, once the
   * connection is free, on a turn of its own of the event loop. Every call of better-sqlite3 is
   * synchronous and the adapter answers with settled promises, so without this a transaction (and the
   * queue of them behind it) runs as one unbroken chain of microtasks: timers and sockets wait for all of
   * it (the event-loop delay under a load of saves, docs/BENCHMARKS.md).
   */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.lock.run(() => nextTurn().then(work));
  }

  /**
   * A plain statement: runs at once inside a transaction's callback, else holds the connection like a
   * transaction (a page's dozen reads would otherwise run as one chain too).
   */
  statement<T>(work: () => Promise<T>): Promise<T> {
    return this.inTransaction.getStore() ? work() : this.exclusive(work);
  }
}

/** Statements kept per connection; Prisma's `IN (?, ?, …)` lists make many one-off texts, hence the bound. */
export const STATEMENT_CACHE_SIZE = 500;

type Statement = Database.Statement<unknown[]>;

/**
 * The adapter prepares `sql` and then `.bind(args)`s it (once per statement object) before `.run()`,
 * `.columns()` or `.raw().all()`. This hands it a kept statement behind a small object with those methods,
 * so the text is compiled once per connection.
 */
export function keepPreparedStatements(client: Database.Database, size = STATEMENT_CACHE_SIZE) {
  const prepare = client.prepare.bind(client) as (sql: string) => Statement;
  const kept = new Map<string, { stmt: Statement; columns?: Database.ColumnDefinition[] }>();
  const get = (sql: string) => {
    let entry = kept.get(sql);
    if (entry) {
      kept.delete(sql); // most recently used last
    } else {
      entry = { stmt: prepare(sql) };
      if (kept.size >= size) kept.delete(kept.keys().next().value!);
    }
    kept.set(sql, entry);
    return entry;
  };
  const bound = (entry: { stmt: Statement; columns?: Database.ColumnDefinition[] }, args: unknown[]) => ({
    reader: entry.stmt.reader,
    run: () => entry.stmt.run(args),
    columns: () => (entry.columns ??= entry.stmt.columns()),
    raw: () => ({ all: () => entry.stmt.raw(true).all(args) }),
  });
  (client as unknown as { prepare: (sql: string) => unknown }).prepare = (sql: string) => {
    const entry = get(sql);
    return { reader: entry.stmt.reader, bind: (args: unknown[]) => bound(entry, args), run: (...args: unknown[]) => entry.stmt.run(...args) };
  };
  return kept;
}

type SqlDriverAdapter = Awaited<ReturnType<PrismaBetterSqlite3["connect"]>>;

/** The better-sqlite3 adapter with plain statements gated and prepared statements kept. */
export class GatedSqliteAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  private readonly inner: PrismaBetterSqlite3;

  constructor(config: ConstructorParameters<typeof PrismaBetterSqlite3>[0], readonly gate: SqliteGate) {
    this.inner = new PrismaBetterSqlite3(config);
    this.adapterName = this.inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.inner.connect();
    const client = (adapter as unknown as { client?: Database.Database }).client;
    if (client && typeof client.prepare === "function") keepPreparedStatements(client);
    const { gate } = this;
    const queryRaw = adapter.queryRaw.bind(adapter);
    const executeRaw = adapter.executeRaw.bind(adapter);
    const executeScript = adapter.executeScript.bind(adapter);
    adapter.queryRaw = (query) => gate.statement(() => queryRaw(query));
    adapter.executeRaw = (query) => gate.statement(() => executeRaw(query));
    adapter.executeScript = (script) => gate.statement(() => executeScript(script));
    return adapter;
  }
}

/** `$transaction` (both forms) holds the gate for its duration; a transaction opened inside another's callback joins it. */
export function serialiseTransactions(client: PrismaClient, gate: SqliteGate): PrismaClient {
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property !== "$transaction") return Reflect.get(target, property, receiver);
      return (arg: unknown, options?: unknown) => {
        const start = () => gate.inTransaction.run(true, () => (target.$transaction as (a: unknown, o?: unknown) => Promise<unknown>)(arg, options));
        return gate.inTransaction.getStore() ? start() : gate.exclusive(start);
      };
    },
  });
}
