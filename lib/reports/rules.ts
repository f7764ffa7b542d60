// The report's status machine and the completeness and timeliness figures, with DHIS2's definitions:
// expected reports, actual reports (submitted at least once), actual on time (first submitted on or before
// the due date), reporting rate = actual / expected, on-time rate = on time / expected.
import { percent } from "../percent";
import type { ReportStatus } from "../../generated/prisma/sqlite/enums";
import { addDays, daysBetween } from "../time/business-date";
import { nextPeriod, periodOf, windowOf, type Period, type PeriodType, type WindowSpec } from "../time/windows";

export const REPORT_STATUS_LABEL: Record<ReportStatus, string> = {
  DRAFT: "Bản nháp",
  SUBMITTED: "Đã gửi",
  RETURNED: "Bị trả lại",
  ACCEPTED: "Đã tiếp nhận",
};

/** Statuses in which the reporting unit may edit the report. */
export const EDITABLE_REPORT: ReportStatus[] = ["DRAFT", "RETURNED"];

/** The sections a reviewer can return with a reason. */
export const SECTIONS = {
  mood: "Tình hình chung",
  issues: "Các vấn đề theo lĩnh vực",
  recommendations: "Kiến nghị",
  forecast: "Dự báo",
  blocWork: "Công tác của khối",
} as const;
export type Section = keyof typeof SECTIONS;

export interface ReportFact {
  unitId: string;
  periodKey: string;
  dueOn: Date;
  firstSubmittedOn: Date | null;
}

export interface Rates {
  expected: number;
  actual: number;
  onTime: number;
  /** Percentages, one decimal; null when nothing was expected. */
  reportingRate: number | null;
  onTimeRate: number | null;
}

/**
 * Rates over the expected (unit, period) pairs. Reports outside that set (a unit that did not exist, a
 * period not asked for) are not counted.
 */
export function ratesOf(expected: { unitId: string; periodKey: string }[], reports: ReportFact[]): Rates {
  const byKey = new Map(reports.map((r) => [`${r.unitId}|${r.periodKey}`, r]));
  let actual = 0;
  let onTime = 0;
  for (const e of expected) {
    const r = byKey.get(`${e.unitId}|${e.periodKey}`);
    if (!r?.firstSubmittedOn) continue;
    actual++;
    if (r.firstSubmittedOn <= r.dueOn) onTime++;
  }
  return { expected: expected.length, actual, onTime, reportingRate: percent(actual, expected.length), onTimeRate: percent(onTime, expected.length) };
}

/** The (unit, period) pairs a unit owes: the periods during which it existed. */
export function expectedOf(unit: { id: string; validFrom: Date; validTo: Date | null }, periods: { key: string; start: Date; end: Date }[]) {
  return periods.filter((p) => unit.validFrom <= p.end && (!unit.validTo || unit.validTo >= p.start)).map((p) => ({ unitId: unit.id, periodKey: p.key }));
}

/** Days late: of a submission after its due date, or of a missing report as of `today` (0 when not late). */
export function daysLate(r: { dueOn: Date; firstSubmittedOn: Date | null }, today: Date): number {
  return Math.max(0, daysBetween(r.dueOn, r.firstSubmittedOn ?? today));
}

/** The rates of several units together (sums of expected, actual and on time). */
export function sumRates(list: Rates[]): Rates {
  const expected = list.reduce((n, r) => n + r.expected, 0);
  const actual = list.reduce((n, r) => n + r.actual, 0);
  const onTime = list.reduce((n, r) => n + r.onTime, 0);
  return { expected, actual, onTime, reportingRate: percent(actual, expected), onTimeRate: percent(onTime, expected) };
}

/** What the period arithmetic needs of a regime. */
export type RegimePeriods = WindowSpec & { periodType: string; startsOn: Date };

/**
 * The periods of a regime whose data window closed within [from, to] and before `day` (expected by then),
 * oldest first; none before the regime starts.
 */
export function periodsClosedIn(regime: RegimePeriods, from: Date, to: Date, day: Date): Period[] {
  const out: Period[] = [];
  for (let p = periodOf(regime.periodType as PeriodType, addDays(from, -400)); p.start <= to; p = nextPeriod(p)) {
    const w = windowOf(p, regime);
    if (w.to >= from && w.to <= to && w.to < day && p.end >= regime.startsOn) out.push(p);
  }
  return out;
}

/** Who is late and by how much: each expected period with no submission, or a first submission after its due date. */
export function lateList(expected: { periodKey: string }[], reports: ReportFact[], today: Date): string[] {
  const byKey = new Map(reports.map((r) => [r.periodKey, r]));
  return expected.flatMap(({ periodKey }) => {
    const r = byKey.get(periodKey);
    if (!r) return [`${periodKey}: chưa lập`];
    const late = daysLate(r, today);
    if (!r.firstSubmittedOn) return [`${periodKey}: chưa gửi${late ? `, quá hạn ${late} ngày` : ""}`];
    return late ? [`${periodKey}: muộn ${late} ngày`] : [];
  });
}
