// A date range chosen by the user (query parameters from= and to=, ISO dates), for pages and downloads.
import { addDays, parseIsoDate } from "./business-date";

export type DateRange = { from: Date; to: Date };

/** The range of `from`/`to` (each optional: the default is the year up to `day`), or the error to show. */
export function parseRange(fromRaw: string | null | undefined, toRaw: string | null | undefined, day: Date, defaultDays = 365): DateRange | { error: string } {
  const from = fromRaw ? parseIsoDate(fromRaw) : addDays(day, -defaultDays);
  const to = toRaw ? parseIsoDate(toRaw) : day;
  if (!from || !to) return { error: "Ngày không hợp lệ: dùng dạng YYYY-MM-DD." };
  if (from > to) return { error: "Ngày bắt đầu (from) phải trước ngày kết thúc (to)." };
  return { from, to };
}
