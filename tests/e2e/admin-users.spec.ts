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
  await newcomer.getByLabel("Mật khẩu mới", { exact: true }).fill("Khoi-dan-van-2018");
  await newcomer.getByLabel("Nhập lại mật khẩu mới").fill("Khoi-dan-van-2018");
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
