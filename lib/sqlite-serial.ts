// One SQLite connection per process (the better-sqlite3 adapter) means a statement issued while another
// request's interactive transaction is open runs inside that transaction: it sees uncommitted rows, and if
// the transaction rolls back, an acknowledged write outside it is lost (docs/ARCHITECTURE.md, "Stack facts", reproduced in
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

/**
 * Transactions committed together (group commit, decision 0019). A transaction's statements run in a
 * savepoint of one SQLite transaction that stays open while other transactions are queued for the
 * connection; when the queue ahead of it has run (or a plain statement needs the connection), one COMMIT
 * makes them all durable at once. A transaction is acknowledged only after that COMMIT, so nothing is
 * reported saved that a crash could lose (`synchronous` stays FULL); a transaction that fails rolls back
 * to its own savepoint and leaves the others; if the COMMIT fails, every transaction of the group fails.
 */
export interface GroupCommit {
  /** Makes the open group durable (or fails all of it); a no-op when none is open. */
  flush(): void;
}

/** What one SQLite client's transactions and plain statements share. */
export class SqliteGate {
  readonly lock = new Mutex();
  readonly inTransaction = new AsyncLocalStorage<true>();
  /** Transactions waiting for the connection: while there are any, a committed transaction's group stays open for them. */
  waiting = 0;
  /** Frees the connection for the next in line; set while a transaction holds it. */
  private releaseHolder: (() => void) | null = null;
  group: GroupCommit | null = null;

  /**
   * Work holding the connection (a transaction, or a plain statement outside one) starts, once the
   * connection is free, on a turn of its own of the event loop. Every call of better-sqlite3 is
   * synchronous and the adapter answers with settled promises, so without this a transaction (and the
   * queue of them behind it) runs as one unbroken chain of microtasks: timers and sockets wait for all of
   * it (the event-loop delay under a load of saves, docs/BENCHMARKS.md). A plain statement first makes the
   * open group durable: it never sees, or is acknowledged with, work that is not yet committed.
   */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.lock.run(() => nextTurn().then(() => {
      this.group?.flush();
      return work();
    }));
  }

  /**
   * A transaction: holds the connection from its start until its own statements are done (its COMMIT or
   * ROLLBACK, `releaseConnection`), then lets the next in line run while it waits for its group's commit.
   */
  transaction<T>(start: () => Promise<T>): Promise<T> {
    return this.hold((release) => {
      const result = start();
      // However the transaction ends (even before it began), the connection is freed.
      const free = () => this.releaseConnection(release);
      result.then(free, free);
      return result;
    });
  }

  /** Takes the connection for what `begin` starts, until its statements are done (`releaseConnection`). */
  hold<T>(begin: (release: () => void) => T | Promise<T>): Promise<T> {
    this.waiting++;
    return new Promise<T>((resolve, reject) => {
      void this.lock.run(() => nextTurn().then(() => new Promise<void>((release) => {
        this.waiting--;
        this.releaseHolder = release;
        try {
          resolve(begin(release));
        } catch (error) {
          this.releaseConnection(release);
          reject(error);
        }
      })));
    });
  }

  /** Called when the holding transaction's statements are done (or it ended otherwise). */
  releaseConnection(release = this.releaseHolder) {
    if (!release || release !== this.releaseHolder) return;
    this.releaseHolder = null;
    release();
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
    const client = (adapter as unknown as { client: Database.Database }).client;
    keepPreparedStatements(client);
    const { gate } = this;
    const queryRaw = adapter.queryRaw.bind(adapter);
    const executeRaw = adapter.executeRaw.bind(adapter);
    const executeScript = adapter.executeScript.bind(adapter);
    adapter.queryRaw = (query) => gate.statement(() => queryRaw(query));
    adapter.executeRaw = (query) => gate.statement(() => executeRaw(query));
    adapter.executeScript = (script) => gate.statement(() => executeScript(script));
    const groups = new Groups(client, gate);
    gate.group = groups;
    const base = { queryRaw, executeRaw, provider: adapter.provider, adapterName: adapter.adapterName };
    // `$transaction` (below) already holds the connection; the client's own transaction around a single
    // nested write takes it here, until its COMMIT or ROLLBACK.
    adapter.startTransaction = async () => gate.inTransaction.getStore() ? groups.join(base) : gate.hold(() => groups.join(base));
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = () => {
      groups.flush();
      return dispose();
    };
    return adapter;
  }
}

type Queryable = Pick<SqlDriverAdapter, "queryRaw" | "executeRaw" | "provider" | "adapterName">;
type Transaction = Awaited<ReturnType<SqlDriverAdapter["startTransaction"]>>;

/** One open SQLite transaction and the transactions in it that wait for its COMMIT. */
class Group {
  readonly done: Promise<void>;
  resolve!: () => void;
  reject!: (error: unknown) => void;
  /** Set when SQLite itself rolled the transaction back (a full disk): the error every member gets. */
  failure: unknown = null;
  flushQueued = false;

  constructor() {
    this.done = new Promise<void>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    this.done.catch(() => undefined);
  }
}

/** The group commit of one connection (see `GroupCommit`). */
class Groups implements GroupCommit {
  private open: Group | null = null;
  private member = 0;
  private active: string | null = null;

  constructor(private readonly client: Database.Database, private readonly gate: SqliteGate) {}

  private run(sql: string) {
    this.client.prepare(sql).run();
  }

  flush() {
    const group = this.open;
    if (!group) return;
    this.open = null;
    try {
      if (!this.client.inTransaction) throw group.failure ?? new Error("SQLite rolled the transaction back");
      this.run("COMMIT");
      group.resolve();
    } catch (error) {
      if (this.client.inTransaction) {
        try {
          this.run("ROLLBACK");
        } catch {
          // Already rolled back by SQLite.
        }
      }
      group.reject(group.failure ?? error);
    }
  }

  /** After a member's statements: commit once the transactions queued now have joined, or at once if none is. */
  private settle(group: Group) {
    if (this.gate.waiting > 0) {
      if (!group.flushQueued) {
        group.flushQueued = true;
        void this.gate.exclusive(async () => undefined);
      }
    } else {
      this.flush();
    }
  }

  /** A transaction starts: in the open group, or in a new one. */
  join(base: Queryable): Transaction {
    if (this.active) throw new Error("A SQLite transaction is already running on this connection");
    if (this.open && !this.client.inTransaction) {
      // SQLite rolled the group back under an earlier member (its error is the group's failure).
      this.open.failure ??= new Error("SQLite rolled the transaction back");
      const dead = this.open;
      this.open = null;
      dead.reject(dead.failure);
    }
    if (!this.open) {
      this.run("BEGIN");
      this.open = new Group();
    }
    const group = this.open;
    const name = `member_${++this.member}`;
    this.run(`SAVEPOINT ${name}`);
    this.active = name;
    let ended = false;
    const end = (sql: string[]) => {
      // Once: a late second end (a ROLLBACK after the COMMIT) must not free a connection another holds.
      if (ended) return;
      ended = true;
      this.active = null;
      let failed: unknown = null;
      for (const statement of sql) {
        try {
          if (this.client.inTransaction) this.run(statement);
        } catch (error) {
          failed ??= error;
        }
      }
      if (!this.client.inTransaction) group.failure ??= failed ?? new Error("SQLite rolled the transaction back");
      this.settle(group);
      this.gate.releaseConnection();
    };
    const track = async <T>(work: Promise<T>) => {
      try {
        return await work;
      } catch (error) {
        // An error after which SQLite rolled back the whole transaction fails the group.
        if (!this.client.inTransaction && this.open === group) group.failure ??= error;
        throw error;
      }
    };
    return {
      provider: base.provider,
      adapterName: base.adapterName,
      options: { usePhantomQuery: false },
      queryRaw: (query) => track(base.queryRaw(query)),
      executeRaw: (query) => {
        if (query.sql === "COMMIT") {
          end([`RELEASE SAVEPOINT ${name}`]);
          return group.done.then(() => 0);
        }
        if (query.sql === "ROLLBACK") {
          end([`ROLLBACK TO SAVEPOINT ${name}`, `RELEASE SAVEPOINT ${name}`]);
          return Promise.resolve(0);
        }
        return track(base.executeRaw(query));
      },
      commit: () => Promise.resolve(),
      rollback: () => Promise.resolve(),
      createSavepoint: async (savepoint) => void (await base.executeRaw({ sql: `SAVEPOINT ${name}_${savepoint}`, args: [], argTypes: [] })),
      rollbackToSavepoint: async (savepoint) => void (await base.executeRaw({ sql: `ROLLBACK TO ${name}_${savepoint}`, args: [], argTypes: [] })),
      releaseSavepoint: async (savepoint) => void (await base.executeRaw({ sql: `RELEASE SAVEPOINT ${name}_${savepoint}`, args: [], argTypes: [] })),
    };
  }
}

/** `$transaction` (both forms) holds the gate until its own statements are done, then waits for its group's COMMIT (decision 0019). */
export function serialiseTransactions(client: PrismaClient, gate: SqliteGate): PrismaClient {
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property !== "$transaction") return Reflect.get(target, property, receiver);
      return (arg: unknown, options?: unknown) => {
        const start = () => gate.inTransaction.run(true, () => (target.$transaction as (a: unknown, o?: unknown) => Promise<unknown>)(arg, options));
        return gate.inTransaction.getStore() ? start() : gate.transaction(start);
      };
    },
  });
}
