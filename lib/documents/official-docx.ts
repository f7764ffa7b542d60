// An official document (minutes, report) as a DOCX file: A4, Times New Roman 14 (13 in tables), the
// two-column header of the issuing body's format, the number, place and date, the sections, a table, the
// recipients and the signatures.
import "server-only";
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { OfficialDocument } from "./official";

const FONT = "Times New Roman";
const SIZE = 28; // half-points: 14 pt
const A4 = { width: 11906, height: 16838 }; // twentieths of a point
const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 850 };
/** Nơi nhận's share of the page's width beside the signatures. */
const RECIPIENTS_WIDTH = 36;
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

const run = (text: string, o: { bold?: boolean; italics?: boolean; underline?: boolean; size?: number } = {}) =>
  new TextRun({ text, font: FONT, size: o.size ?? SIZE, bold: o.bold, italics: o.italics, underline: o.underline ? {} : undefined });
const line = (
  text: string,
  o: Parameters<typeof run>[1] & { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number; indent?: boolean } = {},
) =>
  new Paragraph({
    alignment: o.align ?? AlignmentType.JUSTIFIED,
    spacing: { after: o.after ?? 60 },
    indent: o.indent ? { firstLine: 567 } : undefined,
    children: [run(text, o)],
  });
/** The text's width between the margins, in twentieths of a point. */
const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const twips = (percent: number) => Math.round((TEXT_WIDTH * percent) / 100);
// Widths in twips on the cells and the table's grid: readers that ignore percentages (LibreOffice) keep them.
const cell = (children: Paragraph[], width: number) => new TableCell({ children, width: { size: twips(width), type: WidthType.DXA } });
const grid = (percents: number[]) => ({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: percents.map(twips) });

export async function officialDocx(doc: OfficialDocument): Promise<Uint8Array> {
  // The national title needs the wider right column on one line; the Party's name is short.
  const split = doc.family === "PARTY" ? [45, 55] : [40, 60];
  const header = new Table({
    ...grid(split),
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(
            [
              // The issuing body: 12–13 pt upper case, the body itself in bold under its parent.
              ...doc.issuer.map((t, i) => line(t, { bold: i === doc.issuer.length - 1, align: AlignmentType.CENTER, after: 0, size: 24 })),
              line("*", { align: AlignmentType.CENTER, after: 0 }),
              line(doc.number, { align: AlignmentType.CENTER, size: 26 }),
            ],
            split[0],
          ),
          cell(
            [
              ...doc.motto.map((t, i) =>
                line(t, {
                  bold: true,
                  underline: i === doc.motto.length - 1,
                  align: AlignmentType.CENTER,
                  after: 120,
                  // The national title 12–13 pt, the motto 13–14 pt; the Party's name 15 pt.
                  size: doc.family === "PARTY" ? 30 : i === 0 ? 24 : 26,
                }),
              ),
              // Place and date: italic, 13–14 pt; 13 keeps it on one line beside the body's name.
              line(doc.placeDate, { italics: true, align: AlignmentType.CENTER, size: 26 }),
            ],
            split[1],
          ),
        ],
      }),
    ],
  });
  const sections = doc.sections.flatMap((s) => [
    ...(s.heading ? [line(s.heading, { bold: true, after: 60 })] : []),
    ...s.paragraphs.map((p) => line(p, { indent: true })),
  ]);
  // A numbering column ("TT") narrow, the first text column (the task) widest, the rest shared out.
  const columns = doc.tasks.header.length;
  const numbered = /^S?TT$/.test(doc.tasks.header[0] ?? "");
  const taskWidths = doc.tasks.header.map((_, c) =>
    numbered && c === 0 ? 7 : numbered && c === 1 ? (columns > 2 ? 40 : 93) : numbered ? 53 / (columns - 2) : 100 / columns,
  );
  const taskTable = doc.tasks.rows.length
    ? [
        line(doc.tasks.heading, { bold: true }),
        new Table({
          ...grid(taskWidths),
          rows: [doc.tasks.header, ...doc.tasks.rows].map(
            (row, r) =>
              new TableRow({
                tableHeader: r === 0,
                children: row.map((text, c) => cell([line(text, { bold: r === 0, size: 26, align: AlignmentType.LEFT, after: 0 })], taskWidths[c])),
              }),
          ),
        }),
      ]
    : [];
  // Recipients (nơi nhận) at the bottom left, beside the signature, as official documents have them.
  const recipients = doc.recipients?.length
    ? [
        cell(
          [
            line("Nơi nhận:", { bold: true, italics: true, size: 24, align: AlignmentType.LEFT, after: 0 }),
            ...doc.recipients.map((r) => line(`- ${r}`, { size: 22, align: AlignmentType.LEFT, after: 0 })),
          ],
          RECIPIENTS_WIDTH,
        ),
      ]
    : [];
  const signatureWidth = (100 - (recipients.length ? RECIPIENTS_WIDTH : 0)) / doc.signatures.length;
  const signatures = new Table({
    ...grid([...(recipients.length ? [RECIPIENTS_WIDTH] : []), ...doc.signatures.map(() => signatureWidth)]),
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          ...recipients,
          ...doc.signatures.map((s) =>
            cell(
              [
                line(s.role, { bold: true, align: AlignmentType.CENTER, after: 0 }),
                // The post under a capacity signed on a body's behalf (T/M …), not a repeat of the capacity.
                ...(s.post && s.post !== s.role ? [line(s.post, { bold: true, align: AlignmentType.CENTER, after: 0 })] : []),
                line("(Ký, ghi rõ họ tên)", { italics: true, align: AlignmentType.CENTER, after: 1200, size: 26 }),
                line(s.name, { bold: true, align: AlignmentType.CENTER }),
              ],
              signatureWidth,
            ),
          ),
        ],
      }),
    ],
  });
  const document = new Document({
    creator: "Cổng thông tin khối MTTQ và các tổ chức chính trị - xã hội",
    title: `${doc.title} ${doc.number}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        properties: { page: { size: A4, margin: MARGIN } },
        children: [
          // A copy with citizens in full: who took it, when and why, above everything else, small and italic.
          ...(doc.exportNote ?? []).map((t, i, all) => line(t, { italics: true, size: 20, align: AlignmentType.LEFT, after: i === all.length - 1 ? 240 : 0 })),
          header,
          ...(doc.draft ? [line("DỰ THẢO — chưa được duyệt", { italics: true, align: AlignmentType.CENTER })] : []),
          line(doc.title, { bold: true, align: AlignmentType.CENTER, after: 0, size: 30 }),
          line(doc.subtitle, { bold: true, align: AlignmentType.CENTER, after: 240 }),
          ...sections,
          ...taskTable,
          line("", { after: 240 }),
          signatures,
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
