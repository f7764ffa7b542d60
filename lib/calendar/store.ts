// The calendar and rules read through a given client (the database, or a transaction), so that a write
// computes a due date from what its own transaction sees.
import type { Db, Tx } from "../db";
import { addDays } from "../time/business-date";
import { computeDeadline, type ComputedDeadline } from "../time/deadlines";
import type { WorkCalendar } from "../time/working-days";

type Client = Db | Tx;

export async function loadCalendarWith(client: Client, from: Date, to: Date): Promise<WorkCalendar> {
  const days = await client.calendarDay.findMany({ where: { date: { gte: addDays(from, -31), lte: addDays(to, 120) } }, select: { date: true, kind: true } });
  const years = await client.calendarYear.findMany({ where: { status: "VERIFIED" }, select: { year: true } });
  return { days: new Map(days.map((d) => [d.date.toISOString().slice(0, 10), d.kind])), verifiedYears: new Set(years.map((y) => y.year)) };
}

/** The version of a rule in force on `day` (the latest whose validFrom is not after it). */
export function ruleOnWith(client: Client, code: string, day: Date) {
  return client.deadlineRule.findFirst({ where: { code, validFrom: { lte: day } }, orderBy: { version: "desc" } });
}

/** A due date from the rule version in force on the anchor day, with the version used. */
export async function dueDateWith(client: Client, code: string, anchor: Date): Promise<(ComputedDeadline & { ruleId: string; version: number }) | null> {
  const rule = await ruleOnWith(client, code, anchor);
  if (!rule) return null;
  const calendar = await loadCalendarWith(client, anchor, addDays(anchor, Math.abs(rule.offset) * 3 + 30));
  return { ...computeDeadline(rule, anchor, calendar), ruleId: rule.id, version: rule.version };
}
