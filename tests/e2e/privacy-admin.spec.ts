// The administrator's side of citizens' data (decisions 0041, 0042) in the 2018 demo, on a phone and a
// desktop: a kind's retention period set (the demo keeps 10 years), and a person's request: refused without
// its basis, then every record naming the person found by the name typed without accents, and what the portal
// holds about them downloaded as Excel opening with who took it and why.
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { expect, expectAccessible, signIn, test, visit } from "./fixtures";

test("the administrator sets a retention period and answers a person's request", async ({ page }) => {
  const phone = test.info().project.name === "phone";
  await signIn(page, "admin");
  await visit(page, "/admin/privacy");
  const kind = page.getByRole("form", { name: phone ? "Thời hạn lưu trữ: Nhiệm vụ" : "Thời hạn lưu trữ: Cuộc họp giao ban" });
  await expect(kind.getByLabel("Số năm sau khi kết thúc")).toHaveValue("10");
  await kind.getByLabel("Số năm sau khi kết thúc").fill("12");
  await kind.getByRole("button", { name: "Lưu" }).click();
  await expect(kind.getByText(/giữ dữ liệu của người dân 12 năm sau khi kết thúc/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "tìm mọi hồ sơ nêu tên người đó" }).click();
  await page.getByLabel("Họ tên (có dấu hoặc không dấu)").fill("tran thi lan");
  await page.getByRole("button", { name: "Tìm hồ sơ" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Ghi căn cứ yêu cầu" })).toBeVisible();
  await page.getByLabel("Căn cứ yêu cầu (đơn, ngày, người yêu cầu)").fill("Đơn ngày 01/12/2026 của bà Trần Thị Lan");
  await page.getByRole("button", { name: "Tìm hồ sơ" }).click();
  await expect(page.getByRole("heading", { name: /\d+ hồ sơ nêu người này/ })).toBeVisible();
  await expect(page.getByText("Báo cáo: họ tên người dân").first()).toBeVisible();
  await expect(page.getByText("Trần Thị Lan", { exact: true }).first()).toBeVisible();
  await expectAccessible(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Tải Excel những gì cổng đang giữ về người này" }).click(),
  ]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(readFileSync(await download.path())).buffer);
  expect(book.worksheets[0].name).toBe("Thông tin tải");
  expect(JSON.stringify(book.worksheets[0].getSheetValues())).toContain("Đơn ngày 01/12/2026 của bà Trần Thị Lan");
  expect(JSON.stringify(book.worksheets[1].getSheetValues())).toContain("Trần Thị Lan");
});
