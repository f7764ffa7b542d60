// A person's request about their data (decision 0042): every record whose citizen fields name them, found
// by name (accent- and case-insensitive, whole words) and by identity or phone number (with or without
// separators): the report issues' marked fields, the search index's folded text, and the citizen fields of
// every kind of record (lib/privacy/inventory.ts) as typed. Each candidate is checked against its own fields,
// so a hit says where the person is named. Reads only (the folded names of older issues are filled in).
import type { Db } from "../db";
import { fold } from "../text/fold";
import type { RecordKind } from "./inventory";
import { citizenFieldsOf, RECORD_KINDS, RECORDS } from "./retention";

export interface PersonQuery {
  name: string;
  folded: string;
  digits: string;
}

export function parsePersonQuery(rawName: string, rawId: string): PersonQuery | { error: string } {
  const name = rawName.normalize("NFC").replace(/\s+/g, " ").trim();
  const folded = fold(name);
  const digits = rawId.replace(/[\s.-]/g, "").replace(/^\+84/, "0");
  if (!name && !digits) return { error: "Nhập họ tên hoặc số định danh, số điện thoại của người yêu cầu." };
  if (name.length > 120) return { error: "Họ tên quá dài (tối đa 120 ký tự)." };
  if (name && folded.split(" ").length < 2) return { error: "Nhập đủ họ và tên (ít nhất hai tiếng), để không lẫn với người khác." };
  if (digits && !/^(\d{9}|0\d{9}|\d{12})$/.test(digits))
    return { error: "Số định danh gồm 9 hoặc 12 chữ số; số điện thoại gồm 10 chữ số bắt đầu bằng 0 (hoặc +84)." };
  return { name, folded, digits };
}

/** The ways a number is written in free text: whole, or a phone in groups of 4-3-3, an identity number in groups of three. */
function numberForms(digits: string): string[] {
  if (!digits) return [];
  const groups = digits.length === 10 ? [digits.slice(0, 4), digits.slice(4, 7), digits.slice(7)] : digits.match(/\d{3}/g)!;
  return [digits, ...[" ", ".", "-"].map((sep) => groups.join(sep))];
}

/** Whether a text names the person: the folded name as whole words, or the number with or without separators. */
export function names(text: string, q: PersonQuery): boolean {
  if (!text) return false;
  if (q.folded && ` ${fold(text)} `.includes(` ${q.folded} `)) return true;
  return (
    Boolean(q.digits) &&
    text
      .replace(/(?<=\d)[\s.-](?=\d)/g, "")
      .replace(/\+84(?=\d{9})/g, "0")
      .includes(q.digits)
  );
}

export interface PersonHit {
  kind: RecordKind;
  id: string;
  unit: { code: string; name: string };
  date: Date;
  status: string | null;
  underReview: boolean;
  anonymised: boolean;
  href: string;
  /** Where the person is named: the field and its value. */
  found: { field: string; value: string }[];
  /** A report's issues that name the person in their marked fields (for correction). */
  issues: { id: string; citizenName: string; citizenPhone: string; citizenIdNumber: string; citizenAddress: string }[];
}

/** A record still being worked or under review, which nobody may anonymise or correct until it is decided. */
export function underReview(kind: RecordKind, status: string | null): boolean {
  return (
    (kind === "report" && status === "SUBMITTED") || (kind === "meeting" && status === "MINUTES_SUBMITTED") || (kind === "task" && status === "DONE_REPORTED")
  );
}

const DATE_FIELD: Record<RecordKind, string> = {
  meeting: "heldOn",
  contribution: "weekStart",
  task: "assignedOn",
  report: "periodEnd",
  supervision: "startOn",
  recommendation: "sentOn",
  criticism: "receivedOn",
};

const SEARCH_KIND: Record<string, RecordKind> = {
  MEETING: "meeting",
  TASK: "task",
  REPORT: "report",
  RECOMMENDATION: "recommendation",
  CRITICISM: "criticism",
};

type Row = Record<string, unknown>;
type Delegate = { findMany(args: object): Promise<Row[]>; update(args: object): Promise<unknown> };
const delegate = (db: Db, model: string) => (db as unknown as Record<string, Delegate>)[model[0].toLowerCase() + model.slice(1)];

export const PERSON_LIMIT = 200;

export async function findPerson(db: Db, q: PersonQuery): Promise<{ hits: PersonHit[]; truncated: boolean }> {
  // Issues saved before the folded name existed get it now (derived data; nothing a user wrote changes).
  for (;;) {
    const stale = await db.reportIssue.findMany({
      where: { citizenName: { not: "" }, citizenNameFolded: "" },
      select: { id: true, citizenName: true },
      take: 500,
    });
    for (const i of stale) await db.reportIssue.update({ where: { id: i.id }, data: { citizenNameFolded: fold(i.citizenName) } });
    if (stale.length < 500) break;
  }
  const candidates = new Map<RecordKind, Set<string>>(RECORD_KINDS.map((k) => [k, new Set<string>()]));
  const add = (kind: RecordKind, id: unknown) => candidates.get(kind)!.add(String(id));
  const forms = numberForms(q.digits);
  const marked = await db.reportIssue.findMany({
    where: {
      OR: [
        ...(q.folded ? [{ citizenNameFolded: { contains: q.folded } }] : []),
        ...(q.digits ? [{ citizenPhone: q.digits }, { citizenIdNumber: q.digits }] : []),
      ],
    },
    select: { reportId: true },
    take: PERSON_LIMIT * 5,
  });
  for (const i of marked) add("report", i.reportId);
  const indexed = await db.searchDocument.findMany({
    where: {
      kind: { in: Object.keys(SEARCH_KIND) as never },
      OR: [...(q.folded ? [{ folded: { contains: q.folded } }] : []), ...forms.map((f) => ({ body: { contains: f } }))],
    },
    select: { kind: true, recordId: true },
    take: PERSON_LIMIT * 5,
  });
  for (const d of indexed) add(SEARCH_KIND[d.kind], d.recordId);
  // Every citizen field as typed: the text outside the search index (discussion, contributions, supervision).
  const typed = [...(q.name ? [q.name] : []), ...forms];
  for (const kind of RECORD_KINDS) {
    for (const part of RECORDS[kind].parts) {
      const fields = citizenFieldsOf(kind).get(part.model) ?? [];
      if (!fields.length) continue;
      const rows = await delegate(db, part.model).findMany({
        where: { OR: fields.flatMap((f) => typed.map((t) => ({ [f]: { contains: t } }))) },
        select: { [part.key]: true },
        take: PERSON_LIMIT * 5,
      });
      for (const r of rows) add(kind, r[part.key]);
    }
  }

  const hits: PersonHit[] = [];
  for (const kind of RECORD_KINDS) {
    const ids = [...candidates.get(kind)!];
    if (!ids.length) continue;
    const { entityType, parts } = RECORDS[kind];
    const roots = await delegate(db, entityType).findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        anonymisedAt: true,
        [DATE_FIELD[kind]]: true,
        unit: { select: { code: true, name: true } },
        ...(kind === "contribution" ? {} : { status: true }),
        ...(kind === "recommendation" ? { activityId: true, criticismCaseId: true } : {}),
      },
    });
    const found = new Map<string, { field: string; value: string }[]>(ids.map((id) => [id, []]));
    const issues = new Map<string, PersonHit["issues"]>();
    for (const part of parts) {
      const fields = (citizenFieldsOf(kind).get(part.model) ?? []).filter((f) => f !== "citizenNameFolded");
      const rows = await delegate(db, part.model).findMany({
        where: { [part.key]: { in: ids } },
        select: { id: true, [part.key]: true, ...Object.fromEntries(fields.map((f) => [f, true])) },
      });
      for (const row of rows) {
        const owner = String(row[part.key]);
        const marks = ["citizenName", "citizenPhone", "citizenIdNumber"];
        // An issue whose marked fields name the person: all it holds about them (address too) is theirs.
        const theirs = part.model === "ReportIssue" && marks.some((m) => names(String(row[m] ?? ""), q) || (q.digits && row[m] === q.digits));
        if (theirs) issues.set(owner, [...(issues.get(owner) ?? []), row as PersonHit["issues"][number]]);
        for (const f of fields) {
          const value = String(row[f] ?? "");
          if (names(value, q) || (theirs && [...marks, "citizenAddress"].includes(f) && value)) found.get(owner)!.push({ field: `${part.model}.${f}`, value });
        }
      }
    }
    for (const r of roots) {
      const id = String(r.id);
      if (!found.get(id)!.length) continue;
      const unit = r.unit as { code: string; name: string };
      hits.push({
        kind,
        id,
        unit,
        date: r[DATE_FIELD[kind]] as Date,
        status: (r.status as string | undefined) ?? null,
        underReview: underReview(kind, (r.status as string | undefined) ?? null),
        anonymised: r.anonymisedAt !== null,
        href: hrefOf(kind, id, unit.code, r),
        found: found.get(id)!,
        issues: issues.get(id) ?? [],
      });
    }
  }
  hits.sort((a, b) => b.date.getTime() - a.date.getTime());
  return { hits: hits.slice(0, PERSON_LIMIT), truncated: hits.length > PERSON_LIMIT };
}

function hrefOf(kind: RecordKind, id: string, code: string, r: Row): string {
  switch (kind) {
    case "meeting":
      return `/meetings/${id}`;
    case "contribution":
      return `/communes/${code}/meetings`;
    case "task":
      return `/communes/${code}/tasks`;
    case "report":
      return `/reports/${id}`;
    case "supervision":
      return `/supervision/${id}`;
    case "recommendation":
      return r.activityId ? `/supervision/${r.activityId}` : `/criticism/${r.criticismCaseId}`;
    case "criticism":
      return `/criticism/${id}`;
  }
}
