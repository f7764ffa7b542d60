// Masking a record's citizen and free text for a reader who does not work the record (decision 0039):
// names to initials, numbers to their ends, addresses to their last part, and the same names and any
// personal numbers inside the record's texts. Pure.
import type { CitizenFields } from "./fields";
import { maskAddress, maskName, maskNumber, maskText } from "./mask";

/** A record's citizen and free text as `full` allows: unchanged, or masked (the record's names masked in its texts too). */
export function present<T extends Partial<CitizenFields>, K extends keyof T>(row: T, texts: K[], full: boolean, names: string[] = []): T {
  if (full) return row;
  const known = [row.citizenName ?? "", ...names].filter(Boolean);
  const out: T = { ...row };
  for (const k of texts) if (typeof row[k] === "string") out[k] = maskText(row[k] as string, known) as T[K];
  if (row.citizenName) out.citizenName = maskName(row.citizenName);
  if (row.citizenPhone) out.citizenPhone = maskNumber(row.citizenPhone);
  if (row.citizenIdNumber) out.citizenIdNumber = maskNumber(row.citizenIdNumber);
  if (row.citizenAddress) out.citizenAddress = maskAddress(row.citizenAddress);
  return out;
}

/** Every string inside `value` (a history entry's before or after: text, list or object) masked as text. */
function maskDeep(value: unknown, names: string[]): unknown {
  if (typeof value === "string") return maskText(value, names);
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, names));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v, names)]));
  return value;
}

/** A record's history (the audit trail's copies of its texts) as a reader who does not work the record may see it. */
export function maskHistory<E extends { reason: string | null; changes: { before: unknown; after: unknown }[] }>(entries: E[], names: string[]): E[] {
  return entries.map((e) => ({
    ...e,
    reason: e.reason && maskText(e.reason, names),
    changes: e.changes.map((c) => ({ ...c, before: maskDeep(c.before, names), after: maskDeep(c.after, names) })),
  }));
}
