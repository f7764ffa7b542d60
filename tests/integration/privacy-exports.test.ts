// Citizens' data leaving the portal in a file (decision 0040): the downloads mask it by default, for every
// reader; the full data needs one who may see it in full, a stated reason of ten characters or more and an
// Excel file whose first sheet says who took it, when and why; each full download is in the audit trail with
// its reason. The real route handlers are called with a real session cookie (only the request's headers are
// stood in for, as in the authorisation matrix).
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { saveActivity } from "@/lib/supervision/activity-definitions";
import { sendRecommendation } from "@/lib/supervision/recommendation-definitions";
import { openReport, saveReport } from "@/lib/reports/definitions";
import { ctx, makeUser, operatingBloc, type MadeUser } from "../support/factories";

const request = vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "privacy-secret-0123456789abcdef0123456789abcdef";
  return { sessionId: null as string | null };
});

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-request-id": "privacy-exports", "x-forwarded-for": "127.0.0.1" }),
  cookies: async () => {
    const { encodeSessionToken } = await import("@/lib/auth/jwt");
    const { sessionCookieName } = await import("@/lib/auth/options");
    const value = request.sessionId ? await encodeSessionToken({ token: { sid: request.sessionId }, secret: process.env.NEXTAUTH_SECRET! }) : null;
    return { get: (name: string) => (value && name === sessionCookieName() ? { name, value } : undefined), getAll: () => [] };
  },
}));

const { GET: exportGet } = await import("@/app/api/export/[file]/route");
const { GET: reportGet } = await import("@/app/api/reports/[id]/[file]/route");

const CODE = "07105";
const PHONE = "0912 345 678";
const REASON = "Liên hệ lại ông An để trả lời kiến nghị";

async function download(user: MadeUser, path: string): Promise<Response> {
  request.sessionId = user.sessionId;
  const url = new URL(path, "http://portal.test");
  const [, , kind, id, file] = url.pathname.split("/");
  return kind === "export"
    ? exportGet(new Request(url), { params: Promise.resolve({ file: id }) })
    : reportGet(new Request(url), { params: Promise.resolve({ id, file }) });
}

const workbook = async (response: Response) => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  return book;
};
const sheetText = (sheet: ExcelJS.Worksheet) => {
  const lines: string[] = [];
  sheet.eachRow((row) => lines.push((row.values as unknown[]).slice(1).join(" | ")));
  return lines.join("\n");
};
const docxText = async (response: Response) =>
  (await (await JSZip.loadAsync(await response.arrayBuffer())).file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");

let head: MadeUser;
let overview: MadeUser;
let reportId: string;

beforeAll(async () => {
  const bloc = await operatingBloc(CODE);
  head = await makeUser("BLOC_HEAD", CODE);
  overview = await makeUser("OVERVIEW", "22");
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
      content: "Giám sát bồi thường",
      startOn: "2018-07-02",
      endOn: "2018-07-06",
      subjectReport: "",
      findings: "",
      resultReport: "",
    },
    head.actor,
    ctx(),
  );
  const activityId = /\/supervision\/(.+)$/.exec(saved.redirectTo!)![1];
  const sent = await runAction(
    db,
    sendRecommendation,
    {
      activityId,
      submissionId: randomUUID(),
      content: `Trả lời ông Nguyễn Văn An (ĐT ${PHONE}) về mức bồi thường`,
      addressee: "UBND xã",
      sentOn: "2018-07-10",
      confirmPersonalNumbers: "1",
    },
    head.actor,
    ctx(),
  );
  expect(sent.ok, JSON.stringify(sent)).toBe(true);

  reportId = (
    await runAction(
      db,
      openReport,
      { regimeCode: "situation.monthly", unitId: bloc.unit.id, periodKey: "2018-07", submissionId: randomUUID() },
      head.actor,
      ctx(),
    )
  ).data!.reportId as string;
  const topic = await db.topic.findFirstOrThrow({ where: { code: "LAND_CLEARANCE" } });
  const report = await runAction(
    db,
    saveReport,
    {
      reportId,
      version: "1",
      generalMood: "Ổn định",
      forecast: "Ổn định",
      issue_0_topicId: topic.id,
      issue_0_description: "Ông Nguyễn Văn An phản ánh chưa được bồi thường đất.",
      issue_0_location: "Thôn Đông",
      issue_0_citizenName: "Nguyễn Văn An",
      issue_0_citizenPhone: PHONE,
    },
    head.actor,
    ctx(),
  );
  expect(report.ok, JSON.stringify(report)).toBe(true);
});

describe("a list download", () => {
  it("masks citizens' data by default, for the commune's own head too", async () => {
    for (const user of [head, overview]) {
      const csv = await (await download(user, `/api/export/recommendations.csv?unit=${CODE}`)).text();
      expect(csv).toContain("09******78");
      expect(csv).not.toContain(PHONE);
    }
  });

  it("refuses a full download with a short reason, as CSV, or for a reader who may not see it, and nothing goes out", async () => {
    const before = await db.auditEvent.count({ where: { action: "export.recommendations.csv", outcome: "ALLOWED" } });
    const short = await download(head, `/api/export/recommendations.csv?unit=${CODE}&format=xlsx&citizens=full&reason=x`);
    expect(short.status).toBe(400);
    expect(await short.text()).toMatch(/cần ghi lý do tải \(ít nhất 10 ký tự\)/);
    const csv = await download(head, `/api/export/recommendations.csv?unit=${CODE}&citizens=full&reason=${encodeURIComponent(REASON)}`);
    expect(csv.status).toBe(400);
    expect(await csv.text()).toMatch(/chỉ tải dạng Excel/);
    const refused = await download(overview, `/api/export/recommendations.csv?unit=${CODE}&format=xlsx&citizens=full&reason=${encodeURIComponent(REASON)}`);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toMatch(/không được xem đầy đủ dữ liệu cá nhân/);
    expect(await db.auditEvent.count({ where: { action: "export.recommendations.csv", outcome: "DENIED", actorUserId: overview.userId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "export.recommendations.csv", outcome: "ALLOWED" } })).toBe(before);
  });

  it("gives the head the full data with a reason: the first sheet says who, when and why, and the trail keeps the reason", async () => {
    const response = await download(head, `/api/export/recommendations.csv?unit=${CODE}&format=xlsx&citizens=full&reason=${encodeURIComponent(REASON)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/-day-du\.xlsx"$/);
    const book = await workbook(response);
    expect(book.worksheets[0].name).toBe("Thông tin tải");
    const note = sheetText(book.worksheets[0]);
    expect(note).toContain(`Người tải | ${head.actor.displayName} (${head.username})`);
    expect(note).toContain(`Lý do | ${REASON}`);
    expect(note).toMatch(/Thời điểm tải \| \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(note).toContain("Số dòng đầy đủ | 1");
    expect(sheetText(book.worksheets[1])).toContain(`Trả lời ông Nguyễn Văn An (ĐT ${PHONE})`);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "export.recommendations.csv", actorUserId: head.userId, reason: REASON } });
    expect(JSON.parse(event.after!)).toMatchObject({ citizens: "full", query: { unit: CODE, citizens: "full", format: "xlsx" } });
    expect(event.after).not.toContain("reason");
  });
});

describe("a report's document", () => {
  it("is masked by default, and in full with a reason opens with who took it and why", async () => {
    const masked = await docxText(await download(head, `/api/reports/${reportId}/report.docx`));
    expect(masked).toContain("Ông N. V. A phản ánh chưa được bồi thường đất.");
    expect(masked).not.toContain("Nguyễn Văn An");

    expect((await download(head, `/api/reports/${reportId}/report.docx?citizens=full&reason=ngắn`)).status).toBe(400);
    const refused = await download(overview, `/api/reports/${reportId}/report.docx?citizens=full&reason=${encodeURIComponent(REASON)}`);
    expect(refused.status).toBe(403);

    const response = await download(head, `/api/reports/${reportId}/report.docx?citizens=full&reason=${encodeURIComponent(REASON)}`);
    expect(response.headers.get("content-disposition")).toMatch(/-day-du\.docx"$/);
    const full = await docxText(response);
    expect(full).toContain("Ông Nguyễn Văn An phản ánh chưa được bồi thường đất.");
    expect(full).toContain(`Người tải: ${head.actor.displayName}`);
    expect(full).toContain(`Lý do: ${REASON}`);
    expect(full.indexOf("Lý do:")).toBeLessThan(full.indexOf("BÁO CÁO"));
    expect(await db.auditEvent.count({ where: { action: "report.docx", entityId: reportId, reason: REASON } })).toBe(1);
  });
});
