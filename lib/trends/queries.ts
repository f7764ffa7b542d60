// Trends of a commune or an area (a 2018 district or a province), week by week and month by month, read
// from the rollups the writes keep (meetings per week, reports per period, supervision per month) and from
// the tasks by their first due date (decision 0037). The caller resolves the unit in the actor's scope;
// the communes read here are narrowed to that scope again.
import "server-only";
import { db } from "../db";
import type { PermissionSubject } from "../auth/permissions";
import { unitScope } from "../auth/scope";
import { statusOn } from "../blocs/status-on";
import { OPERATING } from "../meetings/rules";
import { monthKey } from "../rollups/area";
import { periodsClosedIn } from "../reports/rules";
import { addDays } from "../time/business-date";
import { startOfIsoWeek } from "../time/iso-week";
import type { Period } from "../time/windows";
import { isValidDuring, validDuring } from "../units/validity";
import { completedWeeks, dropped, monthsOf, type TrendWindow, type WeekFigures } from "./series";

/** Tasks that left the unit's hands without being done count neither way. */
const NOT_COUNTED = ["CANCELLED", "TRANSFERRED"] as const;

interface Commune {
  id: string;
  validFrom: Date;
  validTo: Date | null;
  changes: Parameters<typeof statusOn>[0];
}

async function communes(where: object, actor: PermissionSubject, weeks: Date[]): Promise<Commune[]> {
  const start = weeks[0];
  const end = addDays(weeks[weeks.length - 1], 6);
  const rows = await db.unit.findMany({
    where: { AND: [{ level: "COMMUNE", ...validDuring(start, end) }, where, unitScope(actor, "unit.read")] },
    select: {
      id: true,
      validFrom: true,
      validTo: true,
      bloc: { select: { statusChanges: { select: { toStatus: true, effectiveOn: true, createdAt: true } } } },
    },
  });
  return rows.map((u) => ({ id: u.id, validFrom: u.validFrom, validTo: u.validTo, changes: u.bloc?.statusChanges ?? [] }));
}

/** Each commune's figures for each week, oldest first. */
async function weekFiguresByCommune(list: Commune[], weeks: Date[]): Promise<Map<string, WeekFigures[]>> {
  const ids = list.map((c) => c.id);
  const start = weeks[0];
  const end = addDays(weeks[weeks.length - 1], 6);
  const [held, due, onTime] = await Promise.all([
    db.meetingWeekRollup.findMany({
      where: { unitId: { in: ids }, weekStart: { gte: start, lte: end }, held: { gt: 0 } },
      select: { unitId: true, weekStart: true },
    }),
    db.task.groupBy({
      by: ["unitId", "originalDueOn"],
      where: { unitId: { in: ids }, originalDueOn: { gte: start, lte: end }, status: { notIn: [...NOT_COUNTED] } },
      _count: { _all: true },
    }),
    db.task.groupBy({
      by: ["unitId", "originalDueOn"],
      where: {
        unitId: { in: ids },
        originalDueOn: { gte: start, lte: end },
        status: { notIn: [...NOT_COUNTED] },
        doneReportedOn: { lte: db.task.fields.originalDueOn },
      },
      _count: { _all: true },
    }),
  ]);
  const index = new Map(weeks.map((w, i) => [w.getTime(), i]));
  const out = new Map<string, WeekFigures[]>();
  for (const c of list) {
    out.set(
      c.id,
      weeks.map((w) => {
        const end = addDays(w, 6);
        const operating = isValidDuring(c, w, end) && OPERATING.includes(statusOn(c.changes, end));
        return { weekStart: w, blocs: operating ? 1 : 0, met: 0, due: 0, doneOnTime: 0 };
      }),
    );
  }
  for (const r of held) {
    const week = out.get(r.unitId)?.[index.get(r.weekStart.getTime()) ?? -1];
    // A meeting counts even in a week the bloc's recorded status lags behind it.
    if (week) [week.met, week.blocs] = [1, 1];
  }
  for (const [rows, field] of [
    [due, "due"],
    [onTime, "doneOnTime"],
  ] as const) {
    for (const r of rows) {
      const week = out.get(r.unitId)?.[index.get(startOfIsoWeek(r.originalDueOn).getTime()) ?? -1];
      if (week) week[field] += r._count._all;
    }
  }
  return out;
}

function sumWeeks(byCommune: Map<string, WeekFigures[]>, weeks: Date[]): WeekFigures[] {
  return weeks.map((weekStart, i) => {
    const total: WeekFigures = { weekStart, blocs: 0, met: 0, due: 0, doneOnTime: 0 };
    for (const list of byCommune.values()) {
      total.blocs += list[i].blocs;
      total.met += list[i].met;
      total.due += list[i].due;
      total.doneOnTime += list[i].doneOnTime;
    }
    return total;
  });
}

export interface ReportPeriodFigures {
  period: Period;
  expected: number;
  submitted: number;
  onTime: number;
}

/** The communes' monthly situation reports in each period closed in the window, counted at `unitId` (the commune or the area). */
async function reportFigures(unitId: string, list: Commune[], weeks: Date[], day: Date): Promise<ReportPeriodFigures[]> {
  const regime = await db.reportingRegime.findUnique({ where: { code: "situation.monthly" } });
  if (!regime) return [];
  const periods = periodsClosedIn(regime, weeks[0], addDays(weeks[weeks.length - 1], 6), day);
  const rows = await db.reportPeriodRollup.findMany({
    where: { unitId, regimeId: regime.id, periodKey: { in: periods.map((p) => p.key) }, reporterLevel: "COMMUNE" },
    select: { periodKey: true, submitted: true, onTime: true },
  });
  return periods.map((period) => {
    const row = rows.find((r) => r.periodKey === period.key);
    const expected = list.filter((c) => isValidDuring(c, period.start, period.end)).length;
    return { period, expected, submitted: row?.submitted ?? 0, onTime: row?.onTime ?? 0 };
  });
}

export interface RecommendationMonthFigures {
  month: Date;
  sent: number;
  answered: number;
  answeredOnTime: number;
}

/** Supervision recommendations by the month they were sent, from the unit's (or area's) month rows. */
async function recommendationFigures(unitId: string, weeks: Date[]): Promise<RecommendationMonthFigures[]> {
  const months = monthsOf(weeks);
  const rows = await db.areaMonthRollup.findMany({
    where: { unitId, month: { gte: monthKey(months[0]), lte: monthKey(months[months.length - 1]) } },
    select: { month: true, recSent: true, recAnswered: true, recAnsweredOnTime: true },
  });
  return months.map((month) => {
    const row = rows.find((r) => r.month === monthKey(month));
    return { month, sent: row?.recSent ?? 0, answered: row?.recAnswered ?? 0, answeredOnTime: row?.recAnsweredOnTime ?? 0 };
  });
}

export interface Trends {
  window: TrendWindow;
  weeks: WeekFigures[];
  reports: ReportPeriodFigures[];
  recommendations: RecommendationMonthFigures[];
  /** Whether the figures dropped for 4 weeks (judged on the last 13 weeks whatever the window). */
  dropped: boolean;
  communes: number;
}

/**
 * A unit's trends: a commune's own, or an area's (a district or a province: the communes under it) summed.
 * `unit` must already be one the actor may read.
 */
export async function unitTrends(actor: PermissionSubject, unit: { id: string; path: string; level: string }, day: Date, window: TrendWindow): Promise<Trends> {
  const weeks = completedWeeks(day, window);
  const list = await communes(unit.level === "COMMUNE" ? { id: unit.id } : { path: { startsWith: unit.path } }, actor, weeks);
  const [byCommune, reports, recommendations] = await Promise.all([
    weekFiguresByCommune(list, weeks),
    reportFigures(unit.id, list, weeks, day),
    recommendationFigures(unit.id, weeks),
  ]);
  const summed = sumWeeks(byCommune, weeks);
  return { window, weeks: summed, reports, recommendations, dropped: dropped(summed.slice(-13)), communes: list.length };
}

/** Of these communes, those whose figures dropped for 4 weeks up to the last completed week before `day`. */
export async function droppedCommunes(actor: PermissionSubject, unitIds: string[], day: Date): Promise<Set<string>> {
  if (!unitIds.length) return new Set();
  const weeks = completedWeeks(day, 13);
  const byCommune = await weekFiguresByCommune(await communes({ id: { in: unitIds } }, actor, weeks), weeks);
  return new Set([...byCommune].filter(([, list]) => dropped(list)).map(([id]) => id));
}
