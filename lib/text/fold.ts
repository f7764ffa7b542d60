// Accent- and case-insensitive matching for Vietnamese ("dam ha" finds "Đầm Hà"; "Hoà" equals "Hòa").

/** Removes diacritics (including đ/Đ), lowercases, and collapses whitespace and punctuation to single spaces. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The longest search text we accept; anything longer is refused with a message, not truncated silently. */
export const MAX_QUERY_LENGTH = 100;

export type QueryCheck = { ok: true; folded: string } | { ok: false; reason: "empty" | "too-long" };

/** Cleans a user's search text: control characters dropped, length bounded, folded. */
export function checkQuery(raw: string | null | undefined): QueryCheck {
  const text = (raw ?? "").replace(/\p{Cc}/gu, " ");
  if (text.length > MAX_QUERY_LENGTH) return { ok: false, reason: "too-long" };
  const folded = fold(text);
  return folded ? { ok: true, folded } : { ok: false, reason: "empty" };
}
