// A periodic report on its way: the commune opens and fills the monthly report on the situation of the
// people, the secretary puts it up for signing and the head signs and sends it; its district returns it with a reason; the commune fixes and resubmits; the district
// accepts it, sees its rates, consolidates its communes' accepted reports into its own report and sends it
// to the province, which sees it in its queue and the district's rates. The communes have no demo reports.
import { expect, prepareForSigning, signIn, test, visit } from "./fixtures";

test("a monthly report is submitted, returned with a reason, fixed, resubmitted and accepted", async ({ page, browser }) => {
  const [commune, district, name, districtName] =
    test.info().project.name === "phone" ? ["06937", "201", "Quảng Thịnh", "Hải Hà"] : ["06847", "198", "Đồng Văn", "Bình Liêu"];
  await signIn(page, `xa-${commune}`);
  const prepare = (username: string, url: string) => prepareForSigning(browser, username, url);
  await visit(page, `/communes/${commune}/reports`);
  const monthly = page.getByRole("table", { name: /Báo cáo tình hình nhân dân hằng tháng/ });
  await monthly.getByRole("row").filter({ hasText: "2018-07" }).getByRole("button", { name: "Lập báo cáo" }).click();
  await expect(page).toHaveURL(/\/reports\/[A-Za-z0-9_-]+$/);
  await expect(page.getByText("Kỳ số liệu 15/06/2018 – 14/07/2018")).toBeVisible();
  await page.getByLabel("Tình hình chung, tâm trạng của nhân dân").fill("Nhân dân phấn khởi, tin tưởng.");
  await page.getByLabel("Lĩnh vực").first().selectOption({ label: "Đất đai, bồi thường, giải phóng mặt bằng" });
  await page.getByLabel("Nội dung", { exact: true }).first().fill("Một số hộ chưa đồng ý mức bồi thường đường liên xã.");
  await page.getByLabel("Điểm nóng").first().check();
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByText("Đã lưu.")).toBeVisible();
  const reportUrl = page.url();
  // Two people sign it off: the secretary puts it up for signing, the head signs and sends it.
  await expect(page.getByRole("button", { name: /Ký và gửi/ })).toHaveCount(0);
  await prepare(`thuky-${commune}`, reportUrl);
  await page.reload();
  await expect(page.getByText(/^Thư ký khối .* \(demo\), \d\d\/\d\d\/\d{4}/)).toBeVisible();
  await expect(page.getByText(/chờ người có thẩm quyền ký và gửi/)).toBeVisible();
  await page.getByRole("button", { name: /^Ký và gửi tới/ }).click();
  await expect(page.getByText("Đã gửi", { exact: true })).toBeVisible();
  await expect(page.getByText(/Soạn và trình ký/)).toBeVisible();
  const inbox = page.getByRole("link", { name: /^Thông báo, \d+ chưa đọc$/ });
  const unreadBefore = Number(/(\d+) chưa đọc/.exec((await inbox.getAttribute("aria-label"))!)![1]);

  // The district returns it with a reason on the issues.
  const staffContext = await browser.newContext({ baseURL: new URL(reportUrl).origin });
  const staff = await staffContext.newPage();
  await signIn(staff, `huyen-${district}`);
  // The hot spot is on the district's page as soon as the report is submitted.
  await visit(staff, `/districts/${district}`);
  await expect(
    staff
      .getByRole("region", { name: /Điểm nóng trong báo cáo gần đây/ })
      .getByRole("listitem")
      .filter({ hasText: name }),
  ).toContainText("Một số hộ chưa đồng ý mức bồi thường");
  await visit(staff, `/districts/${district}/reports`);
  await expect(
    staff
      .getByRole("table", { name: /Báo cáo đã gửi tới huyện/ })
      .getByRole("row")
      .filter({ hasText: name })
      .filter({ hasText: "2018-07" }),
  ).toContainText("Chờ xem xét");
  await staff.goto(reportUrl);
  await staff.getByLabel("Các vấn đề theo lĩnh vực").fill("Ghi rõ số hộ và thôn.");
  await staff.getByRole("button", { name: "Trả lại" }).click();
  await expect(staff.getByText("Bị trả lại", { exact: true })).toBeVisible();

  // The commune's inbox counts one more; its newest item leads to the report, where the reason is.
  await page.reload();
  await expect(inbox).toHaveAttribute("aria-label", `Thông báo, ${unreadBefore + 1} chưa đọc`);
  await visit(page, "/notifications");
  await page.getByRole("button", { name: new RegExp(`^Huyện ${districtName} trả lại .* — kỳ 2018-07: xem lý do ở từng phần$`) }).click();
  await expect(page).toHaveURL(reportUrl);
  await expect(inbox).toHaveAttribute("aria-label", `Thông báo, ${unreadBefore} chưa đọc`);

  // The commune sees the reason, fixes and resubmits.
  await expect(page.getByRole("alert").filter({ hasText: "Các vấn đề theo lĩnh vực: Ghi rõ số hộ và thôn." })).toBeVisible();
  await page.getByLabel("Địa bàn (thôn, khu)").first().fill("Thôn 3");
  await page.getByLabel("Quy mô").first().fill("12 hộ");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByText("Đã lưu.")).toBeVisible();
  await prepare(`thuky-${commune}`, reportUrl);
  await page.reload();
  await page.getByRole("button", { name: /^Ký và gửi tới/ }).click();
  await expect(page.getByText("Đã gửi", { exact: true })).toBeVisible();

  // The district accepts it; the report is locked and counted.
  await staff.reload();
  await staff.getByRole("button", { name: "Tiếp nhận" }).click();
  await expect(staff.getByText("Đã tiếp nhận", { exact: true })).toBeVisible();
  await visit(staff, `/districts/${district}/reports`);
  const row = staff
    .getByRole("table", { name: /Tỷ lệ báo cáo theo xã/ })
    .getByRole("row")
    .filter({ hasText: name });
  // Periods whose data window has closed by 13/08: 2018-05, 2018-06 and 2018-07; one report sent, late.
  await expect(row).toHaveText(/3\s*1\s*0\s*33\.3%\s*0%/);
  const csv = await staff.request.get(`/api/export/reporting-rates.csv?regime=situation.monthly&unit=${district}&from=2018-05-01`);
  expect(csv.status()).toBe(200);
  expect((await csv.text()).split("\r\n").find((l) => l.startsWith(commune))).toContain(",situation.monthly,2018-05,2018-07,3,1,0,33.3,0");
  expect((await staff.request.get("/api/export/reporting-rates.csv?unit=193")).status()).toBe(district === "193" ? 200 : 404);
  // Rates over a chosen range: June and July only.
  await staff.getByLabel("Kỳ chốt số liệu từ ngày").fill("2018-06-01");
  await staff.getByLabel("đến ngày").fill("2018-07-31");
  await staff.getByRole("button", { name: "Xem", exact: true }).click();
  await expect(staff.getByText(/^2 kỳ: 2018-06, 2018-07\./)).toBeVisible();
  await expect(
    staff
      .getByRole("table", { name: /Tỷ lệ báo cáo theo xã/ })
      .getByRole("row")
      .filter({ hasText: name }),
  ).toHaveText(/2\s*1\s*0\s*50%\s*0%\s*2018-07: muộn 27 ngày; 2018-06: chưa lập/);

  // The district opens its own July report from its communes' accepted reports and sends it to the province.
  await visit(staff, `/districts/${district}/reports`);
  await staff
    .getByRole("region", { name: "Báo cáo của huyện gửi tỉnh" })
    .getByRole("table", { name: /Báo cáo tình hình nhân dân hằng tháng/ })
    .getByRole("row")
    .filter({ hasText: "2018-07" })
    .getByRole("button", { name: "Lập báo cáo" })
    .click();
  await expect(staff).toHaveURL(/\/reports\/[A-Za-z0-9_-]+$/);
  await expect(staff.locator(`input[value="${name}: Thôn 3"]`)).toHaveCount(1);
  await expect(staff.getByLabel("Tình hình chung, tâm trạng của nhân dân")).toHaveValue(new RegExp(`${name}: Nhân dân phấn khởi, tin tưởng\\.`));
  const docx = await staff.request.get(`${new URL(staff.url()).pathname.replace("/reports/", "/api/reports/")}/report.docx`);
  expect(docx.status()).toBe(200);
  expect(docx.headers()["content-type"]).toContain("wordprocessingml");
  await staff.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(staff.getByText("Đã lưu.")).toBeVisible();
  await prepare(`chuyenvien-${district}`, staff.url());
  await staff.reload();
  await staff.getByRole("button", { name: /^Ký và gửi tới/ }).click();
  await expect(staff.getByText("Đã gửi", { exact: true })).toBeVisible();
  await staffContext.close();

  // The province's overview sees the district's report sent (reviewing it is a reviewer's) and the district's rates.
  const provinceContext = await browser.newContext({ baseURL: new URL(reportUrl).origin });
  const province = await provinceContext.newPage();
  await signIn(province, "tinh");
  await visit(province, "/province/reports");
  await expect(
    province
      .getByRole("table", { name: /Báo cáo các huyện gửi tỉnh/ })
      .getByRole("row")
      .filter({ hasText: districtName })
      .filter({ hasText: "2018-07" }),
  ).toContainText("Đã gửi");
  await expect(province.getByRole("button", { name: "Tiếp nhận" })).toHaveCount(0);
  await expect(
    province
      .getByRole("table", { name: /Tỷ lệ báo cáo theo huyện/ })
      .getByRole("row")
      .filter({ hasText: districtName }),
  ).toContainText(`${name} (3 kỳ)`);
  await provinceContext.close();
  await page.reload();
  await expect(page.getByRole("button", { name: "Lưu", exact: true })).toHaveCount(0);
});
