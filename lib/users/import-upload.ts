// The upload route of the user import, kept with the feature; app/api/admin/users/import/route.ts calls it.
import "server-only";
import { db } from "../db";
import { getActor } from "../auth/current";
import { can } from "../auth/permissions";
import { deniedResponse } from "../audit/denied-response";
import { requestContext, sameOrigin, seeOther } from "../request-context";
import { readUploadedFile, sheetKind } from "../files/upload";
import { MAX_IMPORT_BYTES } from "./import";
import { storeImport } from "./import-definitions";

const back = (error: string) => seeOther(`/admin/users/import?loi=${encodeURIComponent(error)}`);

/**
 * Upload of a user list (CSV or XLSX) from the import page's plain form. Authenticates, authorises and
 * checks size while streaming and type by content; stores the checked rows for preview and answers with a
 * redirect to it.
 */
export async function handleImportUpload(request: Request): Promise<Response> {
  const ctx = await requestContext();
  const actor = await getActor();
  if (!actor || !can(actor, "user.manage")) {
    return deniedResponse(actor, { action: "user.import_upload", entityType: "UserImport" });
  }
  if (!sameOrigin(request)) return new Response("Yêu cầu không hợp lệ.", { status: 403 });
  const upload = await readUploadedFile(request, "file", MAX_IMPORT_BYTES);
  if (!upload.ok) return back(upload.problem);
  const { bytes } = upload;
  const kind = sheetKind(bytes);
  if (!kind) return back("type");
  try {
    const id = await storeImport(db, actor, { name: upload.name, bytes, kind }, ctx);
    return seeOther(`/admin/users/import/${id}`);
  } catch {
    return back("unreadable");
  }
}
