// Each rollup table as the raw rows say it should be: one recomputer per table, reading the raw rows in
// pages by id so that memory stays flat whatever the size (lib/rollups/rebuild.ts compares and rebuilds).
import type { Db, Tx } from "../db";
import { HELD_FAMILY, startOfIsoWeek } from "../meetings/rules";
import { isClosed, PENDING_TASK } from "../tasks/rules";
import { monthKey } from "./area";

type Client = Db | Tx;

const PAGE = 5_000;
const monthOf = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
const FORM_FIELD = { DOCUMENTS: "documents", DELEGATION: "delegation", COMMUNITY_BOARD: "communityBoard", JOINT: "joint" } as const;

export type Counts = Record<string, number>;
/** A table's rows: key (its primary key's values joined by "|"; dates as ISO strings) → counters. */
export type Table = Map<string, Counts>;

export const ROLLUP_TABLES = ["meetingWeek", "taskDue", "recommendationDue", "supervisionMonth", "areaMonth", "reportPeriod"] as const;
export type RollupTable = (typeof ROLLUP_TABLES)[number];

export const keyPart = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));

function bump(t: Table, unitId: string, day: Date | number | string, field: string, by = 1) {
  const key = `${unitId}|${keyPart(day)}`;
  const row = t.get(key) ?? {};
  row[field] = (row[field] ?? 0) + by;
  t.set(key, row);
}

/** Unit id → its line (the unit, then its ancestors up to the province) and level. */
async function unitLines(db: Client) {
  const units = await db.unit.findMany({ select: { id: true, path: true, level: true } });
  return new Map(units.map((u) => [u.id, { ids: u.path.split("/").filter(Boolean).reverse(), level: u.level }]));
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

/** One recomputer per rollup table. */
const RECOMPUTE: Record<RollupTable, (db: Client) => Promise<Table>> = {
  async meetingWeek(db) {
    const out: Table = new Map();
    for await (const rows of pages((c) =>
      db.meeting.findMany({
        where: { ...after(c), status: { in: HELD_FAMILY } },
        select: { id: true, unitId: true, heldOn: true },
        orderBy: { id: "asc" },
        take: PAGE,
      }),
    )) {
      for (const m of rows) bump(out, m.unitId, startOfIsoWeek(m.heldOn), "held");
    }
    return out;
  },
  async taskDue(db) {
    const out: Table = new Map();
    for await (const rows of pages((c) =>
      db.task.findMany({ where: after(c), select: { id: true, unitId: true, dueOn: true, status: true }, orderBy: { id: "asc" }, take: PAGE }),
    )) {
      for (const t of rows) if (!isClosed(t.status)) bump(out, t.unitId, t.dueOn, PENDING_TASK.includes(t.status) ? "pending" : "reported");
    }
    return out;
  },
  async recommendationDue(db) {
    const out: Table = new Map();
    for await (const rows of pages((c) =>
      db.recommendation.findMany({
        where: { ...after(c), status: "OPEN" },
        select: { id: true, unitId: true, dueOn: true },
        orderBy: { id: "asc" },
        take: PAGE,
      }),
    )) {
      for (const r of rows) bump(out, r.unitId, r.dueOn, "open");
    }
    return out;
  },
  async supervisionMonth(db) {
    const out: Table = new Map();
    for await (const rows of pages((c) =>
      db.recommendation.findMany({
        where: after(c),
        select: { id: true, unitId: true, sentOn: true, dueOn: true, status: true, respondedOn: true },
        orderBy: { id: "asc" },
        take: PAGE,
      }),
    )) {
      for (const r of rows) {
        const month = monthOf(r.sentOn);
        bump(out, r.unitId, month, "sent");
        if (r.status === "ANSWERED") {
          bump(out, r.unitId, month, "answered");
          if (r.respondedOn && r.respondedOn <= r.dueOn) bump(out, r.unitId, month, "answeredOnTime");
        }
      }
    }
    for await (const rows of pages((c) =>
      db.supervisionActivity.findMany({
        where: { ...after(c), status: { not: "CANCELLED" } },
        select: { id: true, unitId: true, startOn: true, form: true },
        orderBy: { id: "asc" },
        take: PAGE,
      }),
    )) {
      for (const a of rows) bump(out, a.unitId, monthOf(a.startOn), FORM_FIELD[a.form]);
    }
    return out;
  },
  async areaMonth(db) {
    const out: Table = new Map();
    const lines = await unitLines(db);
    const up = (unitId: string, month: number, field: string, by = 1) => {
      for (const id of lines.get(unitId)!.ids) bump(out, id, month, field, by);
    };
    const own: Table = new Map();
    for await (const rows of pages((c) =>
      db.meeting.findMany({
        where: { ...after(c), status: { in: HELD_FAMILY } },
        select: { id: true, unitId: true, heldOn: true },
        orderBy: { id: "asc" },
        take: PAGE,
      }),
    )) {
      for (const m of rows) bump(own, m.unitId, monthKey(m.heldOn), "held");
    }
    for (const [key, c] of own) {
      const [unitId, month] = key.split("|");
      up(unitId, Number(month), "held", c.held);
      if (lines.get(unitId)!.level === "COMMUNE") up(unitId, Number(month), "communesMeeting");
    }
    for await (const rows of pages((c) =>
      db.task.findMany({ where: after(c), select: { id: true, unitId: true, assignedOn: true }, orderBy: { id: "asc" }, take: PAGE }),
    )) {
      for (const t of rows) up(t.unitId, monthKey(t.assignedOn), "tasksAssigned");
    }
    for await (const rows of pages((c) =>
      db.recommendation.findMany({
        where: after(c),
        select: { id: true, unitId: true, sentOn: true, dueOn: true, status: true, respondedOn: true },
        orderBy: { id: "asc" },
        take: PAGE,
      }),
    )) {
      for (const r of rows) {
        const month = monthKey(r.sentOn);
        up(r.unitId, month, "recSent");
        if (r.status === "ANSWERED") {
          up(r.unitId, month, "recAnswered");
          if (r.respondedOn && r.respondedOn <= r.dueOn) up(r.unitId, month, "recAnsweredOnTime");
        }
      }
    }
    return out;
  },
  async reportPeriod(db) {
    const out: Table = new Map();
    const lines = await unitLines(db);
    for await (const rows of pages((c) =>
      db.report.findMany({
        where: { ...after(c), firstSubmittedOn: { not: null } },
        select: { id: true, unitId: true, regimeId: true, periodKey: true, dueOn: true, firstSubmittedOn: true },
        orderBy: { id: "asc" },
        take: PAGE,
      }),
    )) {
      for (const r of rows) {
        const line = lines.get(r.unitId)!;
        for (const id of line.ids) {
          const key = `${r.regimeId}|${r.periodKey}|${line.level}`;
          bump(out, id, key, "submitted");
          if (r.firstSubmittedOn! <= r.dueOn) bump(out, id, key, "onTime");
        }
      }
    }
    return out;
  },
};

/** The rollup rows as the raw rows say they should be. */
export async function recomputeRollups(db: Client): Promise<Record<RollupTable, Table>> {
  const tables = await Promise.all(ROLLUP_TABLES.map((t) => RECOMPUTE[t](db)));
  return Object.fromEntries(ROLLUP_TABLES.map((t, i) => [t, tables[i]])) as Record<RollupTable, Table>;
}

/** The rows the writes maintained, in the same shape (rows whose counters are all zero count as absent). */
