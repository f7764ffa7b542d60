// Files of supervision: filing the response document of an answered recommendation through the upload path
// (lib/files/upload-route.ts), the criticism opinion and the year's plan as DOCX.
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
import type { Actor } from "../auth/actor";
import { unitScope } from "../auth/scope";
import { documentNumber } from "../registers/queries";
import { planDocumentOf } from "./plan-document";

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

/** A commune's plan within the reader's scope, with its number in the Front committee's register. */
async function planForDocument(actor: Actor, id: string) {
  if (!RECORD_ID.test(id)) return null;
  const plan = await db.supervisionPlan.findFirst({
    where: { id, unit: unitScope(actor, "unit.read") },
    include: {
      unit: { select: { id: true, code: true, name: true, type: true, path: true } },
      items: { orderBy: { sortOrder: "asc" }, include: { leadOrganisation: { select: { name: true } } } },
    },
  });
  return plan && { ...plan, number: await documentNumber("SupervisionPlan", plan.id, { unit: plan.unit, kind: "FRONT_COMMITTEE" }) };
}

/** /api/supervision-plans/<id>/plan.docx: the year's plan in the Front committee's format (a draft until approved and numbered). */
export function planDocxResponse(id: string, url: URL): Promise<Response> {
  return docxDownload({
    id,
    url,
    // A plan names bodies and subjects, no citizen (lib/privacy/inventory.ts): nothing to mask.
    citizens: { unitPath: (p) => p.unit.path, mask: (p) => p },
    action: "supervision_plan.docx",
    entityType: "SupervisionPlan",
    load: planForDocument,
    document: (p) => planDocumentOf(p, today()),
    fileName: (p) => `ke-hoach-giam-sat-${p.unit.code}-${p.year}${p.number.current ? "" : "-du-thao"}.docx`,
  });
}
