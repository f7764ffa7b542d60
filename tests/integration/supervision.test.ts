// Supervision and social criticism against a real database: the plan and its approval, an activity with
// its delegation and due dates from the deadline rules, the activity's status, recommendations closed only
// by a response, an escalation or a withdrawal (by the right people), the rollups kept by the writes, a
// task from a recommendation carried into the next giao ban, and a criticism case with its lead time.
import { randomUUID } from "node:crypto";
import { criticismStep, saveCriticism } from "@/lib/supervision/criticism-definitions";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { MESSAGES } from "@/lib/actions/result";
import { approvePlan, savePlan } from "@/lib/supervision/plan-definitions";
import {
  closeRecommendation,
  escalateRecommendation,
  noteRecommendation,
  recommendationTask,
  sendRecommendation,
} from "@/lib/supervision/recommendation-definitions";
import { moveActivity, saveActivity } from "@/lib/supervision/activity-definitions";
import { saveMeeting } from "@/lib/meetings/definitions";
import { MESSAGE_CLOSE_WITHOUT } from "@/lib/supervision/rules";
import { parseIsoDate, toIsoDate } from "@/lib/time/business-date";
import JSZip from "jszip";
import { criticismDetail, overdueRecommendations } from "@/lib/supervision/queries";
import { criticismDocumentOf } from "@/lib/supervision/criticism-document";
import { officialDocx } from "@/lib/documents/official-docx";
import { ctx, makeUser, operatingBloc } from "../support/factories";

describe("supervision", () => {
  it("plans, runs a delegation, and follows its recommendations to their close", async () => {
    const bloc = await operatingBloc("07078");
    const head = await makeUser("BLOC_HEAD", "07078");
    const staff = await makeUser("REVIEWER", "205");
    const mttq = bloc.org("MTTQ");
    const elsewhere = await operatingBloc("07081");

    // The plan: a lead organisation of another commune is refused; approved by the Party committee.
    const item = {
      item_0_kind: "SUPERVISION",
      item_0_form: "DELEGATION",
      item_0_subject: "UBND xã",
      item_0_content: "Thu, chi quỹ đóng góp xây dựng đường thôn",
      item_0_intendedTime: "Quý III",
    };
    const wrongOrg = await runAction(
      db,
      savePlan,
      { unitId: bloc.unit.id, year: "2018", version: "0", ...item, item_0_leadOrganisationId: elsewhere.org("MTTQ").id },
      head.actor,
      ctx(),
    );
    expect(wrongOrg.fieldErrors?.item_0_leadOrganisationId).toEqual(["Tổ chức chủ trì không thuộc xã này."]);
    expect(await db.supervisionPlan.count({ where: { unitId: bloc.unit.id } })).toBe(0);
    expect(
      (await runAction(db, savePlan, { unitId: bloc.unit.id, year: "2018", version: "0", ...item, item_0_leadOrganisationId: mttq.id }, head.actor, ctx())).ok,
    ).toBe(true);
    const plan = await db.supervisionPlan.findFirstOrThrow({ where: { unitId: bloc.unit.id }, include: { items: true } });
    expect(
      (
        await runAction(
          db,
          approvePlan,
          { planId: plan.id, version: "1", approvalNumber: "15-QĐ/ĐU", approvalDate: "2018-09-01", approvalBody: "Đảng ủy xã" },
          head.actor,
          ctx(),
        )
      ).fieldErrors?.approvalDate,
    ).toBeTruthy();
    expect(
      (
        await runAction(
          db,
          approvePlan,
          { planId: plan.id, version: "1", approvalNumber: "15-QĐ/ĐU", approvalDate: "2018-01-15", approvalBody: "Đảng ủy xã" },
          head.actor,
          ctx(),
        )
      ).ok,
    ).toBe(true);

    // An activity: outside the plan needs a reason; a member from another district, an end before the start: refused, nothing half-saved.
    const outsider = await db.person.create({
      data: {
        unitId: (await db.unit.findFirstOrThrow({ where: { code: "06649", level: "COMMUNE" } })).id,
        fullName: "Người huyện khác",
        searchText: "nguoi huyen khac",
      },
    });
    const activity = {
      unitId: bloc.unit.id,
      submissionId: randomUUID(),
      version: "0",
      form: "DELEGATION",
      subject: "UBND xã",
      content: "Thu, chi quỹ đóng góp xây dựng đường thôn",
      startOn: "2018-07-02",
      endOn: "2018-07-06",
      subjectReport: "",
      findings: "",
      resultReport: "",
      member_0_personId: bloc.head.id,
      member_0_role: "Trưởng đoàn",
      member_1_name: "Lê Thị Giám Sát",
      member_1_role: "Thành viên",
    };
    expect((await runAction(db, saveActivity, activity, head.actor, ctx())).fieldErrors?.outsidePlanReason).toEqual([
      "Hoạt động ngoài kế hoạch cần nêu lý do.",
    ]);
    const bad = await runAction(
      db,
      saveActivity,
      { ...activity, planItemId: plan.items[0].id, endOn: "2018-07-01", member_2_personId: outsider.id, member_2_role: "Thành viên" },
      head.actor,
      ctx(),
    );
    expect(bad.fieldErrors?.endOn).toEqual(["Ngày kết thúc không được trước ngày bắt đầu."]);
    expect(bad.fieldErrors?.member_2_personId?.[0]).toMatch(/^Thành viên không thuộc thị xã Đông Triều/);
    expect(await db.supervisionActivity.count({ where: { unitId: bloc.unit.id } })).toBe(0);
    expect(await db.person.count({ where: { fullName: "Lê Thị Giám Sát" } })).toBe(0);
    const saved = await runAction(db, saveActivity, { ...activity, planItemId: plan.items[0].id }, head.actor, ctx());
    expect(saved.ok).toBe(true);
    const a = await db.supervisionActivity.findFirstOrThrow({ where: { unitId: bloc.unit.id }, include: { members: { include: { person: true } } } });
    // Notice 7 days before Monday 02/07 is Monday 25/06; the result report 15 days after Friday 06/07 is Saturday 21/07, moved to Monday 23/07.
    expect([toIsoDate(a.noticeDueOn!), toIsoDate(a.resultDueOn!), a.dueToVerify]).toEqual(["2018-06-25", "2018-07-23", true]);
    expect(a.members.map((m) => [m.person.fullName, m.role])).toEqual([
      ["Nguyễn Văn Trưởng", "Trưởng đoàn"],
      ["Lê Thị Giám Sát", "Thành viên"],
    ]);
    // Another commune's head cannot touch it; a retry with the same submission id is one row.
    expect(
      (await runAction(db, moveActivity, { activityId: a.id, version: "1", move: "start" }, (await makeUser("BLOC_HEAD", "07081")).actor, ctx())).formError,
    ).toBe(MESSAGES.notFound);
    expect((await runAction(db, saveActivity, { ...activity, planItemId: plan.items[0].id }, head.actor, ctx())).message).toBe("Hoạt động này đã được lưu.");

    const move = async (m: string, over: Record<string, string> = {}) =>
      runAction(
        db,
        moveActivity,
        { activityId: a.id, version: String((await db.supervisionActivity.findUniqueOrThrow({ where: { id: a.id } })).version), move: m, ...over },
        head.actor,
        ctx(),
      );
    expect((await move("start")).fieldErrors?.move?.[0]).toMatch(/quyết định thành lập/);
    const edit = async (over: Record<string, string>) =>
      runAction(
        db,
        saveActivity,
        {
          ...activity,
          activityId: a.id,
          planItemId: plan.items[0].id,
          member_1_name: "",
          member_1_personId: a.members[1].personId,
          version: String((await db.supervisionActivity.findUniqueOrThrow({ where: { id: a.id } })).version),
          ...over,
        },
        head.actor,
        ctx(),
      );
    expect((await edit({ decisionNumber: "20/QĐ-MTTQ", decisionDate: "2018-06-20" })).ok).toBe(true);
    expect((await move("start")).ok).toBe(true);
    expect((await move("report")).fieldErrors?.move).toBeTruthy();
    expect(
      (
        await edit({
          decisionNumber: "20/QĐ-MTTQ",
          decisionDate: "2018-06-20",
          findings: "Thu đúng, chi còn chậm công khai",
          resultReport: "Đề nghị công khai thu chi",
          resultReportOn: "2018-07-09",
        })
      ).ok,
    ).toBe(true);
    expect((await move("report")).ok).toBe(true);

    // Recommendations: the due date from the rule; closed only by a response, an escalation or a withdrawal.
    const send = (over: Record<string, string> = {}) =>
      runAction(
        db,
        sendRecommendation,
        {
          activityId: a.id,
          submissionId: randomUUID(),
          content: "Công khai thu, chi quỹ tại nhà văn hóa các thôn",
          addressee: "UBND xã",
          sentOn: "2018-07-10",
          ...over,
        },
        head.actor,
        ctx(),
      );
    expect((await send({ sentOn: "2018-06-30" })).fieldErrors?.sentOn).toBeTruthy();
    const sent = await send();
    expect(sent.message).toBe("Đã ghi kiến nghị gửi UBND xã; hạn trả lời 25/07/2018 (dự kiến).");
    const rec = await db.recommendation.findFirstOrThrow({ where: { activityId: a.id } });
    const close = (over: Record<string, string>, who = head, def = closeRecommendation) =>
      db.recommendation
        .findUniqueOrThrow({ where: { id: rec.id } })
        .then((r) => runAction(db, def, { recommendationId: rec.id, version: String(r.version), ...over }, who.actor, ctx()));
    expect((await close({})).formError).toBe(MESSAGE_CLOSE_WITHOUT);
    expect((await close({ how: "escalation", escalatedTo: "UBND thị xã", escalatedOn: "2018-08-01" })).formError).toBe(MESSAGE_CLOSE_WITHOUT);
    const early = await close({ how: "response", respondedOn: "2018-07-09", responseContent: "Sẽ công khai", responseOutcome: "ACCEPTED" });
    expect(early.fieldErrors?.respondedOn).toEqual(["Ngày trả lời không được trước ngày gửi kiến nghị (10/07/2018)."]);
    // The district follows up (a note), but cannot record the response; the overview counts it overdue.
    expect(
      (await runAction(db, noteRecommendation, { recommendationId: rec.id, notedOn: "2018-07-30", note: "Đã nhắc UBND xã qua điện thoại" }, staff.actor, ctx()))
        .ok,
    ).toBe(true);
    expect((await close({ how: "response", respondedOn: "2018-08-01", responseContent: "Sẽ công khai", responseOutcome: "ACCEPTED" }, staff)).formError).toBe(
      MESSAGES.notFound,
    );
    expect(await db.recommendationDueRollup.findUnique({ where: { unitId_dueOn: { unitId: bloc.unit.id, dueOn: rec.dueOn } } })).toMatchObject({ open: 1 });
    // The district's list of overdue recommendations shows it on 30/07 (due 25/07), not before; another district's does not.
    const district = await db.unit.findUniqueOrThrow({ where: { id: (await db.unit.findUniqueOrThrow({ where: { id: bloc.unit.id } })).parentId! } });
    expect((await overdueRecommendations(staff.actor, district.path, parseIsoDate("2018-07-30")!)).map((r) => [r.id, r.unit.code])).toEqual([
      [rec.id, "07078"],
    ]);
    expect(await overdueRecommendations(staff.actor, district.path, parseIsoDate("2018-07-25")!)).toEqual([]);
    const haLong = await db.unit.findFirstOrThrow({ where: { code: "193", level: "DISTRICT" } });
    expect(await overdueRecommendations(staff.actor, haLong.path, parseIsoDate("2018-07-30")!)).toEqual([]);
    const answered = await close({
      how: "response",
      respondedOn: "2018-08-01",
      responseContent: "UBND xã tiếp thu, sẽ công khai trong tháng 8",
      responseOutcome: "ACCEPTED",
    });
    expect(answered.message).toBe("Đã ghi nhận trả lời, muộn 7 ngày so với hạn 25/07/2018.");
    expect((await close({ how: "withdrawal", withdrawnReason: "Đã giải quyết" })).formError).toMatch(/Kiến nghị đã kết thúc/);
    const month = await db.supervisionMonthRollup.findUniqueOrThrow({
      where: { unitId_month: { unitId: bloc.unit.id, month: new Date(Date.UTC(2018, 6, 1)) } },
    });
    expect([month.delegation, month.sent, month.answered, month.answeredOnTime]).toEqual([1, 1, 1, 0]);
    expect((await db.recommendationDueRollup.findUniqueOrThrow({ where: { unitId_dueOn: { unitId: bloc.unit.id, dueOn: rec.dueOn } } })).open).toBe(0);

    // A second recommendation: escalated by the district; a third withdrawn with a reason.
    await send({ content: "Sửa chữa đoạn đường thôn 2 bị sạt lở" });
    const second = await db.recommendation.findFirstOrThrow({ where: { activityId: a.id, status: "OPEN" } });
    expect(
      (
        await runAction(
          db,
          escalateRecommendation,
          { recommendationId: second.id, version: "1", how: "escalation", escalatedTo: "UBND thị xã Đông Triều", escalatedOn: "2018-08-10" },
          staff.actor,
          ctx(),
        )
      ).ok,
    ).toBe(true);
    expect(
      (
        await runAction(
          db,
          escalateRecommendation,
          { recommendationId: second.id, version: "1", how: "escalation", escalatedTo: "X", escalatedOn: "2018-08-10" },
          (await makeUser("REVIEWER", "204")).actor,
          ctx(),
        )
      ).formError,
    ).toBe(MESSAGES.notFound);

    // A task from a recommendation goes into the next giao ban's carried-over items.
    await send({ content: "Bố trí điểm tập kết rác thải thôn 4" });
    const third = await db.recommendation.findFirstOrThrow({ where: { activityId: a.id, status: "OPEN" } });
    expect(
      (
        await runAction(
          db,
          recommendationTask,
          { recommendationId: third.id, submissionId: randomUUID(), title: "Theo dõi UBND xã bố trí điểm tập kết rác", ownerId: mttq.id, dueOn: "2018-08-31" },
          head.actor,
          ctx(),
        )
      ).ok,
    ).toBe(true);
    const task = await db.task.findFirstOrThrow({ where: { recommendationId: third.id } });
    expect(task.meetingId).toBeNull();
    const meeting = await runAction(
      db,
      saveMeeting,
      { unitId: bloc.unit.id, submissionId: randomUUID(), heldOn: "2018-08-14", [`att_${mttq.id}`]: "present" },
      head.actor,
      ctx(),
    );
    expect(meeting.ok).toBe(true);
    expect(await db.agendaItem.count({ where: { meetingId: meeting.data!.meetingId as string, kind: "CARRIED_OVER", taskId: task.id } })).toBe(1);

    // Closed activities cannot be edited.
    expect((await move("close")).ok).toBe(true);
    expect((await edit({ findings: "Sửa sau khi kết thúc" })).formError).toMatch(/không sửa được/);
    expect((await db.supervisionActivity.findUniqueOrThrow({ where: { id: a.id } })).findings).toBe("Thu đúng, chi còn chậm công khai");
    // Editing the approved plan returns it to draft; an item with activities cannot be dropped.
    const p = await db.supervisionPlan.findUniqueOrThrow({ where: { id: plan.id } });
    expect(
      (
        await runAction(
          db,
          savePlan,
          {
            unitId: bloc.unit.id,
            year: "2018",
            version: String(p.version),
            item_0_kind: "SUPERVISION",
            item_0_form: "DOCUMENTS",
            item_0_subject: "Khác",
            item_0_content: "Khác",
            item_0_intendedTime: "Quý IV",
            item_0_leadOrganisationId: mttq.id,
          },
          head.actor,
          ctx(),
        )
      ).formError,
    ).toMatch(/đã có hoạt động/);
    expect(
      (
        await runAction(
          db,
          savePlan,
          {
            unitId: bloc.unit.id,
            year: "2018",
            version: String(p.version),
            ...item,
            item_0_id: plan.items[0].id,
            item_0_leadOrganisationId: mttq.id,
            item_1_kind: "CRITICISM",
            item_1_form: "CONFERENCE",
            item_1_subject: "Dự thảo quy hoạch",
            item_1_content: "Phản biện",
            item_1_intendedTime: "Quý IV",
            item_1_leadOrganisationId: mttq.id,
          },
          head.actor,
          ctx(),
        )
      ).message,
    ).toMatch(/phê duyệt lại/);
    expect((await db.supervisionPlan.findUniqueOrThrow({ where: { id: plan.id } })).status).toBe("DRAFT");
  });

  it("keeps a criticism case: a short lead time is warned about, steps in order, the explanation's due date from the rule", async () => {
    const bloc = await operatingBloc("07084");
    const head = await makeUser("BLOC_HEAD", "07084");
    const clerk = await makeUser("BLOC_HEAD", "07084");
    const base = {
      unitId: bloc.unit.id,
      submissionId: randomUUID(),
      version: "0",
      outsidePlanReason: "Dự thảo do UBND xã gửi đột xuất",
      title: "Dự thảo quy định quản lý chợ",
      draftingBody: "UBND xã",
      form: "CONFERENCE",
      participants: "Các tổ chức thành viên",
    };
    expect(
      (await runAction(db, saveCriticism, { ...base, receivedOn: "2018-07-10", plannedSubmissionOn: "2018-07-10" }, head.actor, ctx())).fieldErrors
        ?.plannedSubmissionOn,
    ).toBeTruthy();
    const saved = await runAction(db, saveCriticism, { ...base, receivedOn: "2018-07-10", plannedSubmissionOn: "2018-07-20" }, head.actor, ctx());
    expect(saved.message).toBe("Đã lưu. Lưu ý: dự thảo đến chỉ 10 ngày trước ngày dự kiến trình (phải gửi chậm nhất 05/07/2018, ít nhất 15 ngày).");
    const c = await db.criticismCase.findFirstOrThrow({ where: { unitId: bloc.unit.id } });
    expect(c.leadTooShort).toBe(true);
    const step = (over: Record<string, string>, who = head) =>
      db.criticismCase
        .findUniqueOrThrow({ where: { id: c.id } })
        .then((k) => runAction(db, criticismStep, { caseId: c.id, version: String(k.version), ...over }, who.actor, ctx()));
    expect((await step({ step: "explanation", explanationOn: "2018-07-20", explanationContent: "x" })).formError).toMatch(/không thể làm bước này/);
    expect((await step({ step: "opinion", opinionSentOn: "2018-07-09", opinionContent: "Ý kiến" })).fieldErrors?.opinionSentOn).toBeTruthy();
    // Two accounts: the clerk prepares the opinion ("Trình ký"), the head signs and sends it.
    const opinion = { step: "opinion", opinionSentOn: "2018-07-13", opinionContent: "Đề nghị bổ sung quy định về vệ sinh an toàn thực phẩm" };
    expect((await step(opinion)).formError).toMatch(/^Ý kiến phản biện chưa được trình ký/);
    expect((await step({ step: "prepare", opinionContent: "" }, clerk)).fieldErrors?.opinionContent).toBeTruthy();
    expect((await step({ step: "prepare", opinionContent: opinion.opinionContent }, clerk)).ok).toBe(true);
    expect((await step(opinion, clerk)).formError).toMatch(/^Bạn đã soạn và trình ký ý kiến phản biện này/);
    // Nothing issued by the refusals.
    expect(await db.registerEntry.count({ where: { entityId: c.id } })).toBe(0);
    expect((await step(opinion)).message).toBe("Đã ký và gửi ý kiến phản biện (văn bản số 01/PB-MTTQ); hạn giải trình 30/07/2018.");
    expect(await db.criticismCase.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      opinionPreparedById: clerk.userId,
      opinionSignedById: head.userId,
      status: "OPINION_SENT",
    });
    expect((await step({ step: "explanation", explanationOn: "2018-08-02", explanationContent: "Đã tiếp thu, bổ sung Điều 7" })).message).toBe(
      "Đã ghi giải trình (muộn 3 ngày).",
    );
    // The opinion as a document in the Front's format.
    const detail = await criticismDetail(head.actor, c.id);
    const xml = await (
      await JSZip.loadAsync(await officialDocx(criticismDocumentOf(detail!, parseIsoDate("2018-08-13")!)))
    )
      .file("word/document.xml")!
      .async("string");
    for (const s of [
      "VĂN BẢN PHẢN BIỆN",
      "Dự thảo quy định quản lý chợ",
      "Đề nghị bổ sung quy định về vệ sinh an toàn thực phẩm",
      "BAN THƯỜNG TRỰC",
      "Nơi nhận:",
      "Số: 01/PB-MTTQ",
    ])
      expect(xml).toContain(s);
    expect(await criticismDetail((await makeUser("BLOC_HEAD", "07087")).actor, c.id)).toBeNull();
    expect((await step({ step: "close" })).ok).toBe(true);
    expect(
      (
        await runAction(
          db,
          saveCriticism,
          { ...base, caseId: c.id, version: "4", receivedOn: "2018-07-10", plannedSubmissionOn: "2018-07-20" },
          head.actor,
          ctx(),
        )
      ).formError,
    ).toMatch(/đã kết thúc/);
  });
});
