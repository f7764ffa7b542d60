// The one path of a file upload, beside the action path (lib/actions/run-action.ts) and answering the same
// way: authenticate (an account on a temporary password is refused, as forms refuse it), load the record
// and authorise on it (a refusal is recorded and answers 404, or 401 without a session), check the origin,
// read the file with its size limited while streaming and its type told from its content, then write the
// rows and the audit event in one transaction. Problems the person can fix go back to the page as a code
// in the query (`<param>=size|type|empty|form|status|…`), which the page turns into a message.
import "server-only";
import type { Tx } from "../db";
import { db } from "../db";
import type { Actor } from "../auth/actor";
import { getActor } from "../auth/current";
import { can, type Action, type Target } from "../auth/permissions";
import { auditChange, type AuditContext, type AuditRecord } from "../audit/write";
import { deniedResponse } from "../audit/denied-response";
import { writeTransaction } from "../actions/transaction";
import { requestContext, sameOrigin, seeOther } from "../request-context";
import { readUploadedFile } from "./upload";

export interface UploadLoaded {
  entityType: string;
  entityId?: string;
  unitId?: string;
  target?: Target;
}

export interface Upload<T> {
  name: string;
  bytes: Uint8Array;
  /** What the definition's `type` told from the content. */
  type: T;
}

export interface UploadDefinition<L extends UploadLoaded, T, P = undefined> {
  /** The audit action of the upload, and of its refusals. */
  action: string;
  permission: Action;
  /** The form's file field, and the largest file accepted. */
  field: string;
  limit: number;
  /** The record the file belongs to within the actor's reach for `permission` (lib/auth/records.ts), or null (refused as not found). */
  load(id: string, actor: Actor, permission: Action): Promise<L | null>;
  /** The page to go back to with a problem's code in `query`. */
  back(loaded: L, query: string): string;
  /** The query parameter that carries a problem's code back to the page. */
  problemParam: string;
  /** A problem with the record as it is (e.g. not approved yet), before the body is read. */
  precondition?(loaded: L): string | null;
  /** The file's type from its bytes, or null (refused as "type"). */
  type(bytes: Uint8Array): T | null;
  /** Work outside the transaction (storing the file, parsing it); `{ problem }` goes back to the page. */
  prepare?(upload: Upload<T>, loaded: L): Promise<P | { problem: string }>;
  /** The rows; the audit event it returns is written in the same transaction. A problem code instead rolls them back. */
  write(
    tx: Tx,
    args: { actor: Actor; loaded: L; upload: Upload<T>; prepared: P; ctx: AuditContext },
  ): Promise<{ audit: AuditRecord; redirectTo: string } | string>;
}

export async function runUpload<L extends UploadLoaded, T, P = undefined>(request: Request, id: string, def: UploadDefinition<L, T, P>): Promise<Response> {
  const ctx = await requestContext();
  const actor = await getActor();
  const refused = (reason: string | undefined, loaded?: L | null) =>
    deniedResponse(actor, { action: def.action, entityType: loaded?.entityType ?? "StoredFile", entityId: loaded?.entityId, unitId: loaded?.unitId }, reason);
  if (!actor) return refused(undefined);
  if (actor.mustChangePassword) return refused("must-change-password");
  const loaded = await def.load(id, actor, def.permission);
  if (!loaded) return refused("not-found");
  if (!can(actor, def.permission, loaded.target)) return refused("forbidden", loaded);
  if (!sameOrigin(request)) return new Response("Yêu cầu không hợp lệ.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const problem = (code: string) => seeOther(def.back(loaded, `${def.problemParam}=${encodeURIComponent(code)}`));
  const early = def.precondition?.(loaded);
  if (early) return problem(early);
  const read = await readUploadedFile(request, def.field, def.limit);
  if (!read.ok) return problem(read.problem);
  const type = def.type(read.bytes);
  if (type === null) return problem("type");
  const upload = { name: read.name, bytes: read.bytes, type };
  const ready = def.prepare ? await def.prepare(upload, loaded) : (undefined as P);
  if (ready && typeof ready === "object" && "problem" in ready) return problem(ready.problem);
  const prepared = ready as P;
  try {
    const outcome = await writeTransaction(db, async (tx) => {
      const done = await def.write(tx, { actor, loaded, upload, prepared, ctx });
      // A problem found inside the transaction (the record changed meanwhile) keeps none of its rows.
      if (typeof done === "string") throw new UploadProblem(done);
      await auditChange(tx, actor, { ...done.audit, action: def.action }, ctx);
      return done;
    });
    return seeOther(outcome.redirectTo);
  } catch (error) {
    if (error instanceof UploadProblem) return problem(error.code);
    throw error;
  }
}

class UploadProblem extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}
