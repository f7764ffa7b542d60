// The year's supervision and criticism plan as the Word file a commune's Front committee sends out: a draft
// while the Party committee has not approved it; once the approval is recorded, the number from the Front
// committee's register, the approval it rests on, every item with its form, time and lead organisation, and
// the signer. Downloaded through the real route handler with a real session (only the request's headers are
// stood in for) and opened by LibreOffice; a reader of another commune gets nothing.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { approvePlan, savePlan } from "@/lib/supervision/plan-definitions";
import { ctx, makeUser, operatingBloc, type MadeUser } from "../support/factories";
import { docxToPdf } from "../support/office";

const request = vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "plan-document-secret-0123456789abcdef0123456789";
  return { sessionId: null as string | null };
});
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-request-id": "plan-document", "x-forwarded-for": "127.0.0.1" }),
  cookies: async () => {
    const { encodeSessionToken } = await import("@/lib/auth/jwt");
    const { sessionCookieName } = await import("@/lib/auth/options");
    const value = request.sessionId ? await encodeSessionToken({ token: { sid: request.sessionId }, secret: process.env.NEXTAUTH_SECRET! }) : null;
    return { get: (name: string) => (value && name === sessionCookieName() ? { name, value } : undefined), getAll: () => [] };
  },
}));
const { GET } = await import("@/app/api/supervision-plans/[id]/[file]/route");

async function download(user: MadeUser, planId: string): Promise<Response> {
  request.sessionId = user.sessionId;
  return GET(new Request(`http://portal.test/api/supervision-plans/${planId}/plan.docx`), { params: Promise.resolve({ id: planId, file: "plan.docx" }) });
}

describe("the supervision plan as a Word file", () => {
  it("is a draft until approved, then carries its number, the approval, the items and the signer", async () => {
    const bloc = await operatingBloc("06703", { model: "JOINT_ADVISORY_UNIT" });
    const head = await makeUser("BLOC_HEAD", "06703");
    const saved = await runAction(
      db,
      savePlan,
      {
        unitId: bloc.unit.id,
        year: "2018",
        version: "0",
        item_0_kind: "SUPERVISION",
        item_0_form: "DOCUMENTS",
        item_0_subject: "UBND phường",
        item_0_content: "Công khai thu, chi các khoản đóng góp của nhân dân",
        item_0_intendedTime: "Quý III",
        item_0_leadOrganisationId: bloc.org("MTTQ").id,
        item_1_kind: "CRITICISM",
        item_1_form: "WRITTEN",
        item_1_subject: "UBND phường",
        item_1_content: "Dự thảo quy chế dân chủ ở khu phố",
        item_1_intendedTime: "Tháng 10",
        item_1_leadOrganisationId: bloc.org("HOI_PHU_NU").id,
      },
      head.actor,
      ctx(),
    );
    expect(saved.ok, JSON.stringify(saved)).toBe(true);
    const plan = await db.supervisionPlan.findUniqueOrThrow({ where: { unitId_year: { unitId: bloc.unit.id, year: 2018 } } });

    const draft = await download(head, plan.id);
    expect(draft.status).toBe(200);
    expect(draft.headers.get("content-disposition")).toBe(`attachment; filename="ke-hoach-giam-sat-06703-2018-du-thao.docx"`);
    const draftBytes = new Uint8Array(await draft.arrayBuffer());

    const approved = await runAction(
      db,
      approvePlan,
      { planId: plan.id, version: String(plan.version), approvalNumber: "15-QĐ/ĐU", approvalDate: "2018-01-15", approvalBody: "Đảng ủy phường" },
      head.actor,
      ctx(),
    );
    expect(approved.ok, JSON.stringify(approved)).toBe(true);
    const final = await download(head, plan.id);
    expect(final.headers.get("content-disposition")).toBe(`attachment; filename="ke-hoach-giam-sat-06703-2018.docx"`);
    const finalBytes = new Uint8Array(await final.arrayBuffer());
    const files = docxToPdf({ draft: draftBytes, final: finalBytes });
    expect(files.final.pages).toBe(1);

    expect(files.draft.flat).toContain("DỰ THẢO");
    expect(files.draft.flat).toContain("Số: …/KH-MTTQ");
    expect(files.draft.flat).toContain("trình Đảng ủy phê duyệt");

    const f = files.final;
    expect(f.flat).not.toContain("DỰ THẢO");
    expect(f.flat).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(f.flat).toContain(`ỦY BAN MTTQ VIỆT NAM PHƯỜNG ${bloc.unit.name.toLocaleUpperCase("vi")}`);
    expect(f.flat).toContain("Số: 01/KH-MTTQ");
    expect(f.flat).toContain("KẾ HOẠCH");
    expect(f.flat).toContain("Giám sát và phản biện xã hội năm 2018");
    expect(f.flat).toContain("Thực hiện văn bản số 15-QĐ/ĐU ngày 15/01/2018 của Đảng ủy phường phê duyệt kế hoạch");
    // The table's cells (the PDF's text runs through them in no fixed order).
    for (const cell of [
      "Giám sát UBND phường: Công khai thu, chi các khoản đóng góp của nhân dân",
      "Phản biện UBND phường: Dự thảo quy chế dân chủ ở khu phố",
      "Nghiên cứu, xem xét văn bản",
      "Gửi dự thảo lấy ý kiến bằng văn bản",
      "Quý III",
      "Tháng 10",
      bloc.org("MTTQ").name,
      bloc.org("HOI_PHU_NU").name,
    ])
      expect(f.flat).toContain(cell);
    expect(f.flat).toContain(`Nơi nhận: - Đảng ủy phường ${bloc.unit.name} (để báo cáo) - Các tổ chức thành viên (để thực hiện) - Lưu: VT.`);
    expect(f.flat).toContain("T/M BAN THƯỜNG TRỰC");

    // Another commune's head: refused as not found, and recorded.
    const stranger = await makeUser("BLOC_HEAD", "06706");
    expect((await download(stranger, plan.id)).status).toBe(404);
    expect(await db.auditEvent.count({ where: { action: "supervision_plan.docx", outcome: "DENIED", actorUserId: stranger.userId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "supervision_plan.docx", outcome: "ALLOWED", entityId: plan.id } })).toBe(2);
  });
});
