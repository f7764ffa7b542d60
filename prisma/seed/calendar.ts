// The working-day calendar and the deadline rules (reference data). Statutory holidays are generated
// for 2015–2027 and every year is left "to verify": an administrator checks it against the year's
// announcement and enters the actual days off and make-up working days. Never overwrites what was entered.
import type { Db } from "../../lib/db";
import { statutoryDays } from "../../lib/time/statutory-holidays";
import { DEADLINE_RULE_SEEDS } from "./deadline-rules";
import type { SeedReport } from "./reference";

export const CALENDAR_YEARS = { from: 2015, to: 2027 };

export async function seedCalendar(db: Db, report: SeedReport) {
  const existing = new Set((await db.calendarDay.findMany({ select: { date: true } })).map((d) => d.date.getTime()));
  const years = new Set((await db.calendarYear.findMany({ select: { year: true } })).map((y) => y.year));
  const rows = [];
  for (let year = CALENDAR_YEARS.from; year <= CALENDAR_YEARS.to; year++) {
    // A year already in the calendar is the administrator's: its days are not generated again.
    if (years.has(year)) continue;
    for (const d of statutoryDays(year)) if (!existing.has(d.date.getTime())) rows.push({ ...d, source: "STATUTORY" as const });
    await db.calendarYear.create({ data: { year, status: "TO_VERIFY", basis: "Tính theo Bộ luật Lao động; chưa đối chiếu thông báo nghỉ lễ, tết của năm" } });
    report.created++;
  }
  if (rows.length) await db.calendarDay.createMany({ data: rows });
  report.created += rows.length;

  const rules = new Set((await db.deadlineRule.findMany({ select: { code: true } })).map((r) => r.code));
  for (const rule of DEADLINE_RULE_SEEDS) {
    if (rules.has(rule.code)) continue;
    await db.deadlineRule.create({ data: { ...rule, version: 1 } });
    report.created++;
  }
}
