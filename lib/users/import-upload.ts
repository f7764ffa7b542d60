// The upload route of the user import, kept with the feature; app/api/admin/users/import/route.ts calls it.
import "server-only";
import { db } from "../db";
import { runUpload } from "../files/upload-route";
import { sheetKind } from "../files/upload";
import { MAX_IMPORT_BYTES } from "./import";
import { checkedImport, importAudit, storeCheckedImport } from "./import-definitions";

/**
 * Upload of a user list (CSV or XLSX) from the import page's plain form, through the upload path
 * (lib/files/upload-route.ts): the rows are read and checked outside the transaction, stored for preview
 * with their audit event, and the answer is a redirect to the preview.
 */
export function handleImportUpload(request: Request): Promise<Response> {
  return runUpload(request, "", {
    action: "user.import_upload",
    permission: "user.manage",
    field: "file",
    limit: MAX_IMPORT_BYTES,
    problemParam: "loi",
    type: sheetKind,
    load: async () => ({ entityType: "UserImport" }),
    back: (_loaded, query) => `/admin/users/import?${query}`,
    prepare: (upload) => checkedImport(db, { name: upload.name, bytes: upload.bytes, kind: upload.type }).catch(() => ({ problem: "unreadable" })),
    async write(tx, { actor, prepared }) {
      const id = await storeCheckedImport(tx, actor, prepared);
      return { audit: importAudit(id, prepared), redirectTo: `/admin/users/import/${id}` };
    },
  });
}
