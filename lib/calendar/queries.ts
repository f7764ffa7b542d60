// Reads of the working-day calendar and the deadline rules (reference data, the same for every user).
import "server-only";
import { db } from "../db";
import { addDays } from "../time/business-date";
import type { WorkCalendar } from "../time/working-days";
import { computeDeadline, type ComputedDeadline } from "../time/deadlines";

/** The calendar between two dates (with a margin), as the working-day functions take it. */
export async function loadCalendar(from: Date, to: Date): Promise<WorkCalendar> {
  const [days, years] = await Promise.all([
    db.calendarDay.findMany({ where: { date: { gte: addDays(from, -31), lte: addDays(to, 120) } }, select: { date: true, kind: true } }),
    db.calendarYear.findMany({ where: { status: "VERIFIED" }, select: { year: true } }),
  ]);
  return { days: new Map(days.map((d) => [d.date.toISOString().slice(0, 10), d.kind])), verifiedYears: new Set(years.map((y) => y.year)) };
}

/** The version of a rule in force on `day` (the latest whose validFrom is not after it). */
export async function ruleOn(code: string, day: Date) {
  return db.deadlineRule.findFirst({ where: { code, validFrom: { lte: day } }, orderBy: { version: "desc" } });
}

/** A due date from the rule version in force on the anchor day; returns the version used with it. */
export async function dueDateFor(code: string, anchor: Date): Promise<(ComputedDeadline & { ruleId: string; version: number }) | null> {
  const rule = await ruleOn(code, anchor);
  if (!rule) return null;
  const calendar = await loadCalendar(anchor, addDays(anchor, Math.abs(rule.offset) * 3 + 30));
  return { ...computeDeadline(rule, anchor, calendar), ruleId: rule.id, version: rule.version };
}

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
