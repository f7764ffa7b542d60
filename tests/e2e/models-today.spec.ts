// "Dân vận khéo" models in today's province (two-level government, business date 18/03/2026), on a phone and
// a desktop, on SQLite and (with TEST_POSTGRES_URL) on PostgreSQL: a commune head registers this year's model
// with a photo; the province's reviewer, who reviews the communes since 1/7/2025, scores and accepts it and
// recognises it at province level with a decision numbered in the province's register; the province's page
// counts it one more than before.
import type { Page } from "@playwright/test";
import { expect, expectAccessible, signIn, test, visit } from "./fixtures";

const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000200e2b1d6e70000000049454e44ae426082",
  "hex",
);

const phone = () => test.info().project.name.startsWith("today-phone");

/** The province table's counts for a commune in 2026 (by field, then total, accepted, recognised). */
async function counts(page: Page, name: string): Promise<number[]> {
  await visit(page, "/province/models?year=2026");
  const row = page.getByRole("row", { name: new RegExp(`^${name} `) });
  if (!(await row.count())) return [0, 0, 0, 0, 0, 0, 0];
  return (await row.getByRole("cell").allTextContents()).map((t) => Number(t.trim()));
}

test("a commune head registers this year's model; the province's reviewer accepts and recognises it; the province counts it", async ({ page, browser }) => {
  const unit = phone() ? { code: "06922", name: "Quảng Hà" } : { code: "06811", name: "Uông Bí" };
  const name = `Camera an ninh do nhân dân đóng góp ${test.info().project.name}`;
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const province = await context.newPage();
  await signIn(province, "tinh-dv");
  const before = await counts(province, unit.name);

  await signIn(page, `xa-${unit.code}`);
  await visit(page, `/communes/${unit.code}/models`);
  const form = page.getByRole("form", { name: "Đăng ký mô hình Dân vận khéo" });
  await expect(form.getByLabel("Năm đăng ký")).toHaveValue("2026");
  await form.getByLabel("Lĩnh vực").selectOption({ label: "Quốc phòng - an ninh" });
  await form.getByLabel("Tên mô hình").fill(name);
  await form.getByLabel("Đối tượng hướng tới").fill("Các hộ dân trên địa bàn");
  await form.getByLabel("Đơn vị, tổ chức tham gia").fill("Công an xã, Đoàn Thanh niên, Hội Cựu chiến binh");
  await form.getByLabel("Mục tiêu, chỉ tiêu").fill("Số camera lắp đặt: 40\nSố hộ đóng góp: 350");
  await form.getByRole("button", { name: "Đăng ký mô hình" }).click();
  await expect(page).toHaveURL(/\/models\/[A-Za-z0-9_-]+\?registered=1$/);
  await expect(page.getByRole("heading", { name })).toBeVisible();
  const modelUrl = page.url().replace(/\?.*$/, "");
  await page.getByLabel(/Văn bản hoặc hình ảnh/).setInputFiles({ name: "camera.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "Thêm minh chứng" }).click();
  await expect(page.getByText("Đã lưu minh chứng.")).toBeVisible();
  await expect(page.getByRole("link", { name: "camera.png" })).toBeVisible();

  // The province's reviewer scores it on 2026's criteria and accepts it.
  await province.goto(modelUrl);
  const review = province.getByRole("form", { name: "Đánh giá mô hình" });
  await review.getByLabel(/^Hiệu quả thiết thực/).fill("9");
  await review.getByLabel(/^Sự tham gia của nhân dân/).fill("9");
  await review.getByLabel(/^Khả năng lan tỏa, nhân rộng/).fill("8");
  await review.getByLabel(/^Đạt/).check();
  await review.getByRole("button", { name: "Lưu đánh giá" }).click();
  await expect(province.getByText("Đã lưu đánh giá.")).toBeVisible();
  await expect(province.getByText(/Đạt · tổng điểm 87 · ngưỡng đạt năm 2026: 70/)).toBeVisible();

  // …and recognises it at province level: the number comes from the province Front committee's register.
  const recognise = province.getByRole("form", { name: "Công nhận mô hình" });
  await expect(recognise.getByLabel("Cấp công nhận")).toHaveValue("PROVINCE");
  await expectAccessible(province);
  await recognise.getByRole("button", { name: "Công nhận và cấp số quyết định" }).click();
  await expect(province.getByText("Đã công nhận và cấp số quyết định.")).toBeVisible();
  await expect(province.getByText(/Công nhận cấp tỉnh: quyết định số \d+\/QĐ-\S+ ngày 18\/03\/2026/)).toBeVisible();

  // The commune's head sees the outcome on the model's page.
  await page.goto(modelUrl);
  await expect(page.getByText(/Công nhận cấp tỉnh: quyết định số/)).toBeVisible();
  await expectAccessible(page);

  // The province's table counts it: one more in defence and security, in all, accepted and recognised.
  const after = await counts(province, unit.name);
  expect(after).toEqual([before[0], before[1], before[2] + 1, before[3], before[4] + 1, before[5] + 1, before[6] + 1]);
  // …and lists it among the year's recognised models with its decision.
  const listed = province.getByRole("region", { name: "Mô hình được công nhận năm 2026" }).getByRole("listitem").filter({ hasText: name });
  await expect(listed).toContainText(/Công nhận cấp tỉnh: quyết định số \d+\/QĐ-\S+ ngày 18\/03\/2026/);
  await expectAccessible(province);
  await context.close();
});
