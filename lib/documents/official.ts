// The model of an official document (minutes, reports) in its issuing body's format (docs/DOMAIN.md,
// "Documents"): the Party's (Hướng dẫn 36-HD/VPTW) for a dân vận bloc, the Front's for the units hosted by
// MTTQ. One model is rendered to an A4 page and to DOCX.
export type DocumentFamily = "PARTY" | "FRONT";

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
}

export const upper = (s: string) => s.normalize("NFC").toLocaleUpperCase("vi");

export function mottoOf(family: DocumentFamily): string[] {
  return family === "PARTY" ? ["ĐẢNG CỘNG SẢN VIỆT NAM"] : ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"];
}

/** A commune bloc's issuing body: the Party committee's bloc, or the Front committee's unit. */
export function blocIssuer(family: DocumentFamily, commune: string, parent: string | null, blocName: string): string[] {
  return family === "PARTY"
    ? [parent ? upper(`Đảng bộ ${parent}`) : null, upper(`Đảng ủy ${commune}`), upper(blocName)].filter((s): s is string => Boolean(s))
    : [upper(`Ủy ban MTTQ Việt Nam ${commune}`), upper(blocName)];
}
