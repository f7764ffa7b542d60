// Trends (decision 0037): the weeks and months a trend covers, its rates, and the rule that marks a unit
// whose figures dropped for 4 weeks in a row. Pure, so the rule is tested on its own.
import { addDays } from "../time/business-date";
import { startOfIsoWeek } from "../time/iso-week";
import { percent } from "../percent";

/** The windows a trend page offers: the last 13 weeks (a quarter) or 52 (a year). */
export const TREND_WINDOWS = [13, 52] as const;
export type TrendWindow = (typeof TREND_WINDOWS)[number];

export function parseTrendWindow(raw: string | string[] | null | undefined): TrendWindow | null {
  if (raw === undefined || raw === null || raw === "") return 13;
  return TREND_WINDOWS.find((w) => String(w) === raw) ?? null;
}

/**
 * The last `n` completed ISO weeks before `day`'s week, oldest first (the current week is not over: its
 * figures would always look like a drop).
 */
export function completedWeeks(day: Date, n: number): Date[] {
  const current = startOfIsoWeek(day);
  return Array.from({ length: n }, (_, i) => addDays(current, -7 * (n - i)));
}

/** The calendar months (first days) that overlap the weeks, oldest first. */
export function monthsOf(weeks: Date[]): Date[] {
  const first = weeks[0];
  const last = addDays(weeks[weeks.length - 1], 6);
  const out: Date[] = [];
  for (let m = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1); m <= last.getTime();) {
    const d = new Date(m);
    out.push(d);
    m = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  }
  return out;
}

/** One week of a unit's or an area's figures. */
export interface WeekFigures {
  weekStart: Date;
  /** Communes (1 for a commune) whose bloc operated in the week, and those of them that held a meeting. */
  blocs: number;
  met: number;
  /** Tasks due (at their first due date) in the week, not cancelled or transferred; those reported done by then. */
  due: number;
  doneOnTime: number;
}

/**
 * The week's score, 0–100: the mean of the meeting rate and, when tasks fell due, the on-time rate; null
 * when the unit had neither a bloc operating nor a task due.
 */
export function weekScore(w: WeekFigures): number | null {
  const parts = [percent(w.met, w.blocs), percent(w.doneOnTime, w.due)].filter((p): p is number => p !== null);
  return parts.length ? parts.reduce((a, b) => a + b, 0) / parts.length : null;
}

/** How many of the last weeks must each fall below the unit's earlier level to mark it. */
export const DROP_WEEKS = 4;
/** By how many points (of 100) each of those weeks must fall below it: an area's week-to-week noise is not a drop. */
export const DROP_POINTS = 10;

/**
 * Whether the figures dropped for 4 weeks: each of the last 4 weeks scored at least 10 points below the
 * mean of the weeks before them (at least 4 with a score). A unit that never did better is not marked, nor
 * one with a week of no data among the last 4.
 */
export function dropped(weeks: WeekFigures[]): boolean {
  const scores = weeks.map(weekScore);
  const recent = scores.slice(-DROP_WEEKS);
  const before = scores.slice(0, -DROP_WEEKS).filter((s): s is number => s !== null);
  if (recent.length < DROP_WEEKS || before.length < DROP_WEEKS) return false;
  const level = before.reduce((a, b) => a + b, 0) / before.length;
  return recent.every((s) => s !== null && s <= level - DROP_POINTS);
}
