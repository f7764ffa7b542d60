// Concurrent writers through the action path on one database: every acknowledged write is there with its
// audit event; two editors of one record: one wins, the other gets the conflict message; one submission
// twice: one row; and the SQLite trap of docs/ARCHITECTURE.md: a write outside a transaction that runs while another
// transaction is open and then rolls back must not be lost.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { MESSAGES, RefusedError } from "@/lib/actions/result";
import { saveMeeting } from "@/lib/meetings/definitions";
import { openReport, saveReport } from "@/lib/reports/definitions";
import { addDays, parseIsoDate, toIsoDate } from "@/lib/time/business-date";
import { rollupDifferences } from "@/lib/rollups/rebuild";
import { ctx, makeUser, operatingBloc } from "../support/factories";

describe("concurrency", () => {
  it("50 concurrent meeting saves: all acknowledged, all stored with their audit events and rollups", async () => {
    const bloc = await operatingBloc("07096");
    const head = await makeUser("BLOC_HEAD", "07096");
    // 31 regular weeks from 08/01 to 06/08/2018, and 19 extraordinary meetings in between.
    const first = parseIsoDate("2018-01-08")!;
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => runAction(db, saveMeeting, {
      unitId: bloc.unit.id, submissionId: randomUUID(), heldOn: toIsoDate(addDays(first, i < 31 ? 7 * i : 7 * (i - 31) + 2)), kind: i < 31 ? "REGULAR" : "EXTRAORDINARY",
      [`att_${bloc.org("MTTQ").id}`]: "present", conclusions: `Cuộc họp ${i}`,
    }, head.actor, ctx())));
    expect(results.filter((r) => !r.ok).map((r) => r.formError ?? JSON.stringify(r.fieldErrors))).toEqual([]);
    const ids = results.map((r) => r.data!.meetingId as string);
    expect(await db.meeting.count({ where: { id: { in: ids } } })).toBe(50);
    expect(await db.auditEvent.count({ where: { action: "meeting.save", outcome: "ALLOWED", entityId: { in: ids } } })).toBe(50);
    expect(await rollupDifferences(db)).toEqual([]);
  });

  it("two editors of one report: exactly one wins, the other is told; one submission twice: one row", async () => {
    const bloc = await operatingBloc("07099");
    const head = await makeUser("BLOC_HEAD", "07099");
    const submissionId = randomUUID();
    const opened = await Promise.all([0, 1].map(() => runAction(db, openReport, { regimeCode: "situation.monthly", unitId: bloc.unit.id, periodKey: "2018-07", submissionId }, head.actor, ctx())));
    // The second copy either finds the first (SQLite: the transactions take turns) or is refused by the
    // unique submission id (PostgreSQL: they race); never a second row.
    expect(opened.some((r) => r.ok)).toBe(true);
    expect(opened.filter((r) => !r.ok).map((r) => r.formError)).toEqual(opened.every((r) => r.ok) ? [] : [MESSAGES.duplicate]);
    expect(await db.report.count({ where: { unitId: bloc.unit.id } })).toBe(1);
    const id = (await db.report.findFirstOrThrow({ where: { unitId: bloc.unit.id } })).id;
    const edits = await Promise.all(["Bản của người thứ nhất", "Bản của người thứ hai"].map((generalMood) =>
      runAction(db, saveReport, { reportId: id, version: "1", generalMood, forecast: "" }, head.actor, ctx())));
    expect(edits.filter((r) => r.ok)).toHaveLength(1);
    expect(edits.filter((r) => !r.ok).map((r) => r.formError)).toEqual([MESSAGES.conflict]);
    const winner = edits[0].ok ? "Bản của người thứ nhất" : "Bản của người thứ hai";
    expect(await db.report.findUniqueOrThrow({ where: { id } })).toMatchObject({ generalMood: winner, version: 2 });
  });

  it("a write outside a transaction, while another transaction is open and then rolls back, is kept (the trap of docs/ARCHITECTURE.md)", async () => {
    const user = await makeUser("BLOC_HEAD", "07102");
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    // A transaction that writes, waits on something that is not the database, then fails and rolls back.
    const failing = db.$transaction(async (tx) => {
      await tx.auditEvent.create({ data: { action: "test.rolled_back", outcome: "ALLOWED", entityType: "Test", actorSnapshot: "{}", requestId: "trap" } });
      await gate;
      throw new RefusedError("rolled back");
    }).catch((e: unknown) => e);
    // Meanwhile a plain write (as a denial record or a session stamp is written) is acknowledged.
    const kept = db.auditEvent.create({ data: { action: "test.kept", outcome: "DENIED", entityType: "Test", actorSnapshot: "{}", requestId: "trap", actorUserId: user.userId } });
    setTimeout(release, 50);
    await kept;
    expect(await failing).toBeInstanceOf(RefusedError);
    expect(await db.auditEvent.count({ where: { action: "test.rolled_back" } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "test.kept" } })).toBe(1);
  });
});
