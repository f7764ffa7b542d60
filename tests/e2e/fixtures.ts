// Shared end-to-end helpers: an accessibility check on every page a test visits, and signing in without
// the UI (through next-auth's credentials endpoint, as any API client would).
import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Browser, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Demo@2018";

export async function expectAccessible(page: Page) {
  // A 404 thrown while a page streams can arrive in Next's error shell (no lang) before React replaces it
  // with the root layout: check the page the user ends up with.
  await page.waitForFunction(() => document.documentElement.lang !== "", undefined, { timeout: 5_000 }).catch(() => undefined);
  // After a client-side navigation the new page's <title> arrives with its metadata, a moment after the URL.
  await page.waitForFunction(() => document.title.trim() !== "", undefined, { timeout: 5_000 }).catch(() => undefined);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

/** Visits a page, expects its HTTP status, and checks it for serious accessibility violations. */
export async function visit(page: Page, url: string, status = 200) {
  const response = await page.goto(url);
  expect(response?.status(), `${url} status`).toBe(status);
  await expectAccessible(page);
  return response!;
}

/** Signs the page's browser context in as a demo account through /api/auth/callback/credentials. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, username, password, json: "true" },
    maxRedirects: 0,
  });
  expect([200, 302]).toContain(response.status());
  const cookies = await page.context().cookies();
  expect(
    cookies.some((c) => c.name.endsWith("next-auth.session-token")),
    `signed in as ${username}`,
  ).toBe(true);
}

/**
 * Another account of the unit puts the report at `url` up for signing ("Trình ký", two-person sign-off), in
 * its own browser context; the one who prepared it is not offered the signing.
 */
export async function prepareForSigning(browser: Browser, username: string, url: string) {
  const context = await browser.newContext({ baseURL: new URL(url).origin });
  const clerk = await context.newPage();
  await signIn(clerk, username);
  await clerk.goto(url);
  await clerk.getByRole("button", { name: "Trình ký" }).click();
  // The page now shows who prepared it and that it waits for another account's signature.
  await expect(clerk.getByText(/chờ người có thẩm quyền ký và gửi/)).toBeVisible();
  await expect(clerk.getByRole("button", { name: /Ký và gửi/ })).toHaveCount(0);
  await context.close();
}

export const test = base;
export { expect };
