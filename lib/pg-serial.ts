// node-postgres runs one query at a time on a connection; a query() sent while another runs is queued
// inside pg, which pg deprecates (removed in pg 9). Prisma's interpreter sends some statements of one plan
// at once on a transaction's connection (seen in the integration tests' DeprecationWarning). Here each
// transaction passes its statements to pg one at a time, and ends only after the last has answered. Plain
// statements are not touched: each takes its own connection from the pool.
import { PrismaPg } from "@prisma/adapter-pg";

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/** The transaction with its statements, commit and rollback run in the order they were asked for. */
export function oneAtATime(tx: Transaction): Transaction {
  let last: Promise<unknown> = Promise.resolve();
  const queue = <T>(work: () => Promise<T>): Promise<T> => {
    const run = last.then(work, work);
    last = run.catch(() => undefined);
    return run;
  };
  const queryRaw = tx.queryRaw.bind(tx);
  const executeRaw = tx.executeRaw.bind(tx);
  const commit = tx.commit.bind(tx);
  const rollback = tx.rollback.bind(tx);
  tx.queryRaw = (query) => queue(() => queryRaw(query));
  tx.executeRaw = (query) => queue(() => executeRaw(query));
  tx.commit = () => queue(commit);
  tx.rollback = () => queue(rollback);
  return tx;
}

/** The PostgreSQL adapter whose transactions send one statement at a time. */
export class SerialPgAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName: string;
  private readonly inner: PrismaPg;

  constructor(...args: ConstructorParameters<typeof PrismaPg>) {
    this.inner = new PrismaPg(...args);
    this.adapterName = this.inner.adapterName;
  }

  async connect(): Promise<Adapter> {
    const adapter = await this.inner.connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => oneAtATime(await startTransaction(isolationLevel));
    return adapter;
  }

  connectToShadowDb() {
    return this.inner.connectToShadowDb();
  }
}
