// Today's province (from 1/7/2025): communes directly under the province, the provincial reviewer bound to
// it. Every workflow on a commune with no district above it, on a pinned business date of 2026, and the bad
// input the reorganisation makes possible. Against a real database (SQLite, and PostgreSQL in its suite).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { MESSAGES } from "@/lib/actions/result";
import { bulkUpdateBlocs, setBloc } from "@/lib/blocs/definitions";
import { addPost, setMembers } from "@/lib/blocs/people-definitions";
import { communeBlocRows } from "@/lib/blocs/queries";
import { areaCommunes } from "@/lib/blocs/area-view";
import { saveMeeting } from "@/lib/meetings/definitions";
import { manageTask } from "@/lib/tasks/definitions";
import { openReport, saveReport } from "@/lib/reports/definitions";
import { reviewReport } from "@/lib/reports/move-definitions";
import { reviewQueue } from "@/lib/reports/queries";
import { escalateRecommendation, sendRecommendation } from "@/lib/supervision/recommendation-definitions";
import { saveActivity } from "@/lib/supervision/activity-definitions";
import { savePlan } from "@/lib/supervision/plan-definitions";
import { escalatedRecommendations } from "@/lib/supervision/queries";
import { higherBodyOf } from "@/lib/supervision/rules";
import { formerDistrictsOf } from "@/lib/units/former-districts";
import { resolveAsOf } from "@/lib/units/as-of";
import { onBusinessDay } from "@/lib/time/today";
import { parseIsoDate } from "@/lib/time/business-date";
import { validOn } from "@/lib/units/validity";
import { ctx, makeUser, operatingBloc, sendReport } from "../support/factories";

const DAY = parseIsoDate("2026-03-18")!;
const on = <T>(work: () => Promise<T>) => onBusinessDay(DAY, work);
const unit2025 = (code: string) => db.unit.findFirstOrThrow({ where: { code, level: "COMMUNE", ...validOn(DAY) } });

/** A 2025 commune's bloc recorded by the provincial reviewer, with its members and a head meeting the rule. */
async function recordedBloc(code: string, reviewer: Awaited<ReturnType<typeof makeUser>>) {
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
      decisionNumber: "12/QĐ-MTTQ",
      decisionDate: "2025-07-25",
      decisionIssuer: `Ban Thường trực Ủy ban MTTQ ${unit.name}`,
    },
    reviewer.actor,
    ctx(),
  );
  expect(set.ok, JSON.stringify(set)).toBe(true);
  expect(
    (
      await runAction(
        db,
        setMembers,
        { unitId: unit.id, organisationCodes: ["MTTQ", "HOI_PHU_NU", "HOI_NONG_DAN", "DOAN_THANH_NIEN"], effectiveOn: "2025-08-01" },
        reviewer.actor,
        ctx(),
      )
    ).ok,
  ).toBe(true);
  const head = await runAction(
    db,
    addPost,
    {
      unitId: unit.id,
      fullName: "Trần Thị Hòa",
      role: "HEAD",
      title: "Chủ tịch Ủy ban MTTQ",
      organisationCode: "MTTQ",
      termStart: "2025-08-01",
      frontChair: "on",
    },
    reviewer.actor,
    ctx(),
  );
  expect(head.ok, JSON.stringify(head)).toBe(true);
  const orgs = await db.organisation.findMany({ where: { unitId: unit.id, ...validOn(DAY) }, include: { type: true } });
  const person = await db.person.findFirstOrThrow({ where: { unitId: unit.id, fullName: "Trần Thị Hòa" } });
  return { unit, head: person, org: (c: string) => orgs.find((o) => o.type.code === c)! };
}

describe("today's province: a reviewer bound to the province, communes directly under it", () => {
  it("records a commune's bloc with no default model: not recorded until someone records it, then the registry shows it", () =>
    on(async () => {
      const reviewer = await makeUser("REVIEWER", "22", { day: DAY });
      const unit = await unit2025("06778");
      const [before] = await communeBlocRows(reviewer.actor, { id: unit.id }, DAY);
      expect(before).toMatchObject({ model: null, districtModel: null, status: "NOT_STARTED", district: null });
      // A status without a model, or people before a model, is refused with the way out; nothing is half-saved.
      const province = await db.unit.findFirstOrThrow({ where: { code: "22", level: "PROVINCE" } });
      const bulk = await runAction(
        db,
        bulkUpdateBlocs,
        { areaCode: "22", unitCodes: ["06778"], status: "PROPOSED", effectiveOn: "2025-09-01", reason: "Rà soát" },
        reviewer.actor,
        ctx(),
      );
      expect(bulk.formError).toMatch(/Chưa ghi nhận mô hình khối của Quang Hanh/);
      const person = await runAction(
        db,
        addPost,
        {
          unitId: unit.id,
          fullName: "Lê Văn A",
          role: "HEAD",
          title: "Chủ tịch Ủy ban MTTQ",
          organisationCode: "MTTQ",
          termStart: "2025-09-01",
          frontChair: "on",
        },
        reviewer.actor,
        ctx(),
      );
      expect(person.formError).toMatch(/ghi nhận mô hình trước/);
      expect(await db.bloc.count({ where: { unitId: unit.id } })).toBe(0);
      expect(province.level).toBe("PROVINCE");

      const recorded = await recordedBloc("06778", reviewer);
      const [row] = await communeBlocRows(reviewer.actor, { id: recorded.unit.id }, DAY);
      expect(row).toMatchObject({
        model: "JOINT_ADVISORY_UNIT",
        status: "ESTABLISHED",
        head: "Trần Thị Hòa",
        headMismatch: null,
        decision: { number: "12/QĐ-MTTQ" },
      });
      // The province page's list: its communes, each with the district it belonged to on 30/6/2025.
      const area = await areaCommunes(reviewer.actor, { ...province }, resolveAsOf(undefined), {});
      expect(area.rows).toHaveLength(54);
      expect(area.manage).toBe(true);
      const former = area.formers!.get(recorded.unit.id);
      expect(former).toMatchObject({ name: "Cẩm Phả", spans: [] });
      expect(new Set([...area.formers!.values()].map((d) => d.code)).size).toBe(13);
    }));

  it("checks the head rule of the recorded model: a head who is not the MTTQ chair needs a reason and stays flagged", () =>
    on(async () => {
      const reviewer = await makeUser("REVIEWER", "22", { day: DAY });
      const { unit } = await recordedBloc("06760", reviewer);
      await db.blocPost.updateMany({ where: { bloc: { unitId: unit.id } }, data: { termEnd: parseIsoDate("2026-01-31")! } });
      const post = {
        unitId: unit.id,
        fullName: "Phạm Văn Bình",
        role: "HEAD",
        title: "Phó Bí thư Đảng ủy",
        organisationCode: "MTTQ",
        termStart: "2026-02-01",
        partyDeputySecretary: "on",
      };
      const refused = await runAction(db, addPost, post, reviewer.actor, ctx());
      expect(refused.formError).toMatch(/phải là Chủ tịch Ủy ban MTTQ xã/);
      expect((await runAction(db, addPost, { ...post, ruleMismatchReason: "Chủ tịch MTTQ nghỉ ốm dài ngày" }, reviewer.actor, ctx())).ok).toBe(true);
      const [row] = await communeBlocRows(reviewer.actor, { id: unit.id }, DAY);
      expect(row.headMismatch).toEqual({ needs: "Chủ tịch Ủy ban MTTQ xã", reason: "Chủ tịch MTTQ nghỉ ốm dài ngày" });
    }));

  it("lets the commune's head log a meeting with a task that the next meeting carries over", () =>
    on(async () => {
      const reviewer = await makeUser("REVIEWER", "22", { day: DAY });
      const b = await recordedBloc("06811", reviewer);
      const head = await makeUser("BLOC_HEAD", "06811", { day: DAY });
      const save = (heldOn: string, extra: Record<string, unknown> = {}) =>
        runAction(
          db,
          saveMeeting,
          {
            unitId: b.unit.id,
            submissionId: randomUUID(),
            heldOn,
            place: "Hội trường",
            chairId: b.head.id,
            [`att_${b.org("MTTQ").id}`]: "present",
            ...extra,
          },
          head.actor,
          ctx(),
        );
      // A new task row is keyed by its own client-made id (its submission id).
      const k = randomUUID();
      const first = await save("2026-03-09", {
        [`task_${k}_title`]: "Vận động hội viên dọn vệ sinh",
        [`task_${k}_ownerId`]: b.org("HOI_PHU_NU").id,
        [`task_${k}_dueOn`]: "2026-03-13",
      });
      expect(first.ok, JSON.stringify(first)).toBe(true);
      const task = await db.task.findFirstOrThrow({ where: { unitId: b.unit.id } });
      expect(task).toMatchObject({ title: "Vận động hội viên dọn vệ sinh", status: "OPEN" });
      const second = await save("2026-03-16");
      expect(second.ok).toBe(true);
      const carried = await db.agendaItem.findMany({ where: { meetingId: String(second.data!.meetingId), kind: "CARRIED_OVER" } });
      expect(carried.map((a) => a.taskId)).toEqual([task.id]);
    }));

  it("sends a commune's report to the province, where the provincial reviewer returns it with a reason and accepts the fix", () =>
    on(async () => {
      const reviewer = await makeUser("REVIEWER", "22", { day: DAY });
      const b = await recordedBloc("06820", reviewer);
      const head = await makeUser("BLOC_HEAD", "06820", { day: DAY });
      const clerk = await makeUser("BLOC_HEAD", "06820", { day: DAY });
      const opened = await runAction(
        db,
        openReport,
        { regimeCode: "situation.monthly", unitId: b.unit.id, periodKey: "2026-02", submissionId: randomUUID() },
        head.actor,
        ctx(),
      );
      expect(opened.ok, JSON.stringify(opened)).toBe(true);
      const id = String(opened.data!.reportId);
      const report = await db.report.findUniqueOrThrow({ where: { id }, include: { recipient: true } });
      expect(report.recipient).toMatchObject({ code: "22", level: "PROVINCE" });
      expect(
        (await runAction(db, saveReport, { reportId: id, version: "1", generalMood: "Nhân dân phấn khởi", forecast: "Ổn định" }, head.actor, ctx())).ok,
      ).toBe(true);
      expect((await sendReport(id, clerk, head)).ok).toBe(true);
      expect((await reviewQueue(reviewer.actor, report.recipientId)).map((r) => [r.id, r.status])).toContainEqual([id, "SUBMITTED"]);
      const returned = await runAction(
        db,
        reviewReport,
        { reportId: id, version: "4", move: "return", reason_mood: "Cần nêu rõ ý kiến về giá cả" },
        reviewer.actor,
        ctx(),
      );
      expect(returned.ok, JSON.stringify(returned)).toBe(true);
      expect(
        (await runAction(db, saveReport, { reportId: id, version: "5", generalMood: "Nhân dân quan tâm giá phân bón", forecast: "Ổn định" }, head.actor, ctx()))
          .ok,
      ).toBe(true);
      expect((await sendReport(id, clerk, head)).ok).toBe(true);
      expect((await runAction(db, reviewReport, { reportId: id, version: "8", move: "accept" }, reviewer.actor, ctx())).ok).toBe(true);
      expect((await db.report.findUniqueOrThrow({ where: { id } })).status).toBe("ACCEPTED");
    }));

  it("escalates a commune's recommendation to the province's Front, and the province's work list shows it", () =>
    on(async () => {
      const reviewer = await makeUser("REVIEWER", "22", { day: DAY });
      const b = await recordedBloc("06832", reviewer);
      const head = await makeUser("BLOC_HEAD", "06832", { day: DAY });
      const saved = await runAction(
        db,
        saveActivity,
        {
          unitId: b.unit.id,
          submissionId: randomUUID(),
          version: "0",
          outsidePlanReason: "Theo phản ánh của nhân dân",
          form: "DOCUMENTS",
          subject: "UBND xã",
          content: "Việc công khai các khoản đóng góp",
          startOn: "2026-01-05",
          endOn: "2026-01-09",
        },
        head.actor,
        ctx(),
      );
      expect(saved.ok, JSON.stringify(saved)).toBe(true);
      const activityId = String(/\/supervision\/(.+)$/.exec(saved.redirectTo!)![1]);
      expect(
        (
          await runAction(
            db,
            sendRecommendation,
            { activityId, submissionId: randomUUID(), content: "Công khai kết quả thu, chi", addressee: "UBND xã", sentOn: "2026-01-20" },
            head.actor,
            ctx(),
          )
        ).ok,
      ).toBe(true);
      const rec = await db.recommendation.findFirstOrThrow({ where: { activityId } });
      const province = await db.unit.findFirstOrThrow({ where: { code: "22", level: "PROVINCE" } });
      const to = higherBodyOf(province);
      expect(to).toBe("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh");
      const escalated = await runAction(
        db,
        escalateRecommendation,
        { recommendationId: rec.id, version: "1", how: "escalation", escalatedTo: to, escalatedOn: "2026-03-10" },
        reviewer.actor,
        ctx(),
      );
      expect(escalated.ok, JSON.stringify(escalated)).toBe(true);
      const list = await escalatedRecommendations(reviewer.actor, province.path, parseIsoDate("2026-01-01")!);
      expect(list.map((r) => [r.id, r.escalatedTo])).toEqual([[rec.id, to]]);
    }));
});

describe("today's province: bad input", () => {
  it("refuses a model recorded for a day the unit did not exist, a head from another commune, and a report for a period before the unit", () =>
    on(async () => {
      const reviewer = await makeUser("REVIEWER", "22", { day: DAY });
      const unit = await unit2025("07069");
      const early = await runAction(
        db,
        setBloc,
        { unitId: unit.id, version: "0", model: "DAN_VAN_BLOC", status: "PROPOSED", effectiveOn: "2025-06-20", reason: "Đề xuất" },
        reviewer.actor,
        ctx(),
      );
      expect(early.fieldErrors?.effectiveOn?.[0]).toMatch(/chỉ có từ ngày 01\/07\/2025/);
      expect(await db.bloc.count({ where: { unitId: unit.id } })).toBe(0);

      const b = await recordedBloc("07069", reviewer);
      const other = await recordedBloc("07081", reviewer);
      const stranger = await runAction(
        db,
        addPost,
        { unitId: b.unit.id, personId: other.head.id, role: "DEPUTY", title: "Phó khối", organisationCode: "MTTQ", termStart: "2026-01-05" },
        reviewer.actor,
        ctx(),
      );
      expect(stranger.fieldErrors?.personId?.[0]).toMatch(/không thuộc/);

      const head = await makeUser("BLOC_HEAD", "07069", { day: DAY });
      const before = await runAction(
        db,
        openReport,
        { regimeCode: "situation.monthly", unitId: b.unit.id, periodKey: "2025-05", submissionId: randomUUID() },
        head.actor,
        ctx(),
      );
      expect(before.formError).toMatch(/không tồn tại trong kỳ 2025-05/);
      expect(await db.report.count({ where: { unitId: b.unit.id } })).toBe(0);
    }));

  it("plans supervision for the part of a year a unit exists, with the organisations it has then, and refuses a year it did not exist", () =>
    on(async () => {
      const head = await makeUser("BLOC_HEAD", "07114", { day: DAY });
      const unit = await unit2025("07114");
      const mttq = await db.organisation.findFirstOrThrow({ where: { unitId: unit.id, type: { code: "MTTQ" } } });
      const plan = (year: string) => ({
        unitId: unit.id,
        year,
        version: "0",
        item_0_kind: "SUPERVISION",
        item_0_form: "DOCUMENTS",
        item_0_subject: "UBND xã",
        item_0_content: "Công khai tài chính",
        item_0_intendedTime: "Quý IV",
        item_0_leadOrganisationId: mttq.id,
      });
      const created = await runAction(db, savePlan, plan("2025"), head.actor, ctx());
      expect(created.ok, JSON.stringify(created)).toBe(true);
      const before = await runAction(db, savePlan, plan("2024"), head.actor, ctx());
      expect(before.fieldErrors?.year?.[0]).toMatch(/không tồn tại trong năm 2024/);
    }));

  it("refuses a task due after its unit closed (a 2018 commune's last days)", async () => {
    const lastDays = parseIsoDate("2025-06-20")!;
    await onBusinessDay(lastDays, async () => {
      const bloc = await operatingBloc("06925");
      const head = await makeUser("BLOC_HEAD", "06925", { day: lastDays });
      const base = { unitId: bloc.unit.id, heldOn: "2025-06-16", place: "Hội trường", chairId: bloc.head.id, [`att_${bloc.org("MTTQ").id}`]: "present" };
      const k = randomUUID();
      const row = (due: string) => ({ [`task_${k}_title`]: "Tổng kết", [`task_${k}_ownerId`]: bloc.org("MTTQ").id, [`task_${k}_dueOn`]: due });
      const late = await runAction(db, saveMeeting, { ...base, submissionId: randomUUID(), ...row("2025-07-10") }, head.actor, ctx());
      expect(late.fieldErrors?.[`task_${k}_dueOn`]?.[0]).toMatch(/sau ngày .* thôi tồn tại \(30\/06\/2025\)/);
      expect(await db.meeting.count({ where: { unitId: bloc.unit.id } })).toBe(0);
      const ok = await runAction(db, saveMeeting, { ...base, submissionId: randomUUID(), ...row("2025-06-30") }, head.actor, ctx());
      expect(ok.ok, JSON.stringify(ok)).toBe(true);
      const task = await db.task.findFirstOrThrow({ where: { unitId: bloc.unit.id } });
      const moved = await runAction(
        db,
        manageTask,
        { taskId: task.id, version: String(task.version), move: "reschedule", dueOn: "2025-07-05", reason: "Chưa kịp" },
        head.actor,
        ctx(),
      );
      expect(moved.fieldErrors?.dueOn?.[0]).toMatch(/thôi tồn tại/);
    });
  });

  it("keeps a reviewer of one province out of another's communes, and that province's reviewer out of this one's", () =>
    on(async () => {
      const reviewer = await makeUser("REVIEWER", "22", { day: DAY });
      // Another province with one commune directly under it, as the national scale holds them.
      const other = await db.unit.create({
        data: {
          code: "98",
          name: "Thử Nghiệm",
          type: "TINH",
          level: "PROVINCE",
          path: `/p98-${randomUUID()}/`,
          searchText: "tinh thu nghiem",
          validFrom: parseIsoDate("2025-07-01")!,
          source: "test",
        },
      });
      const commune = await db.unit.create({
        data: {
          code: "98001",
          name: "Thử Một",
          type: "XA",
          level: "COMMUNE",
          parentId: other.id,
          path: `${other.path}c/`,
          searchText: "xa thu mot",
          validFrom: parseIsoDate("2025-07-01")!,
          source: "test",
        },
      });
      const outsider = await makeUser("REVIEWER", "98", { day: DAY });
      const form = (unitId: string) => ({ unitId, version: "0", model: "DAN_VAN_BLOC", status: "PROPOSED", effectiveOn: "2025-09-01", reason: "Đề xuất" });
      const denied = await runAction(db, setBloc, form(commune.id), reviewer.actor, ctx());
      expect(denied).toMatchObject({ ok: false, formError: MESSAGES.notFound });
      const ours = await unit2025("07090");
      expect(await runAction(db, setBloc, form(ours.id), outsider.actor, ctx())).toMatchObject({ ok: false, formError: MESSAGES.notFound });
      expect(await db.bloc.count({ where: { unitId: { in: [commune.id, ours.id] } } })).toBe(0);
      expect(await db.auditEvent.count({ where: { outcome: "DENIED", actorUserId: { in: [reviewer.userId, outsider.userId] } } })).toBe(2);
      // Nor does the other province's list or lineage grouping reach here.
      expect(await communeBlocRows(outsider.actor, { id: ours.id }, DAY)).toHaveLength(0);
      expect((await formerDistrictsOf(db, [commune.id])).size).toBe(0);
    }));
});
