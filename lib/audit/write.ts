// Writing the audit trail. A change's event is written by the same transaction as the change
// (lib/actions/run-action.ts); a denial is written on its own, since nothing else is written.
import type { Db, Tx } from "../db";
import type { Actor } from "../auth/actor";

export interface AuditContext {
  requestId: string | null;
  address: string;
}

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId?: string | null;
  unitId?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** Who the actor was at the time, kept with the event so that it survives renames and role changes. */
export function actorSnapshot(actor: Actor | null): string {
  if (!actor) return JSON.stringify({ anonymous: true });
  return JSON.stringify({
    username: actor.username,
    displayName: actor.displayName,
    roles: actor.assignments.map((a) => ({ role: a.role, unit: `${a.unitCode} ${a.unitName}`, organisation: a.organisationName })),
  });
}

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

function data(actor: Actor | null, record: AuditRecord, outcome: "ALLOWED" | "DENIED", ctx: AuditContext, snapshot = actorSnapshot(actor)) {
  return {
    actorUserId: actor?.userId ?? null,
    actorSnapshot: snapshot,
    action: record.action,
    outcome,
    entityType: record.entityType,
    entityId: record.entityId ?? null,
    unitId: record.unitId ?? null,
    before: json(record.before),
    after: json(record.after),
    reason: record.reason ?? null,
    requestId: ctx.requestId,
    address: ctx.address,
  };
}

/**
 * The events of an allowed change, for the change's own transaction (interactive or array form): one
 * statement however many (a meeting and the tasks it assigns). A single event is a `create`: Prisma keeps
 * the compiled plan of a `create` for the next call, never that of a `createMany` (compiled every time).
 */
export function auditChanges(tx: Tx | Db, actor: Actor | null, records: AuditRecord[], ctx: AuditContext) {
  const snapshot = actorSnapshot(actor);
  const rows = records.map((record) => data(actor, record, "ALLOWED", ctx, snapshot));
  return rows.length === 1 ? tx.auditEvent.create({ data: rows[0], select: { id: true } }) : tx.auditEvent.createMany({ data: rows });
}

/** The event of an allowed change, for the change's own transaction (interactive or array form). */
export function auditChange(tx: Tx | Db, actor: Actor | null, record: AuditRecord, ctx: AuditContext) {
  return auditChanges(tx, actor, [record], ctx);
}

/** One denial record: who tried what on which record, and why it was refused. */
export function recordDenial(db: Db, actor: Actor | null, record: AuditRecord, ctx: AuditContext) {
  return db.auditEvent.create({ data: data(actor, record, "DENIED", ctx) });
}
