// Figures per area (a district or a province) for the province and national pages, read from the layered
// rollups (AreaMonthRollup, ReportPeriodRollup) and from reference units, never from raw activity rows: a
// national view reads one row per province and month.
import "server-only";
import { percent } from "../percent";
import { db } from "../db";
import type { PermissionSubject } from "../auth/permissions";
import { unitScope } from "../auth/scope";
import { validOn } from "../units/validity";
import { monthKey } from "../rollups/area";
import { sumRates, type Rates } from "../reports/rules";
import { closedRecentPeriods } from "../reports/queries";
import type { Period } from "../time/windows";

/**
 * Communes in force at some point of each period, per area (each area a district or a province: communes
 * directly under it or under one of its districts), counted in memory from the communes grouped by parent
 * and validity (a handful of distinct validity ranges).
 */
async function communesPerArea(areaIds: string[], periods: { start: Date; end: Date }[]): Promise<Map<string, number>[]> {
  const { areasOf, groups } = await communeGroups(areaIds);
  return periods.map((p) => {
    const out = new Map<string, number>();
    for (const g of groups) {
      if (g.validFrom > p.end || (g.validTo && g.validTo < p.start)) continue;
      for (const area of areasOf.get(g.parentId)!) out.set(area, (out.get(area) ?? 0) + g.count);
    }
    return out;
  });
}

type CommuneGroups = { areasOf: Map<string, string[]>; groups: { parentId: string; validFrom: Date; validTo: Date | null; count: number }[] };

/**
 * Units are reference data no request writes (they change by the reference seed, a few times a decade), and
 * grouping 10,000 communes cost 10–20 ms a request at national scale: the groups are kept per set of areas
 * for 10 minutes (decision 0016), so a reference update shows in the counts within that time.
 */
const GROUPS_TTL_MS = 10 * 60_000;
const groupsCache = new Map<string, { at: number; value: Promise<CommuneGroups> }>();

function communeGroups(areaIds: string[]): Promise<CommuneGroups> {
  const key = [...areaIds].sort().join(",");
  const hit = groupsCache.get(key);
  if (hit && Date.now() - hit.at < GROUPS_TTL_MS) return hit.value;
  const value = readCommuneGroups(areaIds);
  if (groupsCache.size >= 100) groupsCache.clear();
  groupsCache.set(key, { at: Date.now(), value });
  value.catch(() => groupsCache.delete(key));
  return value;
}

async function readCommuneGroups(areaIds: string[]): Promise<CommuneGroups> {
  // By parent only (the parent index); the level is checked here: without statistics SQLite would rather
  // scan the level index.
  const children = await db.unit.findMany({ where: { parentId: { in: areaIds } }, select: { id: true, parentId: true, level: true } });
  // Parent of communes → the areas its communes count for.
  const areasOf = new Map<string, string[]>(areaIds.map((id) => [id, [id]]));
  for (const d of children) if (d.level === "DISTRICT") areasOf.set(d.id, [...(areasOf.get(d.id) ?? []), d.parentId!]);
  const rows = await db.unit.groupBy({
    by: ["parentId", "level", "validFrom", "validTo"],
    where: { parentId: { in: [...areasOf.keys()] } },
    _count: { _all: true },
  });
  return {
    areasOf,
    groups: rows.filter((r) => r.level === "COMMUNE").map((r) => ({ parentId: r.parentId!, validFrom: r.validFrom, validTo: r.validTo, count: r._count._all })),
  };
}

/**
 * The communes' report rates per area for a regime over its recent periods whose window has closed by
 * `day` (as the report pages count them: expected = communes in force in each period; on time = first
 * submitted by the due date).
 */
export async function areaReportRates(regimeCode: string, areaIds: string[], day: Date): Promise<{ periods: Period[]; rates: Map<string, Rates> } | null> {
  const regime = await db.reportingRegime.findUnique({ where: { code: regimeCode } });
  if (!regime || !areaIds.length) return null;
  const periods = closedRecentPeriods(regime, day);
  const [counts, rows] = await Promise.all([
    communesPerArea(areaIds, periods),
    db.reportPeriodRollup.findMany({
      where: { unitId: { in: areaIds }, regimeId: regime.id, periodKey: { in: periods.map((p) => p.key) }, reporterLevel: "COMMUNE" },
    }),
  ]);
  const rates = new Map<string, Rates>();
  for (const id of areaIds) {
    const expected = counts.reduce((n, c) => n + (c.get(id) ?? 0), 0);
    const own = rows.filter((r) => r.unitId === id);
    const actual = own.reduce((n, r) => n + r.submitted, 0);
    const onTime = own.reduce((n, r) => n + r.onTime, 0);
    rates.set(id, { expected, actual, onTime, reportingRate: percent(actual, expected), onTimeRate: percent(onTime, expected) });
  }
  return { periods, rates };
}

export interface AreaActivity {
  /** Meetings held in the last three calendar months (the current one included). */
  held3: number;
  /** Communes with a meeting held last month, and the communes in force. */
  communesMeetingLastMonth: number;
  communes: number;
  tasksAssigned3: number;
  /** Recommendations sent in the last twelve months, answered, answered by their due date. */
  recSent12: number;
  recAnswered12: number;
  recAnsweredOnTime12: number;
}

const monthsBack = (day: Date, n: number) => monthKey(new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() - n, 1)));

/** Activity per area from its month rows. */
export async function areaActivity(areaIds: string[], day: Date): Promise<Map<string, AreaActivity>> {
  const now = monthKey(day);
  const lastMonth = monthsBack(day, 1);
  const monthStart = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1));
  const [rows, communes] = await Promise.all([
    db.areaMonthRollup.findMany({ where: { unitId: { in: areaIds }, month: { gte: monthsBack(day, 11), lte: now } } }),
    communesPerArea(areaIds, [{ start: monthStart, end: day }]).then(([counts]) => counts),
  ]);
  const out = new Map<string, AreaActivity>(
    areaIds.map((id) => [
      id,
      { held3: 0, communesMeetingLastMonth: 0, communes: communes.get(id) ?? 0, tasksAssigned3: 0, recSent12: 0, recAnswered12: 0, recAnsweredOnTime12: 0 },
    ]),
  );
  const since3 = monthsBack(day, 2);
  for (const r of rows) {
    const a = out.get(r.unitId)!;
    if (r.month >= since3) {
      a.held3 += r.held;
      a.tasksAssigned3 += r.tasksAssigned;
    }
    if (r.month === lastMonth) a.communesMeetingLastMonth = r.communesMeeting;
    a.recSent12 += r.recSent;
    a.recAnswered12 += r.recAnswered;
    a.recAnsweredOnTime12 += r.recAnsweredOnTime;
  }
  return out;
}

export interface NationalRow extends AreaActivity {
  id: string;
  code: string;
  name: string;
  reports: Rates | null;
}

/** Every province in the actor's reach on `day`, with its activity and its communes' monthly report rates. */
export async function nationalOverview(actor: PermissionSubject, day: Date) {
  const provinces = await db.unit.findMany({
    where: { AND: [{ level: "PROVINCE", ...validOn(day) }, unitScope(actor, "unit.read")] },
    select: { id: true, code: true, name: true },
    orderBy: { code: "asc" },
  });
  const ids = provinces.map((p) => p.id);
  const [activity, reports] = await Promise.all([areaActivity(ids, day), areaReportRates("situation.monthly", ids, day)]);
  const rows: NationalRow[] = provinces.map((p) => ({ ...p, ...activity.get(p.id)!, reports: reports?.rates.get(p.id) ?? null }));
  const total = {
    ...rows.reduce(
      (t, r) => ({
        held3: t.held3 + r.held3,
        communesMeetingLastMonth: t.communesMeetingLastMonth + r.communesMeetingLastMonth,
        communes: t.communes + r.communes,
        tasksAssigned3: t.tasksAssigned3 + r.tasksAssigned3,
        recSent12: t.recSent12 + r.recSent12,
        recAnswered12: t.recAnswered12 + r.recAnswered12,
        recAnsweredOnTime12: t.recAnsweredOnTime12 + r.recAnsweredOnTime12,
      }),
      { held3: 0, communesMeetingLastMonth: 0, communes: 0, tasksAssigned3: 0, recSent12: 0, recAnswered12: 0, recAnsweredOnTime12: 0 },
    ),
    reports: reports ? sumRates(rows.flatMap((r) => (r.reports ? [r.reports] : []))) : null,
  };
  return { rows, total, periods: reports?.periods ?? [] };
}
