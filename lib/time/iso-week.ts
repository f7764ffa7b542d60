// ISO 8601 weeks: Monday to Sunday; week 1 is the week that holds the year's first Thursday.
import { addDays } from "./business-date";

export interface IsoWeek {
  year: number;
  week: number;
}

/** 1 (Monday) … 7 (Sunday) of a business date. */
export function isoWeekday(date: Date): number {
  return ((date.getUTCDay() + 6) % 7) + 1;
}

export function isoWeekOf(date: Date): IsoWeek {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = thursday.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 1));
  const offset = (4 - isoWeekday(firstThursday) + 7) % 7;
  const week1Thursday = addDays(firstThursday, offset);
  return { year, week: 1 + Math.round((thursday.getTime() - week1Thursday.getTime()) / (7 * 86_400_000)) };
}

/** The Monday of the ISO week that holds `date`. */
export function startOfIsoWeek(date: Date): Date {
  return addDays(date, 1 - isoWeekday(date));
}

/** Monday and Sunday of an ISO week. */
export function isoWeekRange({ year, week }: IsoWeek): { start: Date; end: Date } {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const start = addDays(startOfIsoWeek(jan4), (week - 1) * 7);
  return { start, end: addDays(start, 6) };
}

export function weeksInIsoYear(year: number): 52 | 53 {
  return isoWeekOf(new Date(Date.UTC(year, 11, 28))).week as 52 | 53;
}

/** "Tuần 33/2018" */
export function formatIsoWeek({ year, week }: IsoWeek): string {
  return `Tuần ${week}/${year}`;
}
