// The province's own bloc body (decision 0035) on today's business date, on a phone and a desktop: the
// provincial reviewer logs its giao ban from the province's page and gives a commune a task there; the
// commune's head finds it in the commune's task list, saying who gave it.
import { expect, expectAccessible, signIn, test, visit } from "./fixtures";

// Phone and desktop share one database: each gives its own commune a task, and only one claims the week.
const phone = () => test.info().project.name.startsWith("today-phone");
test.describe.configure({ timeout: 90_000 });

test("the province's bloc body logs its giao ban and gives a commune a task that the commune's head sees", async ({ page, browser }) => {
  const [code, commune] = phone() ? ["06922", "Xã Quảng Hà"] : ["06811", "Phường Uông Bí"];
  const title = `Tổng hợp ý kiến cử tri về sắp xếp thôn, khu (${phone() ? "điện thoại" : "máy tính"})`;
  await signIn(page, "tinh-dv");
  await visit(page, "/province");
  await page.getByRole("link", { name: /Giao ban của cơ quan khối/ }).click();
  await expect(page).toHaveURL(/\/agencies\/22\/meetings$/);
  await expectAccessible(page);
  // The demo's earlier weeks are there, with the tasks they gave.
  await expect(page.getByRole("table", { name: /Cuộc giao ban của cơ quan khối cấp tỉnh/ })).toBeVisible();
  await page.getByRole("link", { name: "Ghi cuộc họp mới" }).click();
  await expect(page).toHaveURL(/\/agencies\/22\/meetings\/new$/);
  await expectAccessible(page);
  // The member bodies attend by default, the Ban Tuyên giáo và Dân vận among them.
  await expect(page.getByRole("group", { name: "Thành phần dự họp" })).toContainText("Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ninh");
  if (!phone()) await page.getByRole("radio", { name: "Đột xuất" }).check();
  await page.getByLabel("Kết luận của chủ trì").fill("Các xã tổng hợp ý kiến cử tri trước kỳ họp; các thành viên hướng dẫn cơ sở.");
  const row = page.getByRole("group", { name: "Nhiệm vụ 1" });
  await row.getByLabel("Nội dung").fill(title);
  const owner = row.getByLabel("Tổ chức chủ trì");
  await owner.selectOption({ label: (await owner.locator("optgroup[label='Giao cho xã, phường'] option", { hasText: commune }).first().textContent())! });
  await row.getByLabel("Hạn hoàn thành").fill("2026-03-27");
  await page.getByRole("button", { name: /^Lưu( cuộc họp)?$/ }).click();
  await expect(page).toHaveURL(/\/meetings\/[A-Za-z0-9_-]+/);
  const tasks = page.getByRole("table", { name: "Nhiệm vụ giao tại cuộc họp" });
  await expect(tasks).toContainText(title);
  await expect(tasks.getByRole("link", { name: /Xã theo dõi: danh sách nhiệm vụ của/ }).first()).toBeVisible();
  await expectAccessible(page);

  // The commune's head sees it in the commune's list, given by the province's bloc body.
  const headContext = await browser.newContext({ baseURL: new URL(page.url()).origin });
  const head = await headContext.newPage();
  await signIn(head, `xa-${code}`);
  await visit(head, `/communes/${code}/tasks`);
  const item = head.getByRole("listitem").filter({ hasText: title });
  await expect(item).toContainText("Cơ quan khối tỉnh Quảng Ninh giao ngày 18/03/2026");
  await expect(item).toContainText("Ủy ban Mặt trận Tổ quốc Việt Nam");
  // And was told of it.
  await visit(head, "/notifications");
  await expect(head.getByText(`Cơ quan khối tỉnh Quảng Ninh giao nhiệm vụ: ${title}`).first()).toBeVisible();
  await headContext.close();
});
