// An official document (minutes, report) as a DOCX file: A4, Times New Roman 14 (13 in tables), the
// two-column header of the issuing body's format, the number, place and date, the sections, a table, the
// recipients and the signatures.
import "server-only";
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { OfficialDocument } from "./official";

const FONT = "Times New Roman";
const SIZE = 28; // half-points: 14 pt
const A4 = { width: 11906, height: 16838 }; // twentieths of a point
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
const cell = (children: Paragraph[], width: number) => new TableCell({ children, width: { size: width, type: WidthType.PERCENTAGE } });

export async function officialDocx(doc: OfficialDocument): Promise<Uint8Array> {
  const header = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(
            [
              ...doc.issuer.map((t, i) => line(t, { bold: i === doc.issuer.length - 1, align: AlignmentType.CENTER, after: 0, size: 26 })),
              line("*", { align: AlignmentType.CENTER, after: 0 }),
              line(doc.number, { align: AlignmentType.CENTER, size: 26 }),
            ],
            45,
          ),
          cell(
            [
              ...doc.motto.map((t, i) =>
                line(t, {
                  bold: true,
                  underline: i === doc.motto.length - 1,
                  align: AlignmentType.CENTER,
                  after: 120,
                  size: i === 0 && doc.family === "FRONT" ? 26 : SIZE,
                }),
              ),
              line(doc.placeDate, { italics: true, align: AlignmentType.CENTER }),
            ],
            55,
          ),
        ],
      }),
    ],
  });
  const sections = doc.sections.flatMap((s) => [line(s.heading, { bold: true, after: 60 }), ...s.paragraphs.map((p) => line(p, { indent: true }))]);
  const taskTable = doc.tasks.rows.length
    ? [
        line(doc.tasks.heading, { bold: true }),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [doc.tasks.header, ...doc.tasks.rows].map(
            (row, r) =>
              new TableRow({
                tableHeader: r === 0,
                children: row.map((text) => new TableCell({ children: [line(text, { bold: r === 0, size: 26, align: AlignmentType.LEFT, after: 0 })] })),
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
          50,
        ),
      ]
    : [];
  const signatures = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          ...recipients,
          ...doc.signatures.map((s) =>
            cell(
              [
                line(s.role, { bold: true, align: AlignmentType.CENTER, after: 0 }),
                line("(Ký, ghi rõ họ tên)", { italics: true, align: AlignmentType.CENTER, after: 1200, size: 26 }),
                line(s.name, { bold: true, align: AlignmentType.CENTER }),
              ],
              50,
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
        properties: { page: { size: A4, margin: { top: 1134, bottom: 1134, left: 1701, right: 850 } } },
        children: [
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
