// Periodic reports against a real database: a period's report opened once with its window and due date
// fixed, prepared by one account and signed and sent by another, returned with reasons per section by its own district only, fixed, resubmitted,
// accepted and locked, unlocked with a reason; the bloc work section derived from the period's meetings.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { MESSAGES } from "@/lib/actions/result";
import { openReport, saveReport } from "@/lib/reports/definitions";
import { prepareReport, reviewReport, submitReport } from "@/lib/reports/move-definitions";
import { saveMeeting } from "@/lib/meetings/definitions";
import { moveMeeting } from "@/lib/meetings/move-definitions";
import { parseIsoDate, toIsoDate } from "@/lib/time/business-date";
import { hotSpots } from "@/lib/reports/queries";
import { ctx, makeUser, operatingBloc, sendReport } from "../support/factories";

async function setup(code: string, districtCode: string) {
  const bloc = await operatingBloc(code);
  const head = await makeUser("BLOC_HEAD", code);
  const clerk = await makeUser("BLOC_HEAD", code);
  const staff = await makeUser("REVIEWER", districtCode);
  const open = (periodKey: string, regimeCode = "situation.monthly") =>
    runAction(db, openReport, { regimeCode, unitId: bloc.unit.id, periodKey, submissionId: randomUUID() }, head.actor, ctx());
  const version = async (id: string) => String((await db.report.findUniqueOrThrow({ where: { id } })).version);
  return { ...bloc, head, clerk, staff, open, version };
}

// These transactions once made Prisma send statements at once on one PostgreSQL connection, which
// node-postgres deprecates (an error from pg 9); lib/pg-serial.ts passes them on one at a time.
const warnings: string[] = [];
const onWarning = (w: Error) => warnings.push(w.message);
beforeAll(() => {
  process.on("warning", onWarning);
});
afterAll(() => {
  process.off("warning", onWarning);
  expect(warnings.filter((m) => m.includes("already executing a query"))).toEqual([]);
});

describe("periodic reports", () => {
  it("opens a period's report once, with the 15→14 window and a due date from the rule", async () => {
    const s = await setup("06934", "201");
    expect((await s.open("2018-09")).formError).toMatch(/chưa bắt đầu/);
    const first = await s.open("2018-07");
    expect(first.ok).toBe(true);
    const again = await s.open("2018-07");
    expect(again).toMatchObject({ ok: true, message: "Báo cáo kỳ này đã có." });
    const reports = await db.report.findMany({ where: { unitId: s.unit.id } });
    expect(reports).toHaveLength(1);
    const r = reports[0];
    // Window 15/06–14/07; 2 working days after Saturday 14/07 is Tuesday 17/07; 2018's schedule is not verified.
    expect([toIsoDate(r.windowFrom), toIsoDate(r.windowTo), toIsoDate(r.dueOn), r.dueToVerify]).toEqual(["2018-06-15", "2018-07-14", "2018-07-17", true]);
    const district = await db.unit.findFirstOrThrow({ where: { code: "201", level: "DISTRICT" } });
    expect(r.recipientId).toBe(district.id);
  });

  it("derives the bloc work section from the period's meetings", async () => {
    const s = await setup("06937", "201");
    const saved = await runAction(
      db,
      saveMeeting,
      {
        unitId: s.unit.id,
        submissionId: randomUUID(),
        heldOn: "2018-07-02",
        [`att_${s.org("MTTQ").id}`]: "present",
        wg_MOBILISATION: "Ra quân vệ sinh môi trường",
        conclusions: "Hoàn thành kế hoạch tháng",
      },
      s.head.actor,
      ctx(),
    );
    await runAction(db, moveMeeting, { meetingId: saved.data!.meetingId, version: "1", move: "hold" }, s.head.actor, ctx());
    const opened = await s.open("2018-07");
    const work = JSON.parse((await db.report.findUniqueOrThrow({ where: { id: opened.data!.reportId as string } })).blocWork);
    expect(work.BRIEFING).toMatch(/^Tổ chức 1 cuộc giao ban \(02\/07\)\./);
    expect(work.MOBILISATION).toBe("02/07/2018: Ra quân vệ sinh môi trường");
  });

  it("goes submitted → returned with reasons → resubmitted → accepted and locked → unlocked, by the right people", async () => {
    const s = await setup("06940", "201");
    const id = (await s.open("2018-07")).data!.reportId as string;
    const topic = await db.topic.findFirstOrThrow({ where: { code: "LAND_CLEARANCE" } });
    const save = (over: Record<string, string> = {}) =>
      s.version(id).then((version) =>
        runAction(
          db,
          saveReport,
          {
            reportId: id,
            version,
            generalMood: "Nhân dân phấn khởi",
            forecast: "Ổn định",
            issue_0_topicId: topic.id,
            issue_0_description: "Hộ dân thôn 3 chưa đồng ý mức bồi thường",
            issue_0_location: "Thôn 3",
            issue_0_hotSpot: "on",
            rec_0_content: "Đề nghị UBND xã đối thoại với các hộ",
            rec_0_addressee: "UBND xã",
            ...over,
          },
          s.head.actor,
          ctx(),
        ),
      );
    expect((await save()).ok).toBe(true);
    const long = await save({ issue_0_description: "x".repeat(1_000_000) });
    expect(long.fieldErrors?.issues).toBeTruthy();
    expect((await db.reportIssue.findFirstOrThrow({ where: { reportId: id } })).description).toBe("Hộ dân thôn 3 chưa đồng ý mức bồi thường");

    const move = async (who: typeof s.head, def: typeof submitReport, moveName: string, over: Record<string, string> = {}) =>
      runAction(db, def, { reportId: id, version: await s.version(id), move: moveName, ...over }, who.actor, ctx());
    // A hot spot reaches the district's and the province's pages when the report is submitted, not before.
    const district = await db.unit.findFirstOrThrow({ where: { code: "201", level: "DISTRICT" } });
    const official = await makeUser("OVERVIEW", "22");
    const province = await db.unit.findFirstOrThrow({ where: { code: "22" } });
    expect(await hotSpots(s.staff.actor, district.path, parseIsoDate("2018-08-13")!)).toHaveLength(0);
    // Sent by two accounts: the clerk prepares it ("Trình ký"), the head signs and sends it.
    expect((await move(s.head, submitReport, "submit")).formError).toMatch(/^Báo cáo chưa được trình ký/);
    expect(await hotSpots(s.staff.actor, district.path, parseIsoDate("2018-08-13")!)).toHaveLength(0);
    expect((await move(s.clerk, prepareReport, "prepare")).ok).toBe(true);
    expect((await move(s.clerk, submitReport, "submit")).formError).toMatch(/^Bạn đã soạn và trình ký báo cáo này/);
    expect((await move(s.head, submitReport, "submit")).message).toMatch(/Đã ký và gửi báo cáo số \d+-BC\/ĐU tới Hải Hà/);
    const spots = await hotSpots(s.staff.actor, district.path, parseIsoDate("2018-08-13")!);
    expect(spots.map((h) => [h.report.unit.name, h.location])).toEqual([["Quảng Minh", "Thôn 3"]]);
    // What the list shows of it: its topic, its report (period, date sent) and the commune with its district.
    const issue = await db.reportIssue.findUniqueOrThrow({ where: { id: spots[0].id }, include: { topic: true, report: true } });
    expect(issue.report.submittedOn).toBeInstanceOf(Date);
    expect(spots[0]).toMatchObject({
      description: issue.description,
      topic: { name: issue.topic.name },
      report: {
        id: issue.reportId,
        periodKey: issue.report.periodKey,
        submittedOn: issue.report.submittedOn,
        unit: { code: "06940", name: "Quảng Minh", parent: { name: "Hải Hà" } },
      },
    });
    expect(await hotSpots(official.actor, province.path, parseIsoDate("2018-08-13")!)).toHaveLength(1);
    const elsewhere = await makeUser("REVIEWER", "203");
    expect(await hotSpots(elsewhere.actor, district.path, parseIsoDate("2018-08-13")!)).toHaveLength(0);
    // Another district's staff and the commune head cannot review it; its own district's staff can.
    const other = await makeUser("REVIEWER", "203");
    expect((await move(other, reviewReport, "accept")).formError).toBe(MESSAGES.notFound);
    expect((await move(s.head, reviewReport, "accept")).formError).toBe(MESSAGES.notFound);
    expect((await move(s.staff, reviewReport, "return")).fieldErrors?.reason).toBeTruthy();
    expect((await move(s.staff, reviewReport, "return", { reason_issues: "Ghi rõ số hộ và diện tích đất" })).ok).toBe(true);
    expect((await db.reportReview.findMany({ where: { reportId: id } })).map((r) => [r.section, r.reason])).toEqual([
      ["issues", "Ghi rõ số hộ và diện tích đất"],
    ]);
    expect((await save({ issue_0_scale: "12 hộ, 3,5 ha" })).ok).toBe(true);
    // Returned, the report is prepared and signed again.
    expect((await move(s.head, submitReport, "submit")).formError).toMatch(/^Báo cáo chưa được trình ký/);
    expect((await sendReport(id, s.clerk, s.head)).ok).toBe(true);
    expect((await move(s.staff, reviewReport, "accept")).ok).toBe(true);
    // Accepted: locked for the commune; the district unlocks it with a reason.
    expect((await save({ forecast: "Sửa sau khi khóa" })).formError).toMatch(/Đã tiếp nhận/);
    expect((await move(s.staff, reviewReport, "unlock")).fieldErrors?.reason).toBeTruthy();
    expect((await move(s.staff, reviewReport, "unlock", { reason: "Bổ sung số liệu theo yêu cầu của tỉnh" })).ok).toBe(true);
    const r = await db.report.findUniqueOrThrow({ where: { id } });
    expect(r.status).toBe("RETURNED");
    // On time is judged by the first submission (13/08, after the 17/07 due date: late).
    expect(toIsoDate(r.firstSubmittedOn!)).toBe("2018-08-13");
    expect(await db.auditEvent.count({ where: { entityId: id, action: "report.review", outcome: "ALLOWED" } })).toBe(3);

    // Accepted again, it goes into the district's report to the province, with its origin.
    expect((await sendReport(id, s.clerk, s.head)).ok).toBe(true);
    await move(s.staff, reviewReport, "accept");
    const opened = await runAction(
      db,
      openReport,
      { regimeCode: "situation.monthly", unitId: district.id, periodKey: "2018-07", submissionId: randomUUID() },
      s.staff.actor,
      ctx(),
    );
    expect(opened.message).toMatch(/Đã tổng hợp 1 báo cáo của các xã\./);
    const merged = await db.report.findUniqueOrThrow({ where: { id: opened.data!.reportId as string }, include: { issues: true, recommendations: true } });
    expect(merged.recipientId).toBe(province.id);
    expect(merged.issues.map((i) => [i.location, i.hotSpot])).toEqual([["Quảng Minh: Thôn 3", true]]);
    expect(merged.recommendations.map((r) => r.content)).toEqual(["Đề nghị UBND xã đối thoại với các hộ (kiến nghị của Quảng Minh)"]);
    // The province's reviewer reviews it; the district cannot review its own report, nor the province's overview.
    const sent = await sendReport(merged.id, await makeUser("REVIEWER", "201"), s.staff);
    expect(sent.message).toMatch(/Đã ký và gửi báo cáo số \d{2}\/BC-MTTQ tới Quảng Ninh/);
    expect((await runAction(db, reviewReport, { reportId: merged.id, version: "3", move: "accept" }, s.staff.actor, ctx())).formError).toBe(MESSAGES.notFound);
    expect((await runAction(db, reviewReport, { reportId: merged.id, version: "3", move: "accept" }, official.actor, ctx())).formError).toBe(MESSAGES.notFound);
    const provinceReviewer = await makeUser("REVIEWER", "22");
    expect((await runAction(db, reviewReport, { reportId: merged.id, version: "3", move: "accept" }, provinceReviewer.actor, ctx())).ok).toBe(true);
  });
});
