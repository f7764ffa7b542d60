// Search across records (decision 0036) on a phone and a desktop, in the 2018 demo (business date 13/08/2018):
// a commune head types an unaccented phrase in the header's box and finds the commune's own meetings of
// earlier weeks, never another commune's; the province's overview finds many communes' with the same words.
import { expect, expectAccessible, signIn, test, visit } from "./fixtures";

const PHRASE = "tiep tuc nam tinh hinh nhan dan";

test("an unaccented phrase finds the commune's own records of other dates, and nothing outside its scope", async ({ page }) => {
  await signIn(page, "xa-06994");
  await visit(page, "/communes/06994");
  const box = page.getByRole("searchbox", { name: /Tìm đơn vị, cuộc họp/ });
  await box.fill(PHRASE);
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=tiep/);
  await expectAccessible(page);
  const records = page.getByRole("region", { name: /^Hồ sơ: \d+/ });
  const hits = records.getByRole("listitem");
  await expect(hits.first()).toBeVisible();
  const count = await hits.count();
  expect(count).toBeGreaterThan(1);
  // Every hit is thị trấn Cái Rồng's, each with its day; the words are found with their accents.
  for (let i = 0; i < count; i++) await expect(hits.nth(i)).toContainText("Thị trấn Cái Rồng");
  // A meeting of an earlier week (this week's may have been logged by another test with the same words).
  const meeting = hits.filter({ hasText: "Cuộc họp" }).filter({ hasNotText: "13/08/2018" }).first();
  await expect(meeting).toContainText(/\d{2}\/0[4-8]\/2018/);
  await meeting.getByRole("link").click();
  await expect(page).toHaveURL(/\/meetings\/[A-Za-z0-9_-]+$/);
  await expect(page.getByText(/tiếp tục nắm tình hình nhân dân/).first()).toBeVisible();

  // Operators and quotes are words like any other: nothing breaks, nothing outside the scope appears.
  await visit(page, `/search?q=${encodeURIComponent('"khoi" OR * NEAR(')}`);
  await expect(page.getByRole("heading", { name: "Không tìm thấy hồ sơ nào" })).toBeVisible();
  await visit(page, `/search?q=${"a".repeat(10_000)}`);
  await expect(page.getByText("Từ khóa quá dài: hãy nhập tối đa 100 ký tự.")).toBeVisible();
});

test("the province's overview finds the same words in many communes", async ({ page }) => {
  await signIn(page, "tinh");
  await visit(page, `/search?q=${encodeURIComponent(PHRASE)}`);
  const hits = page.getByRole("region", { name: /^Hồ sơ: \d+/ }).getByRole("listitem");
  await expect(hits.first()).toBeVisible();
  const units = new Set<string>();
  for (const text of await hits.allTextContents()) units.add(/(Thị trấn|Xã|Phường) [^·]+/.exec(text)?.[0].trim() ?? "");
  expect(units.size).toBeGreaterThan(1);
});
