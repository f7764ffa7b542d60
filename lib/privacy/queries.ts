// What the privacy administration page reads: the recent runs of the anonymisation, from the audit trail.
import "server-only";
import { db } from "../db";
import { parseAuditJson } from "../audit/queries";
import { RECORD_KIND_LABEL, type RecordKind } from "./inventory";

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
