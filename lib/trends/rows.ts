// The figures of a trend as rows: one per week, report period or month and figure, with what was expected
// (the whole), what was reached (the part) and the share. The page's tables and the downloads read these.
import { formatDate, addDays } from "../time/business-date";
import { formatIsoWeek, isoWeekOf } from "../time/iso-week";
import { percent } from "../percent";
import type { Trends } from "./queries";

export type Figure = "meetings" | "tasks" | "reports" | "reportsOnTime" | "recommendations";

export const FIGURE_LABEL: Record<Figure, { name: string; whole: string; part: string }> = {
  meetings: { name: "Tuần có giao ban", whole: "Khối đang hoạt động", part: "Đã họp giao ban" },
  tasks: { name: "Nhiệm vụ xong đúng hạn", whole: "Nhiệm vụ đến hạn", part: "Báo cáo xong đúng hạn" },
  reports: { name: "Tỷ lệ báo cáo tháng", whole: "Báo cáo phải gửi", part: "Đã gửi" },
  reportsOnTime: { name: "Tỷ lệ báo cáo đúng hạn", whole: "Báo cáo phải gửi", part: "Gửi đúng hạn" },
  recommendations: { name: "Kiến nghị được trả lời đúng hạn", whole: "Kiến nghị đã gửi", part: "Trả lời đúng hạn" },
};

export interface TrendRow {
  /** "Tuần 33/2018", "Tháng 08/2018". */
  label: string;
  /** Short label under a bar: "T33", "08/18". */
  short: string;
  from: Date;
  to: Date;
  figure: Figure;
  whole: number;
  part: number;
  rate: number | null;
}

const mm = (d: Date) => String(d.getUTCMonth() + 1).padStart(2, "0");
/** A calendar month's period: "Tháng 08/2018", "08/18", its first and last days. */
const month = (start: Date, end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0))) => ({
  label: `Tháng ${mm(start)}/${start.getUTCFullYear()}`,
  short: `${mm(start)}/${String(start.getUTCFullYear()).slice(-2)}`,
  from: start,
  to: end,
});

export function trendRows(t: Trends): TrendRow[] {
  const rows: TrendRow[] = [];
  for (const w of t.weeks) {
    const week = {
      label: formatIsoWeek(isoWeekOf(w.weekStart)),
      short: `T${isoWeekOf(w.weekStart).week}`,
      from: w.weekStart,
      to: addDays(w.weekStart, 6),
    };
    rows.push({ ...week, figure: "meetings", whole: w.blocs, part: w.met, rate: percent(w.met, w.blocs) });
    rows.push({ ...week, figure: "tasks", whole: w.due, part: w.doneOnTime, rate: percent(w.doneOnTime, w.due) });
  }
  for (const r of t.reports) {
    const period = month(r.period.start, r.period.end);
    rows.push({ ...period, figure: "reports", whole: r.expected, part: r.submitted, rate: percent(r.submitted, r.expected) });
    rows.push({ ...period, figure: "reportsOnTime", whole: r.expected, part: r.onTime, rate: percent(r.onTime, r.expected) });
  }
  for (const m of t.recommendations) {
    rows.push({ ...month(m.month), figure: "recommendations", whole: m.sent, part: m.answeredOnTime, rate: percent(m.answeredOnTime, m.sent) });
  }
  return rows;
}

/** The rows of one figure, in order. */
export const rowsOf = (rows: TrendRow[], figure: Figure) => rows.filter((r) => r.figure === figure);

/** The download's columns: one row per period and figure (long form, as a spreadsheet filters it). */
export const TREND_EXPORT_HEADER = ["Mã đơn vị", "Tên đơn vị", "Kỳ", "Từ ngày", "Đến ngày", "Chỉ số", "Phải có", "Đạt", "Tỷ lệ (%)"];

export function trendExportRows(unit: { code: string; name: string }, rows: TrendRow[]): string[][] {
  return rows.map((r) => [
    unit.code,
    unit.name,
    r.label,
    formatDate(r.from),
    formatDate(r.to),
    FIGURE_LABEL[r.figure].name,
    String(r.whole),
    String(r.part),
    r.rate === null ? "" : String(r.rate),
  ]);
}
