// Citizens' data in reports (decision 0039): the marked fields are validated and stored, shown in full to
// those working the report (each view audited) and masked for an overview reader, in the report and in the
// hot spots list; a masked value pasted back is refused with nothing saved.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { openReport, saveReport } from "@/lib/reports/definitions";
import { hotSpots, reportDetail } from "@/lib/reports/queries";
import { reportForReader } from "@/lib/reports/present";
import { auditFullView, seesInFull } from "@/lib/privacy/reader";
import { ctx, DAY, makeUser, operatingBloc, sendReport } from "../support/factories";

const CITIZEN = {
  issue_0_citizenName: "Nguyễn Văn An",
  issue_0_citizenPhone: "0912 345 678",
  issue_0_citizenIdNumber: "022 012 345 678",
  issue_0_citizenAddress: "Số 12, thôn Đông, xã Quảng Hà",
};

async function reportWithCitizen(code: string) {
  const bloc = await operatingBloc(code);
  const head = await makeUser("BLOC_HEAD", code);
  const clerk = await makeUser("BLOC_HEAD", code);
  const opened = await runAction(
    db,
    openReport,
    { regimeCode: "situation.monthly", unitId: bloc.unit.id, periodKey: "2018-07", submissionId: randomUUID() },
    head.actor,
    ctx(),
  );
  const id = opened.data!.reportId as string;
  const topic = await db.topic.findFirstOrThrow({ where: { code: "LAND_CLEARANCE" } });
  const save = async (over: Record<string, string>) =>
    runAction(
      db,
      saveReport,
      {
        reportId: id,
        version: String((await db.report.findUniqueOrThrow({ where: { id } })).version),
        generalMood: "Ông Nguyễn Văn An và một số hộ chưa đồng ý; liên hệ 0912.345.678.",
        forecast: "Ổn định",
        issue_0_topicId: topic.id,
        issue_0_description: "Ông Nguyễn Văn An phản ánh chưa được bồi thường đất.",
        issue_0_location: "Thôn Đông",
        issue_0_hotSpot: "on",
        ...over,
      },
      head.actor,
      ctx(),
    );
  return { bloc, head, clerk, id, save };
}

describe("phone and identity numbers typed into free text", () => {
  it("stop the save with a question, and are kept once the writer confirms", async () => {
    const r = await reportWithCitizen("06967");
    const asked = await r.save({});
    expect(asked).toMatchObject({ ok: false, confirm: "personalNumbers" });
    expect(asked.fieldErrors?.generalMood?.[0]).toMatch(/0912\.345\.678/);
    expect(await db.reportIssue.count({ where: { reportId: r.id } })).toBe(0);
    // Amounts are not numbers of people; a number moved to the marked field is not asked about.
    const moved = await r.save({ generalMood: "Hỗ trợ 150.000.000 đồng cho các hộ.", ...CITIZEN });
    expect(moved.ok, JSON.stringify(moved)).toBe(true);
    const confirmed = await r.save({ confirmPersonalNumbers: "1" });
    expect(confirmed.ok, JSON.stringify(confirmed)).toBe(true);
    expect((await db.report.findUniqueOrThrow({ where: { id: r.id } })).generalMood).toContain("0912.345.678");
  });
});

describe("citizens in a report", () => {
  it("are stored from the marked fields, in full for those working the report, masked for an overview reader", async () => {
    const r = await reportWithCitizen("06958");
    const saved = await r.save({ ...CITIZEN, confirmPersonalNumbers: "1" });
    expect(saved.ok, JSON.stringify(saved)).toBe(true);
    expect(await db.reportIssue.findFirstOrThrow({ where: { reportId: r.id } })).toMatchObject({
      citizenName: "Nguyễn Văn An",
      citizenPhone: "0912345678",
      citizenIdNumber: "022012345678",
      citizenAddress: "Số 12, thôn Đông, xã Quảng Hà",
    });
    expect((await sendReport(r.id, r.head, r.clerk)).ok).toBe(true);

    const overview = await makeUser("OVERVIEW", "22");
    const reviewer = await makeUser("REVIEWER", "201");
    const officer = await makeUser("ORG_OFFICER", r.bloc.unit.code, { organisationCode: "HOI_NONG_DAN" });
    const otherHead = await makeUser("BLOC_HEAD", "06961");
    expect([r.head, reviewer, officer].map((u) => seesInFull(u.actor, r.bloc.unit.path))).toEqual([true, true, true]);
    expect([overview, otherHead].map((u) => seesInFull(u.actor, r.bloc.unit.path))).toEqual([false, false]);

    const asOverview = reportForReader((await reportDetail(overview.actor, r.id))!, false);
    expect(asOverview.issues[0]).toMatchObject({
      citizenName: "N. V. A",
      citizenPhone: "09******78",
      citizenIdNumber: "02********78",
      citizenAddress: "…, xã Quảng Hà",
      description: "Ông N. V. A phản ánh chưa được bồi thường đất.",
    });
    expect(asOverview.generalMood).toBe("Ông N. V. A và một số hộ chưa đồng ý; liên hệ 09******78.");
    const asHead = reportForReader((await reportDetail(r.head.actor, r.id))!, true);
    expect(asHead.issues[0].citizenName).toBe("Nguyễn Văn An");

    // The hot spots of the province: masked for the overview reader, in full for the district's reviewer.
    const spot = async (u: typeof overview) => (await hotSpots(u.actor, "/", DAY)).find((h) => h.report.id === r.id)!;
    expect((await spot(overview)).description).toBe("Ông N. V. A phản ánh chưa được bồi thường đất.");
    expect((await spot(reviewer)).description).toBe("Ông Nguyễn Văn An phản ánh chưa được bồi thường đất.");

    // Seeing them in full is in the audit trail.
    const issues = (await reportDetail(r.head.actor, r.id))!.issues;
    await auditFullView(r.head.actor, { entityType: "Report", entityId: r.id, unitId: r.bloc.unit.id }, issues, ctx());
    expect(await db.auditEvent.findFirst({ where: { action: "citizen.view", entityId: r.id, actorUserId: r.head.userId } })).toMatchObject({
      entityType: "Report",
      after: JSON.stringify({ citizens: 1 }),
    });
  });

  it("refuse a masked value pasted back, a wrong phone or identity number, and save nothing", async () => {
    const r = await reportWithCitizen("06964");
    expect((await r.save({ ...CITIZEN, confirmPersonalNumbers: "1" })).ok).toBe(true);
    for (const [field, value, message] of [
      ["issue_0_citizenName", "N. V. A", /giá trị đã che bớt/],
      ["issue_0_citizenPhone", "09******78", /giá trị đã che bớt/],
      ["issue_0_citizenAddress", "…, xã Quảng Hà", /giá trị đã che bớt/],
      ["issue_0_citizenPhone", "12345", /10 chữ số bắt đầu bằng 0/],
      ["issue_0_citizenIdNumber", "0220123456", /9 chữ số \(CMND\) hoặc 12 chữ số \(CCCD\)/],
    ] as const) {
      const refused = await r.save({ ...CITIZEN, [field]: value, issue_0_description: "Đã sửa", confirmPersonalNumbers: "1" });
      expect(refused.ok, field).toBe(false);
      expect(JSON.stringify(refused.fieldErrors)).toMatch(message);
    }
    expect(await db.reportIssue.findFirstOrThrow({ where: { reportId: r.id } })).toMatchObject({
      citizenName: "Nguyễn Văn An",
      description: "Ông Nguyễn Văn An phản ánh chưa được bồi thường đất.",
    });
  });
});
