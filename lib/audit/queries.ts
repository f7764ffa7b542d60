// Reading a record's history. The caller has already checked that the actor may see the record itself.
import "server-only";
import { db } from "../db";

export interface HistoryChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface HistoryEntry {
  id: string;
  occurredAt: Date;
  action: string;
  outcome: "ALLOWED" | "DENIED";
  actorName: string;
  reason: string | null;
  changes: HistoryChange[];
}

export function parseAuditJson(json: string | null): Record<string, unknown> | null {
  if (!json) return null;
  try {
    const value = JSON.parse(json) as unknown;
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
  } catch {
    return null;
  }
}

/** The fields that differ between before and after (all of after for a creation). */
export function changesOf(before: Record<string, unknown> | null, after: Record<string, unknown> | null): HistoryChange[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys]
    .filter((k) => JSON.stringify(before?.[k]) !== JSON.stringify(after?.[k]))
    .map((field) => ({ field, before: before?.[field] ?? null, after: after?.[field] ?? null }));
}

export async function historyOf(entityType: string, entityId: string, { includeDenials = false, limit = 100 } = {}): Promise<HistoryEntry[]> {
  const events = await db.auditEvent.findMany({
    where: { entityType, entityId, ...(includeDenials ? {} : { outcome: "ALLOWED" }) },
    orderBy: { occurredAt: "desc" },
    take: limit,
  });
  return events.map((e) => {
    const actor = parseAuditJson(e.actorSnapshot);
    return {
      id: e.id,
      occurredAt: e.occurredAt,
      action: e.action,
      outcome: e.outcome,
      actorName: actor?.anonymous ? "(chưa đăng nhập)" : `${String(actor?.displayName ?? "")} (${String(actor?.username ?? "")})`,
      reason: e.reason,
      changes: changesOf(parseAuditJson(e.before), parseAuditJson(e.after)),
    };
  });
}
