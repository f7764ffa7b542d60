// "Dân vận khéo" models (decision 0043) in the 2018 demo, on a phone and a desktop: a commune head registers a
// model (refused first for goals without a measurable indicator, nothing typed lost), adds a photo as
// evidence; the district's reviewer scores it on the year's criteria and accepts it; the commune recognises it
// with a numbered decision; the province's page counts it.
import { expect, expectAccessible, signIn, test, visit } from "./fixtures";

const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000200e2b1d6e70000000049454e44ae426082",
  "hex",
);

test("a commune head registers a model with a photo; the reviewer scores and accepts it", async ({ page, browser }) => {
  const code = test.info().project.name === "phone" ? "06961" : "06964";
  const name = `Đường hoa nông thôn mới ${test.info().project.name}`;
  await signIn(page, `xa-${code}`);
  await visit(page, `/communes/${code}/models`);
  const form = page.getByRole("form", { name: "Đăng ký mô hình Dân vận khéo" });
  await form.getByLabel("Lĩnh vực").selectOption({ label: "Văn hóa - xã hội" });
  await form.getByLabel("Tên mô hình").fill(name);
  await form.getByLabel("Đối tượng hướng tới").fill("Các hộ dân thôn 2");
  await form.getByLabel("Đơn vị, tổ chức tham gia").fill("Hội Liên hiệp Phụ nữ, Đoàn Thanh niên");
  await form.getByLabel("Mục tiêu, chỉ tiêu").fill("Trồng hoa hai bên đường");
  await form.getByRole("button", { name: "Đăng ký mô hình" }).click();
  await expect(form.getByText(/Ghi ít nhất một chỉ tiêu đo được/)).toBeVisible();
  await expect(form.getByLabel("Tên mô hình")).toHaveValue(name);
  await expectAccessible(page);
  await form.getByLabel("Mục tiêu, chỉ tiêu").fill("Chiều dài đường hoa: 2 km\nSố hộ tham gia: 80");
  await form.getByRole("button", { name: "Đăng ký mô hình" }).click();
  await expect(page).toHaveURL(/\/models\/[A-Za-z0-9_-]+\?registered=1$/);
  await expect(page.getByRole("heading", { name })).toBeVisible();
  const modelUrl = page.url().replace(/\?.*$/, "");

  await page.getByLabel(/Văn bản hoặc hình ảnh/).setInputFiles({ name: "duong-hoa.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "Thêm minh chứng" }).click();
  await expect(page.getByText("Đã lưu minh chứng.")).toBeVisible();
  await expect(page.getByRole("link", { name: "duong-hoa.png" })).toBeVisible();
  await expectAccessible(page);

  const context = await browser.newContext({ baseURL: new URL(modelUrl).origin });
  const reviewer = await context.newPage();
  await signIn(reviewer, "huyen-201");
  await reviewer.goto(modelUrl);
  const review = reviewer.getByRole("form", { name: "Đánh giá mô hình" });
  await review.getByLabel(/^Hiệu quả thiết thực/).fill("9");
  await review.getByLabel(/^Sự tham gia của nhân dân/).fill("8");
  await review.getByLabel(/^Khả năng lan tỏa, nhân rộng/).fill("8");
  await review.getByLabel(/^Đạt/).check();
  await expectAccessible(reviewer);
  await review.getByRole("button", { name: "Lưu đánh giá" }).click();
  await expect(reviewer.getByText("Đã lưu đánh giá.")).toBeVisible();
  await expect(reviewer.getByText(/Đạt · tổng điểm 84 · ngưỡng đạt năm 2018: 70/)).toBeVisible();

  // The commune recognises it: a decision numbered in its Front committee's register.
  await page.goto(modelUrl);
  const recognise = page.getByRole("form", { name: "Công nhận mô hình" });
  await expect(recognise.getByLabel("Cấp công nhận")).toHaveValue("COMMUNE");
  await expectAccessible(page);
  await recognise.getByRole("button", { name: "Công nhận và cấp số quyết định" }).click();
  await expect(page.getByText("Đã công nhận và cấp số quyết định.")).toBeVisible();
  await expect(page.getByText(/Công nhận cấp xã: quyết định số \d+\/QĐ-\S+ ngày 13\/08\/2018/)).toBeVisible();

  // The province counts it: the commune's row, by field, accepted and recognised.
  const overview = await (await browser.newContext({ baseURL: new URL(modelUrl).origin })).newPage();
  await signIn(overview, "tinh");
  await visit(overview, "/province/models?year=2018");
  const row = overview.getByRole("row", { name: new RegExp(test.info().project.name === "phone" ? "Quảng Điền" : "Tiến Tới") });
  await expect(row.getByRole("cell")).toHaveText(["0", "1", "0", "0", "1", "1", "1"]);
  await expect(overview.getByRole("region", { name: "Mô hình được công nhận năm 2018" }).getByRole("listitem").filter({ hasText: name })).toContainText(
    /Công nhận cấp xã: quyết định số \d+\/QĐ-\S+ ngày 13\/08\/2018/,
  );
  await expectAccessible(overview);
});
