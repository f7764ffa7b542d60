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
import { writeTransaction } from "@/lib/actions/transaction";
import { backend } from "../support/backend";

describe("concurrency", () => {
  it("50 concurrent meeting saves: all acknowledged, all stored with their audit events and rollups", async () => {
    const bloc = await operatingBloc("07096");
    const head = await makeUser("BLOC_HEAD", "07096");
    // 31 regular weeks from 08/01 to 06/08/2018, and 19 extraordinary meetings in between.
    const first = parseIsoDate("2018-01-08")!;
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        runAction(
          db,
          saveMeeting,
          {
            unitId: bloc.unit.id,
            submissionId: randomUUID(),
            heldOn: toIsoDate(addDays(first, i < 31 ? 7 * i : 7 * (i - 31) + 2)),
            kind: i < 31 ? "REGULAR" : "EXTRAORDINARY",
            [`att_${bloc.org("MTTQ").id}`]: "present",
            conclusions: `Cuộc họp ${i}`,
          },
          head.actor,
          ctx(),
        ),
      ),
    );
    expect(results.filter((r) => !r.ok).map((r) => r.formError ?? JSON.stringify(r.fieldErrors))).toEqual([]);
    const ids = results.map((r) => r.data!.meetingId as string);
    expect(await db.meeting.count({ where: { id: { in: ids } } })).toBe(50);
    expect(await db.auditEvent.count({ where: { action: "meeting.save", outcome: "ALLOWED", entityId: { in: ids } } })).toBe(50);
    expect(await rollupDifferences(db)).toEqual([]);
  });

  it("50 concurrent saves of a bloc with 12 open tasks, each carrying them forward: all acknowledged, every carry counted", async () => {
    // On PostgreSQL these transactions lock the same task rows and can deadlock; the loser is run again.
    const bloc = await operatingBloc("07093");
    const head = await makeUser("BLOC_HEAD", "07093");
    const owner = bloc.org("MTTQ").id;
    const tasks = Object.fromEntries(
      Array.from("abcdefghijkl").flatMap((k) => [
        [`task_${k}_title`, `Nhiệm vụ ${k}`],
        [`task_${k}_ownerId`, owner],
        [`task_${k}_dueOn`, "2018-03-30"],
      ]),
    );
    const seeded = await runAction(
      db,
      saveMeeting,
      {
        unitId: bloc.unit.id,
        submissionId: randomUUID(),
        heldOn: "2018-01-08",
        kind: "REGULAR",
        [`att_${owner}`]: "present",
        conclusions: "Giao nhiệm vụ",
        ...tasks,
      },
      head.actor,
      ctx(),
    );
    expect(seeded.ok).toBe(true);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        runAction(
          db,
          saveMeeting,
          {
            unitId: bloc.unit.id,
            submissionId: randomUUID(),
            heldOn: toIsoDate(addDays(parseIsoDate("2018-01-10")!, (i % 10) * 7)),
            kind: "EXTRAORDINARY",
            [`att_${owner}`]: "present",
            conclusions: `Họp đột xuất ${i}`,
          },
          head.actor,
          ctx(),
        ),
      ),
    );
    expect(results.filter((r) => !r.ok).map((r) => r.formError ?? JSON.stringify(r.fieldErrors))).toEqual([]);
    const open = await db.task.findMany({ where: { meetingId: seeded.data!.meetingId as string }, select: { carryCount: true } });
    expect(open.map((t) => t.carryCount)).toEqual(Array(12).fill(50));
    expect(await rollupDifferences(db)).toEqual([]);
  });

  it.skipIf(backend !== "postgres")("two writes that lock the same rows in opposite orders: PostgreSQL aborts one, it runs again, both are kept", async () => {
    const unit = await db.unit.findFirstOrThrow({ where: { code: "07096" } });
    const [p, q] = await Promise.all(["Người A", "Người B"].map((fullName) => db.person.create({ data: { unitId: unit.id, fullName, searchText: fullName } })));
    let attempts = 0;
    let bothHoldOne!: () => void;
    let holding = 0;
    const met = new Promise<void>((resolve) => (bothHoldOne = resolve));
    const write = (first: string, second: string, name: string) =>
      writeTransaction(db, async (tx) => {
        attempts++;
        await tx.person.update({ where: { id: first }, data: { fullName: `${name} 1` } });
        // The first attempts wait until each holds its first row: then each wants the other's.
        if (++holding === 2) bothHoldOne();
        await Promise.race([met, new Promise((r) => setTimeout(r, 2_000))]);
        await tx.person.update({ where: { id: second }, data: { fullName: `${name} 2` } });
      });
    await Promise.all([write(p.id, q.id, "A"), write(q.id, p.id, "B")]);
    expect(attempts).toBe(3);
    const names = (await db.person.findMany({ where: { id: { in: [p.id, q.id] } }, select: { fullName: true } })).map((x) => x.fullName).sort();
    // The one run again went last: both rows carry its name.
    expect([
      ["A 1", "A 2"],
      ["B 1", "B 2"],
    ]).toContainEqual(names);
  });

  it("two editors of one report: exactly one wins, the other is told; one submission twice: one row", async () => {
    const bloc = await operatingBloc("07099");
    const head = await makeUser("BLOC_HEAD", "07099");
    const submissionId = randomUUID();
    const opened = await Promise.all(
      [0, 1].map(() =>
        runAction(db, openReport, { regimeCode: "situation.monthly", unitId: bloc.unit.id, periodKey: "2018-07", submissionId }, head.actor, ctx()),
      ),
    );
    // The second copy either finds the first (SQLite: the transactions take turns) or is refused by the
    // unique submission id (PostgreSQL: they race); never a second row.
    expect(opened.some((r) => r.ok)).toBe(true);
    expect(opened.filter((r) => !r.ok).map((r) => r.formError)).toEqual(opened.every((r) => r.ok) ? [] : [MESSAGES.duplicate]);
    expect(await db.report.count({ where: { unitId: bloc.unit.id } })).toBe(1);
    const id = (await db.report.findFirstOrThrow({ where: { unitId: bloc.unit.id } })).id;
    const edits = await Promise.all(
      ["Bản của người thứ nhất", "Bản của người thứ hai"].map((generalMood) =>
        runAction(db, saveReport, { reportId: id, version: "1", generalMood, forecast: "" }, head.actor, ctx()),
      ),
    );
    expect(edits.filter((r) => r.ok)).toHaveLength(1);
    expect(edits.filter((r) => !r.ok).map((r) => r.formError)).toEqual([MESSAGES.conflict]);
    const winner = edits[0].ok ? "Bản của người thứ nhất" : "Bản của người thứ hai";
    expect(await db.report.findUniqueOrThrow({ where: { id } })).toMatchObject({ generalMood: winner, version: 2 });
  });

  it("a write outside a transaction, while another transaction is open and then rolls back, is kept (the trap of docs/ARCHITECTURE.md)", async () => {
    const user = await makeUser("BLOC_HEAD", "07102");
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    // A transaction that writes, waits on something that is not the database, then fails and rolls back.
    const failing = db
      .$transaction(async (tx) => {
        await tx.auditEvent.create({ data: { action: "test.rolled_back", outcome: "ALLOWED", entityType: "Test", actorSnapshot: "{}", requestId: "trap" } });
        await gate;
        throw new RefusedError("rolled back");
      })
      .catch((e: unknown) => e);
    // Meanwhile a plain write (as a denial record or a session stamp is written) is acknowledged.
    const kept = db.auditEvent.create({
      data: { action: "test.kept", outcome: "DENIED", entityType: "Test", actorSnapshot: "{}", requestId: "trap", actorUserId: user.userId },
    });
    setTimeout(release, 50);
    await kept;
    expect(await failing).toBeInstanceOf(RefusedError);
    expect(await db.auditEvent.count({ where: { action: "test.rolled_back" } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "test.kept" } })).toBe(1);
  });
});
