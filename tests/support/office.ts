// Reading the portal's files with software the project did not write: LibreOffice opens each DOCX and
// XLSX and converts it (DOCX to PDF, XLSX to CSV), and poppler reads the PDF's text and fonts. What these
// return is what a person opening the file would see, not what our generator meant to write.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseCsv } from "@/lib/files/csv";

export const OFFICE_TOOLS = { soffice: "/usr/bin/soffice", pdftotext: "/usr/bin/pdftotext", pdffonts: "/usr/bin/pdffonts", pdfinfo: "/usr/bin/pdfinfo" };
export const OFFICE_INSTALL = "apt-get update && apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils";

export interface RenderedPdf {
  /** The text in reading layout (pdftotext -layout). */
  text: string;
  /** The text in reading order, block by block, with runs of spaces and line breaks collapsed (for phrases a
   * layout may wrap or put beside another column). */
  flat: string;
  /** The names of the fonts the PDF embeds, without their subset prefix. */
  fonts: string[];
  pages: number;
  pdf: string;
}

function soffice(dir: string, filter: string, files: string[]) {
  const missing = Object.values(OFFICE_TOOLS).filter((t) => !existsSync(t));
  if (missing.length) throw new Error(`Missing ${missing.join(", ")}: ${OFFICE_INSTALL}`);
  // A profile of its own: test files run in parallel, and LibreOffice locks its profile.
  execFileSync(
    OFFICE_TOOLS.soffice,
    ["--headless", "--norestore", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", filter, "--outdir", path.join(dir, "out"), ...files],
    { stdio: "pipe", timeout: 180_000 },
  );
}

/** Converts DOCX files to PDF with LibreOffice in one run and reads back each PDF's text and fonts. */
export function docxToPdf(files: Record<string, Uint8Array>): Record<string, RenderedPdf> {
  const dir = mkdtempSync(path.join(tmpdir(), "bloc-office-"));
  try {
    const names = Object.keys(files);
    for (const name of names) writeFileSync(path.join(dir, `${name}.docx`), files[name]);
    soffice(
      dir,
      "pdf",
      names.map((n) => path.join(dir, `${n}.docx`)),
    );
    return Object.fromEntries(
      names.map((name) => {
        const pdf = path.join(dir, "out", `${name}.pdf`);
        const text = execFileSync(OFFICE_TOOLS.pdftotext, ["-layout", "-enc", "UTF-8", pdf, "-"], { encoding: "utf8" });
        const fonts = execFileSync(OFFICE_TOOLS.pdffonts, [pdf], { encoding: "utf8" })
          .split("\n")
          .slice(2)
          .map((l) => l.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, ""))
          .filter(Boolean);
        const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync(OFFICE_TOOLS.pdfinfo, [pdf], { encoding: "utf8" }))?.[1]);
        // Kept for a person to look at when BLOC_KEEP_PDF names a folder.
        if (process.env.BLOC_KEEP_PDF) writeFileSync(path.join(process.env.BLOC_KEEP_PDF, `${name}.pdf`), readFileSync(pdf));
        // Without -layout, poppler reads column by column (a table cell, the recipients, a signature block).
        const flat = execFileSync(OFFICE_TOOLS.pdftotext, ["-enc", "UTF-8", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
        return [name, { text, flat, fonts, pages, pdf: name }];
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Opens an XLSX file with LibreOffice Calc and returns its first sheet as rows of cell texts. */
export function xlsxToRows(bytes: Uint8Array): string[][] {
  const dir = mkdtempSync(path.join(tmpdir(), "bloc-office-"));
  try {
    const file = path.join(dir, "book.xlsx");
    writeFileSync(file, bytes);
    // CSV with comma separators, double quotes, UTF-8 (76), cells as shown (formatted).
    soffice(dir, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true", [file]);
    return parseCsv(readFileSync(path.join(dir, "out", "book.csv"), "utf8"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
