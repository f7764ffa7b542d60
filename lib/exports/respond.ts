// Downloads (docs/ARCHITECTURE.md): CSV (UTF-8 with a BOM, header first, no total row) or XLSX (?format=xlsx), cells
// that a spreadsheet would read as formulas neutralised, dates dd/MM/yyyy, named by stable codes.
import "server-only";
import ExcelJS from "exceljs";
import { neutraliseCell, toCsv } from "../files/csv";
import { parseRange } from "../time/range";

export type ExportFormat = "csv" | "xlsx";

export function exportFormat(raw: string | null): ExportFormat | null {
  if (raw === null || raw === "" || raw === "csv") return "csv";
  return raw === "xlsx" ? "xlsx" : null;
}

/**
 * A download. `note` (a download carrying citizens in full, lib/privacy/export.ts) is its first sheet: who
 * took it, when and why; such a download is Excel only.
 */
export async function exportResponse(name: string, header: string[], rows: string[][], format: ExportFormat, note?: string[][]): Promise<Response> {
  const headers: Record<string, string> = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
  if (format === "csv") {
    return new Response(toCsv([header, ...rows]), {
      headers: { ...headers, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}.csv"` },
    });
  }
  const workbook = new ExcelJS.Workbook();
  if (note) {
    const first = workbook.addWorksheet("Thông tin tải");
    for (const line of note) first.addRow(line.map(neutraliseCell)).getCell(1).font = { bold: true };
    first.columns = [{ width: 48 }, { width: 90 }];
  }
  const sheet = workbook.addWorksheet(name.slice(0, 31));
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map(neutraliseCell));
  sheet.columns.forEach((column, i) => {
    column.width = Math.min(60, Math.max(10, ...[header, ...rows].map((r) => (r[i] ?? "").length + 2)));
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Response(buffer as ArrayBuffer, {
    headers: {
      ...headers,
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${name}${note ? "-day-du" : ""}.xlsx"`,
    },
  });
}

/** The optional from= and to= of a download (default: the last 12 months to `day`), or a 400 response. */
export function exportRange(url: URL, day: Date): { from: Date; to: Date } | Response {
  const range = parseRange(url.searchParams.get("from"), url.searchParams.get("to"), day);
  return "error" in range ? badRequest(range.error) : range;
}

export function notFoundResponse(): Response {
  return new Response("Không tìm thấy.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

export function badRequest(message: string): Response {
  return new Response(message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
