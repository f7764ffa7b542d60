// One SQLite connection per process (the better-sqlite3 adapter) means a statement issued while another
// request's interactive transaction is open runs inside that transaction: it sees uncommitted rows, and if
// the transaction rolls back, an acknowledged write outside it is lost (STACK.md, reproduced in
// tests/integration/concurrency.test.ts). This wraps the client so that a transaction holds the connection
// for its duration: statements outside a transaction wait for it, statements inside it (marked through
// AsyncLocalStorage) run. PostgreSQL (a pool of connections) does not need it.
import { AsyncLocalStorage } from "node:async_hooks";
import type { PrismaClient } from "../generated/prisma/sqlite/client";

class Mutex {
  private tail: Promise<void> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work, work);
    this.tail = result.then(() => undefined, () => undefined);
    return result;
  }
}

export function serialiseTransactions(client: PrismaClient): PrismaClient {
  const lock = new Mutex();
  const inTransaction = new AsyncLocalStorage<true>();
  const extended = client.$extends({
    query: {
      async $allOperations({ args, query }) {
        return inTransaction.getStore() ? query(args) : lock.run(() => query(args));
      },
    },
  });
  return new Proxy(extended, {
    get(target, property, receiver) {
      if (property !== "$transaction") return Reflect.get(target, property, receiver);
      return (arg: unknown, options?: unknown) => {
        const start = () => inTransaction.run(true, () => (target.$transaction as (a: unknown, o?: unknown) => Promise<unknown>)(arg, options));
        // A transaction started inside another's callback joins it (no second lock: it would wait for itself).
        return inTransaction.getStore() ? start() : lock.run(start);
      };
    },
  }) as unknown as PrismaClient;
}
