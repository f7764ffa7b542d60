// Files of supervision: filing the response document of an answered recommendation (authenticated,
// authorised, checked by content and size while streaming, written with its audit event in one
// transaction), and the criticism opinion as a DOCX.
import "server-only";
import { db } from "../db";
import { getActor } from "../auth/current";
import { can } from "../auth/permissions";
import { auditChange } from "../audit/write";
import { deniedResponse } from "../audit/denied-response";
import { requestContext, sameOrigin, seeOther } from "../request-context";
import { readUploadedFile, safeFileName } from "../files/upload";
import { MAX_SCAN_BYTES, scanType, storeBytes } from "../files/store";
import { RECORD_ID } from "../validation";
import { docxDownload } from "../documents/download";
import { today } from "../time/today";
import { criticismDocumentOf } from "./criticism-document";
import { criticismDetail } from "./queries";

export async function handleResponseFile(request: Request, id: string): Promise<Response> {
  const ctx = await requestContext();
  const actor = await getActor();
  const rec = RECORD_ID.test(id)
    ? await db.recommendation.findUnique({ where: { id }, select: { id: true, status: true, unitId: true, activityId: true, criticismCaseId: true, responseFileId: true, unit: { select: { path: true } } } })
    : null;
  if (!actor || !rec || !can(actor, "supervision.manage", { unitPath: rec.unit.path })) {
    return deniedResponse(actor, { action: "recommendation.attach_response", entityType: "Recommendation", entityId: rec?.id, unitId: rec?.unitId }, !actor ? undefined : rec ? "forbidden" : "not-found");
  }
  if (!sameOrigin(request)) return new Response("Yêu cầu không hợp lệ.", { status: 403 });
  const page = rec.activityId ? `/supervision/${rec.activityId}` : `/criticism/${rec.criticismCaseId}`;
  const back = (query: string) => seeOther(`${page}?${query}#kien-nghi-${rec.id}`);
  if (rec.status !== "ANSWERED") return back("fileError=status");
  const upload = await readUploadedFile(request, "file", MAX_SCAN_BYTES);
  if (!upload.ok) return back(`fileError=${upload.problem}`);
  const mimeType = scanType(upload.bytes);
  if (!mimeType) return back("fileError=type");
  const sha256 = storeBytes(upload.bytes);
  const originalName = safeFileName(upload.name, "van-ban-tra-loi");
  const saved = await db.$transaction(async (tx) => {
    const row = await tx.storedFile.create({ data: { sha256, size: upload.bytes.byteLength, mimeType, originalName, uploadedById: actor.userId } });
    const { count } = await tx.recommendation.updateMany({ where: { id: rec.id, status: "ANSWERED" }, data: { responseFileId: row.id, version: { increment: 1 } } });
    if (count !== 1) return false;
    await auditChange(tx, actor, { action: "recommendation.attach_response", entityType: "Recommendation", entityId: rec.id, unitId: rec.unitId, before: { responseFileId: rec.responseFileId }, after: { responseFileId: row.id, sha256, originalName } }, ctx);
    return true;
  });
  return back(saved ? "fileSaved=1" : "fileError=status");
}

/** /api/criticism/<id>/opinion.docx: the opinion in the Front's format (a draft until it is sent). */
export function criticismDocxResponse(id: string): Promise<Response> {
  return docxDownload({
    id, action: "criticism.docx", entityType: "CriticismCase", load: criticismDetail,
    document: (c) => criticismDocumentOf(c, today()),
    fileName: (c) => `van-ban-phan-bien-${c.unit.code}-${c.receivedOn.toISOString().slice(0, 10)}${c.opinionSentOn ? "" : "-du-thao"}.docx`,
  });
}
