// Shared end-to-end helpers: an accessibility check on every page a test visits.
import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";

export async function expectAccessible(page: Page) {
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

export const test = base;
export { expect };
