// Today's province (from 1/7/2025: no district level, 54 units directly under the province) on a fixed
// business date of 2026 (playwright.config.ts, E2E_TODAY), on a phone and a desktop, on SQLite and (with
// TEST_POSTGRES_URL) on PostgreSQL: the provincial reviewer's overview, grouped by the districts of
// 30/6/2025, with 2018 still there as of its date; a commune head's week (a meeting with a task, a report to
// the province), the member organisation's officer reporting the task done; the reviewer returning the
// report and escalating an overdue recommendation.
import { expect, expectAccessible, prepareForSigning, signIn, test, visit } from "./fixtures";

// Phone and desktop share one database: each walks its own commune.
const phone = () => test.info().project.name.startsWith("today-phone");
// Each test walks several people's pages (with an accessibility check on each) on a 2-core machine.
test.describe.configure({ timeout: 90_000 });

test("the provincial reviewer sees today's 54 units with their activity, by former district, and 2018 as of its date", async ({ page }) => {
  await signIn(page, "tinh-dv");
  await page.goto("/");
  await expect(page).toHaveURL(/\/province$/);
  await expectAccessible(page);
  await expect(page.getByText("54 đơn vị cấp xã trực thuộc tỉnh (không tổ chức cấp huyện).")).toBeVisible();
  // 2026's holidays are the announced ones (verified): no warning about the calendar in March.
  await expect(page.getByRole("note", { name: "Lịch ngày làm việc chưa xác nhận" })).toHaveCount(0);
  // The registry in figures, and the reviewer's work.
  await expect(page.locator('[data-figure="modelRecorded"]')).toContainText(/[1-9]\d*\/54/);
  await expect(page.locator('[data-figure="established"]')).toContainText(/[1-9]\d*\/54/);
  await expect(page.getByRole("region", { name: "Việc cần xử lý" })).toContainText("Báo cáo chờ xem xét");
  const table = page.getByRole("table", { name: "Khối cấp xã của tỉnh Quảng Ninh" });
  await expect(table.locator("tbody tr")).toHaveCount(54);
  // Activity from the rollups: meetings in the last weeks, tasks, reporting on time.
  const haTu = table.getByRole("row").filter({ hasText: "Hà Tu" });
  await expect(haTu).toContainText("Khối dân vận");
  await expect(haTu).toContainText(/trước 01\/07\/2025: Hạ Long/);
  await expect(haTu.getByRole("link", { name: /^[1-9]\d* \/ \d+$/ }).first()).toHaveAttribute("href", "/communes/06652/meetings");
  await expect(table.getByRole("row").filter({ hasText: "Hồng Gai" })).toContainText("Chưa ghi nhận");
  // Every area of the map leads to its unit; the keyboard shows its tooltip, Escape hides it.
  const area = page.getByRole("group", { name: /; bảng bên dưới có cùng thông tin\.$/ }).getByRole("link", { name: /^Hà Tu: / });
  await expect(area).toHaveAttribute("href", "/communes/06652");
  await area.focus();
  await expect(page.getByRole("tooltip")).toContainText(/^Hà Tu: /);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("tooltip")).toHaveCount(0);

  // Grouped by the 13 districts of 30/6/2025.
  await page.getByLabel("Nhóm theo").selectOption({ label: "Huyện cũ (đến 30/06/2025)" });
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/group=district/);
  await expect(page.getByRole("heading", { level: 3, name: /— \d+ đơn vị/ })).toHaveCount(13);
  await expect(page.getByRole("heading", { level: 3, name: /^Hải Hà — 4 đơn vị/ })).toBeVisible();
  await expectAccessible(page);
  // Sorted by the on-time rate of monthly reports.
  await page
    .getByRole("link", { name: /Báo cáo tháng đúng hạn: sắp xếp/ })
    .first()
    .click();
  await expect(page).toHaveURL(/sort=onTime/);

  // The province's trends (decision 0037): the 13 weeks completed before 18/03/2026, charted and tabled.
  await page.getByRole("link", { name: "Xu hướng toàn tỉnh qua 13 và 52 tuần →" }).click();
  await expect(page).toHaveURL(/\/province\/trends$/);
  await expect(page.getByRole("img", { name: /Tỷ lệ xã có giao ban trong tuần/ })).toBeVisible();
  const weeks = page.getByRole("table", { name: "Giao ban và nhiệm vụ theo tuần" }).locator("tbody tr");
  await expect(weeks).toHaveCount(13);
  await expect(weeks.last()).toContainText("Tuần 11/2026");
  // The week's share of communes whose bloc operated that met, e.g. "85,7%" over "36 / 42".
  await expect(weeks.last()).toContainText(/\d+(,\d)?%\s*\d+ \/ \d+/);
  await expectAccessible(page);

  // The founding article's figures still come out of the data as of 13/08/2018.
  await visit(page, "/province?asOf=2018-08-13");
  for (const [key, value] of [
    ["districtBlocAgencies", "14/14"],
    ["danVanBlocDistricts", "7/14"],
    ["jointAdvisoryUnitDistricts", "6/14"],
    ["coordinationUnitDistricts", "1/14"],
    ["danVanBlocsHeadedByDeputySecretary", "6/7"],
  ]) {
    await expect(page.locator(`[data-figure="${key}"]`)).toContainText(value);
  }
  // The 2018 map's districts lead to their pages as of the same date.
  await expect(page.getByRole("link", { name: /^Hải Hà: / })).toHaveAttribute("href", "/districts/201?asOf=2018-08-13");
});

test("a commune head of today logs this week's meeting with a task; the organisation's officer reports it done", async ({ page, browser }) => {
  const code = phone() ? "06922" : "06811";
  await signIn(page, `xa-${code}`);
  await page.goto("/");
  await expect(page).toHaveURL(new RegExp(`/communes/${code}$`));
  await expectAccessible(page);
  await page.getByRole("link", { name: "Ghi giao ban tuần này" }).click();
  await expect(page).toHaveURL(new RegExp(`/communes/${code}/meetings/new$`));
  await expect(page.getByLabel("Ngày họp")).toHaveValue("2026-03-18");
  await page.getByLabel("Kết luận của chủ trì").fill("Các tổ chức nắm tình hình nhân dân sau sắp xếp đơn vị hành chính.");
  const task = page.getByRole("group", { name: "Nhiệm vụ 1" });
  await task.getByLabel("Nội dung").fill("Tuyên truyền về tổ chức bộ máy mới của xã");
  await task
    .getByLabel("Tổ chức chủ trì")
    .selectOption({ label: (await task.getByLabel("Tổ chức chủ trì").locator("option", { hasText: "Hội Liên hiệp Phụ nữ" }).textContent())! });
  await task.getByLabel("Hạn hoàn thành").fill("2026-03-27");
  await page.getByRole("button", { name: /^Lưu( cuộc họp)?$/ }).click();
  await expect(page).toHaveURL(/\/meetings\/[A-Za-z0-9_-]+/);
  await expect(page.getByRole("table", { name: "Nhiệm vụ giao tại cuộc họp" })).toContainText("Tuyên truyền về tổ chức bộ máy mới của xã");
  await expectAccessible(page);

  // The Women's Union officer of the same commune reports it done; the organisation still owns the task.
  const officerContext = await browser.newContext({ baseURL: new URL(page.url()).origin });
  const officer = await officerContext.newPage();
  await signIn(officer, `doanthe-${code}`);
  await visit(officer, `/communes/${code}/tasks`);
  const item = officer.getByRole("listitem").filter({ hasText: "Tuyên truyền về tổ chức bộ máy mới của xã" });
  await item.locator("summary", { hasText: "Báo cáo đã hoàn thành" }).click();
  await item.getByLabel("Kết quả thực hiện").fill("Đã tuyên truyền ở 6 thôn.");
  await item.getByRole("button", { name: "Báo cáo đã hoàn thành" }).click();
  await expect(item.getByText("Báo cáo hoàn thành", { exact: true })).toBeVisible();
  // Its organisation belongs to the commune's MTTQ since 1/7/2025.
  await visit(officer, `/communes/${code}`);
  await expect(officer.getByRole("row").filter({ hasText: "Hội Liên hiệp Phụ nữ" })).toContainText("từ 01/07/2025");
  await officerContext.close();
});

test("a weekly report goes to the province and is returned there; the reviewer escalates an overdue recommendation", async ({ page, browser }) => {
  const code = phone() ? "06922" : "06811";
  await signIn(page, `xa-${code}`);
  await visit(page, `/communes/${code}/reports`);
  const weekly = page.getByRole("table", { name: /Báo cáo nhanh tình hình nhân dân hằng tuần/ });
  await weekly.getByRole("row").filter({ hasText: "2026-W11" }).getByRole("button", { name: "Lập báo cáo" }).click();
  await expect(page).toHaveURL(/\/reports\/[A-Za-z0-9_-]+$/);
  await page.getByLabel("Tình hình chung, tâm trạng của nhân dân").fill("Nhân dân đồng tình với việc sắp xếp, quan tâm thủ tục hành chính ở xã mới.");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByText("Đã lưu.")).toBeVisible();
  const reportUrl = page.url();
  await prepareForSigning(browser, `thuky-${code}`, reportUrl);
  await page.reload();
  await page.getByRole("button", { name: "Ký và gửi tới Tỉnh Quảng Ninh" }).click();
  await expect(page.getByText("Đã gửi", { exact: true })).toBeVisible();

  const reviewerContext = await browser.newContext({ baseURL: new URL(reportUrl).origin });
  const reviewer = await reviewerContext.newPage();
  await signIn(reviewer, "tinh-dv");
  await visit(reviewer, "/province/reports");
  await expect(
    reviewer
      .getByRole("table", { name: /Báo cáo các xã gửi tỉnh/ })
      .getByRole("row")
      .filter({ hasText: "2026-W11" })
      .first(),
  ).toContainText("Chờ xem xét");
  await reviewer.goto(reportUrl);
  await reviewer.getByLabel("Tình hình chung", { exact: true }).fill("Đề nghị nêu rõ thủ tục nhân dân còn vướng.");
  await reviewer.getByRole("button", { name: "Trả lại" }).click();
  await expect(reviewer.getByText("Bị trả lại", { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("alert").filter({ hasText: "Đề nghị nêu rõ thủ tục nhân dân còn vướng." })).toBeVisible();

  // An overdue recommendation of a commune, escalated to the province's Front.
  await visit(reviewer, "/province");
  const overdue = reviewer.getByRole("region", { name: /Kiến nghị quá hạn trả lời/ });
  const first = overdue.getByRole("listitem").first();
  const content = (await first.getByRole("link").textContent())!.replace(/…$/, "");
  await first.getByRole("link").click();
  await expect(reviewer).toHaveURL(/\/(supervision|criticism)\/[A-Za-z0-9_-]+/);
  const rec = reviewer
    .getByRole("listitem")
    .filter({ hasText: content })
    .filter({ has: reviewer.locator("summary", { hasText: "Theo dõi, kết thúc kiến nghị" }) })
    .first();
  await rec.locator("summary", { hasText: "Theo dõi, kết thúc kiến nghị" }).click();
  await expect(rec.getByLabel("Cơ quan cấp trên")).toHaveValue("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh");
  await rec.getByRole("button", { name: "Kiến nghị cấp trên" }).click();
  await expect(reviewer.getByText("Đã kiến nghị Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh ngày 18/03/2026.").first()).toBeVisible();
  await visit(reviewer, "/province");
  await expect(reviewer.getByRole("region", { name: "Việc cần xử lý" })).toContainText(content.slice(0, 40));
  await reviewerContext.close();
});
