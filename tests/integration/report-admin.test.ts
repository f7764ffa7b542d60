// The rest of the reporting workflow against a real database: a commune report accepted after its
// district opened its own is added by a second consolidation; regimes and topics kept by an administrator
// (bad windows, a stable code, duplicate or overlong topics refused); rates over a chosen range; the report
// as a DOCX in its issuing body's format.
import { randomUUID } from "node:crypto";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { MESSAGES } from "@/lib/actions/result";
import { openReport, reconsolidateReport, saveReport } from "@/lib/reports/definitions";
import { reviewReport } from "@/lib/reports/move-definitions";
import { saveRegime, saveTopic } from "@/lib/reports/admin-definitions";
import { pendingSources, ratesByUnit, reportDetail, topics, workGroups } from "@/lib/reports/queries";
import { reportDocumentOf } from "@/lib/reports/document";
import { officialDocx } from "@/lib/documents/official-docx";
import { parseIsoDate, toIsoDate } from "@/lib/time/business-date";
import { ctx, makeUser, operatingBloc, sendReport } from "../support/factories";

const DAY = parseIsoDate("2018-08-13")!;

async function commune(code: string, district: string) {
  const bloc = await operatingBloc(code);
  const head = await makeUser("BLOC_HEAD", code);
  const clerk = await makeUser("BLOC_HEAD", code);
  return { ...bloc, head, clerk, district };
}

async function submitted(c: Awaited<ReturnType<typeof commune>>, staff: Awaited<ReturnType<typeof makeUser>>, text: string) {
  const id = (
    await runAction(
      db,
      openReport,
      { regimeCode: "situation.monthly", unitId: c.unit.id, periodKey: "2018-07", submissionId: randomUUID() },
      c.head.actor,
      ctx(),
    )
  ).data!.reportId as string;
  const topic = await db.topic.findFirstOrThrow({ where: { code: "ENVIRONMENT" } });
  expect(
    (
      await runAction(
        db,
        saveReport,
        {
          reportId: id,
          version: "1",
          generalMood: "Ổn định",
          forecast: "",
          issue_0_topicId: topic.id,
          issue_0_description: text,
          rec_0_content: `Kiến nghị về ${text}`,
          rec_0_addressee: "UBND huyện",
        },
        c.head.actor,
        ctx(),
      )
    ).ok,
  ).toBe(true);
  expect((await sendReport(id, c.clerk, c.head)).ok).toBe(true);
  expect((await runAction(db, reviewReport, { reportId: id, version: "4", move: "accept" }, staff.actor, ctx())).ok).toBe(true);
  return id;
}

describe("consolidation, regimes, topics, ranges and documents", () => {
  it("adds a commune report accepted after the district opened its own, once, keeping the district's edits", async () => {
    const a = await commune("07030", "204");
    const b = await commune("07033", "204");
    const staff = await makeUser("REVIEWER", "204");
    const district = await db.unit.findFirstOrThrow({ where: { code: "204", level: "DISTRICT" } });
    await submitted(a, staff, "Bụi than trên tuyến đường tỉnh");
    const opened = await runAction(
      db,
      openReport,
      { regimeCode: "situation.monthly", unitId: district.id, periodKey: "2018-07", submissionId: randomUUID() },
      staff.actor,
      ctx(),
    );
    const id = opened.data!.reportId as string;
    let report = await db.report.findUniqueOrThrow({ where: { id }, include: { issues: true } });
    expect(report.issues.map((i) => i.location)).toEqual(["Trới"]);
    // The district edits its report (keeping the merged issue) before a second commune is accepted.
    const merged = report.issues[0];
    expect(
      (
        await runAction(
          db,
          saveReport,
          {
            reportId: id,
            version: "1",
            generalMood: report.generalMood,
            forecast: "Huyện dự báo ổn định",
            issue_0_topicId: merged.topicId,
            issue_0_description: merged.description,
            issue_0_location: merged.location,
          },
          staff.actor,
          ctx(),
        )
      ).ok,
    ).toBe(true);
    expect(await pendingSources(report)).toHaveLength(0);
    await submitted(b, staff, "Nước sinh hoạt thiếu vào mùa khô");
    report = await db.report.findUniqueOrThrow({ where: { id }, include: { issues: true } });
    expect((await pendingSources(report)).map((r) => r.unit.name)).toEqual(["Kỳ Thượng"]);
    // Only the district writes its report; a stale version is a conflict.
    expect((await runAction(db, reconsolidateReport, { reportId: id, version: "2" }, a.head.actor, ctx())).formError).toBe(MESSAGES.notFound);
    expect((await runAction(db, reconsolidateReport, { reportId: id, version: "1" }, staff.actor, ctx())).formError).toBe(MESSAGES.conflict);
    const added = await runAction(db, reconsolidateReport, { reportId: id, version: "2" }, staff.actor, ctx());
    expect(added.message).toBe("Đã bổ sung 1 báo cáo của các xã (1 vấn đề, 1 kiến nghị).");
    const after = await db.report.findUniqueOrThrow({ where: { id }, include: { issues: { orderBy: { sortOrder: "asc" } }, recommendations: true } });
    expect(after.forecast).toBe("Huyện dự báo ổn định");
    expect(after.issues.map((i) => i.location)).toEqual(["Trới", "Kỳ Thượng"]);
    expect(after.recommendations.map((r) => r.content)).toEqual(["Kiến nghị về Nước sinh hoạt thiếu vào mùa khô (kiến nghị của Kỳ Thượng)"]);
    expect(after.generalMood).toMatch(/\nBổ sung từ 1 báo cáo đã tiếp nhận của các xã \(Kỳ Thượng\)/);
    // Nothing new: refused, nothing changed.
    expect((await runAction(db, reconsolidateReport, { reportId: id, version: "3" }, staff.actor, ctx())).formError).toMatch(/Không có báo cáo nào/);
    expect(await db.reportIssue.count({ where: { reportId: id } })).toBe(2);
    expect(await db.auditEvent.count({ where: { entityId: id, action: "report.consolidate", outcome: "ALLOWED" } })).toBe(1);

    // The commune's report as a DOCX in the Party's format (a dân vận bloc), the district's in the Front's.
    const head = await makeUser("BLOC_HEAD", "07030");
    const own = await reportDetail(head.actor, (await db.report.findFirstOrThrow({ where: { unitId: a.unit.id } })).id);
    const doc = reportDocumentOf(own!, await workGroups(), DAY);
    expect(doc.issuer).toEqual(["ĐẢNG BỘ HUYỆN HOÀNH BỒ", "ĐẢNG ỦY THỊ TRẤN TRỚI", "KHỐI DÂN VẬN"]);
    expect(doc.motto).toEqual(["ĐẢNG CỘNG SẢN VIỆT NAM"]);
    expect(doc.draft).toBe(false);
    const xml = await (await JSZip.loadAsync(await officialDocx(doc))).file("word/document.xml")!.async("string");
    for (const s of ["BÁO CÁO", "Bụi than trên tuyến đường tỉnh", "Nơi nhận:", "Huyện Hoành Bồ", "TRƯỞNG KHỐI", "15/06/2018"]) expect(xml).toContain(s);
    const districtDoc = reportDocumentOf((await reportDetail(staff.actor, id))!, await workGroups(), DAY);
    expect(districtDoc.issuer).toEqual(["ỦY BAN MTTQ VIỆT NAM HUYỆN HOÀNH BỒ", "BAN THƯỜNG TRỰC"]);
    expect(districtDoc.draft).toBe(true);
    // Another commune's head cannot read it.
    expect(await reportDetail((await makeUser("BLOC_HEAD", "07036")).actor, id)).toBeNull();

    // Rates over a chosen range: from 01/06 to 14/08 the monthly periods whose window closed in it (2018-06, 2018-07).
    const rates = await ratesByUnit(staff.actor, "situation.monthly", [district.id], DAY, {
      from: parseIsoDate("2018-06-01")!,
      to: parseIsoDate("2018-08-14")!,
    });
    expect(rates!.periods.map((p) => p.key)).toEqual(["2018-07", "2018-06"]);
    const row = rates!.rows.find((r) => r.unit.code === "07030")!;
    expect([row.rates.expected, row.rates.actual, row.rates.onTime]).toEqual([2, 1, 0]);
    expect(row.late).toEqual(["2018-07: muộn 27 ngày", "2018-06: chưa lập"]);
  });

  it("keeps regimes: a window ending before it starts or leaving gaps is refused; the code is stable; opened periods keep their window", async () => {
    const admin = await makeUser("ADMIN", "22");
    const base = {
      regimeId: "",
      version: "0",
      code: "situation.test_window",
      name: "Báo cáo thử kỳ số liệu",
      kind: "SITUATION",
      periodType: "MONTHLY",
      windowRule: "CUSTOM",
      reporterLevel: "COMMUNE",
      deadlineRuleCode: "report.situation.monthly",
      onTimeRule: "Gửi lần đầu không muộn hơn hạn",
      legalBasis: "Thử",
      startsOn: "2018-01-01",
      active: "on",
    };
    const save = (over: Record<string, string>, who = admin) => runAction(db, saveRegime, { ...base, ...over }, who.actor, ctx());
    const inverted = await save({ windowFromDay: "20", windowToDay: "10" });
    expect(inverted.fieldErrors?.windowToDay?.[0]).toMatch(/^Kỳ số liệu kết thúc \(10\/01\/2024\) trước khi bắt đầu \(20\/01\/2024\)/);
    expect((await save({ windowFromDay: "15", windowFromPrevMonth: "on", windowToDay: "10" })).fieldErrors?.windowToDay?.[0]).toMatch(/nối tiếp nhau/);
    expect((await save({ windowFromDay: "20", windowFromPrevMonth: "on", windowToDay: "19" }, await makeUser("REVIEWER", "204"))).formError).toBe(
      MESSAGES.notFound,
    );
    expect(await db.reportingRegime.count({ where: { code: base.code } })).toBe(0);
    expect((await save({ windowFromDay: "20", windowFromPrevMonth: "on", windowToDay: "19" })).ok).toBe(true);
    const regime = await db.reportingRegime.findUniqueOrThrow({ where: { code: base.code } });

    const c = await commune("07039", "204");
    const opened = await runAction(
      db,
      openReport,
      { regimeCode: base.code, unitId: c.unit.id, periodKey: "2018-07", submissionId: randomUUID() },
      c.head.actor,
      ctx(),
    );
    const report = await db.report.findUniqueOrThrow({ where: { id: opened.data!.reportId as string } });
    expect([toIsoDate(report.windowFrom), toIsoDate(report.windowTo)]).toEqual(["2018-06-20", "2018-07-19"]);
    // A new version of the regime changes future periods only.
    const edited = { regimeId: regime.id, version: "1", windowRule: "CALENDAR" };
    expect((await save({ ...edited, code: "situation.renamed" })).fieldErrors?.code?.[0]).toMatch(/không đổi được/);
    expect((await save({ ...edited, periodType: "QUARTERLY" })).fieldErrors?.periodType?.[0]).toMatch(/đã có báo cáo/);
    expect((await save(edited)).ok).toBe(true);
    expect((await save(edited)).formError).toBe(MESSAGES.conflict);
    expect(await db.reportingRegime.findUniqueOrThrow({ where: { id: regime.id } })).toMatchObject({ version: 2, windowRule: "CALENDAR", windowFromDay: null });
    const kept = await db.report.findUniqueOrThrow({ where: { id: report.id } });
    expect([toIsoDate(kept.windowFrom), toIsoDate(kept.windowTo), kept.dueOn]).toEqual(["2018-06-20", "2018-07-19", report.dueOn]);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: regime.id, action: "regime.save", outcome: "ALLOWED", before: { not: null } } });
    expect(JSON.parse(event.before!)).toMatchObject({ windowRule: "CUSTOM", windowFromDay: 20 });
  });

  it("keeps the topic list: added, renamed, retired; duplicates and a 1 MB name refused", async () => {
    const admin = await makeUser("ADMIN", "22");
    const save = (v: Record<string, string>) => runAction(db, saveTopic, { topicId: "", sortOrder: "20", active: "on", ...v }, admin.actor, ctx());
    expect((await save({ code: "DIGITAL_TRANSFORMATION", name: "Chuyển đổi số" })).ok).toBe(true);
    expect((await save({ code: "DIGITAL_TRANSFORMATION", name: "Khác" })).fieldErrors?.code).toEqual(["Mã lĩnh vực đã có."]);
    expect((await save({ code: "OTHER_NAME", name: "Giáo dục" })).fieldErrors?.name).toEqual(["Tên lĩnh vực đã có."]);
    expect((await save({ code: "HUGE", name: "x".repeat(1_000_000) })).fieldErrors?.name).toBeTruthy();
    expect(await db.topic.count({ where: { code: "HUGE" } })).toBe(0);
    const topic = await db.topic.findUniqueOrThrow({ where: { code: "DIGITAL_TRANSFORMATION" } });
    expect((await topics()).map((t) => t.name)).toContain("Chuyển đổi số");
    expect(
      (
        await runAction(
          db,
          saveTopic,
          { topicId: topic.id, code: topic.code, name: "Chuyển đổi số, dịch vụ công trực tuyến", sortOrder: "13" },
          admin.actor,
          ctx(),
        )
      ).ok,
    ).toBe(true);
    expect((await topics()).map((t) => t.name)).not.toContain("Chuyển đổi số, dịch vụ công trực tuyến");
    expect(await db.topic.findUniqueOrThrow({ where: { id: topic.id } })).toMatchObject({ active: false, sortOrder: 13 });
  });
});
