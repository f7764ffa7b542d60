// Keeping citizens' data only as long as allowed (decision 0041): each kind of record keeps it for the years
// the administrator set (default 5) after the record closed; then its citizen fields (lib/privacy/inventory.ts)
// are anonymised, with their copies (the audit trail's before and after, notifications and mails about the
// record, the search index), and the record, its dates, statuses and figures stay. A record is anonymised
// once (`anonymisedAt`): a second run finds nothing more to do. Runs inside the caller's transaction.
import type { Db, Tx } from "../db";
import type { AuditRecord } from "../audit/write";
import { addDays } from "../time/business-date";
import { FIELDS, type RecordKind } from "./inventory";

export const DEFAULT_RETENTION_YEARS = 5;
export const RETENTION_YEARS = { min: 1, max: 50 } as const;
export const ANONYMISED = "[Đã ẩn danh khi hết thời hạn lưu trữ]";
/** Records anonymised in one transaction per kind. */
export const BATCH = 200;

/** The marked fields of a citizen's identity: emptied, not replaced by a text. */
const MARKED = new Set(["citizenName", "citizenPhone", "citizenIdNumber", "citizenAddress", "citizenNameFolded"]);

/** Each kind's record (its root model and audit entity type) and the models holding its citizen text, by the column that names the record. */
export const RECORDS: Record<RecordKind, { entityType: string; parts: { model: string; key: string }[] }> = {
  meeting: {
    entityType: "Meeting",
    parts: [
      { model: "Meeting", key: "id" },
      { model: "AgendaItem", key: "meetingId" },
    ],
  },
  contribution: { entityType: "Contribution", parts: [{ model: "Contribution", key: "id" }] },
  task: { entityType: "Task", parts: [{ model: "Task", key: "id" }] },
  report: {
    entityType: "Report",
    parts: [
      { model: "Report", key: "id" },
      { model: "ReportIssue", key: "reportId" },
      { model: "ReportRecommendation", key: "reportId" },
      { model: "ReportReview", key: "reportId" },
    ],
  },
  supervision: { entityType: "SupervisionActivity", parts: [{ model: "SupervisionActivity", key: "id" }] },
  recommendation: {
    entityType: "Recommendation",
    parts: [
      { model: "Recommendation", key: "id" },
      { model: "RecommendationNote", key: "recommendationId" },
    ],
  },
  criticism: { entityType: "CriticismCase", parts: [{ model: "CriticismCase", key: "id" }] },
};

export const RECORD_KINDS = Object.keys(RECORDS) as RecordKind[];

/** The citizen fields of a kind, by model, as the inventory decides them. */
export function citizenFieldsOf(kind: RecordKind): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [name, d] of Object.entries(FIELDS)) {
    if (d.class !== "citizen" || d.kind !== kind) continue;
    const [model, field] = name.split(".");
    out.set(model, [...(out.get(model) ?? []), field]);
  }
  return out;
}

/** The day `years` before `day`: records closed before it have had their time. */
export function cutoffOf(day: Date, years: number): Date {
  return new Date(Date.UTC(day.getUTCFullYear() - years, day.getUTCMonth(), day.getUTCDate()));
}

/** Which records of a kind closed before `cutoff` and still hold their citizens' data (a record under way never has). */
export function closedBefore(kind: RecordKind, cutoff: Date): Record<string, unknown> {
  const lt = { lt: cutoff };
  const base = { anonymisedAt: null };
  switch (kind) {
    case "meeting":
      return {
        ...base,
        OR: [
          { status: "APPROVED", approvedAt: lt },
          { status: { in: ["CANCELLED", "POSTPONED"] }, heldOn: lt },
        ],
      };
    case "contribution":
      // A week's contribution closes with its week.
      return { ...base, weekStart: { lt: addDays(cutoff, -7) } };
    case "task":
      return { ...base, status: { in: ["VERIFIED", "CANCELLED", "TRANSFERRED"] }, OR: [{ closedOn: lt }, { closedOn: null, updatedAt: lt }] };
    case "report":
      return { ...base, status: "ACCEPTED", acceptedAt: lt };
    case "supervision":
      return { ...base, status: { in: ["CLOSED", "CANCELLED"] }, OR: [{ resultReportOn: lt }, { resultReportOn: null, endOn: lt }] };
    case "recommendation":
      return {
        ...base,
        status: { not: "OPEN" },
        OR: [{ closedOn: lt }, { closedOn: null, respondedOn: lt }, { closedOn: null, respondedOn: null, escalatedOn: lt }],
      };
    case "criticism":
      return { ...base, status: "CLOSED", OR: [{ explanationOn: lt }, { explanationOn: null, opinionSentOn: lt }] };
  }
}

type Delegate = {
  findMany(args: object): Promise<Record<string, unknown>[]>;
  count(args: object): Promise<number>;
  updateMany(args: object): Promise<{ count: number }>;
  update(args: object): Promise<unknown>;
};
const delegate = (client: Tx | Db, model: string) => (client as unknown as Record<string, Delegate>)[model[0].toLowerCase() + model.slice(1)];

/** The years each kind keeps its citizens' data: the administrator's setting, or the default. */
export async function retentionYears(client: Tx | Db): Promise<Record<RecordKind, number>> {
  const set = new Map((await client.retentionPolicy.findMany()).map((p) => [p.kind, p.years]));
  return Object.fromEntries(RECORD_KINDS.map((k) => [k, set.get(k) ?? DEFAULT_RETENTION_YEARS])) as Record<RecordKind, number>;
}

/** How many records of each kind have had their time on `day` and wait for anonymisation. */
export async function dueCounts(client: Tx | Db, day: Date): Promise<Record<RecordKind, number>> {
  const years = await retentionYears(client);
  const out = {} as Record<RecordKind, number>;
  for (const kind of RECORD_KINDS)
    out[kind] = await delegate(client, RECORDS[kind].entityType).count({ where: closedBefore(kind, cutoffOf(day, years[kind])) });
  return out;
}

/** Every string under a key in `keys` replaced (recursively, in lists and objects): an audit entry's copy of citizen text. */
function scrub(value: unknown, keys: Set<string>, inside = false): unknown {
  if (typeof value === "string") return inside && value ? ANONYMISED : value;
  if (Array.isArray(value)) return value.map((v) => scrub(v, keys, inside));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, MARKED.has(k) && typeof v === "string" ? "" : scrub(v, keys, inside || keys.has(k))]));
  return value;
}

function scrubJson(text: string | null, keys: Set<string>): string | null {
  if (text === null) return null;
  try {
    return JSON.stringify(scrub(JSON.parse(text), keys));
  } catch {
    return ANONYMISED;
  }
}

/**
 * Anonymises these records of a kind: their citizen fields, the copies in the audit trail, in notifications
 * and in mails; marks them. Returns one audit record per record (the caller writes them and refreshes the
 * search index from them, in the same transaction). `why` says what asked for it (the retention period or a
 * person's request).
 */
export async function anonymise(tx: Tx, kind: RecordKind, ids: string[], at: Date, why: Record<string, unknown>): Promise<AuditRecord[]> {
  if (!ids.length) return [];
  const { entityType, parts } = RECORDS[kind];
  const fields = citizenFieldsOf(kind);
  for (const part of parts) {
    const client = delegate(tx, part.model);
    for (const field of fields.get(part.model) ?? []) {
      const where = { [part.key]: { in: ids }, [field]: { gt: "" } };
      if (part.model === "Report" && field === "blocWork") {
        // The bloc's work is one text per work group, kept as JSON: each text replaced, the groups kept.
        for (const row of await client.findMany({ where, select: { id: true, blocWork: true } })) {
          const work = JSON.parse(String(row.blocWork)) as Record<string, string>;
          const blank = Object.fromEntries(Object.entries(work).map(([k, v]) => [k, v ? ANONYMISED : v]));
          await client.update({ where: { id: row.id }, data: { blocWork: JSON.stringify(blank) } });
        }
      } else await client.updateMany({ where, data: { [field]: MARKED.has(field) ? "" : ANONYMISED } });
    }
  }
  const root = delegate(tx, entityType);
  await root.updateMany({ where: { id: { in: ids } }, data: { anonymisedAt: at, version: { increment: 1 } } });
  const rows = (await root.findMany({ where: { id: { in: ids } }, select: { id: true, unitId: true } })) as { id: string; unitId: string }[];

  // The copies: the audit trail's before and after of these records (the citizen fields' values) and its
  // reasons, the notifications about them, and the mails whose key names them.
  const keys = new Set([...fields.values()].flat());
  const events = await tx.auditEvent.findMany({ where: { entityType, entityId: { in: ids } }, select: { id: true, before: true, after: true, reason: true } });
  for (const e of events) {
    const data = { before: scrubJson(e.before, keys), after: scrubJson(e.after, keys), reason: e.reason ? ANONYMISED : null };
    if (data.before !== e.before || data.after !== e.after || data.reason !== e.reason)
      await tx.auditEvent.update({ where: { id: e.id }, data, select: { id: true } });
  }
  await tx.notification.updateMany({ where: { entityType, entityId: { in: ids } }, data: { title: ANONYMISED } });
  await tx.outboundMail.updateMany({
    where: { OR: ids.map((id) => ({ key: { contains: id } })) },
    data: { subject: ANONYMISED, text: ANONYMISED, html: ANONYMISED },
  });
  return rows.map((r) => ({ action: "privacy.anonymise", entityType, entityId: r.id, unitId: r.unitId, after: { kind, ...why } }));
}

/** One pass over the records that have had their time: at most `limit` of each kind. */
export async function anonymiseExpired(tx: Tx, day: Date, at: Date, limit = BATCH): Promise<{ counts: Record<RecordKind, number>; events: AuditRecord[] }> {
  const years = await retentionYears(tx);
  const counts = {} as Record<RecordKind, number>;
  const events: AuditRecord[] = [];
  for (const kind of RECORD_KINDS) {
    const due = await delegate(tx, RECORDS[kind].entityType).findMany({
      where: closedBefore(kind, cutoffOf(day, years[kind])),
      select: { id: true },
      orderBy: { id: "asc" },
      take: limit,
    });
    const done = await anonymise(
      tx,
      kind,
      due.map((r) => String(r.id)),
      at,
      { retentionYears: years[kind] },
    );
    counts[kind] = done.length;
    events.push(...done);
  }
  // A digest mail lists many records: kept no longer than the shortest period.
  const shortest = cutoffOf(day, Math.min(...Object.values(years)));
  await tx.outboundMail.updateMany({
    where: { createdAt: { lt: shortest }, status: { not: "PENDING" }, text: { not: ANONYMISED } },
    data: { subject: ANONYMISED, text: ANONYMISED, html: ANONYMISED },
  });
  return { counts, events };
}
