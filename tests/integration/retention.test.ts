// Keeping citizens' data only as long as allowed (decision 0041), on records made through the real actions
// and closed on the 2018 business date, with the job run on fixed business dates: nothing before the period
// ends; then the citizen fields and their copies (the audit trail, notifications, the search index) are
// anonymised and the record, its statuses and figures stay; the administrator's period per kind is obeyed; a
// record still under way is never touched; a second run changes nothing.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { openReport, saveReport } from "@/lib/reports/definitions";
import { reviewReport } from "@/lib/reports/move-definitions";
import { saveMeeting } from "@/lib/meetings/definitions";
import { moveMeeting } from "@/lib/meetings/move-definitions";
import { runRetention, setRetention } from "@/lib/privacy/definitions";
import { runRetentionJob } from "@/lib/privacy/job";
import { ANONYMISED } from "@/lib/privacy/retention";
import { onBusinessDay } from "@/lib/time/today";
import { parseIsoDate } from "@/lib/time/business-date";
import { ctx, makeUser, operatingBloc, sendReport } from "../support/factories";

const CODE = "06958";
const day = (s: string) => parseIsoDate(s)!;
/** Closed on the business date of the records (13/08/2018); the actions stamp the machine's clock. */
const CLOSED = new Date("2018-08-13T03:00:00Z");

async function world() {
  const bloc = await operatingBloc(CODE);
  const head = await makeUser("BLOC_HEAD", CODE);
  const clerk = await makeUser("BLOC_HEAD", CODE);
  const secretary = await makeUser("BLOC_HEAD", CODE);
  const reviewer = await makeUser("REVIEWER", "201");
  const admin = await makeUser("ADMIN", "22");
  const topic = await db.topic.findFirstOrThrow({ where: { code: "LAND_CLEARANCE" } });

  const open = async (periodKey: string) =>
    (await runAction(db, openReport, { regimeCode: "situation.monthly", unitId: bloc.unit.id, periodKey, submissionId: randomUUID() }, head.actor, ctx())).data!
      .reportId as string;
  const fill = async (reportId: string) =>
    runAction(
      db,
      saveReport,
      {
        reportId,
        version: String((await db.report.findUniqueOrThrow({ where: { id: reportId } })).version),
        generalMood: "Ông Nguyễn Văn An (0912 345 678) chưa đồng ý mức bồi thường.",
        forecast: "Ổn định",
        issue_0_topicId: topic.id,
        issue_0_description: "Ông Nguyễn Văn An phản ánh chưa được bồi thường đất.",
        issue_0_location: "Thôn Đông",
        issue_0_citizenName: "Nguyễn Văn An",
        issue_0_citizenPhone: "0912345678",
        issue_0_citizenAddress: "Số 12, thôn Đông",
        confirmPersonalNumbers: "1",
      },
      head.actor,
      ctx(),
    );
  const closedReport = await open("2018-06");
  expect((await fill(closedReport)).ok).toBe(true);
  expect((await sendReport(closedReport, clerk, head)).ok).toBe(true);
  const version = String((await db.report.findUniqueOrThrow({ where: { id: closedReport } })).version);
  expect((await runAction(db, reviewReport, { reportId: closedReport, version, move: "accept" }, reviewer.actor, ctx())).ok).toBe(true);
  await db.report.update({ where: { id: closedReport }, data: { acceptedAt: CLOSED } });
  // Still under review: its period never starts.
  const underReview = await open("2018-07");
  expect((await fill(underReview)).ok).toBe(true);
  expect((await sendReport(underReview, clerk, head)).ok).toBe(true);

  const saved = await runAction(
    db,
    saveMeeting,
    {
      unitId: bloc.unit.id,
      submissionId: randomUUID(),
      heldOn: "2018-08-06",
      place: "Hội trường UBND xã",
      chairId: bloc.head.id,
      secretaryName: "Lê Thị Thư",
      [`att_${bloc.org("MTTQ").id}`]: "present",
      hotSpots: "Hộ ông Trần Văn Bình (0987 654 321) khiếu nại ranh giới đất.",
      conclusions: "Tổ hòa giải gặp hộ ông Bình.",
      confirmPersonalNumbers: "1",
    },
    head.actor,
    ctx(),
  );
  const meetingId = saved.data!.meetingId as string;
  for (const move of ["hold", "submit", "approve"]) {
    const m = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    const moved = await runAction(db, moveMeeting, { meetingId, version: String(m.version), move }, move === "submit" ? secretary.actor : head.actor, ctx());
    expect(moved.ok, `${move}: ${JSON.stringify(moved)}`).toBe(true);
  }
  await db.meeting.update({ where: { id: meetingId }, data: { approvedAt: CLOSED } });
  return { admin, closedReport, underReview, meetingId };
}

const trailOf = async (entityId: string) =>
  (await db.auditEvent.findMany({ where: { entityId }, select: { before: true, after: true, reason: true } })).map((e) => JSON.stringify(e)).join("\n");

describe("the retention job", () => {
  it("anonymises what has had its time, per kind as the administrator set it, keeps the records, and a second run changes nothing", async () => {
    const w = await world();
    const issues = await db.reportIssue.findMany({ where: { reportId: w.closedReport } });

    // One day short of five years: nothing.
    expect((await runRetentionJob(db, day("2023-08-13"))).total).toBe(0);
    expect(await db.report.findUniqueOrThrow({ where: { id: w.closedReport } })).toMatchObject({ anonymisedAt: null });

    // The administrator keeps reports ten years; a period outside 1–50 years is refused.
    const set = (years: string, version: number) => runAction(db, setRetention, { kind: "report", years, version: String(version) }, w.admin.actor, ctx());
    const refused = await set("0", 0);
    expect(refused.ok).toBe(false);
    expect(refused.fieldErrors?.years?.[0]).toMatch(/Ít nhất 1 năm/);
    expect((await set("10", 0)).ok).toBe(true);

    const first = await onBusinessDay(day("2023-08-14"), () => runAction(db, runRetention, { confirm: "on" }, w.admin.actor, ctx()));
    expect(first.ok, JSON.stringify(first)).toBe(true);
    expect(first.message).toMatch(/Đã ẩn danh 1 hồ sơ hết thời hạn lưu trữ: cuộc họp giao ban 1/);
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id: w.meetingId } });
    expect(meeting).toMatchObject({ hotSpots: ANONYMISED, conclusions: ANONYMISED, status: "APPROVED", place: "Hội trường UBND xã" });
    expect(meeting.anonymisedAt).not.toBeNull();
    expect(await trailOf(w.meetingId)).not.toMatch(/Trần Văn Bình|0987/);
    expect(await db.report.findUniqueOrThrow({ where: { id: w.closedReport } })).toMatchObject({ anonymisedAt: null });

    // Back to five years: the accepted report goes; the one under review stays as written.
    expect((await set("5", 1)).ok).toBe(true);
    const second = await runRetentionJob(db, day("2023-08-14"));
    expect(second).toMatchObject({ total: 1, counts: { report: 1, meeting: 0 } });
    const report = await db.report.findUniqueOrThrow({ where: { id: w.closedReport }, include: { issues: true } });
    expect(report).toMatchObject({ status: "ACCEPTED", generalMood: ANONYMISED, forecast: ANONYMISED, periodKey: "2018-06" });
    expect(report.issues.map((i) => [i.topicId, i.hotSpot, i.description, i.location, i.citizenName, i.citizenPhone, i.citizenAddress])).toEqual(
      issues.map((i) => [i.topicId, i.hotSpot, ANONYMISED, ANONYMISED, "", "", ""]),
    );
    expect(await trailOf(w.closedReport)).not.toMatch(/Nguyễn Văn An|0912|thôn Đông/);
    expect(await db.notification.findMany({ where: { entityId: w.closedReport } })).not.toHaveLength(0);
    for (const n of await db.notification.findMany({ where: { entityId: w.closedReport } })) expect(n.title).toBe(ANONYMISED);
    const doc = await db.searchDocument.findFirstOrThrow({ where: { kind: "REPORT", recordId: w.closedReport } });
    expect(`${doc.body} ${doc.folded}`).not.toMatch(/Nguyễn|Nguyen|boi thuong/i);
    expect(await db.auditEvent.count({ where: { action: "privacy.anonymise", entityId: w.closedReport } })).toBe(1);
    const kept = await db.report.findUniqueOrThrow({ where: { id: w.underReview }, include: { issues: true } });
    expect(kept).toMatchObject({ status: "SUBMITTED", anonymisedAt: null });
    expect(kept.issues[0].citizenName).toBe("Nguyễn Văn An");

    // Run again: nothing more changes.
    const snapshot = async () =>
      JSON.stringify([
        await db.report.findMany({ orderBy: { id: "asc" } }),
        await db.meeting.findMany({ orderBy: { id: "asc" } }),
        await db.reportIssue.findMany({ orderBy: { id: "asc" } }),
        await db.auditEvent.count({ where: { action: { not: "privacy.retention_run" } } }),
      ]);
    const before = await snapshot();
    expect((await runRetentionJob(db, day("2023-08-14"))).total).toBe(0);
    expect(await snapshot()).toBe(before);
  });
});
