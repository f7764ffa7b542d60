// Notifications against a real database: each change tells the people whose role makes the record theirs,
// once, and no one else; the inbox opens a notification (marked read on the way) only for its owner.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { MESSAGES } from "@/lib/actions/result";
import { saveMeeting } from "@/lib/meetings/definitions";
import { addTask } from "@/lib/tasks/definitions";
import { openReport } from "@/lib/reports/definitions";
import { reviewReport } from "@/lib/reports/move-definitions";
import { saveActivity } from "@/lib/supervision/activity-definitions";
import { escalateRecommendation, sendRecommendation } from "@/lib/supervision/recommendation-definitions";
import { markAllRead, openNotification } from "@/lib/notifications/definitions";
import { ctx, makeUser, operatingBloc, sendReport } from "../support/factories";

const mine = (userId: string) => db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });

async function meetingOf(code: string) {
  const bloc = await operatingBloc(code);
  const head = await makeUser("BLOC_HEAD", code);
  const saved = await runAction(
    db,
    saveMeeting,
    { unitId: bloc.unit.id, submissionId: randomUUID(), heldOn: "2018-08-06", [`att_${bloc.org("MTTQ").id}`]: "present" },
    head.actor,
    ctx(),
  );
  expect(saved.ok, JSON.stringify(saved)).toBe(true);
  return { ...bloc, head, meetingId: String(saved.data!.meetingId) };
}

describe("notifications", () => {
  it("tells the officers of a task's owner and co-owners, once, and no one else", async () => {
    const s = await meetingOf("06895");
    const women = await makeUser("ORG_OFFICER", "06895", { organisationCode: "HOI_PHU_NU" });
    const youth = await makeUser("ORG_OFFICER", "06895", { organisationCode: "DOAN_THANH_NIEN" });
    const farmers = await makeUser("ORG_OFFICER", "06895", { organisationCode: "HOI_NONG_DAN" });
    const elsewhere = await makeUser("ORG_OFFICER", "06898", { organisationCode: "HOI_PHU_NU" });
    const form = {
      meetingId: s.meetingId,
      submissionId: randomUUID(),
      title: "Vận động hộ nghèo vay vốn",
      ownerId: s.org("HOI_PHU_NU").id,
      coOwnerIds: s.org("DOAN_THANH_NIEN").id,
      dueOn: "2018-08-20",
    };
    expect((await runAction(db, addTask, form, s.head.actor, ctx())).ok).toBe(true);
    // The same form sent again: still one task, still one notification each.
    expect((await runAction(db, addTask, form, s.head.actor, ctx())).ok).toBe(true);
    for (const officer of [women, youth]) {
      const told = await mine(officer.userId);
      expect(told.map((n) => [n.kind, n.title, n.link])).toEqual([
        ["TASK_ASSIGNED", "Nhiệm vụ mới: Vận động hộ nghèo vay vốn (hạn 20/08/2018)", "/communes/06895/tasks"],
      ]);
    }
    for (const other of [farmers, elsewhere, s.head]) expect(await mine(other.userId)).toEqual([]);
  });

  it("tells the report's writers when it is returned and when it is accepted, not the reviewer or another commune", async () => {
    const s = await meetingOf("06898");
    const staff = await makeUser("REVIEWER", "200");
    const otherHead = await makeUser("BLOC_HEAD", "06907");
    const opened = await runAction(
      db,
      openReport,
      { regimeCode: "situation.monthly", unitId: s.unit.id, periodKey: "2018-07", submissionId: randomUUID() },
      s.head.actor,
      ctx(),
    );
    const reportId = String(opened.data!.reportId);
    const version = async () => String((await db.report.findUniqueOrThrow({ where: { id: reportId } })).version);
    const clerk = await makeUser("BLOC_HEAD", "06898");
    expect((await sendReport(reportId, clerk, s.head)).ok).toBe(true);
    expect(await mine(s.head.userId)).toEqual([]);
    const returned = await runAction(
      db,
      reviewReport,
      { reportId, version: await version(), move: "return", reason_issues: "Thiếu số liệu hộ nghèo" },
      staff.actor,
      ctx(),
    );
    expect(returned.ok, JSON.stringify(returned)).toBe(true);
    expect((await sendReport(reportId, clerk, s.head)).ok).toBe(true);
    expect((await runAction(db, reviewReport, { reportId, version: await version(), move: "accept" }, staff.actor, ctx())).ok).toBe(true);
    const told = await mine(s.head.userId);
    expect(told.map((n) => [n.kind, n.link])).toEqual([
      ["REPORT_RETURNED", `/reports/${reportId}`],
      ["REPORT_ACCEPTED", `/reports/${reportId}`],
    ]);
    expect(told[0].title).toMatch(/^Huyện Đầm Hà trả lại Báo cáo .* — kỳ 2018-07: xem lý do ở từng phần$/);
    expect(told[1].title).toMatch(/^Huyện Đầm Hà đã tiếp nhận Báo cáo .* — kỳ 2018-07$/);
    expect(await mine(staff.userId)).toEqual([]);
    expect(await mine(otherHead.userId)).toEqual([]);
  });

  it("tells the reviewers of the unit above when a commune escalates a recommendation", async () => {
    const s = await meetingOf("06907");
    const staff = await makeUser("REVIEWER", "200");
    const otherDistrict = await makeUser("REVIEWER", "199");
    const activity = await runAction(
      db,
      saveActivity,
      {
        unitId: s.unit.id,
        submissionId: randomUUID(),
        version: "0",
        outsidePlanReason: "Theo phản ánh của nhân dân",
        form: "DOCUMENTS",
        subject: "UBND xã",
        content: "Việc công khai các khoản đóng góp",
        startOn: "2018-07-02",
        endOn: "2018-07-06",
      },
      s.head.actor,
      ctx(),
    );
    const activityId = String(/\/supervision\/(.+)$/.exec(activity.redirectTo!)![1]);
    await runAction(
      db,
      sendRecommendation,
      { activityId, submissionId: randomUUID(), content: "Công khai kết quả thu, chi", addressee: "UBND xã", sentOn: "2018-07-09" },
      s.head.actor,
      ctx(),
    );
    const rec = await db.recommendation.findFirstOrThrow({ where: { activityId } });
    const escalated = await runAction(
      db,
      escalateRecommendation,
      { recommendationId: rec.id, version: String(rec.version), how: "escalation", escalatedTo: "Ủy ban MTTQ huyện Đầm Hà", escalatedOn: "2018-08-10" },
      s.head.actor,
      ctx(),
    );
    expect(escalated.ok, JSON.stringify(escalated)).toBe(true);
    const told = await mine(staff.userId);
    expect(told.map((n) => [n.kind, n.link])).toEqual([["RECOMMENDATION_ESCALATED", `/supervision/${activityId}`]]);
    expect(await mine(otherDistrict.userId)).toEqual([]);
  });

  it("opens a notification for its owner only, marking it read; another person's is not found and stays unread", async () => {
    const s = await meetingOf("06916");
    const officer = await makeUser("ORG_OFFICER", "06916", { organisationCode: "HOI_PHU_NU" });
    const other = await makeUser("ORG_OFFICER", "06916", { organisationCode: "DOAN_THANH_NIEN" });
    for (const title of ["Tuyên truyền phòng chống bão", "Thăm hỏi gia đình chính sách"]) {
      const added = await runAction(
        db,
        addTask,
        { meetingId: s.meetingId, submissionId: randomUUID(), title, ownerId: s.org("HOI_PHU_NU").id, dueOn: "2018-08-24" },
        s.head.actor,
        ctx(),
      );
      expect(added.ok).toBe(true);
    }
    const [first, second] = await mine(officer.userId);
    const foreign = await runAction(db, openNotification, { notificationId: first.id }, other.actor, ctx());
    expect(foreign).toMatchObject({ ok: false, formError: MESSAGES.notFound });
    expect((await db.notification.findUniqueOrThrow({ where: { id: first.id } })).readAt).toBeNull();
    const opened = await runAction(db, openNotification, { notificationId: first.id }, officer.actor, ctx());
    expect(opened).toMatchObject({ ok: true, redirectTo: "/communes/06916/tasks" });
    expect((await db.notification.findUniqueOrThrow({ where: { id: first.id } })).readAt).not.toBeNull();
    expect((await db.notification.findUniqueOrThrow({ where: { id: second.id } })).readAt).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "notification.open", actorUserId: officer.userId, entityId: first.id, outcome: "ALLOWED" } })).toBe(1);
    // "Mark all read" touches only the actor's own.
    const theirs = await db.notification.create({
      data: { userId: other.userId, kind: "TASK_OVERDUE", entityType: "Task", entityId: "x", title: "Thử", link: "/", key: `test:${randomUUID()}` },
    });
    const seenAt = new Date().toISOString();
    // One that arrives after the page was shown stays unread.
    await new Promise((r) => setTimeout(r, 5));
    const later = await db.notification.create({
      data: { userId: officer.userId, kind: "TASK_OVERDUE", entityType: "Task", entityId: "y", title: "Sau", link: "/", key: `test:${randomUUID()}` },
    });
    expect(await runAction(db, markAllRead, { seenAt }, officer.actor, ctx())).toMatchObject({ ok: true, message: "Đã đánh dấu 1 thông báo là đã đọc." });
    expect((await db.notification.findUniqueOrThrow({ where: { id: later.id } })).readAt).toBeNull();
    expect((await db.notification.findUniqueOrThrow({ where: { id: second.id } })).readAt).not.toBeNull();
    expect((await db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
  });
});
