// What the privacy administration pages read: the retention settings and what waits, the recent runs of the
// anonymisation (from the audit trail), and a person's request's search.
import "server-only";
import { db } from "../db";
import { parseAuditJson } from "../audit/queries";
import { RECORD_KIND_LABEL, type RecordKind } from "./inventory";
import type { Actor } from "../auth/actor";
import { auditChange } from "../audit/write";
import { requestContext } from "../request-context";
import { findPerson, type PersonQuery } from "./person";
import { dueCounts } from "./retention";

export async function retentionRuns(take: number) {
  const events = await db.auditEvent.findMany({
    where: { action: "privacy.retention_run", outcome: "ALLOWED" },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take,
  });
  return events.map((e) => {
    const actor = parseAuditJson(e.actorSnapshot);
    const counts = (parseAuditJson(e.after)?.counts ?? {}) as Partial<Record<RecordKind, number>>;
    const done = Object.entries(counts).filter(([, n]) => Number(n) > 0);
    return {
      id: e.id,
      at: e.occurredAt,
      by: e.actorUserId ? String(actor?.displayName ?? "") : "Bộ chạy nền",
      summary: done.length
        ? `Ẩn danh ${done.reduce((a, [, n]) => a + Number(n), 0)} hồ sơ: ${done.map(([k, n]) => `${RECORD_KIND_LABEL[k as RecordKind].toLowerCase()} ${n}`).join(", ")}`
        : "Không có hồ sơ nào hết hạn",
    };
  });
}

/** The retention page: each kind's setting and how many records wait for anonymisation on `day`. */
export async function retentionOverview(day: Date) {
  const [policies, due] = await Promise.all([db.retentionPolicy.findMany(), dueCounts(db, day)]);
  return { policy: new Map(policies.map((p) => [p.kind, p])), due };
}

/** A person's request: the records naming them, the search itself audited with the request's basis (not the name sought). */
export async function searchPerson(actor: Actor, person: PersonQuery, reason: string) {
  const result = await findPerson(db, person);
  await auditChange(
    db,
    actor,
    {
      action: "privacy.person_search",
      entityType: "PersonRequest",
      after: { name: Boolean(person.name), number: Boolean(person.digits), records: result.hits.length },
      reason,
    },
    await requestContext(),
  );
  return result;
}
