// A PostgreSQL transaction's statements reach node-postgres one at a time, in the order they were sent,
// and the transaction ends only after its last statement has answered (lib/pg-serial.ts).
import { describe, expect, it } from "vitest";
import { oneAtATime } from "@/lib/pg-serial";

type Tx = Parameters<typeof oneAtATime>[0];

function fakeTransaction() {
  const log: string[] = [];
  let running = 0;
  let most = 0;
  const statement = (sql: string, ms: number, fail = false) => {
    running++;
    most = Math.max(most, running);
    log.push(`start ${sql}`);
    return new Promise((resolve, reject) =>
      setTimeout(() => {
        running--;
        log.push(`end ${sql}`);
        if (fail) reject(new Error(`${sql} failed`));
        else resolve({ columnNames: [], columnTypes: [], rows: [] });
      }, ms),
    );
  };
  const tx = {
    queryRaw: (q: { sql: string }) => statement(q.sql, q.sql === "slow" ? 20 : 1, q.sql === "bad"),
    executeRaw: (q: { sql: string }) => statement(q.sql, 1).then(() => 1),
    commit: async () => {
      log.push("commit");
    },
    rollback: async () => {
      log.push("rollback");
    },
  } as unknown as Tx;
  return { tx, log, most: () => most };
}

describe("one statement at a time on a PostgreSQL transaction", () => {
  it("queues statements sent at once, keeps their order and commits after the last", async () => {
    const f = fakeTransaction();
    const tx = oneAtATime(f.tx);
    const q = (sql: string) => tx.queryRaw({ sql, args: [], argTypes: [] });
    await Promise.all([q("slow"), q("a"), tx.executeRaw({ sql: "b", args: [], argTypes: [] }), q("c")]);
    const commit = tx.commit();
    await commit;
    expect(f.most()).toBe(1);
    expect(f.log).toEqual(["start slow", "end slow", "start a", "end a", "start b", "end b", "start c", "end c", "commit"]);
  });

  it("goes on after a failed statement (the caller sees the failure) and rolls back after what was queued", async () => {
    const f = fakeTransaction();
    const tx = oneAtATime(f.tx);
    const q = (sql: string) => tx.queryRaw({ sql, args: [], argTypes: [] });
    const results = await Promise.allSettled([q("bad"), q("a")]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "fulfilled"]);
    await tx.rollback();
    expect(f.log).toEqual(["start bad", "end bad", "start a", "end a", "rollback"]);
  });
});
