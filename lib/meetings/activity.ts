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
  const out = new Map<string, Activity>();
  if (!unitIds.length) return out;
  const week = startOfIsoWeek(day);
  const from13 = addDays(week, -12 * 7);
  const from4 = addDays(week, -3 * 7);
  const [weeks, dues] = await Promise.all([
    db.meetingWeekRollup.findMany({ where: { unitId: { in: unitIds }, weekStart: { gte: from13, lte: week }, held: { gt: 0 } }, select: { unitId: true, weekStart: true, held: true } }),
    db.taskDueRollup.findMany({ where: { unitId: { in: unitIds }, OR: [{ pending: { gt: 0 } }, { reported: { gt: 0 } }] }, select: { unitId: true, dueOn: true, pending: true, reported: true } }),
  ]);
  const entry = (id: string) => out.get(id) ?? out.set(id, { ...NO_ACTIVITY }).get(id)!;
  for (const w of weeks) {
    const a = entry(w.unitId);
    a.held13 += w.held;
    if (w.weekStart >= from4) a.held4 += w.held;
  }
  for (const d of dues) {
    const a = entry(d.unitId);
    a.open += d.pending + d.reported;
    if (d.dueOn < day) a.overdue += d.pending;
  }
  return out;
}

export interface DistrictActivity extends Activity {
  /** Communes with at least one meeting held in the last 4 weeks. */
  communesMeeting4: number;
}

/** Per district id: the sums of its communes' activity. */
export async function activityByDistrict(districtIds: string[], day: Date): Promise<Map<string, DistrictActivity>> {
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
