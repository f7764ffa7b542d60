import { expect, signIn, test, visit } from "./fixtures";

test("an administrator creates an account; its owner must choose a new password at first sign-in", async ({ page, browser }) => {
  const username = `canbo.${Date.now().toString(36)}`;
  await signIn(page, "admin");
  await visit(page, "/admin/users/new");
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Hãy sửa các ô được đánh dấu." })).toBeVisible();
  await expect(page.getByLabel("Tên đăng nhập")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Họ và tên").fill("Phạm Thị Thu");
  await page.getByLabel("Vai trò").selectOption({ label: "Trưởng khối cấp xã" });
  await page.getByLabel("Mã đơn vị (mã Tổng cục Thống kê)").fill("06925");
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();
  const done = page.getByRole("status").filter({ hasText: "Mật khẩu tạm thời:" });
  await expect(done).toBeVisible();
  const temporary = (await done.textContent())!.match(/Mật khẩu tạm thời: (\S+)/)![1];

  await visit(page, `/admin/users?q=${username}`);
  await page.getByRole("link", { name: username }).click();
  await expect(page.getByRole("heading", { name: "Lịch sử thay đổi" })).toBeVisible();
  await expect(page.getByText("Tạo tài khoản").first()).toBeVisible();
  await visit(page, page.url());

  const context = await browser.newContext();
  const newcomer = await context.newPage();
  await newcomer.goto("/login");
  await newcomer.getByLabel("Tên đăng nhập").fill(username);
  await newcomer.getByLabel("Mật khẩu").fill(temporary);
  await newcomer.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(newcomer).toHaveURL(/\/account\/password$/);
  await newcomer.goto("/communes/06925");
  await expect(newcomer).toHaveURL(/\/account\/password$/);
  await newcomer.getByLabel("Mật khẩu hiện tại").fill(temporary);
  await newcomer.getByLabel("Mật khẩu mới", { exact: true }).fill("ngan");
  await newcomer.getByLabel("Nhập lại mật khẩu mới").fill("ngan");
  await newcomer.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(newcomer.getByText(/ít nhất 10 ký tự/)).toBeVisible();
  await newcomer.getByLabel("Mật khẩu hiện tại").fill(temporary);
  await newcomer.getByLabel("Mật khẩu mới", { exact: true }).fill("Cay-bang-truoc-ngo-2018");
  await newcomer.getByLabel("Nhập lại mật khẩu mới").fill("Cay-bang-truoc-ngo-2018");
  await newcomer.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(newcomer).toHaveURL(/\/communes\/06925$/);
  await expect(newcomer.getByRole("heading", { level: 1, name: "Xã Quảng Đức" })).toBeVisible();
  await context.close();
});

test("disabling a user ends their open session at the next request", async ({ page, browser }) => {
  // Each viewport disables its own account: both projects share one database.
  const code = test.info().project.name === "phone" ? "06955" : "06958";
  const context = await browser.newContext();
  const victim = await context.newPage();
  await signIn(victim, `xa-${code}`);
  await visit(victim, `/communes/${code}`);

  await signIn(page, "admin");
  await page.goto(`/admin/users?q=xa-${code}`);
  await page.getByRole("link", { name: `xa-${code}` }).click();
  await page.getByLabel("Lý do").last().fill("Kiểm thử khóa tài khoản");
  await page.getByRole("button", { name: "Khóa tài khoản" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã khóa tài khoản" })).toBeVisible();

  await victim.goto(`/communes/${code}`);
  await expect(victim).toHaveURL(/\/login\?reason=revoked/);
  await expect(victim.getByText("Phiên làm việc đã kết thúc")).toBeVisible();
  await context.close();
});

test("a person ends a session of theirs on another device; the administrator finds it and a failed sign-in in the audit trail", async ({ page, browser }) => {
  // Each viewport uses its own account: both projects share one database.
  const code = test.info().project.name === "phone" ? "06961" : "06964";
  const username = `xa-${code}`;
  const context = await browser.newContext();
  const other = await context.newPage();
  await signIn(other, username);
  await visit(other, `/communes/${code}`);
  // A wrong password first, from this browser.
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  await page.request.post("/api/auth/callback/credentials", { form: { csrfToken, username, password: "sai-mat-khau-2018", json: "true" }, maxRedirects: 0 });
  await signIn(page, username);

  await visit(page, "/account");
  await expect(page.getByRole("cell", { name: /Đăng nhập không thành công/ }).first()).toBeVisible();
  const sessions = page.getByRole("heading", { name: "Các phiên đăng nhập đang mở" }).locator("..").getByRole("listitem");
  await expect(sessions).toHaveCount(2);
  await sessions
    .filter({ hasNotText: "phiên đang dùng" })
    .getByRole("button", { name: /Kết thúc phiên/ })
    .click();
  await expect(page.getByRole("status").filter({ hasText: "Đã kết thúc." })).toBeVisible();
  await other.goto(`/communes/${code}`);
  await expect(other).toHaveURL(/\/login/);
  await context.close();

  // The bloc head has no audit trail to read: the page does not exist for them.
  await visit(page, "/admin/audit", 404);
  await signIn(page, "admin");
  await visit(page, `/admin/audit?person=${username}`);
  await expect(page.getByText("Kết thúc phiên đăng nhập").first()).toBeVisible();
  await page.getByLabel("Kết quả").selectOption({ label: "Bị từ chối" });
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/outcome=DENIED/);
  await expect(page.getByText("Đăng nhập không thành công").first()).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải CSV" }).click();
  expect((await download).suggestedFilename()).toMatch(/^nhat-ky.*\.csv$/);
});

test("a year whose holidays are not verified warns the reviewer and the administrator, not the bloc head", async ({ page }) => {
  // The 2018 demo counts deadlines over 2018, whose calendar is the Labour Code's draft.
  const note = page.getByRole("note", { name: "Lịch ngày làm việc chưa xác nhận" });
  await signIn(page, "huyen-201");
  await visit(page, "/districts/201");
  await expect(note).toContainText("Lịch nghỉ lễ, tết năm 2018 chưa được đối chiếu với thông báo chính thức");
  await expect(note).toContainText("Đề nghị quản trị hệ thống nhập lịch theo thông báo.");
  await signIn(page, "xa-06922");
  await visit(page, "/communes/06922");
  await expect(note).toHaveCount(0);
  await signIn(page, "admin");
  await visit(page, "/admin");
  await note.getByRole("link", { name: "Nhập lịch năm 2018" }).click();
  await expect(page).toHaveURL(/\/admin\/calendar\?year=2018$/);
  await expect(page.getByRole("heading", { name: "Lịch ngày làm việc năm 2018" })).toBeVisible();
});
