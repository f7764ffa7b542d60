// The week's giao ban before the meeting: two member organisations' officers write their week on the
// contributions page (one refused for a blank form, nothing typed lost); the head sees who has contributed
// and logs the meeting from the form that starts from what they wrote; the meeting keeps their originals.
import { expect, expectAccessible, signIn, test, visit } from "./fixtures";

const phone = () => test.info().project.name.includes("phone");

test("two officers contribute and the head logs the week's meeting from their contributions", async ({ page, browser }) => {
  const code = phone() ? "06763" : "06970";
  const contribute = async (username: string, organisation: RegExp, results: string, hotSpots = "") => {
    const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    const officer = await context.newPage();
    await signIn(officer, username);
    await visit(officer, `/communes/${code}`);
    await officer.getByRole("link", { name: /Đóng góp của các tổ chức thành viên cho giao ban tuần này/ }).click();
    await expect(officer).toHaveURL(new RegExp(`/communes/${code}/contributions$`));
    await expectAccessible(officer);
    const form = officer.getByRole("form", { name: organisation });
    // A blank contribution is refused with a message on the field.
    await form.getByRole("button", { name: "Gửi đóng góp" }).click();
    await expect(form.getByText("Hãy ghi kết quả trong tuần, đề xuất hoặc điểm nóng của tổ chức.")).toBeVisible();
    await form.getByLabel("Kết quả công tác trong tuần").fill(results);
    if (hotSpots) await form.getByLabel("Điểm nóng, vấn đề nổi lên trong nhân dân").fill(hotSpots);
    await form.getByRole("button", { name: "Gửi đóng góp" }).click();
    await expect(officer.getByText(/^Đã gửi đóng góp của .* cho giao ban tuần 33\/2018\.$/)).toBeVisible();
    // Another organisation's form is not offered.
    await expect(officer.getByRole("form", { name: /^Đóng góp của / })).toHaveCount(1);
    await context.close();
  };

  await signIn(page, `xa-${code}`);
  await visit(page, `/communes/${code}/contributions`);
  await expect(page.getByText(/^0\/\d+ tổ chức thành viên đã gửi$/)).toBeVisible();
  await contribute(
    `doanthe-${code}`,
    /^Đóng góp của Hội Liên hiệp Phụ nữ/,
    "Vận động 35 hội viên tham gia tổng vệ sinh",
    "Thôn 2 phản ánh mùi hôi từ trại lợn",
  );
  await contribute(`thanhnien-${code}`, /^Đóng góp của Đoàn Thanh niên/, "Ra quân chiến dịch thanh niên tình nguyện hè");

  // The head sees who has contributed, and the meeting's form starts from it.
  await page.reload();
  await expect(page.getByText(/^2\/\d+ tổ chức thành viên đã gửi$/)).toBeVisible();
  await visit(page, `/communes/${code}/meetings/new`);
  await expect(page.getByText(/Đóng góp của các tổ chức tuần này: 2\/\d+ đã gửi/)).toBeVisible();
  await expect(page.getByLabel("Ý kiến thảo luận")).toHaveValue(/- Vận động 35 hội viên tham gia tổng vệ sinh/);
  await expect(page.getByLabel("Ý kiến thảo luận")).toHaveValue(/- Ra quân chiến dịch thanh niên tình nguyện hè/);
  await expect(page.getByLabel("Điểm nóng, kiến nghị của nhân dân")).toHaveValue(/: Thôn 2 phản ánh mùi hôi từ trại lợn$/);
  // The head edits the text; the contributions themselves stay as written.
  await page.getByLabel("Ý kiến thảo luận").fill("Các tổ chức báo cáo kết quả tuần; thống nhất phối hợp xử lý mùi hôi ở thôn 2.");
  await page.getByLabel("Kết luận của chủ trì").fill("Giao Hội Phụ nữ phối hợp UBND xã kiểm tra trại lợn thôn 2.");
  await page.getByRole("button", { name: /^Lưu( cuộc họp)?$/ }).click();
  await expect(page).toHaveURL(/\/meetings\/[A-Za-z0-9_-]+/);
  await page.locator("summary", { hasText: "Đóng góp của các tổ chức trước cuộc họp" }).click();
  await expect(page.getByText("Vận động 35 hội viên tham gia tổng vệ sinh")).toBeVisible();
  await expectAccessible(page);
});
