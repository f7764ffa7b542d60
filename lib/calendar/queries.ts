// Reads of the working-day calendar and the deadline rules (reference data, the same for every user).
import "server-only";
import { db } from "../db";
import { dueDateWith } from "./store";

export const dueDateFor = (code: string, anchor: Date) => dueDateWith(db, code, anchor);

export async function calendarYearView(year: number) {
  const [days, status, years] = await Promise.all([
    db.calendarDay.findMany({ where: { date: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } }, orderBy: { date: "asc" } }),
    db.calendarYear.findUnique({ where: { year } }),
    db.calendarYear.findMany({ orderBy: { year: "asc" } }),
  ]);
  return { days, status, years };
}

/** Every rule with its versions, newest first. */
export async function deadlineRules() {
  const rows = await db.deadlineRule.findMany({ orderBy: [{ code: "asc" }, { version: "desc" }] });
  const byCode = new Map<string, typeof rows>();
  for (const r of rows) (byCode.get(r.code) ?? byCode.set(r.code, []).get(r.code)!).push(r);
  return [...byCode.values()];
}

/**
 * The years a deadline computed on `day` may count over (its own year, and from 1 November the next one)
 * whose calendar is not verified against the announcement, or not in the calendar at all. Administrators
 * and reviewers are told of them on every page (components/calendar/calendar-warning.tsx).
 */
export async function unverifiedCalendarYears(day: Date): Promise<number[]> {
  const year = day.getUTCFullYear();
  const years = day.getUTCMonth() >= 10 ? [year, year + 1] : [year];
  const verified = new Set((await db.calendarYear.findMany({ where: { year: { in: years }, status: "VERIFIED" }, select: { year: true } })).map((y) => y.year));
  return years.filter((y) => !verified.has(y));
}
