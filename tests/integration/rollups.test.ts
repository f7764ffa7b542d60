// The rollups the writes maintain equal a recomputation from raw rows, after meetings, tasks and their
// moves, and recommendations through their states; a tampered rollup is found and the rebuild restores it.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { saveMeeting } from "@/lib/meetings/definitions";
import { moveMeeting } from "@/lib/meetings/move-definitions";
import { addTask, manageTask, progressTask } from "@/lib/tasks/definitions";
import { closeRecommendation, sendRecommendation } from "@/lib/supervision/recommendation-definitions";
import { moveActivity, saveActivity } from "@/lib/supervision/activity-definitions";
import { openReport } from "@/lib/reports/definitions";
import { rebuildRollups, rollupDifferences, rollupDifferencesInDatabase, type RollupDifference } from "@/lib/rollups/rebuild";
import { recomputeRollups } from "@/lib/rollups/recompute";
import { backend } from "../support/backend";
import { ctx, makeUser, operatingBloc, sendReport } from "../support/factories";

describe("rollups", () => {
  it("maintained by the writes equal a recomputation from raw rows; a rebuild restores a tampered table", async () => {
    const bloc = await operatingBloc("07090");
    const head = await makeUser("BLOC_HEAD", "07090");
    const secretary = await makeUser("BLOC_HEAD", "07090");
    const mttq = bloc.org("MTTQ");
    const version = async (id: string) => String((await db.meeting.findUniqueOrThrow({ where: { id } })).version);
    // Meetings over four weeks, moved through their states.
    const ids: string[] = [];
    for (const heldOn of ["2018-07-02", "2018-07-09", "2018-07-16", "2018-07-23"]) {
      const saved = await runAction(
        db,
        saveMeeting,
        {
          unitId: bloc.unit.id,
          submissionId: randomUUID(),
          heldOn,
          chairId: bloc.head.id,
          secretaryName: "Lê Thư Ký",
          [`att_${mttq.id}`]: "present",
          conclusions: "Kết luận",
        },
        head.actor,
        ctx(),
      );
      ids.push(saved.data!.meetingId as string);
    }
    // Three held (one through submit, approve and reopen), the last postponed and cancelled.
    const move = async (id: string, m: string, reason?: string) => {
      const actor = m === "submit" ? secretary.actor : head.actor;
      const result = await runAction(db, moveMeeting, { meetingId: id, version: await version(id), move: m, ...(reason ? { reason } : {}) }, actor, ctx());
      if (!result.ok) throw new Error(`${m}: ${result.formError ?? JSON.stringify(result.fieldErrors)}`);
    };
    for (const id of ids.slice(0, 3)) await move(id, "hold");
    for (const m of ["submit", "approve"]) await move(ids[0], m);
    await move(ids[0], "reopen", "Sửa kết luận");
    await move(ids[3], "postpone", "Mưa bão");
    await move(ids[3], "cancel", "Không họp bù");
    // Tasks: added, reported done, verified, reopened, moved.
    for (const [n, dueOn] of ["2018-07-20", "2018-07-27", "2018-08-03"].entries()) {
      await runAction(db, addTask, { meetingId: ids[n], submissionId: randomUUID(), title: `Việc ${n}`, ownerId: mttq.id, dueOn }, head.actor, ctx());
    }
    const tasks = await db.task.findMany({ where: { unitId: bloc.unit.id }, orderBy: { dueOn: "asc" } });
    const tv = async (id: string) => String((await db.task.findUniqueOrThrow({ where: { id } })).version);
    await runAction(db, progressTask, { taskId: tasks[0].id, version: await tv(tasks[0].id), move: "report", note: "Xong" }, head.actor, ctx());
    await runAction(db, manageTask, { taskId: tasks[0].id, version: await tv(tasks[0].id), move: "verify" }, head.actor, ctx());
    await runAction(
      db,
      manageTask,
      { taskId: tasks[1].id, version: await tv(tasks[1].id), move: "reschedule", dueOn: "2018-08-20", reason: "Chờ kinh phí" },
      head.actor,
      ctx(),
    );
    // Supervision: an activity and recommendations answered on time, late, and still open.
    const saved = await runAction(
      db,
      saveActivity,
      {
        unitId: bloc.unit.id,
        submissionId: randomUUID(),
        version: "0",
        outsidePlanReason: "Đột xuất",
        form: "DOCUMENTS",
        subject: "UBND xã",
        content: "Văn bản",
        startOn: "2018-06-04",
        endOn: "2018-06-08",
        subjectReport: "",
        findings: "",
        resultReport: "",
      },
      head.actor,
      ctx(),
    );
    const activityId = /\/supervision\/(.+)$/.exec(saved.redirectTo!)![1];
    await runAction(db, moveActivity, { activityId, version: "1", move: "start" }, head.actor, ctx());
    for (const [n, respondedOn] of ["2018-06-20", "2018-07-10", ""].entries()) {
      await runAction(
        db,
        sendRecommendation,
        { activityId, submissionId: randomUUID(), content: `Kiến nghị ${n}`, addressee: "UBND xã", sentOn: "2018-06-12" },
        head.actor,
        ctx(),
      );
      if (!respondedOn) continue;
      const rec = await db.recommendation.findFirstOrThrow({ where: { activityId, content: `Kiến nghị ${n}` } });
      await runAction(
        db,
        closeRecommendation,
        { recommendationId: rec.id, version: "1", how: "response", respondedOn, responseContent: "Trả lời", responseOutcome: "ACCEPTED" },
        head.actor,
        ctx(),
      );
    }

    // A monthly report, submitted (the first submission counts; 2018-06 is due 17/07, so it is late by the clock).
    const opened = await runAction(
      db,
      openReport,
      { regimeCode: "situation.monthly", unitId: bloc.unit.id, periodKey: "2018-06", submissionId: randomUUID() },
      head.actor,
      ctx(),
    );
    const reportId = opened.data!.reportId as string;
    expect((await sendReport(reportId, secretary, head)).ok).toBe(true);

    expect(await rollupDifferences(db)).toEqual([]);
    const recomputed = await recomputeRollups(db);
    expect(recomputed.meetingWeek.size).toBe(3);
    expect([...recomputed.supervisionMonth.values()]).toEqual([{ sent: 3, answered: 2, answeredOnTime: 1, documents: 1 }]);

    // Layered: the commune's month rows are repeated on its district's and province's rows.
    const commune = await db.unit.findUniqueOrThrow({ where: { id: bloc.unit.id }, include: { parent: { include: { parent: true } } } });
    const line = [commune.id, commune.parentId!, commune.parent!.parentId!];
    const area = await db.areaMonthRollup.findMany({ where: { unitId: { in: line } }, orderBy: { month: "asc" } });
    for (const id of line) {
      expect(area.filter((r) => r.unitId === id).map((r) => [r.month, r.held, r.communesMeeting, r.recSent, r.recAnswered, r.recAnsweredOnTime])).toEqual([
        [201806, 0, 0, 3, 2, 1],
        [201807, 3, 1, 0, 0, 0],
      ]);
    }
    expect(area.filter((r) => r.unitId === commune.id).reduce((n, r) => n + r.tasksAssigned, 0)).toBe(await db.task.count({ where: { unitId: commune.id } }));
    const periods = await db.reportPeriodRollup.findMany({ where: { unitId: { in: line } } });
    expect(periods.map((p) => [line.indexOf(p.unitId), p.periodKey, p.reporterLevel, p.submitted, p.onTime]).sort()).toEqual([
      [0, "2018-06", "COMMUNE", 1, 0],
      [1, "2018-06", "COMMUNE", 1, 0],
      [2, "2018-06", "COMMUNE", 1, 0],
    ]);

    // A tampered row is found, then rebuilt from raw rows.
    const week = await db.meetingWeekRollup.findFirstOrThrow({ where: { unitId: bloc.unit.id } });
    await db.meetingWeekRollup.update({ where: { unitId_weekStart: { unitId: week.unitId, weekStart: week.weekStart } }, data: { held: 7 } });
    await db.taskDueRollup.deleteMany({ where: { unitId: bloc.unit.id } });
    const found = await rollupDifferences(db);
    await db.areaMonthRollup.update({ where: { unitId_month: { unitId: line[2], month: 201807 } }, data: { communesMeeting: { increment: 1 } } });
    expect(found.map((d) => d.table).sort()).toEqual(["meetingWeek", "taskDue", "taskDue"]);
    expect((await rollupDifferences(db)).filter((d) => d.table === "areaMonth")).toEqual([
      { table: "areaMonth", key: `${line[2]}|201807`, field: "communesMeeting", maintained: 2, recomputed: 1 },
    ]);
    expect(found.find((d) => d.table === "meetingWeek")).toMatchObject({ maintained: 7, recomputed: 1 });
    // The check inside the database (for national scale) finds the same differences, keys and all.
    const order = (ds: RollupDifference[]) => [...ds].sort((x, y) => `${x.table}${x.key}${x.field}`.localeCompare(`${y.table}${y.key}${y.field}`));
    expect(order(await rollupDifferencesInDatabase(db))).toEqual(order(await rollupDifferences(db)));
    // On PostgreSQL the rebuild sets the tables' keys, indexes and foreign keys aside while it fills them:
    // they must come back exactly as the migrations made them.
    const schemaOf = () =>
      backend === "postgres"
        ? db.$queryRawUnsafe<
            { d: string }[]
          >(`SELECT c.relname || ' ' || x.conname || ' ' || pg_get_constraintdef(x.oid) AS d FROM pg_constraint x JOIN pg_class c ON c.oid = x.conrelid WHERE c.relname LIKE '%Rollup'
          UNION ALL SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename LIKE '%Rollup' ORDER BY 1`)
        : Promise.resolve([]);
    const schemaBefore = await schemaOf();
    const counts = await rebuildRollups(db);
    expect(counts.meetingWeek).toBe(await db.meetingWeekRollup.count());
    expect(await rollupDifferences(db)).toEqual([]);
    expect(await rollupDifferencesInDatabase(db)).toEqual([]);
    expect(await schemaOf()).toEqual(schemaBefore);
    if (backend === "postgres") expect(schemaBefore.length).toBeGreaterThan(12);
  });
});
