// The working-day calendar and the deadline rules (reference data). The years whose announcements have been
// checked (prisma/seed/announced-calendars.ts) are seeded from them and marked verified; the other years of
// 2015–2027 are generated from the Labour Code and left "to verify": an administrator checks each against
// its announcement and enters the actual days off and make-up working days. Never overwrites what was
// entered: a year already in the calendar is replaced only while it is still the seed's untouched draft.
import type { Db } from "../../lib/db";
import { parseIsoDate } from "../../lib/time/business-date";
import { statutoryDays } from "../../lib/time/statutory-holidays";
import { ANNOUNCED_YEARS } from "./announced-calendars";
import { DEADLINE_RULE_SEEDS } from "./deadline-rules";
import type { SeedReport } from "./reference";

export const CALENDAR_YEARS = { from: 2015, to: 2027 };
const DRAFT_BASIS = "Tính theo Bộ luật Lao động; chưa đối chiếu thông báo nghỉ lễ, tết của năm";

export async function seedCalendar(db: Db, report: SeedReport) {
  const years = new Map((await db.calendarYear.findMany()).map((y) => [y.year, y]));
  const announced = new Map(ANNOUNCED_YEARS.map((a) => [a.year, a]));
  for (let year = CALENDAR_YEARS.from; year <= CALENDAR_YEARS.to; year++) {
    const from = new Date(Date.UTC(year, 0, 1));
    const to = new Date(Date.UTC(year + 1, 0, 1));
    const current = years.get(year);
    const a = announced.get(year);
    if (current) {
      // The administrator's (or already the announcement's) year stays; the seed's own draft of a year whose
      // announcement is now known gives way to it.
      const draft = current.status === "TO_VERIFY" && current.version === 1 && !current.verifiedById && current.basis === DRAFT_BASIS;
      const entered = await db.calendarDay.count({ where: { date: { gte: from, lt: to }, source: "ANNOUNCEMENT" } });
      if (!a || !draft || entered) continue;
    }
    const days = a
      ? a.days.map((d) => ({ date: parseIsoDate(d.date)!, kind: d.kind, name: d.name, basis: d.basis, source: "ANNOUNCEMENT" as const }))
      : statutoryDays(year).map((d) => ({ ...d, source: "STATUTORY" as const }));
    const data = a ? { status: "VERIFIED" as const, basis: a.basis, verifiedAt: new Date() } : { status: "TO_VERIFY" as const, basis: DRAFT_BASIS };
    await db.$transaction(async (tx) => {
      await tx.calendarDay.deleteMany({ where: { date: { gte: from, lt: to } } });
      await tx.calendarDay.createMany({ data: days });
      if (current) await tx.calendarYear.update({ where: { year }, data: { ...data, version: { increment: 1 } } });
      else await tx.calendarYear.create({ data: { year, ...data } });
    });
    report.created += days.length + 1;
  }

  const rules = new Set((await db.deadlineRule.findMany({ select: { code: true } })).map((r) => r.code));
  for (const rule of DEADLINE_RULE_SEEDS) {
    if (rules.has(rule.code)) continue;
    await db.deadlineRule.create({ data: { ...rule, version: 1 } });
    report.created++;
  }
}
