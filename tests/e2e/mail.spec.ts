// E-mail links as a person meets them: a forgotten password reset through the link the portal mails (single
// use, every old session ended), the unsubscribe link of a message (one kind, no sign-in), the person's own
// mail settings, and the administrator's view of the outbox. The messages are read from the server's outbox
// (scripts/e2e-server.mjs), as the person would read them in their mailbox.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, signIn, test, visit } from "./fixtures";

const outbox = () => new Database(path.join(process.cwd(), "tmp", "e2e", "portal.db"), { readonly: true });

/** Commune codes the other specs sign in with: this one changes a password, so it takes accounts of none of them. */
const taken = new Set(
  readdirSync(import.meta.dirname)
    .filter((f) => f.endsWith(".spec.ts") && f !== "mail.spec.ts")
    .flatMap((f) => readFileSync(path.join(import.meta.dirname, f), "utf8").match(/\b\d{5}\b/g) ?? []),
);
/** The first two of `usernames` whose commune no other spec uses: one for the phone run, one for the desktop run. */
const untaken = (usernames: string[]) => usernames.filter((u) => !taken.has(u.slice(-5))).slice(0, 2);

test("a person who forgot the password sets a new one through the mailed link, once; the old session ends", async ({ page, browser }, testInfo) => {
  // An officer's account no other spec signs in with, one per project (they share the server).
  const db0 = outbox();
  const officers = db0
    .prepare("SELECT username FROM User WHERE username LIKE 'doanthe-%' AND email IS NOT NULL ORDER BY username DESC")
    .pluck()
    .all() as string[];
  db0.close();
  const username = untaken(officers)[testInfo.project.name === "phone" ? 0 : 1];
  const other = await browser.newContext();
  const before = await other.newPage();
  await signIn(before, username);

  await visit(page, "/login");
  await page.getByRole("link", { name: "Quên mật khẩu?" }).click();
  await expect(page).toHaveURL(/\/password\/forgot$/);
  await page.getByLabel("Tên đăng nhập hoặc địa chỉ thư điện tử").fill(username);
  await page.getByRole("button", { name: "Gửi liên kết đặt lại mật khẩu" }).click();
  const answer = page.getByRole("status");
  await expect(answer).toContainText("Nếu tên đăng nhập hoặc địa chỉ đó có trong cổng");
  // The same answer for a name nobody has.
  await page.getByLabel("Tên đăng nhập hoặc địa chỉ thư điện tử").fill("khong-co-nguoi-nay");
  await page.getByRole("button", { name: "Gửi liên kết đặt lại mật khẩu" }).click();
  await expect(page.getByRole("status")).toHaveText((await answer.textContent())!);

  const db = outbox();
  const mail = db
    .prepare(
      "SELECT m.text FROM OutboundMail m JOIN User u ON u.id = m.userId WHERE u.username = ? AND m.topic = 'PASSWORD_RESET' ORDER BY m.createdAt DESC LIMIT 1",
    )
    .get(username) as { text: string };
  db.close();
  const link = new URL(/https?:\/\/\S+\/password\/reset\?token=[\w-]{43}/.exec(mail.text)![0]);
  await visit(page, `${link.pathname}${link.search}`);
  await expect(page.getByText(`Tài khoản ${username}.`)).toBeVisible();
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill("Một mật khẩu mới dài 2026");
  await page.getByLabel("Nhập lại mật khẩu mới").fill("Một mật khẩu mới dài 2026");
  await page.getByRole("button", { name: "Đặt mật khẩu mới" }).click();
  await expect(page).toHaveURL(/\/login\?reason=reset$/);
  await expect(page.getByRole("status")).toContainText("Đã đặt mật khẩu mới");

  // The link again: refused. The other browser's session has ended.
  await visit(page, `${link.pathname}${link.search}`);
  await expect(page.getByText("Liên kết đặt lại mật khẩu đã hết hạn, đã được dùng hoặc không đúng.")).toBeVisible();
  await before.goto("/account");
  await expect(before).toHaveURL(/\/login/);
  await other.close();

  await page.goto("/login");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill("Một mật khẩu mới dài 2026");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/communes\//);
});

test("a message's unsubscribe link stops that kind without signing in; the person's settings show it", async ({ page }, testInfo) => {
  // This week's digest of a commune head no other spec signs in as, one per project.
  const db = outbox();
  const digests = db
    .prepare(
      "SELECT u.username, m.text FROM OutboundMail m JOIN User u ON u.id = m.userId WHERE u.username LIKE 'xa-%' AND m.topic = 'DIGEST' ORDER BY u.username DESC",
    )
    .all() as { username: string; text: string }[];
  db.close();
  const username = untaken(digests.map((d) => d.username))[testInfo.project.name === "phone" ? 0 : 1];
  const { text } = digests.find((d) => d.username === username)!;
  const link = new URL(/https?:\/\/\S+\/unsubscribe\?t=[\w-]{43}/.exec(text)![0]);
  await visit(page, `${link.pathname}${link.search}`);
  await expect(page.getByText(`${username}@demo.invalid`)).toBeVisible();
  await page.getByRole("button", { name: "Ngừng nhận loại thư này" }).click();
  await expect(page.getByText(`${username}@demo.invalid sẽ không nhận thư “Thư tổng hợp sáng thứ Hai (việc đến hạn và quá hạn)” nữa.`)).toBeVisible();

  await signIn(page, username);
  await visit(page, "/account/mail");
  await expect(page.getByLabel("Thư tổng hợp sáng thứ Hai (việc đến hạn và quá hạn)")).not.toBeChecked();
  await expect(page.getByLabel("Nhiệm vụ mới được giao")).toBeChecked();
  await page.getByLabel("Địa chỉ thư điện tử").fill("không hợp lệ");
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByText("Địa chỉ thư điện tử không hợp lệ, ví dụ: ten@xa.quangninh.gov.vn.")).toBeVisible();
  await expect(page.getByLabel("Thư tổng hợp sáng thứ Hai (việc đến hạn và quá hạn)")).not.toBeChecked();
});

test("the administrator sees the outbox by state and reads a message", async ({ page }) => {
  await signIn(page, "admin");
  await visit(page, "/admin/mail");
  await expect(page.getByRole("heading", { name: "Thư điện tử" })).toBeVisible();
  await page.getByRole("link", { name: /^Chờ gửi \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/status=PENDING/);
  const first = page.getByRole("table").getByRole("link").first();
  await first.click();
  await expect(page.getByRole("heading", { level: 2 })).toBeVisible();
  await expect(page.locator("pre")).toContainText("Chào ");
});
