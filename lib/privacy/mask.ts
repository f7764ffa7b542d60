// Masking citizens' data for readers who do not work the record (decision 0039): a name to its initials,
// a phone or identity number to its ends, an address to its last part, and in free text the numbers that
// look like phones or identity numbers and the names the record itself gives. Pure.

/** "Nguyễn Văn An" → "N. V. A" */
export function maskName(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return words.map((w) => [...w][0].toUpperCase()).join(". ");
}

/** "0912345678" → "09******78"; only the digits count, separators are dropped. */
export function maskNumber(value: string): string {
  const digits = value.replace(/\D/g, "");
  if (digits.length <= 4) return "*".repeat(digits.length);
  return `${digits.slice(0, 2)}${"*".repeat(digits.length - 4)}${digits.slice(-2)}`;
}

/** "Số 12, ngõ 3, thôn Đông, xã Quảng Hà" → "…, xã Quảng Hà": the house, lane and hamlet hidden. */
export function maskAddress(address: string): string {
  const parts = address
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length <= 1) return parts.length ? "…" : "";
  return `…, ${parts[parts.length - 1]}`;
}

/**
 * Phone numbers (0 and 9 digits, or +84 and 9, written whole or in groups: "0912 345 678", "0912.345.678")
 * and identity numbers (9 or 12 digits, whole or in groups of three); not part of a longer number, and not
 * an amount ("150000000 đồng").
 */
const NOT_MONEY = String.raw`(?!\d)(?!\s*(?:đồng|đ(?!\p{L})|vnđ|vnd|triệu|tỷ))`;
export const PERSONAL_NUMBER = new RegExp(
  String.raw`(?<![\d+])(?:\d{12}|\d{3}(?: \d{3}){3}|(?:\+84|0)(?:\d{9}|\d{2,3}(?:[\s.-]\d{3,4}){2})|\d{9}|\d{3}(?: \d{3}){2})${NOT_MONEY}`,
  "giu",
);

/** Whether a match of PERSONAL_NUMBER has the digits of a phone (10, or 11 with 84) or an identity number (9, 12). */
export const isPersonalNumber = (m: string) => {
  const digits = m.replace(/\D/g, "");
  return m.startsWith("+84") ? digits.length === 11 : [9, 10, 12].includes(digits.length) && (digits.length !== 10 || digits.startsWith("0"));
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Free text with its personal numbers masked and each of `names` (the record's citizens) by its initials. */
export function maskText(text: string, names: string[] = []): string {
  let out = text.replace(PERSONAL_NUMBER, (m) => (isPersonalNumber(m) ? maskNumber(m) : m));
  for (const name of names.map((n) => n.trim()).filter((n) => n.length > 1)) {
    out = out.replace(new RegExp(escape(name).replace(/\s+/g, "\\s+"), "giu"), maskName(name));
  }
  return out;
}

/** Whether a value looks like something this file produced: pasted back from a masked page, it is refused. */
export function looksMasked(value: string): boolean {
  return /\*{2,}|…/.test(value) || /^(\p{Lu}\.\s?)+\p{Lu}\.?$/u.test(value.trim());
}
