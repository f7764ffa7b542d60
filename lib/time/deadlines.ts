// The one deadline-rule engine of the portal: a rule names what it times, what it counts from (its
// anchor), an offset in calendar or working days, its legal basis and whether that is verified. A rule
// is versioned: a due date, once computed, keeps the version it was computed with.
import { addDays } from "./business-date";
import { addWorkingDays, rollToWorkingDay, type WorkCalendar } from "./working-days";

export type DeadlineUnit = "CALENDAR_DAYS" | "WORKING_DAYS";

/** What a rule counts from. */
export const ANCHORS = {
  WINDOW_END: "Ngày cuối của kỳ số liệu",
  PERIOD_END: "Ngày cuối của kỳ báo cáo",
  SENT: "Ngày gửi văn bản",
  RECEIVED: "Ngày nhận văn bản",
  ACTIVITY_START: "Ngày bắt đầu hoạt động",
  ACTIVITY_END: "Ngày kết thúc hoạt động",
  SUBMISSION_PLANNED: "Ngày dự kiến trình dự thảo",
} as const;
export type Anchor = keyof typeof ANCHORS;

export interface DeadlineRuleLike {
  offset: number;
  unit: DeadlineUnit;
}

export interface ComputedDeadline {
  due: Date;
  /** True when the count crossed a year whose holiday schedule is not verified (or not in the calendar). */
  toVerify: boolean;
}

/**
 * The due date of a rule from its anchor. Working days are counted over the calendar; a calendar-day
 * deadline that falls on a day off moves to the next working day (or the previous one for a deadline
 * before the anchor), as the Civil Code counts time limits (Bộ luật Dân sự 2015, Điều 148).
 */
export function computeDeadline(rule: DeadlineRuleLike, anchor: Date, calendar: WorkCalendar): ComputedDeadline {
  const due =
    rule.unit === "WORKING_DAYS"
      ? addWorkingDays(anchor, rule.offset, calendar)
      : rollToWorkingDay(addDays(anchor, rule.offset), rule.offset < 0 ? "BACKWARD" : "FORWARD", calendar);
  const [a, b] = anchor <= due ? [anchor, due] : [due, anchor];
  let toVerify = false;
  for (let y = a.getUTCFullYear(); y <= b.getUTCFullYear(); y++) if (!calendar.verifiedYears.has(y)) toVerify = true;
  return { due, toVerify };
}

/** "5 ngày làm việc sau ngày cuối của kỳ số liệu" */
export function describeRule(rule: DeadlineRuleLike & { anchor: string }): string {
  const amount = `${Math.abs(rule.offset)} ngày${rule.unit === "WORKING_DAYS" ? " làm việc" : ""}`;
  const anchor = (ANCHORS as Record<string, string>)[rule.anchor] ?? rule.anchor;
  if (rule.offset === 0) return `Ngay ${anchor.toLowerCase()}`;
  return `${amount} ${rule.offset < 0 ? "trước" : "sau"} ${anchor.toLowerCase()}`;
}
