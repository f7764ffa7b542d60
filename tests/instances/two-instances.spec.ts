// Two instances of the app on one PostgreSQL database: a session opened on one is valid on the other
// (sessions live in the database, the secret is shared); a form rendered by instance A and posted to
// instance B is accepted (shared server-actions key, same build); the write made through B is read on A.
import { expect, signIn, test } from "../e2e/fixtures";

const A = `http://127.0.0.1:${process.env.INSTANCE_A_PORT ?? 3961}`;
const B = `http://127.0.0.1:${process.env.INSTANCE_B_PORT ?? 3962}`;

test("a form from instance A posted to instance B is accepted, and instance A reads the write", async ({ page }) => {
  expect((await page.request.get(`${A}/api/health`)).status()).toBe(200);
  expect((await page.request.get(`${B}/api/health`)).status()).toBe(200);
  await signIn(page, "xa-06943");
  // The session cookie (host 127.0.0.1, any port) is valid on both instances.
  await page.goto(`${B}/communes/06943/reports`);
  await expect(page.getByRole("heading", { name: "Báo cáo định kỳ" })).toBeVisible();
  await page.goto(`${A}/communes/06943/reports`);
  // Every POST from this page goes to instance B instead of A.
  const posted: string[] = [];
  await page.route(`${A}/**`, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    const target = route.request().url().replace(A, B);
    posted.push(target);
    // A load balancer keeps the public Host; the action's origin check compares it with Origin.
    const response = await route.fetch({ url: target, headers: { ...route.request().headers(), host: new URL(A).host } });
    await route.fulfill({ response });
  });
  const monthly = page.getByRole("table", { name: /Báo cáo tình hình nhân dân hằng tháng/ });
  await monthly.getByRole("row").filter({ hasText: "2018-07" }).getByRole("button", { name: "Lập báo cáo" }).click();
  await expect.poll(() => posted.length).toBeGreaterThan(0);
  expect(posted[0].startsWith(B)).toBe(true);
  await expect(page).toHaveURL(/\/reports\/[A-Za-z0-9_-]+$/);
  await page.unroute(`${A}/**`);
  // Instance A reads what B wrote.
  await page.goto(`${A}/communes/06943/reports`);
  await expect(
    page
      .getByRole("table", { name: /Báo cáo tình hình nhân dân hằng tháng/ })
      .getByRole("row")
      .filter({ hasText: "2018-07" }),
  ).toContainText("Bản nháp");
  await page.goto(`${B}/communes/06943/reports`);
  await expect(
    page
      .getByRole("table", { name: /Báo cáo tình hình nhân dân hằng tháng/ })
      .getByRole("row")
      .filter({ hasText: "2018-07" }),
  ).toContainText("Bản nháp");
});
