// The minutes as files: the DOCX download (read within the actor's scope), and filing the scan of the
// signed minutes (authenticated, authorised, checked by content and size while streaming, written with
// its audit event in one transaction).
import "server-only";
import { db } from "../db";
import { getActor } from "../auth/current";
import { can } from "../auth/permissions";
import { auditChange } from "../audit/write";
import { deniedResponse } from "../audit/denied-response";
import { requestContext, sameOrigin, seeOther } from "../request-context";
import { readUploadedFile, safeFileName } from "../files/upload";
import { MAX_SCAN_BYTES, scanType, storeBytes } from "../files/store";
import { docxDownload } from "../documents/download";
import { RECORD_ID } from "../validation";
import { meetingDetail } from "./queries";
import { minutesOf } from "./minutes";

export function minutesDocxResponse(id: string): Promise<Response> {
  return docxDownload({
    id, action: "meeting.minutes_docx", entityType: "Meeting", load: meetingDetail, document: minutesOf,
    fileName: (m) => `bien-ban-giao-ban-${m.unit.code}-${m.heldOn.toISOString().slice(0, 10)}${m.minutesNumber ? `-so-${m.minutesNumber}` : "-du-thao"}.docx`,
  });
}

export async function handleMinutesScan(request: Request, id: string): Promise<Response> {
  const ctx = await requestContext();
  const actor = await getActor();
  const meeting = RECORD_ID.test(id)
    ? await db.meeting.findUnique({ where: { id }, select: { id: true, status: true, unitId: true, minutesScanId: true, unit: { select: { path: true } } } })
    : null;
  if (!actor || !meeting || !can(actor, "meeting.manage", { unitPath: meeting.unit.path })) {
    return deniedResponse(actor, { action: "meeting.attach_minutes", entityType: "Meeting", entityId: meeting?.id, unitId: meeting?.unitId }, !actor ? undefined : meeting ? "forbidden" : "not-found");
  }
  if (!sameOrigin(request)) return new Response("Yêu cầu không hợp lệ.", { status: 403 });
  const back = (query: string) => seeOther(`/meetings/${meeting.id}?${query}`);
  if (meeting.status !== "APPROVED") return back("scanError=status");
  const upload = await readUploadedFile(request, "scan", MAX_SCAN_BYTES);
  if (!upload.ok) return back(`scanError=${upload.problem}`);
  const mimeType = scanType(upload.bytes);
  if (!mimeType) return back("scanError=type");
  const sha256 = storeBytes(upload.bytes);
  const originalName = safeFileName(upload.name, "bien-ban");
  const saved = await db.$transaction(async (tx) => {
    // Approved and still approved: a reopen between the check and now leaves the scan unattached.
    const row = await tx.storedFile.create({ data: { sha256, size: upload.bytes.byteLength, mimeType, originalName, uploadedById: actor.userId } });
    const { count } = await tx.meeting.updateMany({ where: { id: meeting.id, status: "APPROVED" }, data: { minutesScanId: row.id } });
    if (count !== 1) return false;
    await auditChange(tx, actor, { action: "meeting.attach_minutes", entityType: "Meeting", entityId: meeting.id, unitId: meeting.unitId, before: { minutesScanId: meeting.minutesScanId }, after: { minutesScanId: row.id, sha256, originalName } }, ctx);
    return true;
  });
  return back(saved ? "scanSaved=1" : "scanError=status");
}
