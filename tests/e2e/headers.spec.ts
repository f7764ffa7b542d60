// The security headers on every route: the routes are read from the app directory (a new page or route
// handler joins this test, and one whose URL the test cannot build fails it), requested signed in and
// signed out, and every response — 200, 401, 404 or 405 — must carry them.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, signIn, test } from "./fixtures";

const APP = path.resolve(import.meta.dirname, "..", "..", "app");

/** Sample values for the dynamic segments, by route. */
const SAMPLES: Record<string, string> = {
  "communes/[code]": "06922",
  "districts/[code]": "201",
  "agencies/[code]": "201",
  "handover/[code]": "06868",
  "[id]": "khong-ton-tai",
  "[unitId]": "khong-ton-tai",
  "export/[file]": "communes.csv",
  "meetings/[id]/[file]": "minutes.docx",
  "reports/[id]/[file]": "report.docx",
  "criticism/[id]/[file]": "opinion.docx",
  "supervision-plans/[id]/[file]": "plan.docx",
  "[...nextauth]": "session",
};

function routes(dir = APP, prefix = ""): { url: string; file: string }[] {
  const out: { url: string; file: string }[] = [];
  for (const entry of readdirSync(dir)) {
    const p = path.join(dir, entry);
    if (statSync(p).isDirectory()) out.push(...routes(p, `${prefix}/${entry}`));
    else if (entry === "page.tsx" || entry === "route.ts") out.push({ url: prefix || "/", file: path.relative(APP, p) });
  }
  return out;
}

function sampleUrl(route: string): string {
  return route
    .split("/")
    .map((segment, i, all) => {
      if (!segment.startsWith("[")) return segment;
      const key = [`${all[i - 1]}/${segment}`, `${all.slice(i - 2, i).join("/")}/${segment}`, segment].find((k) => k in SAMPLES);
      if (!key) throw new Error(`No sample value for ${segment} in ${route}: add one to SAMPLES.`);
      return SAMPLES[key];
    })
    .join("/");
}

test("every route answers with the security headers, signed in or not", async ({ page, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const all = routes();
  expect(all.length).toBeGreaterThan(40);
  const anonymous = await playwright.request.newContext({ baseURL });
  await signIn(page, "tinh");
  const seen: string[] = [];
  for (const { url: route, file } of all) {
    const url = sampleUrl(route);
    for (const [who, client] of [
      ["signed in", page.request],
      ["signed out", anonymous],
    ] as const) {
      const response = await client.get(url, { maxRedirects: 0 });
      const h = response.headers();
      const where = `${who} GET ${url} (${file}) → ${response.status()}`;
      expect(response.status(), where).toBeLessThan(500);
      expect(h["x-content-type-options"], where).toBe("nosniff");
      expect(h["referrer-policy"], where).toBe("strict-origin-when-cross-origin");
      expect(h["x-frame-options"], where).toBe("DENY");
      expect(h["content-security-policy"], where).toMatch(/frame-ancestors 'none'|sandbox/);
      expect(h, where).not.toHaveProperty("x-powered-by");
      // HSTS only when served over https (PUBLIC_URL); the test server is http.
      expect(h, where).not.toHaveProperty("strict-transport-security");
      seen.push(`${response.status()} ${who} ${url}`);
    }
  }
  if (process.env.HEADERS_DEBUG) console.log(seen.join("\n"));
  await anonymous.dispose();
  test.info().annotations.push({ type: "routes", description: `${all.length} routes, ${seen.length} responses` });
});

test("the session cookie is HttpOnly and SameSite=Lax on both sign-in paths (not Secure over plain http)", async ({ page, browser, baseURL }) => {
  const check = async (cookies: { name: string; httpOnly: boolean; sameSite: string; secure: boolean }[], where: string) => {
    const session = cookies.find((c) => c.name.endsWith("next-auth.session-token"));
    expect(session, where).toBeTruthy();
    expect([session!.httpOnly, session!.sameSite, session!.secure], where).toEqual([true, "Lax", false]);
  };
  // next-auth's credentials endpoint (API clients).
  await signIn(page, "tinh");
  await check(await page.context().cookies(), "credentials endpoint");
  // The sign-in form (a server action that writes the same cookie).
  const context = await browser.newContext({ baseURL });
  const form = await context.newPage();
  await form.goto("/login");
  await form.getByLabel("Tên đăng nhập").fill("tinh");
  await form.getByLabel("Mật khẩu").fill("Demo@2018");
  await form.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(form).toHaveURL(/\/province$/);
  await check(await context.cookies(), "sign-in form");
  await context.close();
});
