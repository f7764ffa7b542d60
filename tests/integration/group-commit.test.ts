// SQLite's group commit (lib/sqlite-serial.ts, decision 0019): transactions that queue for the one
// connection are made durable by one COMMIT, and none is acknowledged before that COMMIT. Checked from a
// second connection to the same file (as another process would read it): it sees committed rows only.
import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sqliteFile } from "@/lib/database-url";
import { RefusedError } from "@/lib/actions/result";
import { backend } from "../support/backend";

describe.runIf(backend === "sqlite")("group commit (SQLite)", () => {
  const other = backend === "sqlite" ? new Database(sqliteFile(process.env.DATABASE_URL!), { readonly: true }) : null;
  afterAll(() => other?.close());
  const committed = (run: string) => (other!.prepare(`SELECT "action" FROM "AuditEvent" WHERE "requestId" = ? ORDER BY "action"`).pluck().all(run) as string[]);
  const write = (run: string, action: string) => db.$transaction(async (tx) => {
    await tx.auditEvent.create({ data: { action, outcome: "ALLOWED", entityType: "Test", actorSnapshot: "{}", requestId: run } });
    return action;
  });

  it("acknowledges each of 12 concurrent transactions only once it is committed, and commits those queued together", async () => {
    const run = randomUUID();
    const seenAtAck = new Map<string, string[]>();
    await Promise.all(Array.from({ length: 12 }, (_, i) => write(run, `t${String(i).padStart(2, "0")}`).then((action) => {
      seenAtAck.set(action, committed(run));
    })));
    for (const [action, seen] of seenAtAck) expect(seen).toContain(action);
    // The first acknowledged already finds the others committed with it: one COMMIT for the queue.
    expect(seenAtAck.get("t00")!.length).toBeGreaterThan(1);
    expect(committed(run)).toHaveLength(12);
  });

  it("a transaction that fails in the group rolls back alone; the others are kept", async () => {
    const run = randomUUID();
    const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => i === 3
      ? db.$transaction(async (tx) => {
        await tx.auditEvent.create({ data: { action: "failed", outcome: "ALLOWED", entityType: "Test", actorSnapshot: "{}", requestId: run } });
        throw new RefusedError("refused");
      })
      : write(run, `t${i}`)));
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "rejected", "fulfilled", "fulfilled", "fulfilled", "fulfilled"]);
    expect(committed(run)).toEqual(["t0", "t1", "t2", "t4", "t5", "t6", "t7"]);
  });

  it("when the group's COMMIT fails, every transaction in it fails and nothing of them is stored", async () => {
    const run = randomUUID();
    // A deferred foreign key that is still broken at COMMIT: SQLite refuses the whole transaction.
    const broken = db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("PRAGMA defer_foreign_keys = ON");
      await tx.auditEvent.create({ data: { action: "broken", outcome: "ALLOWED", entityType: "Test", actorSnapshot: "{}", requestId: run } });
      await tx.session.create({ data: { userId: `no-such-user-${run}` } });
    });
    const results = await Promise.allSettled([write(run, "before"), broken, write(run, "after")]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected", "rejected"]);
    expect(committed(run)).toEqual([]);
    // The connection is usable again at once.
    await write(run, "later");
    expect(committed(run)).toEqual(["later"]);
  });

  it("a plain read while a group waits for its COMMIT sees only committed rows, and a plain write is not held back", async () => {
    const run = randomUUID();
    const writes = Array.from({ length: 6 }, (_, i) => write(run, `t${i}`));
    const count = db.auditEvent.count({ where: { requestId: run } }).then((n) => n);
    const plain = db.auditEvent.create({ data: { action: "plain", outcome: "DENIED", entityType: "Test", actorSnapshot: "{}", requestId: run } }).then(() => committed(run));
    await Promise.all(writes);
    // The read, queued behind the transactions, ran once they were all committed: it saw all six.
    expect(await count).toBe(6);
    expect(await plain).toContain("plain");
  });

  it("the client's own transaction around one nested write takes its turn with the others", async () => {
    const run = randomUUID();
    const nested = Array.from({ length: 4 }, (_, i) => db.user.create({
      data: { username: `nested-${i}-${run}`, displayName: "Người thử", credential: { create: { hash: "x" } } }, select: { id: true },
    }));
    const results = await Promise.allSettled([write(run, "a"), ...nested, write(run, "b")]);
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(committed(run)).toEqual(["a", "b"]);
    expect(other!.prepare(`SELECT count(*) FROM "User" u JOIN "PasswordCredential" c ON c."userId" = u."id" WHERE u."username" LIKE ?`).pluck().get(`nested-%-${run}`)).toBe(4);
  });
});
