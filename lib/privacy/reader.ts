// What a reader sees of citizens' data (decision 0039): in full for those working the record (the
// "citizen.full" permission on its unit), each such view of a record that names a citizen written to the
// audit trail; masked for everyone else (lib/privacy/present.ts).
import "server-only";
import type { Actor } from "../auth/actor";
import { can, type PermissionSubject } from "../auth/permissions";
import { auditChange, type AuditContext } from "../audit/write";
import { db } from "../db";
import { requestContext } from "../request-context";
import { hasCitizen, type CitizenFields } from "./fields";

export const seesInFull = (actor: PermissionSubject, unitPath: string) => can(actor, "citizen.full", { unitPath });

/** Writes that `actor` saw the citizens of a record in full, when it names any (a page view, not a change). */
export async function auditFullView(
  actor: Actor,
  record: { entityType: string; entityId: string; unitId: string },
  citizens: CitizenFields[],
  ctx?: AuditContext,
) {
  const named = citizens.filter(hasCitizen).length;
  if (!named) return;
  await auditChange(db, actor, { action: "citizen.view", ...record, after: { citizens: named } }, ctx ?? (await requestContext()));
}
