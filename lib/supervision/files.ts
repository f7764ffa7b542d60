// Files of supervision: filing the response document of an answered recommendation through the upload path
// (lib/files/upload-route.ts), and the criticism opinion as a DOCX.
import "server-only";
import { criticismForReader } from "./present";
import { db } from "../db";
import { runUpload } from "../files/upload-route";
import { safeFileName } from "../files/upload";
import { MAX_SCAN_BYTES, scanType, storeBytes } from "../files/store";
import { RECORD_ID } from "../validation";
import { docxDownload } from "../documents/download";
import { today } from "../time/today";
import { criticismDocumentOf } from "./criticism-document";
import { criticismDetail } from "./queries";
import { recommendationScope } from "../auth/records";

const page = (rec: { id: string; activityId: string | null; criticismCaseId: string | null }, query: string) =>
  `${rec.activityId ? `/supervision/${rec.activityId}` : `/criticism/${rec.criticismCaseId}`}?${query}#kien-nghi-${rec.id}`;

export function handleResponseFile(request: Request, id: string): Promise<Response> {
  return runUpload(request, id, {
    action: "recommendation.attach_response",
    permission: "supervision.manage",
    field: "file",
    limit: MAX_SCAN_BYTES,
    problemParam: "fileError",
    type: scanType,
    async load(recId, actor, permission) {
      const rec = RECORD_ID.test(recId)
        ? await db.recommendation.findFirst({
            where: { id: recId, ...recommendationScope(actor, permission) },
            select: { id: true, status: true, unitId: true, activityId: true, criticismCaseId: true, responseFileId: true, unit: { select: { path: true } } },
          })
        : null;
      return rec ? { entityType: "Recommendation", entityId: rec.id, unitId: rec.unitId, target: { unitPath: rec.unit.path }, rec } : null;
    },
    back: ({ rec }, query) => page(rec, query),
    precondition: ({ rec }) => (rec.status === "ANSWERED" ? null : "status"),
    // The file is written before the transaction (a file write is not a database call): an orphan file
    // without its row is harmless, a row without its file cannot happen.
    prepare: async (upload) => ({ sha256: storeBytes(upload.bytes), originalName: safeFileName(upload.name, "van-ban-tra-loi") }),
    async write(tx, { actor, loaded: { rec }, upload, prepared: { sha256, originalName } }) {
      const row = await tx.storedFile.create({
        data: { sha256, size: upload.bytes.byteLength, mimeType: upload.type, originalName, uploadedById: actor.userId },
      });
      const { count } = await tx.recommendation.updateMany({
        where: { id: rec.id, status: "ANSWERED" },
        data: { responseFileId: row.id, version: { increment: 1 } },
      });
      if (count !== 1) return "status";
      return {
        audit: {
          action: "recommendation.attach_response",
          entityType: "Recommendation",
          entityId: rec.id,
          unitId: rec.unitId,
          before: { responseFileId: rec.responseFileId },
          after: { responseFileId: row.id, sha256, originalName },
        },
        redirectTo: page(rec, "fileSaved=1"),
      };
    },
  });
}

/** /api/criticism/<id>/opinion.docx: the opinion in the Front's format (a draft until it is sent). */
export function criticismDocxResponse(id: string, url: URL): Promise<Response> {
  return docxDownload({
    id,
    url,
    // The opinion sums up what people said: its personal numbers masked unless asked in full (lib/privacy/export.ts).
    citizens: { unitPath: (c) => c.unit.path, mask: (c) => criticismForReader(c, false) },
    action: "criticism.docx",
    entityType: "CriticismCase",
    load: criticismDetail,
    document: (c) => criticismDocumentOf(c, today()),
    fileName: (c) => `van-ban-phan-bien-${c.unit.code}-${c.receivedOn.toISOString().slice(0, 10)}${c.opinionSentOn ? "" : "-du-thao"}.docx`,
  });
}
