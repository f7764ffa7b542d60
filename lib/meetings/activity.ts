// Activity figures for the district and province pages, read from the rollup rows the meeting and task
// writes keep current (never from raw meetings or tasks): meetings held in the last 4 and 13 weeks, tasks
// open and overdue.
import "server-only";
import { db } from "../db";
import { addDays } from "../time/business-date";
import { startOfIsoWeek } from "./rules";

export interface Activity {
  held4: number;
  held13: number;
  open: number;
  overdue: number;
}

export const NO_ACTIVITY: Activity = { held4: 0, held13: 0, open: 0, overdue: 0 };

/** Per commune id. Weeks count back from the viewing day's week, that week included. */
export async function activityOf(unitIds: string[], day: Date): Promise<Map<string, Activity>> {
  return unitIds.length ? activityWhere({ unitId: { in: unitIds } }, day) : new Map();
}

/**
 * Sums per commune, computed by the database over the rollup rows of the communes `where` selects (by id:
 * a filter through the unit relation costs a join and was 4× slower at province scale).
 */
async function activityWhere(where: { unitId: { in: string[] } }, day: Date): Promise<Map<string, Activity>> {
  const out = new Map<string, Activity>();
  const week = startOfIsoWeek(day);
  const weeks = (from: Date) => db.meetingWeekRollup.groupBy({ by: ["unitId"], where: { ...where, weekStart: { gte: from, lte: week } }, _sum: { held: true } });
  const [held13, held4, open, overdue] = await Promise.all([
    weeks(addDays(week, -12 * 7)),
    weeks(addDays(week, -3 * 7)),
    // Rows whose tasks have all closed stay at zero: skipped.
    db.taskDueRollup.groupBy({ by: ["unitId"], where: { ...where, OR: [{ pending: { gt: 0 } }, { reported: { gt: 0 } }] }, _sum: { pending: true, reported: true } }),
    db.taskDueRollup.groupBy({ by: ["unitId"], where: { ...where, dueOn: { lt: day }, pending: { gt: 0 } }, _sum: { pending: true } }),
  ]);
  const entry = (id: string) => out.get(id) ?? out.set(id, { ...NO_ACTIVITY }).get(id)!;
  for (const r of held13) entry(r.unitId).held13 = r._sum.held ?? 0;
  for (const r of held4) entry(r.unitId).held4 = r._sum.held ?? 0;
  for (const r of open) entry(r.unitId).open = (r._sum.pending ?? 0) + (r._sum.reported ?? 0);
  for (const r of overdue) entry(r.unitId).overdue = r._sum.pending ?? 0;
  return out;
}

export interface DistrictActivity extends Activity {
  /** Communes with at least one meeting held in the last 4 weeks. */
  communesMeeting4: number;
}

/** Per district id: the sums of its communes' activity. */
export async function activityByDistrict(districtIds: string[], day: Date): Promise<Map<string, DistrictActivity>> {
  if (!districtIds.length) return new Map();
  const communes = await db.unit.findMany({ where: { parentId: { in: districtIds }, level: "COMMUNE" }, select: { id: true, parentId: true } });
  const perCommune = await activityOf(communes.map((c) => c.id), day);
  const out = new Map<string, DistrictActivity>();
  for (const c of communes) {
    const a = perCommune.get(c.id);
    if (!a) continue;
    const d = out.get(c.parentId!) ?? out.set(c.parentId!, { ...NO_ACTIVITY, communesMeeting4: 0 }).get(c.parentId!)!;
    d.held4 += a.held4;
    d.held13 += a.held13;
    d.open += a.open;
    d.overdue += a.overdue;
    if (a.held4 > 0) d.communesMeeting4 += 1;
  }
  return out;
}
