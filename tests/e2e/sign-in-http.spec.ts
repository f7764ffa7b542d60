// next-auth's credentials endpoint over real HTTP, as an API client or a browser without JavaScript posts
// it: without the CSRF token (or with a forged one) nobody is signed in; a wrong password opens no session;
// five failures in a row block the account, even with the right password, while another account from the
// same address still signs in; a disabled account cannot sign in. Each project burns accounts of its own.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD, expect, test } from "./fixtures";

const SESSION = "next-auth.session-token";

async function csrf(request: APIRequestContext) {
  return ((await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
}

/** Posts the credentials form; says where it was sent and whether a session cookie came back. */
async function post(request: APIRequestContext, form: Record<string, string>) {
  const response = await request.post("/api/auth/callback/credentials", { form, maxRedirects: 0 });
  const cookies = response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "set-cookie")
    .map((h) => h.value);
  return {
    status: response.status(),
    location: response.headers().location ?? "",
    session: cookies.some((c) => c.startsWith(`${SESSION}=`) && !c.startsWith(`${SESSION}=;`)),
  };
}

test("the credentials endpoint needs its CSRF token, refuses a wrong password, blocks after five failures and refuses a disabled account", async ({
  playwright,
  baseURL,
}) => {
  // Accounts no other test uses, different for each project (phone, desktop): the e2e server's demo database.
  const db = new Database(path.join(process.cwd(), "tmp", "e2e", "portal.db"), { fileMustExist: true });
  // Any commune code written in an end-to-end spec may be signed into by that spec: none of those.
  const dir = path.join(process.cwd(), "tests", "e2e");
  const used = new Set(readdirSync(dir).flatMap((f) => [...readFileSync(path.join(dir, f), "utf8").matchAll(/\b\d{5}\b/g)].map((m) => m[0])));
  const spare = (db.prepare("SELECT username FROM User WHERE username LIKE 'xa-%' AND status = 'ACTIVE' ORDER BY username DESC").pluck().all() as string[])
    .filter((u) => !used.has(u.slice(3)))
    .slice(0, 6);
  const offset = test.info().project.name === "phone" ? 0 : 3;
  const [throttled, neighbour, disabled] = spare.slice(offset, offset + 3);
  expect(disabled, "six spare demo accounts").toBeTruthy();
  db.prepare("UPDATE User SET status = 'DISABLED' WHERE username = ?").run(disabled);
  db.close();

  const fresh = () => playwright.request.newContext({ baseURL });
  const request = await fresh();
  // No token, then a forged one: next-auth sends the browser back to sign in, with no session.
  const missing = await post(request, { username: neighbour, password: DEMO_PASSWORD });
  expect(missing.session).toBe(false);
  expect(missing.location).toContain("csrf=true");
  await csrf(request);
  const forged = await post(request, { csrfToken: "0".repeat(64), username: neighbour, password: DEMO_PASSWORD });
  expect(forged.session).toBe(false);
  expect(forged.location).toContain("csrf=true");

  // Five wrong passwords: each refused with no session; then the right one is refused too (blocked).
  for (let i = 0; i < 5; i++) {
    const wrong = await post(request, { csrfToken: await csrf(request), username: throttled, password: `sai-mat-khau-${i}` });
    expect(wrong.session, `wrong password ${i + 1}`).toBe(false);
    expect(wrong.location).toContain("error=");
  }
  const blocked = await post(request, { csrfToken: await csrf(request), username: throttled, password: DEMO_PASSWORD });
  expect(blocked.session).toBe(false);
  // Throttling is per account: another account from the same address signs in.
  const other = await fresh();
  const ok = await post(other, { csrfToken: await csrf(other), username: neighbour, password: DEMO_PASSWORD });
  expect(ok.session).toBe(true);
  expect((await other.get("/api/auth/session")).ok()).toBe(true);
  // A disabled account: the right password opens nothing.
  const off = await fresh();
  const refused = await post(off, { csrfToken: await csrf(off), username: disabled, password: DEMO_PASSWORD });
  expect(refused.session).toBe(false);
  await Promise.all([request.dispose(), other.dispose(), off.dispose()]);
});
