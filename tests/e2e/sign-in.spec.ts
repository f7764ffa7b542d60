import path from "node:path";
import Database from "better-sqlite3";
import { expect, signIn, test, visit, DEMO_PASSWORD } from "./fixtures";

async function signInWithForm(page: import("@playwright/test").Page, username: string, password = DEMO_PASSWORD) {
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

test.describe("signing in", () => {
  for (const [username, home, heading, role] of [
    ["tinh", "/province", "Tỉnh Quảng Ninh", "Cán bộ theo dõi chung"],
    ["huyen-201", "/districts/201", "Huyện Hải Hà", "Cán bộ hướng dẫn, thẩm định khối cấp xã"],
    ["xa-06922", "/communes/06922", "Thị trấn Quảng Hà", "Trưởng khối cấp xã"],
    ["doanthe-06922", "/communes/06922", "Thị trấn Quảng Hà", "Cán bộ đoàn thể"],
    ["admin", "/admin", "Quản trị", "Quản trị viên"],
  ] as const) {
    test(`${username} lands on their home`, async ({ page }) => {
      await visit(page, "/login");
      await signInWithForm(page, username);
      await expect(page).toHaveURL(new RegExp(`${home}$`));
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expect(page.getByRole("banner")).toContainText(role);
      await visit(page, home);
    });
  }

  test("a wrong password gets one message, the same as an unknown user", async ({ page }) => {
    await visit(page, "/login");
    await signInWithForm(page, "xa-06922", "sai-mat-khau");
    const message = page.getByRole("alert").filter({ hasText: "Tên đăng nhập hoặc mật khẩu không đúng." });
    await expect(message).toBeVisible();
    await expect(page.getByLabel("Tên đăng nhập")).toHaveValue("xa-06922");
    await expect(page.getByLabel("Mật khẩu")).toHaveValue("");
    await expectAccessibleAfterError(page);
    await signInWithForm(page, "khong-co-ai", "sai-mat-khau");
    await expect(message).toBeVisible();
  });

  test("a page asked for before signing in opens after it", async ({ page }) => {
    await page.goto("/districts/201");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdistricts%2F201/);
    await signInWithForm(page, "huyen-201");
    await expect(page).toHaveURL(/\/districts\/201$/);
  });

  test("signing out ends the session", async ({ page }) => {
    await signIn(page, "xa-06922");
    await visit(page, "/communes/06922");
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await expect(page).toHaveURL(/\/login$/);
    await page.goto("/communes/06922");
    await expect(page).toHaveURL(/\/login/);
  });
});

test.describe("scope", () => {
  test("a commune head gets 404 for another commune, its district and the province", async ({ page }) => {
    await signIn(page, "xa-06922");
    await visit(page, "/communes/06925", 404);
    await visit(page, "/communes/06649", 404);
    await visit(page, "/districts/201", 404);
    await visit(page, "/province", 404);
    await visit(page, "/admin/users", 404);
    await visit(page, "/search?q=quang");
    await expect(page.getByRole("link", { name: "Thị trấn Quảng Hà" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Xã Quảng Đức" })).toHaveCount(0);
  });

  test("a commune head gets 404 for another commune's record of every kind, which its own head opens", async ({ page }) => {
    // Ids read from the server's demo database (scripts/e2e-server.mjs), as someone guessing or copying a link would have them.
    const db = new Database(path.join(process.cwd(), "tmp", "e2e", "portal.db"), { readonly: true });
    const recordOf = (table: string) =>
      db
        .prepare(
          `SELECT r.id, u.code FROM ${table} r JOIN Unit u ON u.id = r.unitId JOIN User x ON x.username = 'xa-' || u.code WHERE u.code <> '06922' ORDER BY r.id LIMIT 1`,
        )
        .get() as { id: string; code: string };
    const [meeting, report, activity, criticism] = ["Meeting", "Report", "SupervisionActivity", "CriticismCase"].map(recordOf);
    const account = db.prepare("SELECT id FROM User WHERE username = 'xa-06649'").pluck().get() as string;
    // Another person's notification: the inbox is its owner's alone.
    const notification = db
      .prepare(
        "SELECT n.id, u.username FROM Notification n JOIN User u ON u.id = n.userId WHERE u.username LIKE 'xa-%' AND u.username <> 'xa-06922' ORDER BY n.id LIMIT 1",
      )
      .get() as { id: string; username: string };
    db.close();
    const pages = [
      [meeting.code, `/meetings/${meeting.id}`],
      [meeting.code, `/meetings/${meeting.id}/minutes`],
      [report.code, `/reports/${report.id}`],
      [activity.code, `/supervision/${activity.id}`],
      [criticism.code, `/criticism/${criticism.id}`],
    ] as const;
    await signIn(page, "xa-06922");
    for (const [, url] of pages) await visit(page, url, 404);
    await visit(page, `/admin/users/${account}`, 404);
    await visit(page, "/handover/06649", 404);
    await visit(page, `/notifications/${notification.id}`, 404);
    for (const file of [`/api/meetings/${meeting.id}/minutes.docx`, `/api/reports/${report.id}/report.docx`, `/api/criticism/${criticism.id}/opinion.docx`]) {
      expect((await page.request.get(file)).status(), file).toBe(404);
    }
    // The same links work for the commune they belong to: the 404 is the scope, not a wrong id.
    for (const [code, url] of pages) {
      await signIn(page, `xa-${code}`);
      await visit(page, url);
    }
    await signIn(page, notification.username);
    await visit(page, `/notifications/${notification.id}`);
  });

  test("district staff see their communes, not another district's", async ({ page }) => {
    await signIn(page, "huyen-201");
    await visit(page, "/communes/06934");
    await visit(page, "/communes/06649", 404);
    await visit(page, "/districts/193", 404);
  });

  test("navigation shows only what the role can use", async ({ page }) => {
    await signIn(page, "xa-06922");
    await page.goto("/communes/06922");
    const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
    await expect(nav.getByRole("link", { name: "Xã của tôi" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Người dùng" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Toàn tỉnh" })).toHaveCount(0);
  });
});

async function expectAccessibleAfterError(page: import("@playwright/test").Page) {
  const { expectAccessible } = await import("./fixtures");
  await expectAccessible(page);
}
