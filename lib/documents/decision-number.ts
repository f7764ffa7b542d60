// Document numbers in the issuing body's format (docs/DOMAIN.md, Documents):
// Party (Hướng dẫn 36-HD/VPTW): "44-QĐ/TU", "12-BB/ĐU", "01-HD/LB-TC-DVTW" — number, hyphen, type, slash, body;
// State (Decree 30/2020/NĐ-CP) and the Front: "15/QĐ-UBND", "1679/NQ-UBTVQH15", "12/QĐ-MTTQ-BTT" — number,
// slash, type, hyphen, body.
import type { DocumentFamily } from "../../generated/prisma/sqlite/enums";

const CODE = "[A-ZĐ][A-ZĐ0-9]*";
const PARTY = new RegExp(`^\\d{1,5}-${CODE}(?:/${CODE}(?:-${CODE})*)+$`, "u");
const STATE = new RegExp(`^\\d{1,5}(?:/\\d{4})?/${CODE}(?:-${CODE})+$`, "u");

export const NUMBER_EXAMPLE: Record<DocumentFamily, string> = {
  PARTY: "12-QĐ/ĐU",
  STATE: "15/QĐ-UBND",
  FRONT: "08/QĐ-MTTQ-BTT",
};

/** The number in canonical form (NFC, no spaces around separators, upper case), or null when malformed. */
export function normaliseDecisionNumber(raw: string, family: DocumentFamily): string | null {
  const number = raw
    .normalize("NFC")
    .trim()
    .replace(/\s*([/-])\s*/g, "$1")
    .toUpperCase();
  return (family === "PARTY" ? PARTY : STATE).test(number) ? number : null;
}
