// Layered rollups (docs/ARCHITECTURE.md: per district and province and month, so a national view reads thousands of
// rows): a write passes the changes of its fact's contribution for the unit where the fact belongs, and
// they are added to that unit's row and to the row of each of its ancestors, in one upsert statement per
// table (two for a commune's meetings: whether the commune met that month is known only after its own row
// has been added to). The same SQL serves SQLite and PostgreSQL.
import { Prisma } from "../../generated/prisma/sqlite/client";
import type { Db, Tx } from "../db";

export const AREA_FIELDS = ["held", "communesMeeting", "tasksAssigned", "recSent", "recAnswered", "recAnsweredOnTime"] as const;
export type AreaField = (typeof AREA_FIELDS)[number];
export type AreaCounts = Partial<Record<AreaField, number>>;

/** A month as the rollups key it: YYYYMM of the UTC date. */
export const monthKey = (d: Date) => d.getUTCFullYear() * 100 + d.getUTCMonth() + 1;

interface Line {
  /** The unit, then its parent, up to the province. */
  ids: string[];
  level: "PROVINCE" | "DISTRICT" | "COMMUNE";
}

// A unit version's path and level never change (decision 0004: a move or merger makes a new version), so
// the line of ancestors is read once per process.
const lines = new Map<string, Line>();
const MAX_LINES = 50_000;

async function lineOf(tx: Tx | Db, unitId: string): Promise<Line> {
  const cached = lines.get(unitId);
  if (cached) return cached;
  const unit = await tx.unit.findUniqueOrThrow({ where: { id: unitId }, select: { path: true, level: true } });
  const line: Line = { ids: unit.path.split("/").filter(Boolean).reverse(), level: unit.level };
  if (lines.size >= MAX_LINES) lines.clear();
  lines.set(unitId, line);
  return line;
}

/** Changes as "unitId|month" → field → delta. */
export type AreaChanges = Map<string, AreaCounts>;

export function addAreaChange(changes: AreaChanges, unitId: string, month: number, field: AreaField, delta: number) {
  if (!delta) return;
  const key = `${unitId}|${month}`;
  const row = changes.get(key) ?? {};
  row[field] = (row[field] ?? 0) + delta;
  changes.set(key, row);
}

/** The difference after − before of two contributions. */
export function areaDifference(before: AreaChanges, after: AreaChanges): AreaChanges {
  const out: AreaChanges = new Map();
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const [unitId, month] = key.split("|");
    for (const field of AREA_FIELDS) addAreaChange(out, unitId, Number(month), field, (after.get(key)?.[field] ?? 0) - (before.get(key)?.[field] ?? 0));
  }
  return out;
}

function upsertArea(rows: { unitId: string; month: number; counts: AreaCounts }[], returning: boolean) {
  const values = Prisma.join(rows.map((r) => Prisma.sql`(${r.unitId}, ${r.month}, ${Prisma.join(AREA_FIELDS.map((f) => r.counts[f] ?? 0))})`));
  return Prisma.sql`INSERT INTO "AreaMonthRollup" ("unitId", "month", "held", "communesMeeting", "tasksAssigned", "recSent", "recAnswered", "recAnsweredOnTime")
    VALUES ${values}
    ON CONFLICT ("unitId", "month") DO UPDATE SET
      "held" = "AreaMonthRollup"."held" + excluded."held",
      "communesMeeting" = "AreaMonthRollup"."communesMeeting" + excluded."communesMeeting",
      "tasksAssigned" = "AreaMonthRollup"."tasksAssigned" + excluded."tasksAssigned",
      "recSent" = "AreaMonthRollup"."recSent" + excluded."recSent",
      "recAnswered" = "AreaMonthRollup"."recAnswered" + excluded."recAnswered",
      "recAnsweredOnTime" = "AreaMonthRollup"."recAnsweredOnTime" + excluded."recAnsweredOnTime"
    ${returning ? Prisma.sql`RETURNING "held"` : Prisma.empty}`;
}

/** Applies changes to the units' rows and their ancestors' rows. */
export async function applyAreaChanges(tx: Tx, changes: AreaChanges) {
  for (const [key, counts] of changes) {
    const [unitId, monthText] = key.split("|");
    const month = Number(monthText);
    const line = await lineOf(tx, unitId);
    const ancestors = line.ids.slice(1).map((id) => ({ unitId: id, month, counts: { ...counts } }));
    const heldDelta = counts.held ?? 0;
    if (line.level === "COMMUNE" && heldDelta) {
      // The commune's own row first: whether it met that month follows from its new count.
      const [row] = await tx.$queryRaw<{ held: number | bigint }[]>(upsertArea([{ unitId, month, counts }], true));
      const after = Number(row.held);
      const before = after - heldDelta;
      const met = (after > 0 ? 1 : 0) - (before > 0 ? 1 : 0);
      const rest = met ? [{ unitId, month, counts: { communesMeeting: met } }] : [];
      for (const a of ancestors) a.counts.communesMeeting = (a.counts.communesMeeting ?? 0) + met;
      if (ancestors.length || rest.length) await tx.$executeRaw(upsertArea([...rest, ...ancestors], false));
    } else {
      await tx.$executeRaw(upsertArea([{ unitId, month, counts }, ...ancestors], false));
    }
  }
}

/** Report counts as "unitId|regimeId|periodKey" → submitted, onTime deltas. */
export type ReportChanges = Map<string, { submitted: number; onTime: number }>;

/** Adds a report's change to its unit's rows and its ancestors' rows, under the reporting unit's level. */
export async function applyReportChange(tx: Tx, change: { unitId: string; regimeId: string; periodKey: string; submitted: number; onTime: number }) {
  if (!change.submitted && !change.onTime) return;
  const line = await lineOf(tx, change.unitId);
  const values = Prisma.join(
    line.ids.map((id) => Prisma.sql`(${id}, ${change.regimeId}, ${change.periodKey}, ${line.level}, ${change.submitted}, ${change.onTime})`),
  );
  await tx.$executeRaw`INSERT INTO "ReportPeriodRollup" ("unitId", "regimeId", "periodKey", "reporterLevel", "submitted", "onTime")
    VALUES ${values}
    ON CONFLICT ("unitId", "regimeId", "periodKey", "reporterLevel") DO UPDATE SET
      "submitted" = "ReportPeriodRollup"."submitted" + excluded."submitted",
      "onTime" = "ReportPeriodRollup"."onTime" + excluded."onTime"`;
}
