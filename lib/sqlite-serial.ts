// One SQLite connection per process (the better-sqlite3 adapter) means a statement issued while another
// request's interactive transaction is open runs inside that transaction: it sees uncommitted rows, and if
// the transaction rolls back, an acknowledged write outside it is lost (docs/ARCHITECTURE.md, "Stack facts",
// reproduced in tests/integration/concurrency.test.ts). A transaction therefore holds the connection for its
// duration: statements outside a transaction wait for it, statements inside it (marked through
// AsyncLocalStorage) run. PostgreSQL (a pool of connections) needs none of this.
//
// The gate sits in the driver adapter, under the ORM (decision 0014), and uses only the adapter's public
// interface: it wraps `queryRaw`, `executeRaw`, `executeScript` and `startTransaction`; the statements
// themselves, BEGIN and COMMIT are the stock adapter's (decision 0028).
import { AsyncLocalStorage } from "node:async_hooks";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { PrismaClient } from "../generated/prisma/sqlite/client";

class Mutex {
  private tail: Promise<void> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work, work);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
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

  /** Takes the connection until `begin`'s work calls the release it is given (a transaction's end). */
  hold<T>(begin: (release: () => void) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      void this.lock.run(() =>
        nextTurn().then(
          () =>
            new Promise<void>((release) => {
              begin(release).then(resolve, (error) => {
                release();
                reject(error);
              });
            }),
        ),
      );
    });
  }

  /**
   * A plain statement: runs at once inside a transaction's callback, else holds the connection like a
   * transaction (a page's dozen reads would otherwise run as one chain too).
   */
  statement<T>(work: () => Promise<T>): Promise<T> {
    return this.inTransaction.getStore() ? work() : this.exclusive(work);
  }
}

type SqlDriverAdapter = Awaited<ReturnType<PrismaBetterSqlite3["connect"]>>;

/** The better-sqlite3 adapter with its statements and transactions taking turns for the connection. */
export class GatedSqliteAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  private readonly inner: PrismaBetterSqlite3;

  constructor(
    config: ConstructorParameters<typeof PrismaBetterSqlite3>[0],
    readonly gate: SqliteGate,
  ) {
    this.inner = new PrismaBetterSqlite3(config);
    this.adapterName = this.inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.inner.connect();
    const { gate } = this;
    const queryRaw = adapter.queryRaw.bind(adapter);
    const executeRaw = adapter.executeRaw.bind(adapter);
    const executeScript = adapter.executeScript.bind(adapter);
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.queryRaw = (query) => gate.statement(() => queryRaw(query));
    adapter.executeRaw = (query) => gate.statement(() => executeRaw(query));
    adapter.executeScript = (script) => gate.statement(() => executeScript(script));
    // `$transaction` (below) already holds the connection. The client's own transaction around a single
    // nested write (a `create` with related rows) takes it here, until its commit or rollback.
    adapter.startTransaction = async (isolationLevel) => {
      if (gate.inTransaction.getStore()) return rollsBackRefusedCommit(await startTransaction(isolationLevel));
      return gate.hold(async (release) => {
        const tx = rollsBackRefusedCommit(await startTransaction(isolationLevel));
        const commit = tx.commit.bind(tx);
        const rollback = tx.rollback.bind(tx);
        tx.commit = () => commit().finally(release);
        tx.rollback = () => rollback().finally(release);
        return tx;
      });
    };
    return adapter;
  }
}

type Transaction = Awaited<ReturnType<SqlDriverAdapter["startTransaction"]>>;

/**
 * A COMMIT SQLite refuses (a constraint it checks only then) leaves the transaction open on the connection,
 * and the client then ends it without a ROLLBACK: every later BEGIN on the connection would fail. The
 * refused COMMIT is followed by a ROLLBACK here, so nothing of it is kept and the connection is usable.
 */
function rollsBackRefusedCommit(tx: Transaction): Transaction {
  const executeRaw = tx.executeRaw.bind(tx);
  tx.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (query.sql === "COMMIT") await executeRaw({ sql: "ROLLBACK", args: [], argTypes: [] }).catch(() => undefined);
      throw error;
    }
  };
  return tx;
}

/** `$transaction` (both forms) holds the gate from its start to its COMMIT or ROLLBACK. */
export function serialiseTransactions(client: PrismaClient, gate: SqliteGate): PrismaClient {
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property !== "$transaction") return Reflect.get(target, property, receiver);
      return (arg: unknown, options?: unknown) => {
        const start = () => gate.inTransaction.run(true, () => (target.$transaction as (a: unknown, o?: unknown) => Promise<unknown>)(arg, options));
        if (gate.inTransaction.getStore()) return start();
        return gate.hold((release) => {
          const result = start();
          result.then(release, release);
          return result;
        });
      };
    },
  });
}
