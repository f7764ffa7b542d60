// The part of a record's text a search hit shows: around the first place one of the query's words begins,
// cut from the text as written (with its accents), not from the folded copy the index holds.
import { fold } from "../text/fold";

/** The text folded one character at a time, so that a position in it is the same position in the text. */
export function foldAligned(text: string): string {
  let out = "";
  for (const ch of text) {
    const f = fold(ch);
    // A character that folds to nothing (punctuation, a space) or to more than one keeps its place as spaces.
    out += f.length === ch.length ? f : " ".repeat(ch.length);
  }
  return out;
}

export function snippetOf(body: string, words: string[], width = 180): string {
  // The record's parts (an owner and a result, a report's issues) are lines: shown apart.
  const text = body
    .split(/\n+/)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join(" · ");
  if (text.length <= width) return text;
  const folded = foldAligned(text);
  let at = -1;
  for (const w of words) {
    const found = new RegExp(`(^|[^\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, "")}`, "u").exec(folded);
    if (found && (at === -1 || found.index < at)) at = found.index + found[1].length;
  }
  const start = Math.max(0, at - 40);
  const end = Math.min(text.length, start + width);
  return `${start > 0 ? "…" : ""}${text.slice(start, end).trim()}${end < text.length ? "…" : ""}`;
}
