// The model of an official document (minutes, reports) in its issuing body's format (docs/DOMAIN.md,
// "Documents"): the Party's (Hướng dẫn 36-HD/VPTW) for a Party committee's documents (a dân vận bloc's), the
// Front's own or the State's (Nghị định 30/2020/NĐ-CP) for a Front committee's, as the body chose on its
// register page. One model is rendered to an A4 page and to DOCX.
import type { DocumentFamily } from "../../generated/prisma/sqlite/enums";

export type { DocumentFamily };

export interface OfficialDocument {
  family: DocumentFamily;
  /** Top left: the issuing body, upper case, line by line. */
  issuer: string[];
  /** Top right: the Party's name, or the national title and motto. */
  motto: string[];
  number: string;
  placeDate: string;
  title: string;
  subtitle: string;
  sections: { heading: string; paragraphs: string[] }[];
  tasks: { heading: string; header: string[]; rows: string[][] };
  /** Nơi nhận, bottom left. */
  recipients?: string[];
  /** Signature blocks, left to right: the capacity ("T/M BAN THƯỜNG TRỰC", "THƯ KÝ"), the signer's post
   * under it where the capacity is on behalf of a body ("CHỦ TỊCH"), and the name. */
  signatures: { role: string; post?: string; name: string }[];
  draft: boolean;
  /** A copy carrying citizens' data in full opens with who took it, when and why (lib/privacy/export.ts). */
  exportNote?: string[];
}

export const upper = (s: string) => s.normalize("NFC").toLocaleUpperCase("vi");

export function mottoOf(family: DocumentFamily): string[] {
  return family === "PARTY" ? ["ĐẢNG CỘNG SẢN VIỆT NAM"] : ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"];
}

/**
 * A commune bloc's issuing lines: the body by its own name (the Party committee, under the Party organisation
 * above it, in the Party's format; the Front committee otherwise), then the bloc.
 */
export function blocIssuer(family: DocumentFamily, bodyName: string, parent: string | null, blocName: string): string[] {
  return family === "PARTY"
    ? [parent ? upper(`Đảng bộ ${parent}`) : null, upper(bodyName), upper(blocName)].filter((s): s is string => Boolean(s))
    : [upper(bodyName), upper(blocName)];
}
