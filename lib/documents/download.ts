// Serving an official document as a DOCX download: the actor is required (a request without a session is
// recorded as a denial), the record is read within the actor's scope (out of scope is "not found"), and the
// document is rendered from it.
import "server-only";
import { db } from "../db";
import type { Actor } from "../auth/actor";
import { getActor } from "../auth/current";
import { recordDenial } from "../audit/write";
import { requestContext } from "../request-context";
import { notFoundResponse } from "../exports/respond";
import { RECORD_ID } from "../validation";
import { officialDocx } from "./official-docx";
import type { OfficialDocument } from "./official";

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
  if (!actor) {
    await recordDenial(db, null, { action: d.action, entityType: d.entityType, entityId: RECORD_ID.test(d.id) ? d.id : null, reason: "no-session" }, await requestContext());
    return new Response("Cần đăng nhập.", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const record = await d.load(actor, d.id);
  if (!record) return notFoundResponse();
  const bytes = await officialDocx(d.document(record));
  return new Response(bytes as unknown as BodyInit, {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": `attachment; filename="${d.fileName(record)}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
