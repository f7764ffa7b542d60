// The reorganisation's hand-over (1/7/2025): a closed 2018 commune's open work moves to its successor, each
// move confirmed by a person, recorded and audited, reversible until the successor acts; nothing is deleted,
// the rollups stay exact, a racing edit is a conflict, and the scope holds. Against a real database (SQLite,
// and PostgreSQL in its suite).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { ConflictError, MESSAGES, RefusedError } from "@/lib/actions/result";
import { auditChanges } from "@/lib/audit/write";
import { saveMeeting } from "@/lib/meetings/definitions";
import { manageTask } from "@/lib/tasks/definitions";
import { openReport } from "@/lib/reports/definitions";
import { closeRecommendation, sendRecommendation } from "@/lib/supervision/recommendation-definitions";
import { saveActivity } from "@/lib/supervision/activity-definitions";
import { savePlan } from "@/lib/supervision/plan-definitions";
import { activityDetail, recommendationRights } from "@/lib/supervision/queries";
import { saveCriticism } from "@/lib/supervision/criticism-definitions";
import { setBloc } from "@/lib/blocs/definitions";
import { applyHandOvers, type Choice } from "@/lib/handover/apply";
import { NOT_REVERSIBLE, reverseHandOver } from "@/lib/handover/reverse";
import { KINDS } from "@/lib/handover/open-work";
import { handOverPlan } from "@/lib/handover/plan";
import { handOverCommand } from "@/lib/handover/command";
import { handOverItems } from "@/lib/handover/definitions";
import { historyOf } from "@/lib/audit/queries";
import { registerModel } from "@/lib/skilful-models/definitions";
import { evaluateModel, setModelCriteria } from "@/lib/skilful-models/review-definitions";
import { unitModels } from "@/lib/skilful-models/queries";
import { rebuildRollups, rollupDifferences } from "@/lib/rollups/rebuild";
import { onBusinessDay } from "@/lib/time/today";
import { parseIsoDate } from "@/lib/time/business-date";
import { validOn } from "@/lib/units/validity";
import { ctx, makeUser, operatingBloc, sendReport } from "../support/factories";

const REORGANISED = parseIsoDate("2025-07-01")!;
const LAST_DAYS = parseIsoDate("2025-06-20")!;
const TODAY = parseIsoDate("2026-03-18")!;
const now = <T>(work: () => Promise<T>) => onBusinessDay(TODAY, work);
const unit2025 = (code: string) => db.unit.findFirstOrThrow({ where: { code, level: "COMMUNE", ...validOn(TODAY) } });

/** Open work of every kind on a 2018 commune in its last days, through the portal's own actions. */
async function openWorkOf(code: string) {
  return onBusinessDay(LAST_DAYS, async () => {
    const bloc = await operatingBloc(code, { day: LAST_DAYS });
    const head = await makeUser("BLOC_HEAD", code, { day: LAST_DAYS });
    const k = randomUUID();
    const meeting = await runAction(
      db,
      saveMeeting,
      {
        unitId: bloc.unit.id,
        submissionId: randomUUID(),
        heldOn: "2025-06-16",
        place: "Hội trường",
        chairId: bloc.head.id,
        [`att_${bloc.org("MTTQ").id}`]: "present",
        [`task_${k}_title`]: "Vận động hội viên dọn vệ sinh bến cá",
        [`task_${k}_ownerId`]: bloc.org("HOI_PHU_NU").id,
        [`task_${k}_dueOn`]: "2025-06-27",
      },
      head.actor,
      ctx(),
    );
    expect(meeting.ok, JSON.stringify(meeting)).toBe(true);
    const activity = await runAction(
      db,
      saveActivity,
      {
        unitId: bloc.unit.id,
        submissionId: randomUUID(),
        version: "0",
        outsidePlanReason: "Theo phản ánh của nhân dân",
        form: "DOCUMENTS",
        subject: "UBND xã",
        content: "Việc công khai các khoản đóng góp",
        startOn: "2025-06-02",
        endOn: "2025-06-06",
      },
      head.actor,
      ctx(),
    );
    expect(activity.ok, JSON.stringify(activity)).toBe(true);
    const activityId = String(/\/supervision\/(.+)$/.exec(activity.redirectTo!)![1]);
    const rec = await runAction(
      db,
      sendRecommendation,
      { activityId, submissionId: randomUUID(), content: "Công khai kết quả thu, chi", addressee: "UBND xã", sentOn: "2025-06-10" },
      head.actor,
      ctx(),
    );
    expect(rec.ok, JSON.stringify(rec)).toBe(true);
    const criticism = await runAction(
      db,
      saveCriticism,
      {
        unitId: bloc.unit.id,
        submissionId: randomUUID(),
        version: "0",
        outsidePlanReason: "Theo đề nghị của UBND",
        title: "Dự thảo quy chế dân chủ ở thôn",
        draftingBody: "UBND xã",
        receivedOn: "2025-06-05",
        plannedSubmissionOn: "2025-06-30",
        form: "WRITTEN",
      },
      head.actor,
      ctx(),
    );
    expect(criticism.ok, JSON.stringify(criticism)).toBe(true);
    const plan = await runAction(
      db,
      savePlan,
      {
        unitId: bloc.unit.id,
        year: "2025",
        version: "0",
        item_0_kind: "SUPERVISION",
        item_0_form: "DOCUMENTS",
        item_0_subject: "UBND xã",
        item_0_content: "Công khai tài chính",
        item_0_intendedTime: "Quý III",
        item_0_leadOrganisationId: bloc.org("MTTQ").id,
      },
      head.actor,
      ctx(),
    );
    expect(plan.ok, JSON.stringify(plan)).toBe(true);
    const opened = await runAction(
      db,
      openReport,
      { regimeCode: "situation.monthly", unitId: bloc.unit.id, periodKey: "2025-06", submissionId: randomUUID() },
      head.actor,
      ctx(),
    );
    expect(opened.ok, JSON.stringify(opened)).toBe(true);
    const reportId = String(opened.data!.reportId);
    const submitted = await sendReport(reportId, await makeUser("BLOC_HEAD", code, { day: LAST_DAYS }), head);
    expect(submitted.ok, JSON.stringify(submitted)).toBe(true);
    // An account of the commune still in force on its closing day (its end not recorded yet).
    const user = await db.user.create({ data: { username: `t-officer-${randomUUID().slice(0, 8)}`, displayName: "Cán bộ xã cũ" } });
    const role = await db.roleAssignment.create({
      data: { userId: user.id, role: "ORG_OFFICER", unitId: bloc.unit.id, organisationId: bloc.org("HOI_PHU_NU").id, validFrom: bloc.unit.validFrom },
    });
    const task = await db.task.findFirstOrThrow({ where: { unitId: bloc.unit.id } });
    return { bloc, head, task, reportId, activityId, role };
  });
}

/** The successor's bloc as the provincial reviewer records it (tasks need one to move). */
async function recordBloc(code: string, reviewer: Awaited<ReturnType<typeof makeUser>>) {
  const unit = await unit2025(code);
  const set = await runAction(
    db,
    setBloc,
    {
      unitId: unit.id,
      version: "0",
      model: "JOINT_ADVISORY_UNIT",
      status: "ESTABLISHED",
      effectiveOn: "2025-08-01",
      reason: "Kiện toàn sau sắp xếp",
      decisionFamily: "FRONT",
      decisionNumber: `${Math.floor(Math.random() * 900) + 10}/QĐ-MTTQ`,
      decisionDate: "2025-07-25",
      decisionIssuer: `Ban Thường trực Ủy ban MTTQ ${unit.name}`,
    },
    reviewer.actor,
    ctx(),
  );
  expect(set.ok, JSON.stringify(set)).toBe(true);
  return unit;
}

async function apply(actor: Awaited<ReturnType<typeof makeUser>>["actor"], choices: Choice[]) {
  return db.$transaction(async (tx) => {
    const audit = await applyHandOvers(tx, actor, REORGANISED, TODAY, choices);
    await auditChanges(tx, actor, audit, ctx());
    return audit;
  });
}

describe("hand-over of a closed commune's open work (1/7/2025)", () => {
  it("moves every kind of open work of a wholly absorbed commune to its successor, keeps its history, the rollups and an audit event per move", () =>
    now(async () => {
      const work = await openWorkOf("06649"); // Hà Khánh (Hạ Long) → phường Cao Xanh, whole
      const reviewer = await makeUser("REVIEWER", "22", { day: TODAY });
      const [plan] = await handOverPlan(db, reviewer.actor, REORGANISED, { codes: ["06649"] });
      expect(plan.successors.map((s) => [s.code, s.whole])).toEqual([["06658", true]]);
      const kinds = plan.items.map((i) => i.kind).sort();
      expect(kinds).toEqual(["BLOC", "CRITICISM_CASE", "RECOMMENDATION", "REPORT", "ROLE_ASSIGNMENT", "SUPERVISION_ACTIVITY", "SUPERVISION_PLAN", "TASK"]);
      // The successor has no bloc yet: the task waits, with the way out; nothing is half-moved.
      expect(plan.items.find((i) => i.kind === "TASK")!.blocked).toMatch(/Phường Cao Xanh chưa được ghi nhận khối/);
      const everything = plan.items.map((i) => ({ kind: i.kind, itemId: i.id, toUnitId: plan.successors[0].id, version: i.version }));
      await expect(apply(reviewer.actor, everything)).rejects.toThrow(RefusedError);
      expect(await db.handOver.count()).toBe(0);
      expect((await db.task.findUniqueOrThrow({ where: { id: work.task.id } })).unitId).toBe(work.bloc.unit.id);

      const successor = await recordBloc("06658", reviewer);
      const successorHead = await makeUser("BLOC_HEAD", "06658", { day: TODAY });
      const [again] = await handOverPlan(db, reviewer.actor, REORGANISED, { codes: ["06649"] });
      expect(again.items.every((i) => i.blocked === null)).toBe(true);
      const province = await db.unit.findFirstOrThrow({ where: { code: "22", level: "PROVINCE" } });
      const provinceRows = () => db.areaMonthRollup.findMany({ where: { unitId: province.id }, orderBy: { month: "asc" } });
      const provinceBefore = await provinceRows();
      const audit = await apply(
        reviewer.actor,
        again.items.map((i) => ({ kind: i.kind, itemId: i.id, toUnitId: successor.id, version: i.version })),
      );
      expect(audit).toHaveLength(8);
      // The successor's bloc head is told once, with the count; the reviewer who handed it over is not.
      const told = await db.notification.findMany({ where: { kind: "HANDOVER_RECEIVED", entityId: successor.id } });
      expect(told.map((n) => [n.userId, n.link])).toEqual([[successorHead.userId, "/communes/06658"]]);
      expect(told[0].title).toMatch(/^Đã nhận bàn giao 8 việc đang mở của Phường Hà Khánh$/);

      const task = await db.task.findUniqueOrThrow({ where: { id: work.task.id }, include: { owner: { include: { type: true } }, bloc: true, meeting: true } });
      expect(task).toMatchObject({ unitId: successor.id, dueOn: work.task.dueOn, originalDueOn: work.task.originalDueOn, status: "OPEN" });
      expect(task.owner).toMatchObject({ unitId: successor.id, type: { code: "HOI_PHU_NU" } });
      expect(task.bloc.unitId).toBe(successor.id);
      // The meeting that decided it stays where it happened.
      expect(task.meeting!.unitId).toBe(work.bloc.unit.id);
      expect((await db.recommendation.findFirstOrThrow({ where: { activityId: work.activityId } })).unitId).toBe(successor.id);
      expect((await db.supervisionActivity.findUniqueOrThrow({ where: { id: work.activityId } })).unitId).toBe(successor.id);
      expect((await db.criticismCase.findFirstOrThrow({ where: { title: "Dự thảo quy chế dân chủ ở thôn" } })).unitId).toBe(successor.id);
      const movedPlan = await db.supervisionPlan.findFirstOrThrow({
        where: { unitId: successor.id, year: 2025 },
        include: { items: { include: { leadOrganisation: true } } },
      });
      expect(movedPlan.items[0].leadOrganisation.unitId).toBe(successor.id);
      // The June report in review at the closed city moves its review to the province; it stays Hà Khánh's report.
      const report = await db.report.findUniqueOrThrow({ where: { id: work.reportId }, include: { recipient: true } });
      expect(report).toMatchObject({ unitId: work.bloc.unit.id, status: "SUBMITTED", recipient: { code: "22", level: "PROVINCE" } });
      const bloc = await db.bloc.findUniqueOrThrow({ where: { id: work.bloc.bloc.id }, include: { statusChanges: { orderBy: { createdAt: "asc" } } } });
      expect(bloc.status).toBe("SUPERSEDED");
      expect(bloc.statusChanges.at(-1)).toMatchObject({ fromStatus: "ESTABLISHED", toStatus: "SUPERSEDED", effectiveOn: REORGANISED });
      const role = await db.roleAssignment.findUniqueOrThrow({ where: { id: work.role.id } });
      expect(role).toMatchObject({ validTo: parseIsoDate("2025-06-30"), endedReason: "reorganisation" });
      // A role for the successor is only proposed, never granted.
      expect(await db.roleAssignment.count({ where: { userId: work.role.userId } })).toBe(1);
      const roleHandOver = await db.handOver.findFirstOrThrow({ where: { kind: "ROLE_ASSIGNMENT", itemId: work.role.id } });
      expect(JSON.parse(roleHandOver.changes).after).toMatchObject({ proposedRole: "ORG_OFFICER", proposedUnitId: successor.id });

      const events = await db.auditEvent.findMany({ where: { action: "handover.apply" } });
      // Each event names its record as the record's own actions do, so the record's history shows the move.
      expect(events.map((e) => e.entityType).sort()).toEqual([
        "Bloc",
        "CriticismCase",
        "Recommendation",
        "Report",
        "RoleAssignment",
        "SupervisionActivity",
        "SupervisionPlan",
        "Task",
      ]);
      expect((await historyOf("Task", work.task.id)).map((h) => h.action)).toContain("handover.apply");
      expect(events.every((e) => e.actorUserId === reviewer.userId)).toBe(true);
      expect(await rollupDifferences(db)).toEqual([]);
      // The rollups moved from the closed commune to its successor; the province's rows did not change.
      expect(await provinceRows()).toEqual(provinceBefore);
      expect(await db.areaMonthRollup.findFirst({ where: { unitId: successor.id, month: 202506 } })).toMatchObject({ tasksAssigned: 1, recSent: 1 });
      // Nothing left to hand over; applying the same again is refused and changes nothing.
      const [after] = await handOverPlan(db, reviewer.actor, REORGANISED, { codes: ["06649"] });
      expect(after.items).toEqual([]);
      expect(after.handed).toHaveLength(8);
      await expect(apply(reviewer.actor, [{ kind: "TASK", itemId: work.task.id, toUnitId: successor.id }])).rejects.toThrow(/không còn là việc đang mở/);
      expect(await db.handOver.count()).toBe(8);

      // The successor's head now carries the task into the next meeting.
      const head = await makeUser("BLOC_HEAD", "06658", { day: TODAY });
      const carried = await db.task.findMany({ where: { unitId: successor.id, status: { in: ["OPEN", "IN_PROGRESS", "REOPENED"] } } });
      expect(carried.map((t) => t.id)).toContain(work.task.id);
      // It follows its new unit's rules: its deadline may now run past the old commune's last day.
      const moved = await runAction(
        db,
        manageTask,
        { taskId: task.id, version: String(task.version), move: "reschedule", dueOn: "2026-04-30", reason: "Bàn giao cho phường" },
        head.actor,
        ctx(),
      );
      expect(moved.ok, JSON.stringify(moved)).toBe(true);
      expect(await db.task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({
        dueOn: parseIsoDate("2026-04-30"),
        originalDueOn: work.task.originalDueOn,
      });
    }));

  it("proposes the successor that kept the code for a split commune, lets the reviewer choose per item, and refuses a unit outside the lineage", () =>
    now(async () => {
      const work = await openWorkOf("06820"); // Trưng Vương → phường Uông Bí and phường Vàng Danh (kept 06820), in part
      const reviewer = await makeUser("REVIEWER", "22", { day: TODAY });
      const vangDanh = await recordBloc("06820", reviewer);
      const uongBi = await recordBloc("06811", reviewer);
      const [plan] = await handOverPlan(db, reviewer.actor, REORGANISED, { codes: ["06820"] });
      expect(plan.successors.map((s) => [s.code, s.whole, s.keptCode])).toEqual([
        ["06820", false, true],
        ["06811", false, false],
      ]);
      const task = plan.items.find((i) => i.kind === "TASK")!;
      const rec = plan.items.find((i) => i.kind === "RECOMMENDATION")!;
      const elsewhere = await unit2025("06658");
      await expect(apply(reviewer.actor, [{ kind: "TASK", itemId: task.id, toUnitId: elsewhere.id, version: task.version }])).rejects.toThrow(
        /không phải là đơn vị kế thừa/,
      );
      await apply(reviewer.actor, [
        { kind: "TASK", itemId: task.id, toUnitId: uongBi.id, version: task.version },
        { kind: "RECOMMENDATION", itemId: rec.id, toUnitId: vangDanh.id, version: rec.version },
      ]);
      expect((await db.task.findUniqueOrThrow({ where: { id: work.task.id } })).unitId).toBe(uongBi.id);
      expect((await db.recommendation.findUniqueOrThrow({ where: { id: rec.id } })).unitId).toBe(vangDanh.id);
      const [rest] = await handOverPlan(db, reviewer.actor, REORGANISED, { codes: ["06820"] });
      expect(rest.items.map((i) => i.kind)).not.toContain("TASK");
      expect(rest.items.length).toBe(plan.items.length - 2);
      expect(await rollupDifferences(db)).toEqual([]);

      // The recommendation went without its activity: Vàng Danh's head opens the activity it answers to (still the
      // closed commune's), sees only its own recommendation, says where it came from, and may answer it; Uông Bí's
      // head, who received none of it, cannot open the activity.
      const vangDanhHead = await makeUser("BLOC_HEAD", "06820", { day: TODAY });
      const seen = (await activityDetail(vangDanhHead.actor, work.activityId))!;
      expect(seen.unit.id).toBe(work.bloc.unit.id);
      expect(seen.recommendations.map((r) => r.id)).toEqual([rec.id]);
      const rights = (await recommendationRights(vangDanhHead.actor, seen, seen.recommendations, TODAY)).get(rec.id)!;
      expect(rights).toMatchObject({
        manage: true,
        communeCode: "06820",
        handOver: { side: "received", fact: { from: { code: "06820" }, to: { code: "06820" } } },
      });
      expect(rights.organisations.length).toBeGreaterThan(0);
      expect(await db.organisation.count({ where: { id: { in: rights.organisations.map((o) => o.value) }, unitId: vangDanh.id } })).toBe(
        rights.organisations.length,
      );
      const uongBiHead = await makeUser("BLOC_HEAD", "06811", { day: TODAY });
      expect(await activityDetail(uongBiHead.actor, work.activityId)).toBeNull();
      // The reviewer reads the closed commune's activity whole, with the recommendation marked as handed over.
      const whole = (await activityDetail(reviewer.actor, work.activityId))!;
      expect((await recommendationRights(reviewer.actor, whole, whole.recommendations, TODAY)).get(rec.id)!.handOver).toMatchObject({
        side: "handed",
        fact: { to: { code: "06820", validTo: null } },
      });
      const current = await db.recommendation.findUniqueOrThrow({ where: { id: rec.id } });
      const answered = await runAction(
        db,
        closeRecommendation,
        {
          recommendationId: rec.id,
          version: String(current.version),
          how: "response",
          respondedOn: "2026-03-16",
          responseContent: "Đã công khai tại nhà văn hóa các khu",
          responseOutcome: "ACCEPTED",
        },
        vangDanhHead.actor,
        ctx(),
      );
      expect(answered.ok, JSON.stringify(answered)).toBe(true);
      expect(await rollupDifferences(db)).toEqual([]);
    }));

  it("ends an edit racing with the hand-over as a conflict, and a hand-over of a version no longer current as a conflict too", () =>
    now(async () => {
      const work = await openWorkOf("06784"); // Cẩm Thủy → phường Quang Hanh, whole
      const reviewer = await makeUser("REVIEWER", "22", { day: TODAY });
      const successor = await recordBloc("06778", reviewer);
      const seen = await db.task.findUniqueOrThrow({ where: { id: work.task.id } });
      // The hand-over lands first: the head's edit made on the version they saw is refused, not lost.
      await apply(reviewer.actor, [{ kind: "TASK", itemId: seen.id, toUnitId: successor.id, version: seen.version }]);
      const head = await makeUser("BLOC_HEAD", "06778", { day: TODAY });
      const late = await runAction(
        db,
        manageTask,
        { taskId: seen.id, version: String(seen.version), move: "reschedule", dueOn: "2026-04-30", reason: "Chưa kịp" },
        head.actor,
        ctx(),
      );
      expect(late.formError).toBe(MESSAGES.conflict);
      expect((await db.task.findUniqueOrThrow({ where: { id: seen.id } })).dueOn).toEqual(seen.dueOn);
      // The other way: an edit lands after the page was read; the hand-over confirmed on the old version is a conflict.
      const [plan] = await handOverPlan(db, reviewer.actor, REORGANISED, { codes: ["06784"] });
      const rec = plan.items.find((i) => i.kind === "RECOMMENDATION")!;
      await db.recommendation.update({ where: { id: rec.id }, data: { version: { increment: 1 } } });
      await expect(apply(reviewer.actor, [{ kind: "RECOMMENDATION", itemId: rec.id, toUnitId: successor.id, version: rec.version }])).rejects.toThrow(
        ConflictError,
      );
      expect((await db.recommendation.findUniqueOrThrow({ where: { id: rec.id } })).unitId).toBe(work.bloc.unit.id);
    }));

  it("reverses a hand-over while the successor has not acted on the item, and refuses once it has", () =>
    now(async () => {
      const work = await openWorkOf("06787"); // Cẩm Thạch → phường Quang Hanh, whole
      const reviewer = await makeUser("REVIEWER", "22", { day: TODAY });
      const successor = (await db.bloc.findFirst({ where: { unit: { code: "06778", ...validOn(TODAY) } } }))
        ? await unit2025("06778")
        : await recordBloc("06778", reviewer);
      const [plan] = await handOverPlan(db, reviewer.actor, REORGANISED, { codes: ["06787"] });
      await apply(
        reviewer.actor,
        plan.items.map((i) => ({ kind: i.kind, itemId: i.id, toUnitId: successor.id, version: i.version })),
      );
      const ofTask = await db.handOver.findFirstOrThrow({ where: { kind: "TASK", itemId: work.task.id } });
      const ofBloc = await db.handOver.findFirstOrThrow({ where: { kind: "BLOC", itemId: work.bloc.bloc.id } });
      const ofRole = await db.handOver.findFirstOrThrow({ where: { kind: "ROLE_ASSIGNMENT", itemId: work.role.id } });
      // The successor's head acts on the task: its hand-over can no longer be reversed.
      const head = await makeUser("BLOC_HEAD", "06778", { day: TODAY });
      const task = await db.task.findUniqueOrThrow({ where: { id: work.task.id } });
      expect(
        (
          await runAction(
            db,
            manageTask,
            { taskId: task.id, version: String(task.version), move: "reschedule", dueOn: "2026-04-30", reason: "Chưa kịp" },
            head.actor,
            ctx(),
          )
        ).ok,
      ).toBe(true);
      const [listed] = await handOverPlan(db, reviewer.actor, REORGANISED, { codes: ["06787"] });
      expect(listed.handed.find((h) => h.id === ofTask.id)!.reversible).toBe(false);
      expect(listed.handed.find((h) => h.id === ofBloc.id)!.reversible).toBe(true);
      await expect(db.$transaction((tx) => reverseHandOver(tx, reviewer.actor, ofTask.id, TODAY))).rejects.toThrow(NOT_REVERSIBLE);
      // The bloc and the role come back as they were; the history keeps both changes.
      for (const h of [ofBloc, ofRole]) {
        await db.$transaction(async (tx) => auditChanges(tx, reviewer.actor, [await reverseHandOver(tx, reviewer.actor, h.id, TODAY)], ctx()));
      }
      const bloc = await db.bloc.findUniqueOrThrow({ where: { id: work.bloc.bloc.id }, include: { statusChanges: true } });
      expect(bloc.status).toBe("ESTABLISHED");
      expect(bloc.statusChanges.map((c) => c.toStatus)).toEqual(expect.arrayContaining(["SUPERSEDED", "ESTABLISHED"]));
      expect(await db.roleAssignment.findUniqueOrThrow({ where: { id: work.role.id } })).toMatchObject({ validTo: null, endedReason: null });
      expect(await db.auditEvent.count({ where: { action: "handover.reverse" } })).toBe(2);
      await expect(db.$transaction((tx) => reverseHandOver(tx, reviewer.actor, ofBloc.id, TODAY))).rejects.toThrow(/đã được hoàn tác/);
      // Pending again: the reversed items are listed for a hand-over once more.
      const [again] = await handOverPlan(db, reviewer.actor, REORGANISED, { codes: ["06787"] });
      expect(again.items.map((i) => i.kind).sort()).toEqual(["BLOC", "ROLE_ASSIGNMENT"]);
      expect(await rollupDifferences(db)).toEqual([]);
    }));

  it("keeps to the actor's scope: a commune head cannot hand over, a district's reviewer cannot reach today's communes", () =>
    now(async () => {
      await openWorkOf("06814"); // Bắc Sơn (Uông Bí) → phường Vàng Danh
      const head = await makeUser("BLOC_HEAD", "06820", { day: TODAY });
      expect(await handOverPlan(db, head.actor, REORGANISED)).toEqual([]);
      const task = await db.task.findFirstOrThrow({ where: { unit: { code: "06814" } } });
      const vangDanh = await unit2025("06820");
      await expect(apply(head.actor, [{ kind: "TASK", itemId: task.id, toUnitId: vangDanh.id }])).rejects.toThrow(/không còn là việc đang mở/);
      // A reviewer of the 2018 city whose assignment was never ended reaches its communes, not today's units.
      const district = await db.unit.findFirstOrThrow({
        where: { id: (await db.unit.findFirstOrThrow({ where: { code: "06814", validTo: parseIsoDate("2025-06-30") } })).parentId! },
      });
      const user = await db.user.create({ data: { username: `t-old-reviewer-${randomUUID().slice(0, 8)}`, displayName: "Cán bộ thành phố cũ" } });
      await db.roleAssignment.create({ data: { userId: user.id, role: "REVIEWER", unitId: district.id, validFrom: district.validFrom } });
      const session = await db.session.create({ data: { userId: user.id } });
      const { loadActor } = await import("@/lib/auth/actor");
      const loaded = await loadActor(db, session.id, TODAY);
      const actor = "actor" in loaded ? loaded.actor : null;
      const [plan] = await handOverPlan(db, actor!, REORGANISED, { codes: ["06814"] });
      expect(plan.successors).toEqual([]);
      expect(plan.items.every((i) => i.blocked === "Không có đơn vị kế thừa trong phạm vi của bạn.")).toBe(true);
      await expect(apply(actor!, [{ kind: "TASK", itemId: task.id, toUnitId: vangDanh.id }])).rejects.toThrow(/trong phạm vi của bạn/);
      expect((await db.task.findUniqueOrThrow({ where: { id: task.id } })).unitId).not.toBe(vangDanh.id);
    }));

  it("does the same from the command line: a dry run by successor ending with the total, the run itself, and nothing more on a second run", () =>
    now(async () => {
      await openWorkOf("06826"); // Yên Thanh → phường Uông Bí, whole
      const admin = await makeUser("ADMIN", "22", { day: TODAY });
      const options = { date: REORGANISED, username: admin.username, today: TODAY, units: ["06826"] };
      const dry = await handOverCommand(db, { ...options, dryRun: true });
      expect(dry.ok).toBe(true);
      expect(dry.lines.at(-1)).toBe(`Tổng: ${dry.total} mục`);
      expect(dry.lines.join("\n")).toMatch(/▸ Phường Uông Bí \(06811\): \d+ mục sẽ nhận, từ .*Yên Thanh \(06826\) \d+/);
      expect(await db.handOver.count({ where: { fromUnit: { code: "06826" } } })).toBe(0);
      const run = await handOverCommand(db, { ...options, dryRun: false });
      expect(run.total).toBe(dry.total);
      // Search finds the moved task under its new unit (the successor's readers), no longer under the closed one.
      const movedTask = await db.handOver.findFirstOrThrow({ where: { kind: "TASK", fromUnit: { code: "06826" } }, select: { itemId: true, toUnitId: true } });
      expect(await db.searchDocument.findFirstOrThrow({ where: { kind: "TASK", recordId: movedTask.itemId } })).toMatchObject({ unitId: movedTask.toUnitId });
      expect(await db.handOver.count({ where: { fromUnit: { code: "06826" } } })).toBe(run.total);
      expect(await db.auditEvent.count({ where: { action: "handover.apply", actorUserId: admin.userId } })).toBe(run.total);
      const second = await handOverCommand(db, { ...options, dryRun: false });
      expect(second.lines.at(-1)).toBe("Tổng: 0 mục");
      // Its session does not outlive the command.
      expect(await db.session.count({ where: { userId: admin.userId, revokedAt: null } })).toBe(1);
      const unknown = await handOverCommand(db, { ...options, username: "khong-co-ai", dryRun: true });
      expect(unknown.ok).toBe(false);
      expect(unknown.lines[0]).toMatch(/Không có tài khoản “khong-co-ai”/);
    }));
});

describe("hand-over of a closed commune's Dân vận khéo models", () => {
  it("moves the year's models with their organisation, renames one that repeats a name, keeps earlier years as history, and reverses", () =>
    now(async () => {
      // Đông Hải became part of xã Đông Ngũ, and Đại Dực was split between Đông Ngũ and Tiên Yên; each registered
      // a model in spring 2025.
      const model = (code: string, name: string, organisationCode?: string) =>
        onBusinessDay(LAST_DAYS, async () => {
          const bloc = await operatingBloc(code, { day: LAST_DAYS });
          const head = await makeUser("BLOC_HEAD", code, { day: LAST_DAYS });
          const saved = await runAction(
            db,
            registerModel,
            {
              unitId: bloc.unit.id,
              submissionId: randomUUID(),
              organisationId: organisationCode ? bloc.org(organisationCode).id : "",
              continuesId: "",
              year: "2025",
              name,
              field: "DEFENCE_SECURITY",
              targetGroup: "Các hộ dân ven đường",
              participants: "Công an xã, Đoàn Thanh niên",
              startOn: "2025-02-01",
              goals: "Số tuyến đường tự quản: 3",
            },
            head.actor,
            ctx(),
          );
          expect(saved.ok, JSON.stringify(saved)).toBe(true);
          return { id: /\/models\/([^?]+)/.exec(saved.redirectTo!)![1], bloc, head };
        });
      const daiDuc = await model("06868", "Tuyến đường tự quản về an ninh trật tự", "HOI_PHU_NU");
      const dongHai = await model("06883", "Tuyến đường tự quản về an ninh trật tự");
      // An earlier year's model is the closed commune's history: it is not open work.
      const earlier = await db.skilfulModel.create({
        data: {
          unitId: daiDuc.bloc.unit.id,
          year: 2024,
          name: "Dòng họ không có người vi phạm pháp luật",
          field: "DEFENCE_SECURITY",
          targetGroup: "Các dòng họ",
          participants: "Hội Người cao tuổi",
          startOn: parseIsoDate("2024-01-15")!,
          goals: "Số dòng họ tham gia: 12",
          status: "ACCEPTED",
          submissionId: randomUUID(),
          createdById: daiDuc.head.userId,
        },
      });
      const reviewer = await makeUser("REVIEWER", "22", { day: TODAY });
      const plans = await handOverPlan(db, reviewer.actor, REORGANISED, { codes: ["06868", "06883"] });
      const models = plans
        .flatMap((p) => p.items.filter((i) => i.kind === "MODEL").map((i) => ({ ...i, from: p.unit.code, to: p.successors[0] })))
        .sort((a, b) => a.from.localeCompare(b.from));
      expect(models.map((m) => [m.from, m.to.code, m.label, m.blocked])).toEqual([
        ["06868", "06862", "“Tuyến đường tự quản về an ninh trật tự” năm 2025 (đã đăng ký, chờ đánh giá)", null],
        ["06883", "06877", "“Tuyến đường tự quản về an ninh trật tự” năm 2025 (đã đăng ký, chờ đánh giá)", null],
      ]);
      // For the split commune the reviewer chooses Đông Ngũ, where the road lies.
      const dongNgu = plans.find((p) => p.unit.code === "06868")!.successors.find((s) => s.code === "06877")!;
      models[0].to = dongNgu;
      expect(models.map((m) => m.id)).not.toContain(earlier.id);
      const handOver = (m: (typeof models)[number]) =>
        runAction(
          db,
          handOverItems,
          { date: "2025-07-01", unitCode: m.from, item: [`MODEL:${m.id}`], choice: [`MODEL:${m.id}:${m.version}:${m.to.id}`] },
          reviewer.actor,
          ctx(),
        );
      for (const m of models) expect((await handOver(m)).ok).toBe(true);

      const successor = models[0].to;
      const moved = await db.skilfulModel.findUniqueOrThrow({ where: { id: daiDuc.id }, include: { organisation: { include: { type: true } } } });
      expect(moved).toMatchObject({ unitId: successor.id, name: "Tuyến đường tự quản về an ninh trật tự", status: "REGISTERED" });
      expect(moved.organisation).toMatchObject({ unitId: successor.id, type: { code: "HOI_PHU_NU" } });
      // The second of the same name keeps both names apart by its old commune's.
      expect(await db.skilfulModel.findUniqueOrThrow({ where: { id: dongHai.id } })).toMatchObject({
        unitId: successor.id,
        organisationId: null,
        name: `Tuyến đường tự quản về an ninh trật tự (${dongHai.bloc.unit.name})`,
      });
      expect((await db.skilfulModel.findUniqueOrThrow({ where: { id: earlier.id } })).unitId).toBe(daiDuc.bloc.unit.id);
      // The successor's head finds both on its page; the model's history shows the move.
      const head = await makeUser("BLOC_HEAD", "06877", { day: TODAY });
      expect((await unitModels(head.actor, successor.id)).map((m) => m.id).sort()).toEqual([daiDuc.id, dongHai.id].sort());
      expect((await historyOf("SkilfulModel", daiDuc.id)).map((h) => h.action)).toEqual(expect.arrayContaining(["model.register", "handover.apply"]));

      // The province's reviewer returns one for more evidence: that one stays; the other goes back, name and all.
      const admin = await makeUser("ADMIN", "22", { day: TODAY });
      const criteria = { year: "2025", version: "0", passThreshold: "70", criteria: "Hiệu quả; 60; 10\nLan tỏa; 40; 10" };
      expect((await runAction(db, setModelCriteria, criteria, admin.actor, ctx())).ok).toBe(true);
      const returned = await runAction(
        db,
        evaluateModel,
        { modelId: daiDuc.id, version: String(moved.version), move: "return", comment: "Bổ sung ảnh các tuyến đường sau sắp xếp" },
        reviewer.actor,
        ctx(),
      );
      expect(returned.ok, JSON.stringify(returned)).toBe(true);
      const rows = await db.handOver.findMany({ where: { kind: "MODEL" } });
      const of = (id: string) => rows.find((r) => r.itemId === id)!;
      await expect(db.$transaction((tx) => reverseHandOver(tx, reviewer.actor, of(daiDuc.id).id, TODAY))).rejects.toThrow(NOT_REVERSIBLE);
      await db.$transaction(async (tx) => auditChanges(tx, reviewer.actor, [await reverseHandOver(tx, reviewer.actor, of(dongHai.id).id, TODAY)], ctx()));
      expect(await db.skilfulModel.findUniqueOrThrow({ where: { id: dongHai.id } })).toMatchObject({
        unitId: dongHai.bloc.unit.id,
        name: "Tuyến đường tự quản về an ninh trật tự",
      });
      const [again] = await handOverPlan(db, reviewer.actor, REORGANISED, { codes: ["06883"] });
      expect(again.items.filter((i) => i.kind === "MODEL").map((i) => i.id)).toEqual([dongHai.id]);
    }));
});

describe("hand-over: the count of open items is unchanged over random lineages, whole and partial", () => {
  it("moves items only between a closed unit and its successors, leaving on the closed units only what could not move", async () => {
    const links = await db.unitLineage.findMany({
      where: { effectiveFrom: REORGANISED, predecessor: { level: "COMMUNE" } },
      include: { predecessor: { include: { organisations: { include: { type: true } } } }, successor: true },
    });
    const closedIds = [...new Set(links.map((l) => l.predecessorId))];
    const admin = await makeUser("ADMIN", "22", { day: TODAY });
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.constantFrom(...closedIds), { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
        fc.boolean(),
        async (units, picks, withBlocs) => {
          // Raw open work on the chosen closed units (the rollups recomputed after), successors with or without blocs.
          for (const [n, unitId] of units.entries()) {
            const unit = links.find((l) => l.predecessorId === unitId)!.predecessor;
            const org = unit.organisations.find((o) => o.type.code === "MTTQ")!;
            const bloc =
              (await db.bloc.findUnique({ where: { unitId } })) ?? (await db.bloc.create({ data: { unitId, model: "DAN_VAN_BLOC", status: "ESTABLISHED" } }));
            const user = admin.userId;
            await db.task.create({
              data: {
                submissionId: randomUUID(),
                blocId: bloc.id,
                unitId,
                title: `Việc ${n}`,
                ownerId: org.id,
                assignedOn: LAST_DAYS,
                dueOn: LAST_DAYS,
                originalDueOn: LAST_DAYS,
                createdById: user,
              },
            });
            await db.recommendation.create({
              data: {
                submissionId: randomUUID(),
                unitId,
                content: `Kiến nghị ${n}`,
                addressee: "UBND xã",
                sentOn: LAST_DAYS,
                dueOn: LAST_DAYS,
                deadlineRuleId: "thu",
                createdById: user,
              },
            });
            await db.criticismCase.create({
              data: {
                submissionId: randomUUID(),
                unitId,
                title: `Dự thảo ${n}`,
                draftingBody: "UBND xã",
                receivedOn: LAST_DAYS,
                plannedSubmissionOn: LAST_DAYS,
                leadDueOn: LAST_DAYS,
                form: "WRITTEN",
                createdById: user,
              },
            });
          }
          for (const l of links.filter((x) => units.includes(x.predecessorId))) {
            const has = await db.bloc.findUnique({ where: { unitId: l.successorId } });
            if (withBlocs && !has) await db.bloc.create({ data: { unitId: l.successorId, model: "JOINT_ADVISORY_UNIT", status: "ESTABLISHED" } });
          }
          await rebuildRollups(db);
          const successors = [...new Set(links.filter((l) => units.includes(l.predecessorId)).map((l) => l.successorId))];
          const area = [...units, ...successors];
          const count = () =>
            Promise.all([
              db.task.count({ where: { unitId: { in: area }, status: { notIn: ["VERIFIED", "CANCELLED", "TRANSFERRED"] } } }),
              db.recommendation.count({ where: { unitId: { in: area }, status: "OPEN" } }),
              db.criticismCase.count({ where: { unitId: { in: area }, status: { not: "CLOSED" } } }),
            ]).then((n) => n.reduce((a, b) => a + b, 0));
          const before = await count();
          const plan = (await handOverPlan(db, admin.actor, REORGANISED)).filter((p) => units.includes(p.unit.id));
          let i = 0;
          for (const closed of plan) {
            // A person's choice per item among the unit's successors (a split has several).
            const choices = closed.items
              .filter((item) => KINDS.includes(item.kind) && ["TASK", "RECOMMENDATION", "CRITICISM_CASE"].includes(item.kind))
              .map((item) => {
                const to = closed.successors[picks[i++ % picks.length] % closed.successors.length];
                return { kind: item.kind, itemId: item.id, toUnitId: to.id, version: item.version };
              });
            const movable = [];
            for (const c of choices) {
              const blocked = c.kind === "TASK" && !(await db.bloc.findUnique({ where: { unitId: c.toUnitId } }));
              if (!blocked) movable.push(c);
            }
            await apply(admin.actor, movable);
          }
          expect(await count()).toBe(before);
          // What stayed on the closed units is exactly what could not move (tasks whose successor has no bloc).
          const left =
            (await db.task.count({ where: { unitId: { in: units }, status: "OPEN" } })) +
            (await db.recommendation.count({ where: { unitId: { in: units }, status: "OPEN" } })) +
            (await db.criticismCase.count({ where: { unitId: { in: units }, status: { not: "CLOSED" } } }));
          const stuck = (await handOverPlan(db, admin.actor, REORGANISED))
            .filter((p) => units.includes(p.unit.id))
            .flatMap((p) => p.items.filter((item) => ["TASK", "RECOMMENDATION", "CRITICISM_CASE"].includes(item.kind)));
          expect(left).toBe(stuck.length);
          expect(await rollupDifferences(db)).toEqual([]);
        },
      ),
      { numRuns: 8, seed: 2025 },
    );
  });
});
