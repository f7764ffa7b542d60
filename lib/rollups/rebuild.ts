// Rollups recomputed from raw rows, independently of the writes that maintain them (DESIGN.md: every
// dashboard reads rollups; the writes keep them current in their own transaction). `rollupDifferences`
// compares the recomputed rows with the maintained ones; `rebuildRollups` replaces the maintained rows with
// the recomputed ones, table by table, each in one transaction. Raw rows are read in pages by id, so memory
// stays flat whatever the size.
import type { Db, Tx } from "../db";
import { HELD_FAMILY, startOfIsoWeek } from "../meetings/rules";
import { PENDING_TASK } from "../tasks/rules";
import { isClosed } from "../tasks/rules";

const PAGE = 5_000;
const monthOf = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
const FORM_FIELD = { DOCUMENTS: "documents", DELEGATION: "delegation", COMMUNITY_BOARD: "communityBoard", JOINT: "joint" } as const;

type Counts = Record<string, number>;
/** A table's rows: key "unitId|iso date" → counters. */
type Table = Map<string, Counts>;

export const ROLLUP_TABLES = ["meetingWeek", "taskDue", "recommendationDue", "supervisionMonth"] as const;
export type RollupTable = (typeof ROLLUP_TABLES)[number];

const FIELDS: Record<RollupTable, string[]> = {
  meetingWeek: ["held"],
  taskDue: ["pending", "reported"],
  recommendationDue: ["open"],
  supervisionMonth: ["documents", "delegation", "communityBoard", "joint", "sent", "answered", "answeredOnTime"],
};

function bump(t: Table, unitId: string, day: Date, field: string, by = 1) {
  const key = `${unitId}|${day.toISOString()}`;
  const row = t.get(key) ?? {};
  row[field] = (row[field] ?? 0) + by;
  t.set(key, row);
}

/** Reads a model's rows page by page (ordered by id). */
async function* pages<T extends { id: string }>(read: (cursor: string | undefined) => Promise<T[]>) {
  let cursor: string | undefined;
  for (;;) {
    const rows = await read(cursor);
    if (!rows.length) return;
    yield rows;
    cursor = rows[rows.length - 1].id;
    if (rows.length < PAGE) return;
  }
}
const after = (cursor: string | undefined) => (cursor ? { id: { gt: cursor } } : {});

type Client = Db | Tx;

/** One rollup table as the raw rows say it should be. */
async function recomputeTable(db: Client, table: RollupTable): Promise<Table> {
  const out: Table = new Map();
  switch (table) {
    case "meetingWeek":
      for await (const rows of pages((c) => db.meeting.findMany({ where: { ...after(c), status: { in: HELD_FAMILY } }, select: { id: true, unitId: true, heldOn: true }, orderBy: { id: "asc" }, take: PAGE }))) {
        for (const m of rows) bump(out, m.unitId, startOfIsoWeek(m.heldOn), "held");
      }
      break;
    case "taskDue":
      for await (const rows of pages((c) => db.task.findMany({ where: after(c), select: { id: true, unitId: true, dueOn: true, status: true }, orderBy: { id: "asc" }, take: PAGE }))) {
        for (const t of rows) if (!isClosed(t.status)) bump(out, t.unitId, t.dueOn, PENDING_TASK.includes(t.status) ? "pending" : "reported");
      }
      break;
    case "recommendationDue":
      for await (const rows of pages((c) => db.recommendation.findMany({ where: { ...after(c), status: "OPEN" }, select: { id: true, unitId: true, dueOn: true }, orderBy: { id: "asc" }, take: PAGE }))) {
        for (const r of rows) bump(out, r.unitId, r.dueOn, "open");
      }
      break;
    case "supervisionMonth":
      for await (const rows of pages((c) => db.recommendation.findMany({ where: after(c), select: { id: true, unitId: true, sentOn: true, dueOn: true, status: true, respondedOn: true }, orderBy: { id: "asc" }, take: PAGE }))) {
        for (const r of rows) {
          const month = monthOf(r.sentOn);
          bump(out, r.unitId, month, "sent");
          if (r.status === "ANSWERED") {
            bump(out, r.unitId, month, "answered");
            if (r.respondedOn && r.respondedOn <= r.dueOn) bump(out, r.unitId, month, "answeredOnTime");
          }
        }
      }
      for await (const rows of pages((c) => db.supervisionActivity.findMany({ where: { ...after(c), status: { not: "CANCELLED" } }, select: { id: true, unitId: true, startOn: true, form: true }, orderBy: { id: "asc" }, take: PAGE }))) {
        for (const a of rows) bump(out, a.unitId, monthOf(a.startOn), FORM_FIELD[a.form]);
      }
      break;
  }
  return out;
}

/** The rollup rows as the raw rows say they should be. */
export async function recomputeRollups(db: Client): Promise<Record<RollupTable, Table>> {
  const tables = await Promise.all(ROLLUP_TABLES.map((t) => recomputeTable(db, t)));
  return Object.fromEntries(ROLLUP_TABLES.map((t, i) => [t, tables[i]])) as Record<RollupTable, Table>;
}

/** The rows the writes maintained, in the same shape (rows whose counters are all zero count as absent). */
async function maintained(db: Db): Promise<Record<RollupTable, Table>> {
  const [weeks, dues, recs, months] = await Promise.all([db.meetingWeekRollup.findMany(), db.taskDueRollup.findMany(), db.recommendationDueRollup.findMany(), db.supervisionMonthRollup.findMany()]);
  const table = <R extends { unitId: string }>(rows: R[], day: (r: R) => Date, fields: string[]): Table =>
    new Map(rows.map((r) => [`${r.unitId}|${day(r).toISOString()}`, Object.fromEntries(fields.map((f) => [f, (r as unknown as Counts)[f]]))]));
  return {
    meetingWeek: table(weeks, (r) => r.weekStart, FIELDS.meetingWeek),
    taskDue: table(dues, (r) => r.dueOn, FIELDS.taskDue),
    recommendationDue: table(recs, (r) => r.dueOn, FIELDS.recommendationDue),
    supervisionMonth: table(months, (r) => r.month, FIELDS.supervisionMonth),
  };
}

export interface RollupDifference { table: RollupTable; key: string; field: string; maintained: number; recomputed: number }

export async function rollupDifferences(db: Db): Promise<RollupDifference[]> {
  const [want, have] = await Promise.all([recomputeRollups(db), maintained(db)]);
  const out: RollupDifference[] = [];
  for (const table of ROLLUP_TABLES) {
    for (const key of new Set([...want[table].keys(), ...have[table].keys()])) {
      for (const field of FIELDS[table]) {
        const a = have[table].get(key)?.[field] ?? 0;
        const b = want[table].get(key)?.[field] ?? 0;
        if (a !== b) out.push({ table, key, field, maintained: a, recomputed: b });
      }
    }
  }
  return out;
}

const DAY_FIELD: Record<RollupTable, string> = { meetingWeek: "weekStart", taskDue: "dueOn", recommendationDue: "dueOn", supervisionMonth: "month" };

/** A rollup model through one shape (each model's createMany takes its own row type; rows are built from FIELDS and DAY_FIELD). */
function modelOf(tx: Tx, table: RollupTable) {
  return { meetingWeek: tx.meetingWeekRollup, taskDue: tx.taskDueRollup, recommendationDue: tx.recommendationDueRollup, supervisionMonth: tx.supervisionMonthRollup }[table] as unknown as {
    deleteMany: () => Promise<unknown>; createMany: (args: { data: Record<string, unknown>[] }) => Promise<unknown>;
  };
}

/**
 * Replaces every rollup table with the rows recomputed from raw rows, one transaction per table whose first
 * statement is a write (so a server writing to the same SQLite file waits rather than interleaving), and
 * returns the row counts written.
 */
export async function rebuildRollups(db: Db): Promise<Record<RollupTable, number>> {
  const counts = {} as Record<RollupTable, number>;
  for (const table of ROLLUP_TABLES) {
    await db.$transaction(async (tx) => {
      const model = modelOf(tx, table);
      // The write first, before reading the raw rows.
      await model.deleteMany();
      const want = await recomputeTable(tx, table);
      const rows = [...want.entries()].map(([key, c]) => {
        const [unitId, iso] = key.split("|");
        return { unitId, [DAY_FIELD[table]]: new Date(iso), ...Object.fromEntries(FIELDS[table].map((f) => [f, c[f] ?? 0])) };
      });
      for (let i = 0; i < rows.length; i += 1_000) await model.createMany({ data: rows.slice(i, i + 1_000) });
      counts[table] = rows.length;
    }, { timeout: 600_000, maxWait: 60_000 });
  }
  return counts;
}
