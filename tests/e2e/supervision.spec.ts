// A supervision delegation from the plan to a recommendation answered late: the commune plans and records
// the Party committee's approval, runs the delegation, reports its result, sends a recommendation; past its
// response date it is listed as overdue on the district's page until the commune records the (late)
// response. The communes have no demo supervision.
import { expect, expectAccessible, signIn, test, visit } from "./fixtures";

test("a delegation from plan to a recommendation answered late, overdue on the district page until answered", async ({ page, browser }) => {
  const [code, district] = test.info().project.name === "phone" ? ["06652", "193"] : ["06712", "194"];
  const text = `Công khai thu, chi quỹ đường thôn (kiểm thử ${test.info().project.name})`;
  await signIn(page, `xa-${code}`);
  await visit(page, `/communes/${code}/supervision`);
  await page.getByText("Lập kế hoạch").click();
  const plan = page.getByRole("form", { name: "Kế hoạch giám sát, phản biện năm 2018" });
  await plan.getByLabel("Hình thức").selectOption({ label: "Thành lập đoàn giám sát" });
  await plan.getByLabel("Tổ chức chủ trì").selectOption({ index: 1 });
  await plan.getByLabel("Đối tượng").fill("UBND xã");
  await plan.getByLabel("Thời gian dự kiến").fill("Quý III");
  await plan.getByLabel("Nội dung", { exact: true }).fill("Thu, chi quỹ đóng góp xây dựng đường thôn");
  await plan.getByRole("button", { name: "Lưu kế hoạch" }).click();
  await expect(page.getByText("Chưa phê duyệt")).toBeVisible();
  const approval = page.getByRole("form", { name: "Ghi nhận phê duyệt kế hoạch" });
  await approval.getByLabel("Số văn bản phê duyệt").fill("12-QĐ/ĐU");
  await approval.getByLabel("Ngày phê duyệt").fill("2018-01-15");
  await approval.getByRole("button", { name: "Ghi nhận phê duyệt" }).click();
  await expect(page.getByText("Đã phê duyệt")).toBeVisible();

  // The delegation: from the plan, with its decision and members.
  await page.getByRole("link", { name: "Thêm hoạt động giám sát" }).click();
  await expect(page).toHaveURL(new RegExp(`/communes/${code}/supervision/new$`));
  await expect(page.getByRole("heading", { level: 1, name: "Thêm hoạt động giám sát" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Hình thức giám sát").selectOption({ label: "Thành lập đoàn giám sát" });
  await page.getByLabel("Đối tượng được giám sát", { exact: true }).fill("UBND xã");
  await page.getByLabel("Nội dung giám sát").fill("Thu, chi quỹ đóng góp xây dựng đường thôn năm 2017");
  await page.getByLabel("Từ ngày").fill("2018-07-02");
  await page.getByLabel("Đến ngày").fill("2018-07-06");
  await page.getByLabel("Số quyết định thành lập đoàn").fill("25/QĐ-MTTQ");
  await page.getByLabel("Ngày quyết định").fill("2018-06-25");
  await page.getByLabel("hoặc họ và tên").fill("Phạm Văn Giám");
  await page.getByRole("button", { name: "Tạo hoạt động" }).click();
  await expect(page).toHaveURL(/\/supervision\/[A-Za-z0-9_-]+$/);
  await expect(page.getByText("Thành viên: Phạm Văn Giám (trưởng đoàn).")).toBeVisible();
  await page.getByRole("button", { name: "Bắt đầu giám sát" }).click();
  await expect(page.getByText("Đang giám sát", { exact: true })).toBeVisible();
  await page.getByText("Sửa hoạt động, đoàn giám sát, kết quả").click();
  await page.getByLabel("Báo cáo kết quả giám sát").fill("Thu đúng quy định; chi còn chậm công khai.");
  await page.getByLabel("Ngày báo cáo kết quả").fill("2018-07-13");
  await page.getByRole("button", { name: "Lưu hoạt động" }).click();
  await expect(page.getByText("Báo cáo kết quả (ngày 13/07/2018)")).toBeVisible();
  await page.getByRole("button", { name: "Ghi nhận báo cáo kết quả" }).click();
  await expect(page.getByText("Đã có báo cáo kết quả", { exact: true })).toBeVisible();

  // The recommendation, sent on 16/07: its response was due 31/07, so on 13/08 it is overdue.
  await page.getByText("Ghi kiến nghị mới").click();
  const send = page.getByRole("form", { name: "Ghi kiến nghị" });
  await send.getByLabel("Nội dung kiến nghị").fill(text);
  await send.getByLabel("Nơi nhận kiến nghị").fill("UBND xã");
  await send.getByLabel("Ngày gửi").fill("2018-07-16");
  await send.getByRole("button", { name: "Ghi kiến nghị" }).click();
  const rec = page.getByRole("listitem").filter({ hasText: text });
  await expect(rec).toContainText("Quá hạn 13 ngày");
  await expect(rec).toContainText("hạn trả lời 31/07/2018");
  const activityUrl = page.url();

  // The district sees it as overdue.
  const staffContext = await browser.newContext({ baseURL: new URL(activityUrl).origin });
  const staff = await staffContext.newPage();
  await signIn(staff, `huyen-${district}`);
  await visit(staff, `/districts/${district}`);
  const overdue = staff.getByRole("region", { name: /Kiến nghị quá hạn trả lời/ });
  await expect(overdue.getByRole("listitem").filter({ hasText: text })).toContainText("Quá hạn 13 ngày");

  // The commune records the response, six days late; it leaves the district's overdue list.
  await rec.getByText("Theo dõi, kết thúc kiến nghị").click();
  await rec.getByLabel("Ngày trả lời").fill("2018-08-06");
  await rec.getByLabel("Kết quả tiếp thu").selectOption({ label: "Tiếp thu" });
  await rec.getByLabel("Nội dung trả lời").fill("UBND xã tiếp thu, công khai trong tháng 8.");
  await rec.getByRole("button", { name: "Ghi nhận trả lời" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: text })).toContainText("Trả lời muộn 6 ngày");
  // The response document is filed (a PDF; anything else is refused) and readable by the district.
  const answeredRec = page.getByRole("listitem").filter({ hasText: text });
  await answeredRec
    .getByLabel(/Đính kèm văn bản trả lời/)
    .setInputFiles({ name: "tra-loi.txt", mimeType: "application/pdf", buffer: Buffer.from("không phải PDF") });
  await answeredRec.getByRole("button", { name: "Tải lên" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Chỉ nhận văn bản PDF hoặc ảnh" })).toBeVisible();
  await page
    .getByRole("listitem")
    .filter({ hasText: text })
    .getByLabel(/Đính kèm văn bản trả lời/)
    .setInputFiles({ name: "tra-loi.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n") });
  await page.getByRole("listitem").filter({ hasText: text }).getByRole("button", { name: "Tải lên" }).click();
  await expect(page.getByText("Đã lưu văn bản trả lời.")).toBeVisible();
  const fileHref = await page.getByRole("link", { name: "Văn bản trả lời (bản quét)" }).getAttribute("href");
  const file = await staff.request.get(fileHref!);
  expect(file.status()).toBe(200);
  // Served as what its content is, never sniffed, sandboxed if opened directly.
  expect(file.headers()["content-type"]).toBe("application/pdf");
  expect(file.headers()["x-content-type-options"]).toBe("nosniff");
  expect(file.headers()["content-security-policy"]).toContain("sandbox");
  expect([401, 404]).toContain((await (await browser.newContext({ baseURL: new URL(activityUrl).origin })).request.get(fileHref!)).status());
  await staff.reload();
  await expect(
    staff
      .getByRole("region", { name: /Kiến nghị quá hạn trả lời/ })
      .getByRole("listitem")
      .filter({ hasText: text }),
  ).toHaveCount(0);
  const csv = await staff.request.get(`/api/export/recommendations.csv?unit=${district}&status=answered`);
  expect(csv.status()).toBe(200);
  expect((await csv.text()).split("\r\n").find((l) => l.includes(text))).toMatch(
    /,16\/07\/2018,31\/07\/2018,có,Đã trả lời,,06\/08\/2018,Tiếp thu,6,,06\/08\/2018$/,
  );
  await staffContext.close();
});
