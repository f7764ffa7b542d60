// Registers of outgoing documents (docs/DOMAIN.md, "Documents"; decision 0032): which body issues a
// document, the code of each kind of document, and the number as the body writes it. Pure: no database.
import type { DocumentFamily, IssuingBodyKind, RegisterKind } from "../../generated/prisma/sqlite/enums";
import { UNIT_TYPE_LABEL, type UnitType } from "../units/labels";

export const REGISTER_KINDS = ["MINUTES", "REPORT", "CRITICISM", "PLAN", "CONCLUSION", "DECISION"] as const satisfies readonly RegisterKind[];

/** The type code in the number (Decree 30/2020 abbreviations; PB for the Front's criticism opinion). */
export const KIND_CODE: Record<RegisterKind, string> = { MINUTES: "BB", REPORT: "BC", CRITICISM: "PB", PLAN: "KH", CONCLUSION: "TB", DECISION: "QĐ" };

export const KIND_LABEL: Record<RegisterKind, string> = {
  MINUTES: "Biên bản",
  REPORT: "Báo cáo",
  CRITICISM: "Văn bản phản biện",
  PLAN: "Kế hoạch",
  CONCLUSION: "Thông báo kết luận",
  DECISION: "Quyết định công nhận",
};

export const BODY_KIND_LABEL: Record<IssuingBodyKind, string> = { PARTY_COMMITTEE: "Đảng ủy", FRONT_COMMITTEE: "Ủy ban MTTQ" };

export const FAMILY_LABEL: Record<DocumentFamily, string> = {
  PARTY: "thể thức văn bản của Đảng",
  STATE: "thể thức văn bản hành chính",
  FRONT: "thể thức văn bản của Mặt trận",
};

export const ENTRY_STATUS_LABEL = { ISSUED: "Đã cấp", VOIDED: "Đã hủy" } as const;

/** The body's defaults when it first issues a number: its name, the symbol in its numbers, its format. */
export function bodyDefaults(kind: IssuingBodyKind, unit: { type: string; name: string }): { name: string; symbol: string; family: DocumentFamily } {
  const typed = `${UNIT_TYPE_LABEL[unit.type as UnitType]} ${unit.name}`;
  return kind === "PARTY_COMMITTEE"
    ? { name: `Đảng ủy ${typed}`, symbol: "ĐU", family: "PARTY" }
    : { name: `Ủy ban MTTQ Việt Nam ${typed}`, symbol: "MTTQ", family: "FRONT" };
}

/** The bodies a unit issues documents from: a commune has its Party and its Front committee; above it, the Front's. */
export function bodyKindsOf(level: string): IssuingBodyKind[] {
  return level === "COMMUNE" ? ["PARTY_COMMITTEE", "FRONT_COMMITTEE"] : ["FRONT_COMMITTEE"];
}

/**
 * The registers a body keeps: a commune's Party committee numbers what its dân vận bloc issues (minutes,
 * reports, conclusion notices); a Front committee numbers those and its own (supervision plans, criticism
 * opinions, the recognition decisions of "Dân vận khéo" models).
 */
export function registerKindsOf(kind: IssuingBodyKind): readonly RegisterKind[] {
  return kind === "PARTY_COMMITTEE" ? (["MINUTES", "REPORT", "CONCLUSION"] as const) : REGISTER_KINDS;
}

/**
 * The number and symbol as the body writes it. The Party's format (Hướng dẫn 36-HD/VPTW) is number, hyphen,
 * type, slash, body: "12-BB/ĐU". The State's and the Front's are number, slash, type, hyphen, body, with a
 * leading zero below 10: "05/BB-MTTQ".
 */
export function numberLabel(family: DocumentFamily, n: number, kind: RegisterKind, symbol: string): string {
  const code = KIND_CODE[kind];
  return family === "PARTY" ? `${n}-${code}/${symbol}` : `${String(n).padStart(2, "0")}/${code}-${symbol}`;
}

/** "Số 12-BB/ĐU" in the Party's format, "Số: 05/BB-MTTQ" in the others; the dots of a draft otherwise. */
export function numberLine(family: DocumentFamily, label: string | null, kind: RegisterKind, symbol: string): string {
  const text = label ?? (family === "PARTY" ? `…-${KIND_CODE[kind]}/${symbol}` : `…/${KIND_CODE[kind]}-${symbol}`);
  return family === "PARTY" ? `Số ${text}` : `Số: ${text}`;
}

/** A symbol is upper-case letters and digits in groups joined by hyphens: "ĐU", "MTTQ", "MTTQ-BTT". */
export const SYMBOL = /^[A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ][A-ZĐ0-9]*)*$/u;
