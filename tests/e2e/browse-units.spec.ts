import { expect, signIn, test, visit } from "./fixtures";

// The provincial official sees the whole province.
test.beforeEach(async ({ page }) => {
  await signIn(page, "tinh");
});

test.describe("browsing the province's units", () => {
  test("the province on the demo date lists 14 districts, and 2025 lists 54 communes", async ({ page }) => {
    await visit(page, "/province?asOf=2018-08-13");
    await expect(page.getByRole("heading", { level: 1, name: "Tỉnh Quảng Ninh" })).toBeVisible();
    const districts = page.getByRole("table", { name: "Các huyện, thị xã, thành phố và mô hình khối" }).locator("tbody tr");
    await expect(districts).toHaveCount(14);
    await expect(page.getByText("14 đơn vị cấp huyện, 186 đơn vị cấp xã.")).toBeVisible();

    await visit(page, "/province?asOf=2025-07-01");
    await expect(page.getByRole("table", { name: "Khối cấp xã của tỉnh Quảng Ninh" }).locator("tbody tr")).toHaveCount(54);
  });

  test("the viewing date can be changed with the date form", async ({ page }) => {
    await visit(page, "/province");
    await page.getByLabel("Xem theo ngày").fill("2025-07-01");
    await page.getByRole("button", { name: "Xem", exact: true }).click();
    await expect(page).toHaveURL(/asOf=2025-07-01/);
    await expect(page.getByText("54 đơn vị cấp xã trực thuộc tỉnh")).toBeVisible();
  });

  test("from the province to a district to a commune", async ({ page }) => {
    await visit(page, "/province");
    await page.getByRole("link", { name: "Hải Hà", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Huyện Hải Hà" })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await page.getByRole("link", { name: "Quảng Hà", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Khối của Thị trấn Quảng Hà" })).toBeVisible();
    await page.getByRole("navigation", { name: "Vị trí" }).getByRole("link", { name: "Quảng Hà" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Thị trấn Quảng Hà" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "Ủy ban Mặt trận Tổ quốc Việt Nam thị trấn Quảng Hà" })).toBeVisible();
    await visit(page, page.url());
  });

  test("a 2025 commune shows the units it was formed from", async ({ page }) => {
    await visit(page, "/communes/06922?asOf=2025-07-01");
    await expect(page.getByRole("heading", { level: 1, name: "Xã Quảng Hà" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Lịch sử sắp xếp đơn vị" })).toBeVisible();
    await expect(page.getByText("1679/NQ-UBTVQH15").first()).toBeVisible();
  });

  test("search ignores accents and case, and tells namesakes apart", async ({ page }) => {
    await visit(page, "/province");
    await page.getByRole("searchbox", { name: /Tìm đơn vị, cuộc họp/ }).fill("dam ha");
    await page.getByRole("searchbox", { name: /Tìm đơn vị, cuộc họp/ }).press("Enter");
    await expect(page.getByRole("link", { name: "Huyện Đầm Hà" })).toBeVisible();
    await expectAccessibleHere(page);

    await visit(page, "/search?q=nam%20hoa");
    await expect(page.getByRole("link", { name: "Phường Nam Hoà" })).toBeVisible();

    await visit(page, "/search?q=THANH%20SON");
    const items = page
      .getByRole("listitem")
      .filter({ hasText: "Thanh Sơn" })
      .filter({ hasNot: page.getByText(/–/) });
    await expect(items.filter({ hasText: "Thành phố Uông Bí" })).toHaveCount(1);
    await expect(items.filter({ hasText: "Huyện Ba Chẽ" })).toHaveCount(1);
  });
});

test.describe("bad input", () => {
  test("an unknown unit answers 404 with a Vietnamese page", async ({ page }) => {
    await visit(page, "/districts/999", 404);
    await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
    await visit(page, "/communes/%3Cscript%3E", 404);
    await visit(page, "/khong-co-trang-nay", 404);
  });

  test("a malformed date and a hostile search get clear messages", async ({ page }) => {
    await visit(page, "/province?asOf=2018-13-45");
    await expect(page.getByRole("alert").filter({ hasText: "không hợp lệ" })).toBeVisible();
    await visit(page, `/search?q=${"x".repeat(500)}`);
    await expect(page.getByRole("alert").filter({ hasText: "Từ khóa quá dài" })).toBeVisible();
    await visit(page, "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%00");
    await expect(page.getByRole("heading", { name: "Không tìm thấy đơn vị nào" })).toBeVisible();
  });
});

test.describe("operations", () => {
  test("health and security headers", async ({ page }) => {
    const request = page.request;
    const health = await request.get("/api/health");
    expect(health.status()).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok", database: "up" });

    const province = await request.get("/province");
    expect(province.status()).toBe(200);
    const headers = province.headers();
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-request-id"]).toBeTruthy();
    expect(headers).not.toHaveProperty("x-powered-by");
    expect(headers).not.toHaveProperty("strict-transport-security");
  });

  test("pages run with the CSP: no script is blocked", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" && /Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await visit(page, "/province");
    await page.getByRole("link", { name: "Đầm Hà", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Huyện Đầm Hà" })).toBeVisible();
    expect(violations).toEqual([]);
  });
});

async function expectNoHorizontalScroll(page: import("@playwright/test").Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function expectAccessibleHere(page: import("@playwright/test").Page) {
  const { expectAccessible } = await import("./fixtures");
  await expectAccessible(page);
}

test.describe("the national overview", () => {
  test("the official sees the province's row from the rollups; a commune head cannot open it", async ({ page }) => {
    await visit(page, "/national");
    await expect(page.getByRole("heading", { level: 1, name: "Toàn quốc" })).toBeVisible();
    const table = page.getByRole("table", { name: "Các tỉnh, thành phố: giao ban, nhiệm vụ, báo cáo, kiến nghị" });
    await expect(table.locator("tbody tr").filter({ hasText: "Quảng Ninh" }).getByRole("cell").nth(2)).toHaveText("186");
    await expect(page.getByText("Tài khoản của bạn chỉ xem được một tỉnh.")).toBeVisible();
    await page.context().clearCookies();
    await signIn(page, "xa-06922");
    await visit(page, "/national", 404);
  });
});
