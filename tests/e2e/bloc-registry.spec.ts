import path from "node:path";
import { mkdirSync, writeFileSync } from "node:fs";
import { expect, signIn, test, visit } from "./fixtures";

const FILES = path.join(process.cwd(), "tmp", "e2e-files");
mkdirSync(FILES, { recursive: true });
const pdf = path.join(FILES, "quyet-dinh.pdf");
writeFileSync(pdf, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const fake = path.join(FILES, "chuong-trinh.pdf");
writeFileSync(fake, Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]));

test("the province shows the article's figures, computed from the records, and a map with its table", async ({ page }) => {
  await signIn(page, "tinh");
  await visit(page, "/province?asOf=2018-08-13");
  const figure = (key: string) => page.locator(`[data-figure="${key}"] p`).first();
  await expect(figure("districtBlocAgencies")).toHaveText("14/14");
  await expect(figure("danVanBlocDistricts")).toHaveText("7/14");
  await expect(figure("jointAdvisoryUnitDistricts")).toHaveText("6/14");
  await expect(figure("coordinationUnitDistricts")).toHaveText("1/14");
  await expect(figure("danVanBlocsHeadedByDeputySecretary")).toHaveText("6/7");
  const map = page.getByRole("group", { name: /^Bản đồ các huyện/ });
  await expect(map).toBeVisible();
  // The outlines come from the static shapes file: each district is drawn (an outline that failed to load has no size).
  await expect(map.locator("use")).toHaveCount(14);
  await expect.poll(async () => (await map.locator("use").first().boundingBox())?.width ?? 0).toBeGreaterThan(10);
  // Each district is a link to its page (on this server 13/08/2018 is today), named with its model.
  await expect(map.getByRole("link")).toHaveCount(14);
  await expect(map.getByRole("link", { name: "Hoành Bồ: Bộ phận phối hợp thống nhất hành động" })).toHaveAttribute("href", "/districts/204");
  const row = page.getByRole("row").filter({ hasText: "Hoành Bồ" });
  await expect(row).toContainText("Bộ phận phối hợp thống nhất hành động");

  const csv = await page.request.get("/api/export/districts.csv?asOf=2018-08-13");
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text.trim().split("\r\n")).toHaveLength(15);
  const xlsx = await page.request.get("/api/export/districts.csv?format=xlsx");
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
});

test("district staff record an establishment decision with its scan and see it on their page and in the export", async ({ page }) => {
  const code = test.info().project.name === "phone" ? "06928" : "06931";
  await signIn(page, "huyen-201");
  await visit(page, `/communes/${code}/bloc`);

  await page.locator("#scan").setInputFiles(fake);
  await page.getByRole("button", { name: "Tải lên" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Chỉ nhận bản quét PDF hoặc ảnh" })).toBeVisible();

  await page.locator("#scan").setInputFiles(pdf);
  await page.getByRole("button", { name: "Tải lên" }).click();
  await expect(page.getByText("Đã tải lên “quyet-dinh.pdf”")).toBeVisible();

  await page.getByLabel("Trạng thái", { exact: true }).selectOption("ESTABLISHED");
  await page.getByLabel("Lý do / căn cứ").fill("Thành lập khối dân vận theo hướng dẫn 01-HD/LB-TC-DVTW");
  await page.getByLabel("Số quyết định").fill("sai số");
  await page.getByLabel("Ngày ký").fill("2018-07-02");
  await page.getByLabel("Cơ quan ban hành").fill("Ban Thường vụ Đảng ủy xã");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByText(/Số quyết định không đúng thể thức/)).toBeVisible();
  await expect(page.getByLabel("Lý do / căn cứ")).toHaveValue("Thành lập khối dân vận theo hướng dẫn 01-HD/LB-TC-DVTW");

  await page.getByLabel("Trạng thái", { exact: true }).selectOption("ESTABLISHED");
  await page.getByLabel("Số quyết định").fill("15-QĐ/ĐU");
  await page.getByLabel("Ngày ký").fill("2018-07-02");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByText("Đã lưu thông tin khối.")).toBeVisible();
  await expect(page.getByText("Số 15-QĐ/ĐU, ngày 02/07/2018")).toBeVisible();
  await expect(page.getByRole("link", { name: "Xem bản quét" })).toBeVisible();
  const scan = await page.request.get((await page.getByRole("link", { name: "Xem bản quét" }).getAttribute("href"))!);
  expect(scan.headers()["content-type"]).toBe("application/pdf");
  await visit(page, page.url());

  await visit(page, "/districts/201");
  const row = page.getByRole("row").filter({ hasText: code });
  await expect(row).toContainText("Đã thành lập");
  await expect(row).toContainText("15-QĐ/ĐU");
  const csv = await (await page.request.get("/api/export/communes.csv?district=201")).text();
  expect(csv.split("\r\n").find((l) => l.startsWith(code))).toContain("15-QĐ/ĐU");
});

test("district staff cannot reach another district's commune, its export or its bloc", async ({ page }) => {
  await signIn(page, "huyen-201");
  await visit(page, "/communes/06649/bloc", 404);
  expect((await page.request.get("/api/export/communes.csv?district=193")).status()).toBe(404);
  const csv = await (await page.request.get("/api/export/communes.csv")).text();
  expect(csv).not.toContain("06649");
  expect(csv).toContain("06922");
});
