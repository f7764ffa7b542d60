// Trends (decision 0037) on a phone and a desktop, in the 2018 demo (business date 13/08/2018): a commune head
// opens the commune's trends from its page, reads the charts and their table, switches to a year, downloads
// the figures and cannot download another commune's; the district's reviewer finds the commune that stopped
// meeting a month ago marked in the district's table (the demo's Bình Dân) and opens its trends.
import { expect, expectAccessible, signIn, test, visit } from "./fixtures";

test("a commune head reads the commune's trends over a quarter and a year, and downloads them", async ({ page }) => {
  await signIn(page, "xa-06994");
  await visit(page, "/communes/06994");
  await page.getByRole("link", { name: /^Xu hướng: giao ban/ }).click();
  await expect(page).toHaveURL(/\/communes\/06994\/trends$/);
  await expect(page.getByRole("heading", { name: "Xu hướng hoạt động" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Tuần có giao ban/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /Nhiệm vụ xong đúng hạn/ })).toBeVisible();
  const weekly = page.getByRole("table", { name: "Giao ban và nhiệm vụ theo tuần" });
  await expect(weekly.locator("tbody tr")).toHaveCount(13);
  // The last completed week is the one before the business date's; the demo's Cái Rồng met in it.
  await expect(weekly.locator("tbody tr").last()).toContainText("Tuần 32/2018");
  await expect(weekly.locator("tbody tr").last()).toContainText("100%");
  await expectAccessible(page);

  await page.getByRole("link", { name: "52 tuần gần nhất" }).click();
  await expect(page).toHaveURL(/weeks=52/);
  await expect(page.getByRole("link", { name: "52 tuần gần nhất" })).toHaveAttribute("aria-current", "page");
  await page.getByText("Bảng số liệu: giao ban và nhiệm vụ theo tuần").click();
  await expect(page.getByRole("table", { name: "Giao ban và nhiệm vụ theo tuần" }).locator("tbody tr")).toHaveCount(52);

  const csv = await page.request.get("/api/export/trends.csv?unit=06994&weeks=13");
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text.split("\n")[0]).toContain("Mã đơn vị,Tên đơn vị,Kỳ,Từ ngày,Đến ngày,Chỉ số,Phải có,Đạt,Tỷ lệ (%)");
  expect(text.split("\n").filter((l) => l.includes("Tuần có giao ban"))).toHaveLength(13);
  const xlsx = await page.request.get("/api/export/trends.csv?unit=06994&weeks=52&format=xlsx");
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
  // Another commune's figures are not the head's to see or download.
  expect((await page.request.get("/api/export/trends.csv?unit=07000&weeks=13")).status()).toBe(404);
  expect((await page.request.get("/api/export/trends.csv?unit=06994&weeks=8")).status()).toBe(400);
  await visit(page, "/communes/07000/trends", 404);
});

test("the district's reviewer finds the commune whose figures dropped for 4 weeks", async ({ page }) => {
  await signIn(page, "huyen-203");
  await visit(page, "/districts/203");
  const row = page.getByRole("row").filter({ hasText: "07000" });
  await expect(row.getByRole("link", { name: "↓ Giảm 4 tuần liền" })).toBeVisible();
  await expect(
    page
      .getByRole("row")
      .filter({ hasText: "06994" })
      .getByRole("link", { name: /Giảm 4 tuần/ }),
  ).toHaveCount(0);
  await row.getByRole("link", { name: "↓ Giảm 4 tuần liền" }).click();
  await expect(page).toHaveURL(/\/communes\/07000\/trends$/);
  await expect(page.getByText(/Chỉ số giảm 4 tuần liền/)).toBeVisible();
  const weeks = page.getByRole("table", { name: "Giao ban và nhiệm vụ theo tuần" }).locator("tbody tr");
  for (const i of [9, 10, 11, 12]) await expect(weeks.nth(i)).toContainText("0 / 1");

  await visit(page, "/districts/203/trends");
  await expect(page.getByRole("img", { name: /Tỷ lệ xã có giao ban trong tuần/ })).toBeVisible();
  await expectAccessible(page);
});
