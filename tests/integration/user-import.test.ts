// Importing users from CSV and XLSX: preview with row-level errors, all or nothing.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { sheetKind } from "@/lib/files/upload";
import { toCsv } from "@/lib/files/csv";
import { checkImport, readSheet } from "@/lib/users/import";
import { confirmImport, storeImport } from "@/lib/users/import-definitions";
import { ctx, makeUser } from "../support/factories";

const header = ["Tên đăng nhập", "Họ và tên", "Vai trò", "Mã đơn vị", "Tổ chức", "Từ ngày"];
const csv = (rows: string[][]) => new TextEncoder().encode(toCsv([header, ...rows]));
const unique = () => Math.random().toString(36).slice(2, 8);

describe("user import", () => {
  it("reports every bad row with its number and field, and imports nothing", async () => {
    const admin = await makeUser("ADMIN", "22");
    const a = `nhap-${unique()}`;
    const bytes = csv([
      [a, "Nguyễn Văn A", "Trưởng khối cấp xã", "06922", "", "13/08/2018"],
      [a, "Trùng tên", "Trưởng khối cấp xã", "06925", "", "13/08/2018"],
      [`nhap-${unique()}`, "Sai đơn vị", "Cán bộ hướng dẫn, thẩm định khối cấp xã", "06922", "", "13/08/2018"],
      [`nhap-${unique()}`, "Sai ngày", "Trưởng khối cấp xã", "06922", "", "31/02/2018"],
      ["Có Dấu", "Sai tên", "Trưởng khối cấp xã", "06922", "", "13/08/2018"],
      [`nhap-${unique()}`, "Thiếu tổ chức", "Cán bộ đoàn thể", "06922", "", "13/08/2018"],
      [admin.username, "Đã có", "Quản trị viên", "22", "", "13/08/2018"],
    ]);
    const { rows, errors } = await checkImport(db, await readSheet(bytes, sheetKind(bytes)!));
    expect(errors.map((e) => [e.row, e.field])).toEqual([
      [3, "username"],
      [4, "unitCode"],
      [5, "validFrom"],
      [6, "username"],
      [7, "organisationCode"],
      [8, "username"],
    ]);
    expect(rows.map((r) => r.row)).toContain(2);

    const id = await storeImport(db, admin.actor, { name: "ds.csv", bytes, kind: "csv" }, ctx());
    const result = await runAction(db, confirmImport, { importId: id }, admin.actor, ctx());
    expect(result.ok).toBe(false);
    expect(await db.user.count({ where: { username: a } })).toBe(0);
  });

  it("creates every account of a clean XLSX file in one go, each must change its password, each audited", async () => {
    const admin = await makeUser("ADMIN", "22");
    const names = [`x-${unique()}`, `x-${unique()}`];
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Người dùng");
    sheet.addRow(header);
    sheet.addRow([names[0], "Trần Thị B", "Cán bộ đoàn thể", "06922", "HOI_PHU_NU", new Date(Date.UTC(2018, 7, 13))]);
    sheet.addRow([names[1], "Lê Văn C", "REVIEWER", "201", "", "2018-08-13"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(sheetKind(bytes)).toBe("xlsx");
    const id = await storeImport(db, admin.actor, { name: "ds.xlsx", bytes, kind: "xlsx" }, ctx());
    const stored = await db.userImport.findUniqueOrThrow({ where: { id } });
    expect(JSON.parse(stored.errors)).toEqual([]);
    const result = await runAction(db, confirmImport, { importId: id }, admin.actor, ctx());
    expect(result.ok).toBe(true);
    expect(result.table?.rows.map((r) => r[0])).toEqual(names);
    const users = await db.user.findMany({ where: { username: { in: names } }, include: { assignments: true } });
    expect(users).toHaveLength(2);
    expect(users.every((u) => u.mustChangePassword && u.assignments.length === 1)).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "user.create", entityId: { in: users.map((u) => u.id) } } })).toBe(2);
    // Confirming twice creates nothing more.
    expect((await runAction(db, confirmImport, { importId: id }, admin.actor, ctx())).ok).toBe(false);
  });

  it("tells files by content: an executable renamed .csv is refused", () => {
    expect(sheetKind(new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03]))).toBeNull();
    expect(sheetKind(new Uint8Array([0xff, 0xfe, 0x41]))).toBeNull();
    expect(sheetKind(new TextEncoder().encode("a,b\n1,2"))).toBe("csv");
  });

  it("keeps formula-looking cells as text when writing CSV", () => {
    expect(toCsv([['=HYPERLINK("x")', "+1", "-2", "@a", "bình thường"]])).toBe('\uFEFF"\'=HYPERLINK(""x"")",\'+1,\'-2,\'@a,bình thường\r\n');
  });
});
