// Serving an official document as a DOCX download: the actor is required (a request without a session is
// recorded as a denial), the record is read within the actor's scope (out of scope is "not found"), the
// document is rendered from it, and the download is in the audit trail (as every download is).
import "server-only";
import type { Actor } from "../auth/actor";
import { getActor } from "../auth/current";
import { RECORD_ID } from "../validation";
import { officialDocx } from "./official-docx";
import type { OfficialDocument } from "./official";
import { deniedResponse } from "../audit/denied-response";
import { auditChange } from "../audit/write";
import { db } from "../db";
import { requestContext } from "../request-context";

interface DocxDownload<T> {
  id: string;
  /** The audit action of a refused download, e.g. "report.docx". */
  action: string;
  entityType: string;
  load: (actor: Actor, id: string) => Promise<T | null>;
  document: (record: T) => OfficialDocument;
  fileName: (record: T) => string;
}

export async function docxDownload<T>(d: DocxDownload<T>): Promise<Response> {
  const actor = await getActor();
  const denial = { action: d.action, entityType: d.entityType, entityId: RECORD_ID.test(d.id) ? d.id : null };
  if (!actor) return deniedResponse(null, denial);
  // Missing and out of scope answer alike (and are recorded alike: the record's unit is not revealed).
  const record = await d.load(actor, d.id);
  if (!record) return deniedResponse(actor, denial, "not-found-or-forbidden");
  const bytes = await officialDocx(d.document(record));
  const fileName = d.fileName(record);
  const r = record as { unitId?: string | null; unit?: { id?: string } };
  await auditChange(
    db,
    actor,
    { action: d.action, entityType: d.entityType, entityId: d.id, unitId: r.unitId ?? r.unit?.id ?? null, after: { file: fileName } },
    await requestContext(),
  );
  return new Response(bytes as unknown as BodyInit, {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
