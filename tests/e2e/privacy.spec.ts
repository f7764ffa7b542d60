// Citizens' data in a report (decision 0039) on a phone and a desktop, in the 2018 demo: a commune head
// records the citizen an issue is about in the marked fields; the district's reviewer sees the full name,
// the province's overview reader sees "N. V. A" and the numbers masked; a masked value typed back is refused,
// and a phone typed into the text is asked about before it is saved; the DOCX is masked unless taken in full
// with a reason.
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { expect, expectAccessible, signIn, test, visit } from "./fixtures";

test("the commune head's citizen is shown in full to the reviewer and masked to the overview reader", async ({ page, browser }) => {
  const [commune, district] = test.info().project.name === "phone" ? ["06940", "201"] : ["06850", "198"];
  await signIn(page, `xa-${commune}`);
  await visit(page, `/communes/${commune}/reports`);
  const monthly = page.getByRole("table", { name: /Báo cáo tình hình nhân dân hằng tháng/ });
  await monthly.getByRole("row").filter({ hasText: "2018-07" }).getByRole("button", { name: "Lập báo cáo" }).click();
  await expect(page).toHaveURL(/\/reports\/[A-Za-z0-9_-]+$/);
  const reportUrl = page.url();
  await page.getByLabel("Tình hình chung, tâm trạng của nhân dân").fill("Ông Nguyễn Văn An (0912 345 678) chưa đồng ý mức bồi thường.");
  await page.getByLabel("Lĩnh vực").first().selectOption({ label: "Đất đai, bồi thường, giải phóng mặt bằng" });
  await page.getByLabel("Nội dung", { exact: true }).first().fill("Ông Nguyễn Văn An phản ánh chưa được bồi thường đất.");
  await page.getByText("Người dân liên quan (nếu có)").first().click();
  await page.getByLabel("Họ tên").first().fill("N. V. A");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByText(/Họ tên người dân: đây là giá trị đã che bớt/)).toBeVisible();
  await page.getByLabel("Họ tên").first().fill("Nguyễn Văn An");
  await page.getByLabel("Số điện thoại").first().fill("0912 345 678");
  await page.getByLabel("Số CMND/CCCD").first().fill("022012345678");
  await page.getByLabel("Địa chỉ").first().fill("Số 12, thôn Đông, xã Quảng Hà");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  // The phone typed into the general mood is asked about: moved to the marked fields, or confirmed.
  await expect(page.getByText(/Nội dung có số điện thoại hoặc số định danh của người dân/)).toBeVisible();
  await expect(page.getByText(/Có số giống số điện thoại hoặc số định danh \(0912 345 678\)/)).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Tôi xác nhận các số này cần ghi trong nội dung.").check();
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByText("Đã lưu.")).toBeVisible();

  const reader = async (username: string) => {
    const context = await browser.newContext({ baseURL: new URL(reportUrl).origin });
    const other = await context.newPage();
    await signIn(other, username);
    await other.goto(reportUrl);
    return other;
  };
  const reviewer = await reader(`huyen-${district}`);
  await expect(reviewer.locator("[data-citizen]").first()).toHaveText(
    "Nguyễn Văn An · ĐT 0912345678 · Số định danh 022012345678 · Địa chỉ: Số 12, thôn Đông, xã Quảng Hà",
  );
  const overview = await reader("tinh");
  await expect(overview.locator("[data-citizen]").first()).toHaveText("N. V. A · ĐT 09******78 · Số định danh 02********78 · Địa chỉ: …, xã Quảng Hà");
  await expect(overview.getByText("Ông N. V. A phản ánh chưa được bồi thường đất.", { exact: true })).toBeVisible();
  await expect(overview.getByText("Ông N. V. A (09******78) chưa đồng ý mức bồi thường.", { exact: true })).toBeVisible();
  // Nowhere on the page, its history included (the audit trail keeps the text as typed).
  await expect(overview.getByText(/Nguyễn Văn An/)).toHaveCount(0);
  await expectAccessible(overview);
  // The report's DOCX masks them for every reader by default (decision 0040); the reviewer, who works the
  // report, takes the full copy by stating why, and the file opens with who took it and why.
  const docx = async (p: typeof page) => {
    const file = await p.request.get(reportUrl.replace("/reports/", "/api/reports/") + "/report.docx");
    expect(file.status()).toBe(200);
    return (await JSZip.loadAsync(await file.body())).file("word/document.xml")!.async("string");
  };
  for (const p of [overview, reviewer]) {
    const masked = await docx(p);
    expect(masked).toContain("Ông N. V. A phản ánh chưa được bồi thường đất.");
    expect(masked).not.toContain("Nguyễn Văn An");
  }
  await expect(overview.getByText("Tải báo cáo đầy đủ dữ liệu cá nhân")).toHaveCount(0);
  await reviewer.getByText("Tải báo cáo đầy đủ dữ liệu cá nhân").click();
  await reviewer.getByLabel("Lý do tải bản đầy đủ").fill("Liên hệ ông An để giải quyết kiến nghị");
  await expectAccessible(reviewer);
  const [download] = await Promise.all([reviewer.waitForEvent("download"), reviewer.getByRole("button", { name: "Tải bản đầy đủ" }).click()]);
  expect(download.suggestedFilename()).toMatch(/-day-du\.docx$/);
  const full = await (await JSZip.loadAsync(readFileSync(await download.path()))).file("word/document.xml")!.async("string");
  expect(full).toContain("Ông Nguyễn Văn An phản ánh chưa được bồi thường đất.");
  expect(full).toContain("Lý do: Liên hệ ông An để giải quyết kiến nghị");
});
