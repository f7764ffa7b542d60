// The viewing date of a page (`?asOf=YYYY-MM-DD`, default: the business today).
import { formatDate, parseIsoDate, toIsoDate } from "../time/business-date";
import { today } from "../time/today";

export interface AsOf {
  date: Date;
  iso: string;
  /** True when the page shows another date than the business today. */
  explicit: boolean;
  /** A Vietnamese message when the requested date could not be used. */
  error?: string;
}

export function resolveAsOf(raw: string | string[] | undefined): AsOf {
  const fallback = today();
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || value === "") return { date: fallback, iso: toIsoDate(fallback), explicit: false };
  const parsed = parseIsoDate(value);
  if (!parsed) {
    const shown = value.length > 20 ? `${value.slice(0, 20)}…` : value;
    return {
      date: fallback,
      iso: toIsoDate(fallback),
      explicit: false,
      error: `Ngày xem “${shown}” không hợp lệ (cần dạng năm-tháng-ngày, ví dụ 2018-08-13). Đang hiển thị ngày ${formatDate(fallback)}.`,
    };
  }
  return { date: parsed, iso: toIsoDate(parsed), explicit: toIsoDate(parsed) !== toIsoDate(fallback) };
}

/** The query string that keeps the viewing date on links. */
export function asOfQuery(asOf: AsOf): string {
  return asOf.explicit ? `?asOf=${asOf.iso}` : "";
}
