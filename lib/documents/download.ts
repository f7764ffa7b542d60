// Serving an official document as a DOCX download: the actor is required (a request without a session is
// recorded as a denial), the record is read within the actor's scope (out of scope is "not found"), the
// document is rendered from it, and the download is in the audit trail (as every download is). Citizens'
// data in it is masked unless asked in full with a reason by one who may see the record in full
// (lib/privacy/export.ts); then the document's first lines say who took it, when and why.
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
import { badRequest } from "../exports/respond";
import { citizenChoice, exportNote, FULL_REFUSED } from "../privacy/export";
import { seesInFull } from "../privacy/reader";

interface DocxDownload<T> {
  id: string;
  /** The request's address: `citizens=full&reason=…` asks for citizens' data in full. */
  url: URL;
  /** The audit action of a refused download, e.g. "report.docx". */
  action: string;
  entityType: string;
  load: (actor: Actor, id: string) => Promise<T | null>;
  document: (record: T) => OfficialDocument;
  fileName: (record: T) => string;
  /** The record's unit (who may see its citizens in full) and the record with its citizens masked. */
  citizens: { unitPath: (record: T) => string; mask: (record: T) => T };
}

export async function docxDownload<T>(d: DocxDownload<T>): Promise<Response> {
  const actor = await getActor();
  const denial = { action: d.action, entityType: d.entityType, entityId: RECORD_ID.test(d.id) ? d.id : null };
  if (!actor) return deniedResponse(null, denial);
  const choice = citizenChoice(d.url.searchParams);
  if ("error" in choice) return badRequest(choice.error);
  // Missing and out of scope answer alike (and are recorded alike: the record's unit is not revealed).
  const record = await d.load(actor, d.id);
  if (!record) return deniedResponse(actor, denial, "not-found-or-forbidden");
  if (choice.full && !seesInFull(actor, d.citizens.unitPath(record)))
    return deniedResponse(actor, { ...denial, after: { citizens: "full" } }, "citizen-full", FULL_REFUSED);
  const document = d.document(choice.full ? record : d.citizens.mask(record));
  if (choice.full) document.exportNote = exportNote(actor, choice.reason, new Date()).map(([k, v]) => `${k}: ${v}`);
  const bytes = await officialDocx(document);
  const fileName = choice.full ? d.fileName(record).replace(/\.docx$/, "-day-du.docx") : d.fileName(record);
  const r = record as { unitId?: string | null; unit?: { id?: string } };
  await auditChange(
    db,
    actor,
    {
      action: d.action,
      entityType: d.entityType,
      entityId: d.id,
      unitId: r.unitId ?? r.unit?.id ?? null,
      after: { file: fileName, ...(choice.full ? { citizens: "full" } : {}) },
      reason: choice.full ? choice.reason : null,
    },
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
