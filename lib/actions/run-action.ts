// The path of every write (docs/ARCHITECTURE.md): parse → actor → load the target and derive its unit on the
// server → can() (a denial is recorded) → write and audit in one transaction → result. Kept free of
// Next's request APIs so that tests drive it with a real database and a real actor.
import type { Db, Tx } from "../db";
import type { Actor } from "../auth/actor";
import { can, type Action, type Target } from "../auth/permissions";
import { indexChanges } from "../search/index";
import { auditChanges, recordDenial, type AuditContext, type AuditRecord } from "../audit/write";
import { logger } from "../log";
import { fieldErrorsOf, type z } from "../validation";
import { ConflictError, MESSAGES, RefusedError, type ActionResult } from "./result";
import { writeTransaction } from "./transaction";
import { CONFIRM_PERSONAL, personalNumbersIn } from "../privacy/detect";

export interface Loaded {
  /** Where the target sits, derived from the database, never from the form. */
  target?: Target;
  /** For the audit record. */
  entityType: string;
  entityId?: string | null;
  unitId?: string | null;
}

export interface WriteOutcome extends Omit<AuditRecord, "action"> {
  message?: string;
  table?: ActionResult["table"];
  data?: ActionResult["data"];
  /** Where to send the user after success (outside the action's try/catch). */
  redirectTo?: string;
  /** Further events of the same change (the tasks a meeting assigns), written with the action's own in one statement. */
  events?: AuditRecord[];
}

export interface ActionDefinition<S extends z.ZodType, L extends Loaded, P> {
  /** The audit action name, e.g. "user.create". */
  name: string;
  permission: Action;
  schema: S;
  /** Fields never echoed back (passwords). */
  secretFields?: string[];
  /**
   * The form fields of free text where a citizen's phone or identity number should not be typed (decision
   * 0039): a save that holds one asks the writer to move it to the marked fields or confirm it.
   */
  personalText?: RegExp;
  /**
   * Reads the target within the actor's reach for `permission` (the definition's own, lib/auth/records.ts
   * gives the clause of each record kind); null when it does not exist or is out of reach.
   */
  load: (db: Db, input: z.infer<S>, actor: Actor, permission: Action) => Promise<L | null>;
  /** Work that is not a database call (hashing) happens here, before the transaction opens. */
  prepare?: (input: z.infer<S>, loaded: L, actor: Actor) => Promise<P>;
  /** The writes; only tx.* is awaited inside. Throw ConflictError or RefusedError to roll back with a message. */
  write: (tx: Tx, args: { input: z.infer<S>; loaded: L; prepared: P; actor: Actor; ctx: AuditContext }) => Promise<WriteOutcome>;
}

export type RunResult = ActionResult & { redirectTo?: string };

export async function runAction<S extends z.ZodType, L extends Loaded, P>(
  db: Db,
  def: ActionDefinition<S, L, P>,
  raw: Record<string, unknown>,
  actor: Actor | null,
  ctx: AuditContext,
  { draft = false }: { draft?: boolean } = {},
): Promise<RunResult> {
  // The confirmation that numbers belong in the text is not part of any record.
  const { [CONFIRM_PERSONAL]: confirmed, ...fields } = raw;
  raw = fields;
  const secret = new Set(def.secretFields ?? []);
  const values = Object.fromEntries(Object.entries(raw).filter(([k, v]) => typeof v === "string" && !secret.has(k))) as Record<string, string>;
  const deny = async (formError: string, reason: string, loaded?: Loaded) => {
    await recordDenial(
      db,
      actor,
      {
        action: def.name,
        entityType: loaded?.entityType ?? def.name.split(".")[0],
        entityId: loaded?.entityId,
        unitId: loaded?.unitId,
        reason,
      },
      ctx,
    );
    return { ok: false, formError, values };
  };

  if (!actor) return deny(MESSAGES.unauthenticated, "no-session");
  const parsed = def.schema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), formError: MESSAGES.invalid, values };
  const input = parsed.data;
  // A background save (draft) keeps what was typed; the writer's own save asks about personal numbers.
  const numbers = def.personalText && !draft && confirmed !== "1" ? personalNumbersIn(raw, def.personalText) : null;
  if (numbers) return { ok: false, formError: MESSAGES.personalNumbers, fieldErrors: numbers, values, confirm: "personalNumbers" };

  const loaded = await def.load(db, input, actor, def.permission);
  if (!loaded) return deny(MESSAGES.notFound, "not-found");
  if (!can(actor, def.permission, loaded.target)) return deny(MESSAGES.notFound, "forbidden", loaded);

  const prepared = def.prepare ? await def.prepare(input, loaded, actor) : (undefined as P);
  try {
    const outcome = await writeTransaction(db, async (tx) => {
      const out = await def.write(tx, { input, loaded, prepared, actor, ctx });
      const { message: _m, table: _t, redirectTo: _r, data: _d, events = [], ...record } = out;
      await auditChanges(tx, actor, [{ ...record, action: def.name }, ...events], ctx);
      // What search finds of the records changed, in the same transaction (decision 0036).
      await indexChanges(tx, [record, ...events]);
      return out;
    });
    return { ok: true, message: outcome.message, table: outcome.table, data: outcome.data, redirectTo: outcome.redirectTo };
  } catch (error) {
    if (error instanceof ConflictError) return { ok: false, formError: MESSAGES.conflict, values };
    if (error instanceof RefusedError) return { ok: false, formError: error.formError, fieldErrors: error.fieldErrors, values };
    // The submission id's unique index refused a second copy (one form sent twice, racing): nothing was written twice.
    if (isDuplicateSubmission(error)) return { ok: false, formError: MESSAGES.duplicate, values };
    if (isStorageFull(error)) {
      // The transaction rolled back whole; the operator must free space (docs/OPERATIONS.md).
      logger.error("storage full", { action: def.name, requestId: ctx.requestId, error });
      return { ok: false, formError: MESSAGES.storageFull, values };
    }
    logger.error("action failed", { action: def.name, requestId: ctx.requestId, error });
    return { ok: false, formError: MESSAGES.failed, values };
  }
}

/** SQLite's "database or disk is full" (SQLITE_FULL, 13), PostgreSQL's "disk full" (53100), however wrapped. */
export function isStorageFull(error: unknown): boolean {
  for (let e = error as { message?: string; code?: string; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (/database or disk is full|SQLITE_FULL|No space left on device/i.test(String(e.message ?? "")) || e.code === "53100" || e.code === "SQLITE_FULL")
      return true;
  }
  return /database or disk is full|SQLITE_FULL|"53100"/.test(JSON.stringify(error, Object.getOwnPropertyNames(error ?? {})) ?? "");
}

/** A unique violation (P2002) on a `submissionId` column (SQLite names the fields, PostgreSQL the index). */
function isDuplicateSubmission(error: unknown): boolean {
  const e = error as { code?: string; meta?: unknown } | null;
  return e?.code === "P2002" && JSON.stringify(e.meta ?? {}).includes("submissionId");
}
