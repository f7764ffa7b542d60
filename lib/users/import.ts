// Importing many users from a CSV or XLSX file: read the sheet, check every row (format, duplicates in the
// file and in the database, the unit and organisation of each role) and report row-level errors. Nothing
// is created here; the administrator confirms a file with no errors (lib/users/import-definitions.ts).
import "server-only";
import ExcelJS from "exceljs";
import type { Db } from "../db";
import { ROLE_LABEL, ROLES } from "../auth/roles";
import { fold } from "../text/fold";
import { parseIsoDate, toIsoDate } from "../time/business-date";
import { parseCsv } from "../files/csv";
import type { SheetKind } from "../files/upload";
import { fieldErrorsOf } from "../validation";
import { resolveRoleTarget } from "./role-target";
import { createUserSchema } from "./schema";

export const MAX_IMPORT_ROWS = 500;
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** Accepted column headers (folded) for each field; the template uses the first. */
export const COLUMNS = {
  username: ["ten dang nhap", "username"],
  displayName: ["ho va ten", "ho ten", "display name", "displayname"],
  role: ["vai tro", "role"],
  unitCode: ["ma don vi", "unit code", "unitcode"],
  organisationCode: ["to chuc", "ma to chuc", "organisation", "organisationcode"],
  validFrom: ["tu ngay", "valid from", "validfrom"],
} as const;
type Field = keyof typeof COLUMNS;

export const TEMPLATE_HEADER = ["Tên đăng nhập", "Họ và tên", "Vai trò", "Mã đơn vị", "Tổ chức", "Từ ngày"];
export const FIELD_LABEL: Record<Field, string> = {
  username: "Tên đăng nhập",
  displayName: "Họ và tên",
  role: "Vai trò",
  unitCode: "Mã đơn vị",
  organisationCode: "Tổ chức",
  validFrom: "Từ ngày",
};

export interface ImportRow {
  row: number;
  username: string;
  displayName: string;
  role: (typeof ROLES)[number];
  unitCode: string;
  organisationCode: string | null;
  validFrom: string;
}

export interface ImportError {
  row: number;
  field: string;
  message: string;
}

export async function readSheet(bytes: Uint8Array, kind: SheetKind): Promise<string[][]> {
  if (kind === "csv") return parseCsv(new TextDecoder("utf-8").decode(bytes));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= Math.min(row.cellCount, 20); c++) {
      const cell = row.getCell(c);
      const value = cell.value instanceof Date ? toIsoDate(cell.value) : cell.text;
      cells.push(String(value ?? ""));
    }
    rows.push(cells);
  });
  return rows;
}

/** The names lists written before the roles were named by what people do (decision 0020) still import. */
const FORMER_ROLE_NAMES: [string, (typeof ROLES)[number]][] = [
  ["Cán bộ cấp tỉnh", "OVERVIEW"],
  ["PROVINCIAL OFFICIAL", "OVERVIEW"],
  ["Cán bộ cấp huyện", "REVIEWER"],
  ["DISTRICT STAFF", "REVIEWER"],
  ["COMMUNE HEAD", "BLOC_HEAD"],
];

const ROLE_BY_NAME = new Map<string, string>([
  ...ROLES.map((r) => [fold(r.replace(/_/g, " ")), r] as [string, string]),
  ...ROLES.map((r) => [fold(ROLE_LABEL[r]), r] as [string, string]),
  ...FORMER_ROLE_NAMES.map(([name, r]) => [fold(name), r] as [string, string]),
]);

/** dd/MM/yyyy or YYYY-MM-DD to YYYY-MM-DD; anything else is left for the schema to refuse. */
function isoFrom(text: string): string {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  return m ? `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}` : text.trim();
}

export async function checkImport(db: Db, sheet: string[][]): Promise<{ rows: ImportRow[]; errors: ImportError[] }> {
  const errors: ImportError[] = [];
  if (sheet.length < 2) return { rows: [], errors: [{ row: 1, field: "", message: "Tệp không có dòng dữ liệu nào dưới dòng tiêu đề." }] };
  if (sheet.length - 1 > MAX_IMPORT_ROWS) {
    return { rows: [], errors: [{ row: 1, field: "", message: `Mỗi lần nhập tối đa ${MAX_IMPORT_ROWS} dòng; tệp có ${sheet.length - 1} dòng.` }] };
  }
  const header = sheet[0].map((h) => fold(h));
  const index = {} as Record<Field, number>;
  for (const field of Object.keys(COLUMNS) as Field[]) {
    index[field] = header.findIndex((h) => (COLUMNS[field] as readonly string[]).includes(h));
    if (index[field] < 0 && field !== "organisationCode") errors.push({ row: 1, field, message: `Thiếu cột “${FIELD_LABEL[field]}”.` });
  }
  if (errors.length) return { rows: [], errors };

  const rows: ImportRow[] = [];
  const seen = new Map<string, number>();
  for (const [i, cells] of sheet.slice(1).entries()) {
    const rowNumber = i + 2;
    const cell = (f: Field) => (index[f] >= 0 ? (cells[index[f]] ?? "").trim() : "");
    const roleText = cell("role");
    const raw = {
      submissionId: "00000000-0000-4000-8000-000000000000",
      username: cell("username"),
      displayName: cell("displayName"),
      role: ROLE_BY_NAME.get(fold(roleText)) ?? roleText,
      unitCode: cell("unitCode"),
      organisationCode: cell("organisationCode").toUpperCase() || undefined,
      validFrom: isoFrom(cell("validFrom")),
    };
    const parsed = createUserSchema.safeParse(raw);
    if (!parsed.success) {
      for (const [field, messages] of Object.entries(fieldErrorsOf(parsed.error))) errors.push({ row: rowNumber, field, message: messages.join(" ") });
      continue;
    }
    const input = parsed.data;
    const first = seen.get(input.username);
    if (first) {
      errors.push({ row: rowNumber, field: "username", message: `Trùng tên đăng nhập với dòng ${first}.` });
      continue;
    }
    seen.set(input.username, rowNumber);
    const target = await resolveRoleTarget(db, input);
    if (!target.ok) {
      for (const [field, messages] of Object.entries(target.fieldErrors)) errors.push({ row: rowNumber, field, message: messages.join(" ") });
      continue;
    }
    rows.push({
      row: rowNumber,
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      unitCode: input.unitCode,
      organisationCode: input.organisationCode,
      validFrom: toIsoDate(input.validFrom),
    });
  }
  const taken = await db.user.findMany({ where: { username: { in: rows.map((r) => r.username) } }, select: { username: true } });
  for (const t of taken) {
    const row = rows.find((r) => r.username === t.username)!;
    errors.push({ row: row.row, field: "username", message: "Tên đăng nhập này đã có người dùng." });
  }
  errors.sort((a, b) => a.row - b.row);
  return { rows, errors };
}

export function parseStoredRows(json: string): ImportRow[] {
  return (JSON.parse(json) as ImportRow[]).map((r) => ({ ...r, validFrom: toIsoDate(parseIsoDate(r.validFrom)!) }));
}
