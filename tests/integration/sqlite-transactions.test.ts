// SQLite's one connection (lib/sqlite-serial.ts, decisions 0014 and 0028): transactions and plain
// statements take turns for it, and none is acknowledged before its COMMIT. Checked from a second
// connection to the same file (as another process would read it): it sees committed rows only.
import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sqliteFile } from "@/lib/database-url";
import { RefusedError } from "@/lib/actions/result";
import { backend } from "../support/backend";

describe.runIf(backend === "sqlite")("transactions on SQLite's one connection", () => {
  const other = backend === "sqlite" ? new Database(sqliteFile(process.env.DATABASE_URL!), { readonly: true }) : null;
  afterAll(() => other?.close());
  const committed = (run: string) => other!.prepare(`SELECT "action" FROM "AuditEvent" WHERE "requestId" = ? ORDER BY "action"`).pluck().all(run) as string[];
  const write = (run: string, action: string) =>
    db.$transaction(async (tx) => {
      await tx.auditEvent.create({ data: { action, outcome: "ALLOWED", entityType: "Test", actorSnapshot: "{}", requestId: run } });
      return action;
    });

  it("acknowledges each of 12 concurrent transactions only once it is committed", async () => {
    const run = randomUUID();
    const seenAtAck = new Map<string, string[]>();
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        write(run, `t${String(i).padStart(2, "0")}`).then((action) => {
          seenAtAck.set(action, committed(run));
        }),
      ),
    );
    for (const [action, seen] of seenAtAck) expect(seen).toContain(action);
    expect(committed(run)).toHaveLength(12);
  });

  it("a transaction that fails rolls back alone; the others are kept", async () => {
    const run = randomUUID();
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        i === 3
          ? db.$transaction(async (tx) => {
              await tx.auditEvent.create({ data: { action: "failed", outcome: "ALLOWED", entityType: "Test", actorSnapshot: "{}", requestId: run } });
              throw new RefusedError("refused");
            })
          : write(run, `t${i}`),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "rejected", "fulfilled", "fulfilled", "fulfilled", "fulfilled"]);
    expect(committed(run)).toEqual(["t0", "t1", "t2", "t4", "t5", "t6", "t7"]);
  });

  it("a transaction whose COMMIT SQLite refuses fails and keeps nothing; the others are kept, the connection usable at once", async () => {
    const run = randomUUID();
    // A deferred foreign key that is still broken at COMMIT: SQLite refuses the whole transaction.
    const broken = db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("PRAGMA defer_foreign_keys = ON");
      await tx.auditEvent.create({ data: { action: "broken", outcome: "ALLOWED", entityType: "Test", actorSnapshot: "{}", requestId: run } });
      await tx.session.create({ data: { userId: `no-such-user-${run}` } });
    });
    const results = await Promise.allSettled([write(run, "before"), broken, write(run, "after")]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(committed(run)).toEqual(["after", "before"]);
    await write(run, "later");
    expect(committed(run)).toEqual(["after", "before", "later"]);
  });

  it("a plain read queued behind transactions sees them committed, and a plain write is acknowledged committed", async () => {
    const run = randomUUID();
    const writes = Array.from({ length: 6 }, (_, i) => write(run, `t${i}`));
    const count = db.auditEvent.count({ where: { requestId: run } }).then((n) => n);
    const plain = db.auditEvent
      .create({ data: { action: "plain", outcome: "DENIED", entityType: "Test", actorSnapshot: "{}", requestId: run } })
      .then(() => committed(run));
    await Promise.all(writes);
    // The read, queued behind the transactions, ran once they were all committed: it saw all six.
    expect(await count).toBe(6);
    expect(await plain).toContain("plain");
  });

  it("the client's own transaction around one nested write takes its turn with the others", async () => {
    const run = randomUUID();
    const nested = Array.from({ length: 4 }, (_, i) =>
      db.user.create({
        data: { username: `nested-${i}-${run}`, displayName: "Người thử", credential: { create: { hash: "x" } } },
        select: { id: true },
      }),
    );
    const results = await Promise.allSettled([write(run, "a"), ...nested, write(run, "b")]);
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(committed(run)).toEqual(["a", "b"]);
    expect(
      other!
        .prepare(`SELECT count(*) FROM "User" u JOIN "PasswordCredential" c ON c."userId" = u."id" WHERE u."username" LIKE ?`)
        .pluck()
        .get(`nested-%-${run}`),
    ).toBe(4);
  });
});
