// The portal's business calendar (docs/ARCHITECTURE.md, "Time"): calendar dates in Asia/Ho_Chi_Minh, stored as UTC
// midnight of the date they name, shown as dd/MM/yyyy. Event timestamps use the real clock.

export const TIME_ZONE = "Asia/Ho_Chi_Minh";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as the Date at UTC midnight of that day, or null when `text` is not a real YYYY-MM-DD date. */
export function parseIsoDate(text: string | null | undefined): Date | null {
  const match = ISO_DATE.exec(text ?? "");
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  if (year < 1900 || year > 2200) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** The calendar date in Vietnam at `instant`, as a business date (UTC midnight). */
/** The hour of the day in Vietnam (UTC+7, no daylight saving) at an instant. */
export const hourInVietnam = (instant: Date) => (instant.getUTCHours() + 7) % 24;

export function vietnamDateOf(instant: Date): Date {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return new Date(Date.UTC(get("year"), get("month") - 1, get("day")));
}

/**
 * "Today" for business rules: the fixed business date when the deployment sets one (APP_TODAY), else the
 * real date in Vietnam.
 */
export function businessToday(appToday: string | undefined, now: Date = new Date()): Date {
  if (appToday) {
    const fixed = parseIsoDate(appToday);
    if (!fixed) throw new Error(`APP_TODAY must be a date YYYY-MM-DD (got "${appToday}")`);
    return fixed;
  }
  return vietnamDateOf(now);
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** dd/MM/yyyy of a business date. */
export function formatDate(date: Date): string {
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

/** dd/MM/yyyy HH:mm of an event instant, in Vietnam time. */
export function formatDateTime(instant: Date): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("day")}/${get("month")}/${get("year")} ${get("hour")}:${get("minute")}`;
}

/** "ngày 05 tháng 02 năm 2026", the date line of official documents (Decree 30/2020/NĐ-CP). */
export function formatDateLong(date: Date): string {
  return `ngày ${pad(date.getUTCDate())} tháng ${pad(date.getUTCMonth() + 1)} năm ${date.getUTCFullYear()}`;
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** Whole days from `from` to `to` (business dates). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 86_400_000);
}
