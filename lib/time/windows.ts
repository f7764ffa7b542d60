// Reporting periods and their data windows. A period is named by a stable key ("2018-W33", "2018-08",
// "2018-Q3", "2018-H1", "2018-9M", "2018"); its data window is either the calendar period or the state
// pattern of Decree 09/2019/NĐ-CP (Điều 12): monthly from the 15th of the previous month to the 14th,
// quarterly from the 15th of the month before the quarter to the 14th of its last month, and 6-month,
// 9-month and annual windows from 15/12 of the previous year. A custom window runs from a day of the
// period's first month (or of the month before it) to a day of its last month.
import { addDays } from "./business-date";
import { isoWeekOf, isoWeekRange } from "./iso-week";

export type PeriodType = "WEEKLY" | "MONTHLY" | "QUARTERLY" | "SIX_MONTH" | "NINE_MONTH" | "ANNUAL";
export type WindowRule = "CALENDAR" | "STATE_15_14" | "CUSTOM";

/** A window rule with its days (used by CUSTOM): a regime row has these fields. */
export interface WindowSpec {
  windowRule: WindowRule | string;
  windowFromDay?: number | null;
  windowFromPrevMonth?: boolean;
  windowToDay?: number | null;
}

export interface Period {
  type: PeriodType;
  key: string;
  /** The calendar period (what the period is called after). */
  start: Date;
  end: Date;
}

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));
const pad = (n: number) => String(n).padStart(2, "0");

/** The period of `type` that holds `day` (by the calendar). */
export function periodOf(type: PeriodType, day: Date): Period {
  const y = day.getUTCFullYear();
  const m = day.getUTCMonth();
  switch (type) {
    case "WEEKLY": {
      const w = isoWeekOf(day);
      const { start, end } = isoWeekRange(w);
      return { type, key: `${w.year}-W${pad(w.week)}`, start, end };
    }
    case "MONTHLY":
      return { type, key: `${y}-${pad(m + 1)}`, start: utc(y, m, 1), end: utc(y, m + 1, 0) };
    case "QUARTERLY": {
      const q = Math.floor(m / 3);
      return { type, key: `${y}-Q${q + 1}`, start: utc(y, q * 3, 1), end: utc(y, q * 3 + 3, 0) };
    }
    case "SIX_MONTH":
      return m < 6 ? { type, key: `${y}-H1`, start: utc(y, 0, 1), end: utc(y, 6, 0) } : { type, key: `${y}-H2`, start: utc(y, 6, 1), end: utc(y, 12, 0) };
    case "NINE_MONTH":
      return { type, key: `${y}-9M`, start: utc(y, 0, 1), end: utc(y, 9, 0) };
    case "ANNUAL":
      return { type, key: `${y}`, start: utc(y, 0, 1), end: utc(y, 12, 0) };
  }
}

/** The period a key names, or null for a malformed key. */
export function periodFromKey(type: PeriodType, key: string): Period | null {
  let m: RegExpExecArray | null;
  const ok = (p: Period) => (p.key === key ? p : null);
  switch (type) {
    case "WEEKLY":
      if (!(m = /^(\d{4})-W(\d{2})$/.exec(key))) return null;
      return ok(periodOf(type, isoWeekRange({ year: Number(m[1]), week: Number(m[2]) }).start));
    case "MONTHLY":
      if (!(m = /^(\d{4})-(\d{2})$/.exec(key)) || Number(m[2]) < 1 || Number(m[2]) > 12) return null;
      return ok(periodOf(type, utc(Number(m[1]), Number(m[2]) - 1, 1)));
    case "QUARTERLY":
      if (!(m = /^(\d{4})-Q([1-4])$/.exec(key))) return null;
      return ok(periodOf(type, utc(Number(m[1]), (Number(m[2]) - 1) * 3, 1)));
    case "SIX_MONTH":
      if (!(m = /^(\d{4})-H([12])$/.exec(key))) return null;
      return ok(periodOf(type, utc(Number(m[1]), m[2] === "1" ? 0 : 6, 1)));
    case "NINE_MONTH":
      if (!(m = /^(\d{4})-9M$/.exec(key))) return null;
      return ok(periodOf(type, utc(Number(m[1]), 0, 1)));
    case "ANNUAL":
      if (!(m = /^(\d{4})$/.exec(key))) return null;
      return ok(periodOf(type, utc(Number(m[1]), 0, 1)));
  }
}

/** The next period after `p`. */
export function nextPeriod(p: Period): Period {
  // The 9-month period is one per year (January to September): the next is the next year's.
  if (p.type === "NINE_MONTH") return periodOf(p.type, utc(p.start.getUTCFullYear() + 1, 0, 1));
  return periodOf(p.type, addDays(p.end, 1));
}

/** A day of a month, clamped to the month's last day (31 → 28/02). */
const dayIn = (y: number, m: number, d: number) => utc(y, m, Math.min(d, new Date(Date.UTC(y, m + 1, 0)).getUTCDate()));

/** The data window of a period under a window rule (a rule name, or a regime with its CUSTOM days). */
export function windowOf(p: Period, spec: WindowRule | WindowSpec): { from: Date; to: Date } {
  const rule = typeof spec === "string" ? spec : (spec.windowRule as WindowRule);
  if (rule === "CALENDAR" || p.type === "WEEKLY") return { from: p.start, to: p.end };
  if (rule === "CUSTOM" && typeof spec !== "string") {
    const y = p.start.getUTCFullYear();
    const first = p.start.getUTCMonth() - (spec.windowFromPrevMonth ? 1 : 0);
    const lastMonth = p.end.getUTCMonth();
    return { from: dayIn(y, first, spec.windowFromDay ?? 1), to: spec.windowToDay ? dayIn(p.end.getUTCFullYear(), lastMonth, spec.windowToDay) : p.end };
  }
  const y = p.start.getUTCFullYear();
  const lastMonth = p.end.getUTCMonth();
  const to = utc(y, lastMonth, 14);
  switch (p.type) {
    case "MONTHLY":
      return { from: utc(y, lastMonth - 1, 15), to };
    case "QUARTERLY":
      return { from: utc(y, p.start.getUTCMonth() - 1, 15), to };
    case "SIX_MONTH":
      // The second half is not a state period; it runs from 15/6 to 14/12.
      return p.key.endsWith("H2") ? { from: utc(y, 5, 15), to } : { from: utc(y - 1, 11, 15), to };
    default:
      return { from: utc(y - 1, 11, 15), to };
  }
}

/**
 * Why a window rule cannot be used for a period type (null when it can): a window must end on or after its
 * start, and consecutive windows must neither overlap nor leave days out. Checked over every period of
 * two years (a leap year and the next).
 */
export function windowProblem(type: PeriodType, spec: WindowSpec): string | null {
  if (spec.windowRule !== "CUSTOM" || type === "WEEKLY") return null;
  const fromDay = spec.windowFromDay ?? 1;
  if (!Number.isInteger(fromDay) || fromDay < 1 || fromDay > 28) return "Ngày bắt đầu kỳ số liệu phải từ 1 đến 28.";
  if (spec.windowToDay != null && (!Number.isInteger(spec.windowToDay) || spec.windowToDay < 1 || spec.windowToDay > 31))
    return "Ngày chốt số liệu phải từ 1 đến 31.";
  let p = periodOf(type, utc(2024, 0, 1));
  let previous: { from: Date; to: Date } | null = null;
  while (p.start.getUTCFullYear() < 2026) {
    const w = windowOf(p, spec);
    const show = (d: Date) => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
    if (w.to < w.from) return `Kỳ số liệu kết thúc (${show(w.to)}) trước khi bắt đầu (${show(w.from)}), ví dụ kỳ ${p.key}.`;
    if (previous && type !== "NINE_MONTH" && addDays(previous.to, 1).getTime() !== w.from.getTime()) {
      return `Các kỳ số liệu phải nối tiếp nhau: kỳ trước kết thúc ${show(previous.to)} nhưng kỳ ${p.key} bắt đầu ${show(w.from)}. Ngày bắt đầu phải là ngày sau ngày chốt.`;
    }
    previous = w;
    p = nextPeriod(p);
  }
  return null;
}
