// The scheduled anonymisation (decision 0041): the mail runner runs it once a business day, and
// `npm run retention` by hand or from cron. Batches of records in their own transactions, each with its
// audit events and search documents; then one event that says what the run did. Running it again the same
// day changes nothing more.
import type { Db } from "../db";
import { writeTransaction } from "../actions/transaction";
import { auditChange, auditChanges } from "../audit/write";
import { indexChanges } from "../search/index";
import { toIsoDate } from "../time/business-date";
import type { RecordKind } from "./inventory";
import { anonymiseExpired, BATCH, RECORD_KINDS } from "./retention";

const SYSTEM = { requestId: "retention-job", address: "job" };

export async function runRetentionJob(db: Db, day: Date, now = new Date()): Promise<{ counts: Record<RecordKind, number>; total: number }> {
  const counts = Object.fromEntries(RECORD_KINDS.map((k) => [k, 0])) as Record<RecordKind, number>;
  for (;;) {
    const pass = await writeTransaction(db, async (tx) => {
      const done = await anonymiseExpired(tx, day, now);
      if (done.events.length) {
        await auditChanges(tx, null, done.events, SYSTEM);
        await indexChanges(tx, done.events);
      }
      return done.counts;
    });
    for (const kind of RECORD_KINDS) counts[kind] += pass[kind];
    if (!RECORD_KINDS.some((k) => pass[k] >= BATCH)) break;
  }
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  await auditChange(
    db,
    null,
    { action: "privacy.retention_run", entityType: "Retention", entityId: toIsoDate(day), after: { counts, scheduled: true } },
    SYSTEM,
  );
  return { counts, total };
}
