// The reorganisation hand-over of 1/7/2025 on today's province (the demo: most closed units already handed
// over a week after, a few left pending), on a phone and a desktop, on SQLite and (with TEST_POSTGRES_URL)
// on PostgreSQL: the provincial reviewer sees what is pending, hands over a split commune choosing the
// successor per item, reverses one item and hands it over again; the closed commune's meeting says where its
// task went; the recommendation's successor answers it on the activity it came from; the task's successor's
// head sees it in the next meeting's carry-over.
import type { Locator } from "@playwright/test";
import { expect, expectAccessible, signIn, test, visit } from "./fixtures";

// Phone and desktop share one database: each hands over its own split commune.
const phone = () => test.info().project.name.startsWith("today-phone");
test.describe.configure({ timeout: 90_000 });

/**
 * A split commune left pending by the demo, its proposed successor (none kept the code: the first by code),
 * and where the person sends the last days' task (to a successor whose bloc works, so that its next meeting
 * carries it) and recommendation.
 */
const split = () =>
  phone()
    ? {
        code: "06868",
        name: "Xã Đại Dực",
        proposed: "Xã Tiên Yên",
        task: { code: "06862", name: "Xã Tiên Yên" },
        recommendation: { code: "06877", name: "Xã Đông Ngũ" },
        model: "Khu dân cư không rác thải nhựa",
      }
    : {
        code: "06655",
        name: "Phường Hà Khẩu",
        proposed: "Phường Việt Hưng",
        task: { code: "06706", name: "Phường Tuần Châu" },
        recommendation: { code: "06661", name: "Phường Việt Hưng" },
        model: "Làm đường giao thông nông thôn bằng sức dân",
      };
const REC = "Công khai kết quả thu, chi các khoản đóng góp trước khi bàn giao";

/** Picks the successor named `name` in an item's "Đơn vị nhận" (the proposed one reads "… (đề xuất)"). */
async function choose(item: Locator, name: string) {
  const options = await item.getByRole("option").allTextContents();
  const index = options.findIndex((o) => o === name || o === `${name} (đề xuất)`);
  expect(index, `${name} among ${options.join(", ")}`).toBeGreaterThanOrEqual(0);
  await item.getByLabel("Đơn vị nhận").selectOption({ index });
}

test("the provincial reviewer hands over a split commune choosing successors, reverses one item, and the successor's head sees the received task", async ({
  page,
}) => {
  const s = split();
  await signIn(page, "tinh-dv");
  await visit(page, "/province");
  await page.getByRole("link", { name: /Bàn giao công việc của các đơn vị đã kết thúc hoạt động/ }).click();
  await expect(page).toHaveURL(/\/handover$/);
  await expect(page.getByRole("heading", { level: 1, name: "Bàn giao công việc khi sắp xếp đơn vị" })).toBeVisible();
  await expect(page.getByText("Các đơn vị kết thúc hoạt động ngày 30/06/2025", { exact: true })).toBeVisible();
  await expectAccessible(page);
  const table = page.getByRole("table", { name: /Các đơn vị kết thúc hoạt động ngày 30\/06\/2025/ });
  // Most units were handed over in the demo; the split commune is still pending, with both successors.
  const row = table.getByRole("row").filter({ hasText: s.name });
  await expect(row).toContainText(s.proposed);
  await expect(row).toContainText("(một phần)");
  await row.getByRole("link", { name: s.name }).click();
  await expect(page).toHaveURL(new RegExp(`/handover/${s.code}\\?date=2025-07-01$`));
  await expect(page.getByRole("heading", { level: 1, name: `Bàn giao: ${s.name}` })).toBeVisible();
  await expectAccessible(page);

  // The person chooses per item: the last days' task and recommendation each to a successor of their choice; the
  // supervision activity the recommendation came from stays with the closed commune for now.
  const items = page.getByRole("listitem").filter({ has: page.getByRole("checkbox") });
  const recommendation = items.filter({ hasText: REC });
  await expect(recommendation.getByLabel("Đơn vị nhận")).toHaveValue(/.+/);
  await choose(recommendation, s.recommendation.name);
  const task = items.filter({ hasText: "Bàn giao hồ sơ, tài liệu của khối cho đơn vị mới" });
  await choose(task, s.task.name);
  await expect(task.getByRole("checkbox")).toBeChecked();
  // The Dân vận khéo model the commune registered for 2025 goes where the recommendation goes.
  const model = items.filter({ hasText: `“${s.model}” năm 2025` });
  await expect(model).toContainText("Mô hình Dân vận khéo");
  await choose(model, s.recommendation.name);
  await items.filter({ hasText: "Hoạt động giám sát" }).filter({ hasText: "(từ 02/06/2025)" }).getByRole("checkbox").uncheck();
  const pending = await items.count();
  await page.getByRole("button", { name: "Bàn giao các mục đã đánh dấu" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Đã bàn giao \d+ mục của/ })).toBeVisible();
  const handed = page.getByRole("table", { name: `Việc của ${s.name} đã bàn giao` });
  await expect(handed.getByRole("row").filter({ hasText: "Công khai kết quả thu, chi" })).toContainText(s.recommendation.name);
  await expect(handed.getByRole("row").filter({ hasText: "Bàn giao hồ sơ, tài liệu của khối" })).toContainText(s.task.name);
  await expect(handed.getByRole("row").filter({ hasText: s.model })).toContainText(s.recommendation.name);
  expect(await items.count()).toBeLessThan(pending);
  await expect(items.filter({ hasText: "Hoạt động giám sát" }).filter({ hasText: "(từ 02/06/2025)" })).toHaveCount(1);

  // Reversed: the recommendation is back on the closed commune, waiting again; then handed over on its own.
  await handed
    .getByRole("row")
    .filter({ hasText: "Công khai kết quả thu, chi" })
    .getByRole("button", { name: /Hoàn tác/ })
    .click();
  await expect(page.getByRole("status").filter({ hasText: /Đã hoàn tác bàn giao/ })).toBeVisible();
  await expect(items.filter({ hasText: REC })).toHaveCount(1);
  await expect(handed.getByRole("row").filter({ hasText: "Công khai kết quả thu, chi" })).toHaveCount(0);
  for (const box of await items.getByRole("checkbox").all()) if (await box.isEnabled()) await box.uncheck();
  await choose(recommendation, s.recommendation.name);
  // Nothing ticked is refused with the reason, and what the person chose stays as it was.
  await page.getByRole("button", { name: "Bàn giao các mục đã đánh dấu" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Hãy chọn ít nhất một mục để bàn giao." })).toBeVisible();
  await expect(recommendation.getByRole("option", { selected: true })).toHaveText(new RegExp(`^${s.recommendation.name}`));
  await expect(items.getByRole("checkbox", { checked: true })).toHaveCount(0);
  await recommendation.getByRole("checkbox").check();
  await page.getByRole("button", { name: "Bàn giao các mục đã đánh dấu" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Đã bàn giao 1 mục của/ })).toBeVisible();
  await expect(handed.getByRole("row").filter({ hasText: "Công khai kết quả thu, chi" })).toContainText(s.recommendation.name);

  // The closed commune's meeting keeps the task in its history and says where it went.
  await handed.getByRole("row").filter({ hasText: "Bàn giao hồ sơ, tài liệu của khối" }).getByRole("link").click();
  await expect(page).toHaveURL(/\/meetings\//);
  const assigned = page.getByRole("table", { name: "Nhiệm vụ giao tại cuộc họp" }).getByRole("row").filter({ hasText: "Bàn giao hồ sơ, tài liệu của khối" });
  await expect(assigned).toContainText(`Đã bàn giao cho ${s.task.name}`);
  await expect(assigned.getByRole("button")).toHaveCount(0);
  await expectAccessible(page);

  // The recommendation's successor answers it on the activity it came from, which stayed with the closed commune.
  await page.context().clearCookies();
  await signIn(page, `xa-${s.recommendation.code}`);
  await visit(page, `/communes/${s.recommendation.code}/supervision`);
  await page
    .getByRole("region", { name: /Kiến nghị chờ trả lời/ })
    .getByRole("link", { name: new RegExp(REC.slice(0, 40)) })
    .click();
  await expect(page).toHaveURL(/\/supervision\/[^/]+#kien-nghi-/);
  const rec = page.getByRole("listitem").filter({ hasText: REC });
  await expect(rec).toContainText(`Nhận bàn giao từ ${s.name}`);
  await expectAccessible(page);
  await rec.getByText("Theo dõi, kết thúc kiến nghị").click();
  await rec.getByLabel("Ngày trả lời").fill("2026-03-16");
  await rec.getByLabel("Kết quả tiếp thu").selectOption({ label: "Tiếp thu" });
  await rec.getByLabel("Nội dung trả lời").fill("UBND đã công khai kết quả thu, chi tại nhà văn hóa các khu.");
  await rec.getByRole("button", { name: "Ghi nhận trả lời" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: REC })).toContainText("Trả lời ngày 16/03/2026");
  // The model is the successor's now, in its 2025 models.
  await visit(page, `/communes/${s.recommendation.code}/models`);
  await expect(page.getByRole("region", { name: "Năm 2025" }).getByRole("link", { name: s.model })).toBeVisible();

  // The successor's head: the received task comes into the next meeting's carry-over, saying where it came from.
  await page.context().clearCookies();
  await signIn(page, `xa-${s.task.code}`);
  await visit(page, `/communes/${s.task.code}/meetings/new`);
  const carried = page.getByRole("region", { name: "Nhiệm vụ chưa xong sẽ tự chuyển vào chương trình họp" });
  const received = carried.getByRole("listitem").filter({ hasText: "Bàn giao hồ sơ, tài liệu của khối cho đơn vị mới" });
  await expect(received).toContainText(`Nhận bàn giao từ ${s.name}`);
  await expectAccessible(page);
  // The unit's page says what it received from its predecessor.
  await visit(page, `/communes/${s.task.code}`);
  const lineage = page.getByRole("region", { name: "Lịch sử sắp xếp đơn vị" });
  await expect(lineage.getByRole("listitem").filter({ hasText: s.name.replace(/^(Xã|Phường) /, "") })).toContainText(/Đã nhận bàn giao: \d+ nhiệm vụ/);
});

test("a commune head cannot open the hand-over page", async ({ page }) => {
  await signIn(page, phone() ? "xa-06862" : "xa-06706");
  const response = await page.goto("/handover");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Bàn giao công việc khi sắp xếp đơn vị");
});
