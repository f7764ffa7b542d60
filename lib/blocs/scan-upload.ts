// Uploading the scan of a signed decision (PDF or image) for a bloc, through the upload path
// (lib/files/upload-route.ts): the bloc's manager, 20 MB, type told from the content; kept under data/files.
import "server-only";
import { db } from "../db";
import { runUpload } from "../files/upload-route";
import { safeFileName } from "../files/upload";
import { MAX_SCAN_BYTES, scanType, storeBytes } from "../files/store";
import { RECORD_ID } from "../validation";
import { unitScope } from "../auth/scope";

const page = (unit: { level: string; code: string }, query: string) =>
  `${unit.level === "DISTRICT" ? `/districts/${unit.code}` : `/communes/${unit.code}/bloc`}?${query}`;

export function handleScanUpload(request: Request, unitId: string): Promise<Response> {
  return runUpload(request, unitId, {
    action: "bloc.upload_scan",
    permission: "bloc.manage",
    field: "scan",
    limit: MAX_SCAN_BYTES,
    problemParam: "scanError",
    type: scanType,
    async load(id, actor, permission) {
      const unit = RECORD_ID.test(id)
        ? await db.unit.findFirst({ where: { AND: [{ id }, unitScope(actor, permission)] }, select: { id: true, code: true, level: true, path: true } })
        : null;
      return unit ? { entityType: "StoredFile", unitId: unit.id, target: { unitPath: unit.path }, unit } : null;
    },
    back: ({ unit }, query) => page(unit, query),
    // The file is written before the transaction (a file write is not a database call): an orphan file
    // without its row is harmless, a row without its file cannot happen.
    prepare: async (upload) => ({ sha256: storeBytes(upload.bytes), originalName: safeFileName(upload.name, "ban-quet") }),
    async write(tx, { actor, loaded, upload, prepared: { sha256, originalName } }) {
      const row = await tx.storedFile.create({
        data: { sha256, size: upload.bytes.byteLength, mimeType: upload.type, originalName, uploadedById: actor.userId },
      });
      return {
        audit: {
          action: "bloc.upload_scan",
          entityType: "StoredFile",
          entityId: row.id,
          unitId: loaded.unit.id,
          after: { sha256, size: upload.bytes.byteLength, mimeType: upload.type, originalName },
        },
        redirectTo: page(loaded.unit, `scan=${row.id}`),
      };
    },
  });
}
