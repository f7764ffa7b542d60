// Serving a stored file to those who may read the unit of the record it belongs to (an establishing
// decision, signed minutes, a response to a recommendation, a model's evidence), or to its uploader; each download is in the
// audit trail.
import "server-only";
import { db } from "../db";
import { getActor } from "../auth/current";
import { can } from "../auth/permissions";
import { readStored } from "./store";
import { RECORD_ID } from "../validation";
import { deniedResponse } from "../audit/denied-response";
import { auditChange } from "../audit/write";
import { requestContext } from "../request-context";

export async function handleFileDownload(id: string): Promise<Response> {
  const actor = await getActor();
  const denial = { action: "file.read", entityType: "StoredFile", entityId: RECORD_ID.test(id) ? id : null };
  if (!actor || !RECORD_ID.test(id)) return deniedResponse(actor, denial, actor ? "not-found" : undefined);
  const notFound = () => deniedResponse(actor, denial, "not-found-or-forbidden");
  const unit = { select: { unit: { select: { id: true, path: true } } } } as const;
  const file = await db.storedFile.findUnique({
    where: { id },
    include: { decisions: unit, minutesOf: unit, responses: unit, evidenceOf: { select: { model: unit } } },
  });
  if (!file) return notFound();
  const uploadedHere = file.uploadedById === actor.userId;
  const owners = [...file.decisions, ...file.minutesOf, ...file.responses, ...file.evidenceOf.map((e) => e.model)];
  const readable = owners.find((d) => can(actor, "unit.read", { unitPath: d.unit.path }));
  if (!uploadedHere && !readable) return notFound();
  let bytes: Buffer;
  try {
    bytes = readStored(file.sha256);
  } catch {
    return notFound();
  }
  await auditChange(
    db,
    actor,
    { action: "file.read", entityType: "StoredFile", entityId: file.id, unitId: (readable ?? owners[0])?.unit.id ?? null, after: { file: file.originalName } },
    await requestContext(),
  );
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Disposition": `inline; filename*=UTF-8''${encodeURIComponent(file.originalName)}`,
      "Content-Security-Policy": "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
