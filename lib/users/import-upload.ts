// The upload route of the user import, kept with the feature; app/api/admin/users/import/route.ts calls it.
import "server-only";
import { db } from "../db";
import { getActor } from "../auth/current";
import { can } from "../auth/permissions";
import { recordDenial } from "../audit/write";
import { requestContext, sameOrigin, seeOther } from "../request-context";
import { readLimited, sheetKind, UploadTooLarge } from "../files/upload";
import { MAX_IMPORT_BYTES } from "./import";
import { storeImport } from "./import-definitions";

const back = (_request: Request, error: string) => seeOther(`/admin/users/import?loi=${encodeURIComponent(error)}`);

/**
 * Upload of a user list (CSV or XLSX) from the import page's plain form. Authenticates, authorises and
 * checks size while streaming and type by content; stores the checked rows for preview and answers with a
 * redirect to it.
 */
export async function handleImportUpload(request: Request): Promise<Response> {
  const ctx = await requestContext();
  const actor = await getActor();
  if (!actor || !can(actor, "user.manage")) {
    await recordDenial(db, actor, { action: "user.import_upload", entityType: "UserImport", reason: actor ? "forbidden" : "no-session" }, ctx);
    return new Response("Không tìm thấy.", { status: 404 });
  }
  if (!sameOrigin(request)) return new Response("Yêu cầu không hợp lệ.", { status: 403 });
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data")) return back(request, "form");
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES + 64 * 1024) return back(request, "size");
  let file: File | null;
  try {
    const body = await readLimited(request.body, MAX_IMPORT_BYTES + 64 * 1024);
    const form = await new Response(body as BodyInit, { headers: { "content-type": type } }).formData();
    const value = form.get("file");
    file = value instanceof File ? value : null;
  } catch (error) {
    return back(request, error instanceof UploadTooLarge ? "size" : "form");
  }
  if (!file || file.size === 0) return back(request, "empty");
  if (file.size > MAX_IMPORT_BYTES) return back(request, "size");
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = sheetKind(bytes);
  if (!kind) return back(request, "type");
  try {
    const id = await storeImport(db, actor, { name: file.name, bytes, kind }, ctx);
    return seeOther(`/admin/users/import/${id}`);
  } catch {
    return back(request, "unreadable");
  }
}
