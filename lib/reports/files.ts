// A report as a DOCX download, read within the actor's scope (its writer's unit or its recipient).
import "server-only";
import { db } from "../db";
import { getActor } from "../auth/current";
import { recordDenial } from "../audit/write";
import { requestContext } from "../request-context";
import { officialDocx } from "../documents/official-docx";
import { today } from "../time/today";
import { RECORD_ID } from "../validation";
import { reportDetail, workGroups } from "./queries";
import { reportDocumentOf } from "./document";

export async function reportDocxResponse(id: string): Promise<Response> {
  const actor = await getActor();
  if (!actor) {
    await recordDenial(db, null, { action: "report.docx", entityType: "Report", entityId: RECORD_ID.test(id) ? id : null, reason: "no-session" }, await requestContext());
    return new Response("Cần đăng nhập.", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const report = await reportDetail(actor, id);
  if (!report) return new Response("Không tìm thấy.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const bytes = await officialDocx(reportDocumentOf(report, await workGroups(), today()));
  const name = `bao-cao-${report.regime.code}-${report.unit.code}-${report.periodKey}${report.status === "ACCEPTED" || report.status === "SUBMITTED" ? "" : "-du-thao"}.docx`;
  return new Response(bytes as unknown as BodyInit, {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
