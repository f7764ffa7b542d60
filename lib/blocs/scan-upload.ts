// Uploading the scan of a signed decision (PDF or image) for a bloc: authenticated, authorised, size
// checked while streaming (20 MB), type checked by content; the file is kept under data/files.
import "server-only";
import { db } from "../db";
import { getActor } from "../auth/current";
import { can } from "../auth/permissions";
import { auditChange, recordDenial } from "../audit/write";
import { requestContext, sameOrigin, seeOther } from "../request-context";
import { readLimited, UploadTooLarge } from "../files/upload";
import { MAX_SCAN_BYTES, scanType, storeBytes } from "../files/store";

export async function handleScanUpload(request: Request, unitId: string): Promise<Response> {
  const ctx = await requestContext();
  const actor = await getActor();
  const unit = /^[A-Za-z0-9_-]{1,64}$/.test(unitId)
    ? await db.unit.findUnique({ where: { id: unitId }, select: { id: true, code: true, level: true, path: true } })
    : null;
  if (!actor || !unit || !can(actor, "bloc.manage", { unitPath: unit.path })) {
    await recordDenial(db, actor, { action: "bloc.upload_scan", entityType: "StoredFile", unitId: unit?.id, reason: !actor ? "no-session" : unit ? "forbidden" : "not-found" }, ctx);
    return new Response("Không tìm thấy.", { status: 404 });
  }
  if (!sameOrigin(request)) return new Response("Yêu cầu không hợp lệ.", { status: 403 });
  const page = `${unit.level === "DISTRICT" ? "/districts" : "/communes"}/${unit.code}${unit.level === "DISTRICT" ? "" : "/bloc"}`;
  const back = (query: string) => seeOther(`${page}?${query}`);
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data")) return back("scanError=form");
  const limit = MAX_SCAN_BYTES + 64 * 1024;
  if (Number(request.headers.get("content-length") ?? 0) > limit) return back("scanError=size");
  let file: File | null = null;
  try {
    const body = await readLimited(request.body, limit);
    const value = (await new Response(body as BodyInit, { headers: { "content-type": type } }).formData()).get("scan");
    file = value instanceof File ? value : null;
  } catch (error) {
    return back(`scanError=${error instanceof UploadTooLarge ? "size" : "form"}`);
  }
  if (!file || file.size === 0) return back("scanError=empty");
  if (file.size > MAX_SCAN_BYTES) return back("scanError=size");
  const bytes = new Uint8Array(await file.arrayBuffer());
  const mimeType = scanType(bytes);
  if (!mimeType) return back("scanError=type");
  // The file is written before the transaction (a file write is not a database call); an orphan file
  // without its row is harmless, a row without its file cannot happen.
  const sha256 = storeBytes(bytes);
  const originalName = file.name.replace(/[^\p{L}\p{N}._ -]/gu, "_").slice(0, 120) || "ban-quet";
  const stored = await db.$transaction(async (tx) => {
    const row = await tx.storedFile.create({ data: { sha256, size: bytes.byteLength, mimeType, originalName, uploadedById: actor.userId } });
    await auditChange(tx, actor, { action: "bloc.upload_scan", entityType: "StoredFile", entityId: row.id, unitId: unit.id, after: { sha256, size: bytes.byteLength, mimeType, originalName } }, ctx);
    return row;
  });
  return back(`scan=${stored.id}`);
}
