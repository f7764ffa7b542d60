// A person's request about their data (decision 0042): the administrator finds every record naming them by
// name (with and without accents, never a namesake with a longer name) and by identity or phone number
// (whole or in groups), exports it with the request's basis, corrects their details and anonymises a record;
// a record under review and a masked value are refused with nothing changed; each step is audited.
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { openReport, saveReport } from "@/lib/reports/definitions";
import { saveMeeting } from "@/lib/meetings/definitions";
import { anonymiseRecord, correctCitizen, UNDER_REVIEW } from "@/lib/privacy/request-definitions";
import { findPerson, parsePersonQuery, type PersonQuery } from "@/lib/privacy/person";
import { ANONYMISED } from "@/lib/privacy/retention";
import { ctx, makeUser, operatingBloc, sendReport, type MadeUser } from "../support/factories";

const request = vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "person-secret-0123456789abcdef0123456789abcdef";
  return { sessionId: null as string | null };
});
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-request-id": "person-request", "x-forwarded-for": "127.0.0.1" }),
  cookies: async () => {
    const { encodeSessionToken } = await import("@/lib/auth/jwt");
    const { sessionCookieName } = await import("@/lib/auth/options");
    const value = request.sessionId ? await encodeSessionToken({ token: { sid: request.sessionId }, secret: process.env.NEXTAUTH_SECRET! }) : null;
    return { get: (name: string) => (value && name === sessionCookieName() ? { name, value } : undefined), getAll: () => [] };
  },
}));
const { GET: personExportGet } = await import("@/app/api/admin/person-export/route");

const CODE = "06961";
const BASIS = "Đơn ngày 01/12/2026 của ông Nguyễn Văn An";
let admin: MadeUser;
let draftReport: string;
let reviewedReport: string;
let meetingId: string;
let namesakeMeeting: string;

const query = (name: string, id = "") => {
  const q = parsePersonQuery(name, id);
  if ("error" in q) throw new Error(q.error);
  return q as PersonQuery;
};
const found = async (name: string, id = "") => (await findPerson(db, query(name, id))).hits.map((h) => `${h.kind}:${h.id}`).sort();

beforeAll(async () => {
  const bloc = await operatingBloc(CODE);
  const head = await makeUser("BLOC_HEAD", CODE);
  const clerk = await makeUser("BLOC_HEAD", CODE);
  admin = await makeUser("ADMIN", "22");
  const topic = await db.topic.findFirstOrThrow({ where: { code: "LAND_CLEARANCE" } });
  const report = async (periodKey: string) => {
    const id = (
      await runAction(db, openReport, { regimeCode: "situation.monthly", unitId: bloc.unit.id, periodKey, submissionId: randomUUID() }, head.actor, ctx())
    ).data!.reportId as string;
    const saved = await runAction(
      db,
      saveReport,
      {
        reportId: id,
        version: "1",
        generalMood: "Ổn định",
        forecast: "Ổn định",
        issue_0_topicId: topic.id,
        issue_0_description: "Người dân phản ánh chưa được bồi thường đất.",
        issue_0_citizenName: "Nguyễn Văn An",
        issue_0_citizenIdNumber: "022012345678",
        issue_0_citizenAddress: "Thôn Đông",
      },
      head.actor,
      ctx(),
    );
    expect(saved.ok, JSON.stringify(saved)).toBe(true);
    return id;
  };
  draftReport = await report("2018-06");
  reviewedReport = await report("2018-07");
  expect((await sendReport(reviewedReport, clerk, head)).ok).toBe(true);
  const meeting = async (heldOn: string, hotSpots: string) =>
    (
      await runAction(
        db,
        saveMeeting,
        {
          unitId: bloc.unit.id,
          submissionId: randomUUID(),
          heldOn,
          place: "Hội trường",
          chairId: bloc.head.id,
          [`att_${bloc.org("MTTQ").id}`]: "present",
          hotSpots,
          confirmPersonalNumbers: "1",
        },
        head.actor,
        ctx(),
      )
    ).data!.meetingId as string;
  meetingId = await meeting("2018-07-30", "Hộ ông NGUYỄN VĂN AN (ĐT 0912 345 678) khiếu nại ranh giới đất.");
  namesakeMeeting = await meeting("2018-07-23", "Ông Nguyễn Văn Anh đề nghị làm đường.");
});

describe("a person's request", () => {
  it("finds every record naming the person by name with or without accents, or by number, and not a namesake", async () => {
    const expected = [`meeting:${meetingId}`, `report:${draftReport}`, `report:${reviewedReport}`].sort();
    expect(await found("nguyen van an")).toEqual(expected);
    expect(await found("Nguyễn Văn An")).toEqual(expected);
    expect(await found("", "022 012 345 678")).toEqual([`report:${draftReport}`, `report:${reviewedReport}`].sort());
    expect(await found("", "0912.345.678")).toEqual([`meeting:${meetingId}`]);
    expect(await found("nguyen van anh")).toEqual([`meeting:${namesakeMeeting}`]);
    const hit = (await findPerson(db, query("nguyen van an"))).hits.find((h) => h.id === reviewedReport)!;
    expect(hit).toMatchObject({ underReview: true, anonymised: false });
    expect(hit.found.map((f) => f.field)).toEqual(expect.arrayContaining(["ReportIssue.citizenName", "ReportIssue.citizenIdNumber"]));
  });

  it("refuses a record under review and a masked value, with nothing changed", async () => {
    const refused = await runAction(db, anonymiseRecord, { kind: "report", id: reviewedReport, reason: BASIS }, admin.actor, ctx());
    expect(refused).toMatchObject({ ok: false, formError: UNDER_REVIEW });
    const issue = await db.reportIssue.findFirstOrThrow({ where: { reportId: draftReport } });
    const masked = await runAction(
      db,
      correctCitizen,
      { issueId: issue.id, reason: BASIS, citizenName: "N. V. A", citizenPhone: "", citizenIdNumber: "", citizenAddress: "" },
      admin.actor,
      ctx(),
    );
    expect(masked.ok).toBe(false);
    expect(masked.fieldErrors?.citizenName?.[0]).toMatch(/giá trị đã che bớt/);
    const short = await runAction(db, anonymiseRecord, { kind: "meeting", id: meetingId, reason: "x" }, admin.actor, ctx());
    expect(short.fieldErrors?.reason?.[0]).toMatch(/ít nhất 10 ký tự/);
    expect((await db.reportIssue.findFirstOrThrow({ where: { reportId: reviewedReport } })).citizenName).toBe("Nguyễn Văn An");
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).anonymisedAt).toBeNull();
  });

  it("exports what the portal holds with the request's basis, for the administrator only", async () => {
    const get = (user: MadeUser, q: Record<string, string>) => {
      request.sessionId = user.sessionId;
      return personExportGet(new Request(`http://portal.test/api/admin/person-export?${new URLSearchParams(q)}`));
    };
    const overview = await makeUser("OVERVIEW", "22");
    expect((await get(overview, { name: "nguyen van an", reason: BASIS })).status).toBe(404);
    expect((await get(admin, { name: "nguyen van an", reason: "đơn" })).status).toBe(400);
    const response = await get(admin, { name: "nguyen van an", reason: BASIS });
    expect(response.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await response.arrayBuffer());
    const text = (i: number) => {
      const lines: string[] = [];
      book.worksheets[i].eachRow((row) => lines.push((row.values as unknown[]).slice(1).join(" | ")));
      return lines.join("\n");
    };
    expect(text(0)).toContain(`Lý do | ${BASIS}`);
    expect(text(1)).toContain("Báo cáo: họ tên người dân | Nguyễn Văn An");
    expect(text(1)).toContain("Cuộc họp: vụ việc nổi cộm | Hộ ông NGUYỄN VĂN AN (ĐT 0912 345 678)");
    expect(await db.auditEvent.count({ where: { action: "privacy.person_export", reason: BASIS, actorUserId: admin.userId } })).toBe(1);
  });

  it("corrects the person's details and anonymises a record, each step audited with the request", async () => {
    const issue = await db.reportIssue.findFirstOrThrow({ where: { reportId: draftReport } });
    const corrected = await runAction(
      db,
      correctCitizen,
      {
        issueId: issue.id,
        reason: BASIS,
        citizenName: "Nguyễn Văn Ân",
        citizenPhone: "0912 345 678",
        citizenIdNumber: "022012345678",
        citizenAddress: "Thôn Tây",
      },
      admin.actor,
      ctx(),
    );
    expect(corrected.ok, JSON.stringify(corrected)).toBe(true);
    expect(await db.reportIssue.findUniqueOrThrow({ where: { id: issue.id } })).toMatchObject({
      citizenName: "Nguyễn Văn Ân",
      citizenNameFolded: "nguyen van an",
      citizenPhone: "0912345678",
      citizenAddress: "Thôn Tây",
    });
    const anonymised = await runAction(db, anonymiseRecord, { kind: "meeting", id: meetingId, reason: BASIS }, admin.actor, ctx());
    expect(anonymised.ok, JSON.stringify(anonymised)).toBe(true);
    expect(await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).toMatchObject({ hotSpots: ANONYMISED, place: "Hội trường" });
    expect(await found("", "0912345678")).toEqual([`report:${draftReport}`]);
    const again = await runAction(db, anonymiseRecord, { kind: "meeting", id: meetingId, reason: BASIS }, admin.actor, ctx());
    expect(again.formError).toMatch(/đã được ẩn danh/);
    for (const action of ["privacy.correct", "privacy.anonymise_request"])
      expect(await db.auditEvent.count({ where: { action, outcome: "ALLOWED", reason: BASIS } }), action).toBe(1);
  });
});
