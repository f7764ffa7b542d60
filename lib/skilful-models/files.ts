// A model's evidence (documents and photos) through the upload path (lib/files/upload-route.ts): PDF or an
// image, at most 20 MB, its type told from its bytes; by those who may register the model.
import "server-only";
import { db } from "../db";
import { runUpload } from "../files/upload-route";
import { safeFileName } from "../files/upload";
import { MAX_SCAN_BYTES, scanType, storeBytes } from "../files/store";
import { unitScope } from "../auth/scope";
import { RECORD_ID } from "../validation";

export function handleEvidenceUpload(request: Request, id: string): Promise<Response> {
  return runUpload(request, id, {
    action: "model.add_evidence",
    permission: "model.register",
    field: "evidence",
    limit: MAX_SCAN_BYTES,
    problemParam: "evidenceError",
    type: scanType,
    async load(modelId, actor, permission) {
      const model = RECORD_ID.test(modelId)
        ? await db.skilfulModel.findFirst({
            where: { id: modelId, unit: unitScope(actor, permission) },
            select: { id: true, unitId: true, organisationId: true, unit: { select: { path: true } } },
          })
        : null;
      return model
        ? {
            entityType: "SkilfulModel",
            entityId: model.id,
            unitId: model.unitId,
            target: { unitPath: model.unit.path, organisationId: model.organisationId },
            model,
          }
        : null;
    },
    back: ({ model }, query) => `/models/${model.id}?${query}`,
    // Written before the transaction: an orphan file without its row is harmless, a row without its file cannot happen.
    prepare: async (upload) => ({ sha256: storeBytes(upload.bytes), originalName: safeFileName(upload.name, "minh-chung") }),
    async write(tx, { actor, loaded: { model }, upload, prepared: { sha256, originalName } }) {
      const file = await tx.storedFile.create({
        data: { sha256, size: upload.bytes.byteLength, mimeType: upload.type, originalName, uploadedById: actor.userId },
        select: { id: true },
      });
      await tx.modelEvidence.create({ data: { modelId: model.id, fileId: file.id }, select: { id: true } });
      return {
        audit: {
          action: "model.add_evidence",
          entityType: "SkilfulModel",
          entityId: model.id,
          unitId: model.unitId,
          after: { fileId: file.id, originalName, sha256 },
        },
        redirectTo: `/models/${model.id}?evidenceSaved=1`,
      };
    },
  });
}
