// Uploading the scan of a signed decision (PDF or image) for a bloc: authenticated, authorised, size
// checked while streaming (20 MB), type checked by content; the file is kept under data/files.
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

export async function handleScanUpload(request: Request, unitId: string): Promise<Response> {
  const ctx = await requestContext();
  const actor = await getActor();
  const unit = RECORD_ID.test(unitId)
    ? await db.unit.findUnique({ where: { id: unitId }, select: { id: true, code: true, level: true, path: true } })
    : null;
  if (!actor || !unit || !can(actor, "bloc.manage", { unitPath: unit.path })) {
    return deniedResponse(actor, { action: "bloc.upload_scan", entityType: "StoredFile", unitId: unit?.id }, !actor ? undefined : unit ? "forbidden" : "not-found");
  }
  if (!sameOrigin(request)) return new Response("Yêu cầu không hợp lệ.", { status: 403 });
  const page = `${unit.level === "DISTRICT" ? "/districts" : "/communes"}/${unit.code}${unit.level === "DISTRICT" ? "" : "/bloc"}`;
  const back = (query: string) => seeOther(`${page}?${query}`);
  const upload = await readUploadedFile(request, "scan", MAX_SCAN_BYTES);
  if (!upload.ok) return back(`scanError=${upload.problem}`);
  const { bytes } = upload;
  const mimeType = scanType(bytes);
  if (!mimeType) return back("scanError=type");
  // The file is written before the transaction (a file write is not a database call); an orphan file
  // without its row is harmless, a row without its file cannot happen.
  const sha256 = storeBytes(bytes);
  const originalName = safeFileName(upload.name, "ban-quet");
  const stored = await db.$transaction(async (tx) => {
    const row = await tx.storedFile.create({ data: { sha256, size: bytes.byteLength, mimeType, originalName, uploadedById: actor.userId } });
    await auditChange(tx, actor, { action: "bloc.upload_scan", entityType: "StoredFile", entityId: row.id, unitId: unit.id, after: { sha256, size: bytes.byteLength, mimeType, originalName } }, ctx);
    return row;
  });
  return back(`scan=${stored.id}`);
}
