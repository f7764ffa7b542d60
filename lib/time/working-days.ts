// Working days for the whole portal: Monday to Friday, except public holidays and days off the calendar
// lists, plus the weekend days an announcement makes working days (làm bù). The calendar is data (checked
// against the government's yearly announcements); this module only counts over it.
import { addDays, toIsoDate } from "./business-date";
import { isoWeekday } from "./iso-week";

export type CalendarDayKind = "HOLIDAY" | "DAY_OFF" | "WORKDAY";

export interface WorkCalendar {
  /** Exceptions by ISO date. */
  days: ReadonlyMap<string, CalendarDayKind>;
  /** Years whose schedule has been checked against the official announcement. */
  verifiedYears: ReadonlySet<number>;
}

export function isWorkingDay(day: Date, calendar: WorkCalendar): boolean {
  const kind = calendar.days.get(toIsoDate(day));
  if (kind === "WORKDAY") return true;
  if (kind === "HOLIDAY" || kind === "DAY_OFF") return false;
  return isoWeekday(day) <= 5;
}

/** The day `n` working days after `from` (before it when n < 0); `from` itself is never counted. */
export function addWorkingDays(from: Date, n: number, calendar: WorkCalendar): Date {
  const step = n < 0 ? -1 : 1;
  let day = from;
  for (let left = Math.abs(n); left > 0;) {
    day = addDays(day, step);
    if (isWorkingDay(day, calendar)) left--;
  }
  return day;
}

/** `day` if it is a working day, else the next (or previous) one. */
export function rollToWorkingDay(day: Date, direction: "FORWARD" | "BACKWARD", calendar: WorkCalendar): Date {
  let d = day;
  while (!isWorkingDay(d, calendar)) d = addDays(d, direction === "FORWARD" ? 1 : -1);
  return d;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: Date, to: Date, calendar: WorkCalendar): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d, calendar)) n++;
  return n;
}
