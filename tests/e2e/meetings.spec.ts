// The weekly giao ban on a phone: a routine meeting logged with its carried-over tasks and a new task,
// approved and its minutes downloaded (the DOCX read back as XML); on a desktop: a draft that survives a
// dropped connection, a task assigned, reported by the organisation's officer from "my tasks" and
// verified; task rows of a new meeting kept by the browser while offline.
import JSZip from "jszip";
import { expect, expectAccessible, signIn, test, visit } from "./fixtures";

// Phone and desktop share one database: each walks its own communes.
const phone = () => test.info().project.name === "phone";

test("a bloc head logs a routine meeting, approves it and downloads the minutes", async ({ page }) => {
  const [code, unitLine, placeName] = phone() ? ["06994", "ĐẢNG ỦY THỊ TRẤN CÁI RỒNG", "Cái Rồng"] : ["06841", "ĐẢNG ỦY XÃ HOÀNH MÔ", "Hoành Mô"];
  await signIn(page, `xa-${code}`);
  await visit(page, `/communes/${code}`);
  await expect(page.getByRole("heading", { name: "Giao ban Tuần 33/2018" })).toBeVisible();
  const started = Date.now();
  await page.getByRole("link", { name: "Ghi giao ban tuần này" }).click();
  await expect(page).toHaveURL(new RegExp(`/communes/${code}/meetings/new$`));
  await expectAccessible(page);
  // Pre-filled: the date of the week, the usual place, chair and secretary, attendance, carried-over tasks.
  await expect(page.getByLabel("Ngày họp")).toHaveValue("2018-08-13");
  await expect(page.getByLabel("Địa điểm")).toHaveValue("Hội trường Đảng ủy - UBND xã");
  await expect(page.getByLabel("Chủ trì", { exact: true })).not.toHaveValue("");
  // Each organisation's attendance is a pair of choices named by the organisation, present by default.
  const attendance = page.getByRole("group", { name: "Thành phần dự họp" }).getByRole("radiogroup");
  await expect(attendance.first()).toHaveAccessibleName(new RegExp(`${placeName}$`));
  await expect(attendance.first().getByRole("radio", { name: "Có mặt" })).toBeChecked();
  const carried = page.getByRole("region", { name: /Nhiệm vụ chưa xong sẽ tự chuyển/ });
  await expect(carried.getByRole("listitem").first()).toBeVisible();
  const carriedCount = await carried.getByRole("listitem").count();
  // The one field a routine week needs.
  await page.getByLabel("Kết luận của chủ trì").fill("Các tổ chức hoàn thành nhiệm vụ tuần; tiếp tục nắm tình hình nhân dân.");
  // A task the meeting assigns, in the same form; a row missing its owner is named, nothing typed is lost.
  const task = page.getByRole("group", { name: "Nhiệm vụ 1" });
  await task.getByLabel("Nội dung").fill("Rà soát hộ nghèo cuối năm");
  await task.getByLabel("Hạn hoàn thành").fill("2018-08-24");
  const save = page.getByRole("button", { name: /^Lưu( cuộc họp)?$/ });
  await save.click();
  await expect(task.getByText("Hãy chọn tổ chức chủ trì.")).toBeVisible();
  await expect(task.getByLabel("Nội dung")).toHaveValue("Rà soát hộ nghèo cuối năm");
  await task.getByLabel("Tổ chức chủ trì").selectOption({ index: 1 });
  await save.click();
  await expect(page).toHaveURL(/\/meetings\/[A-Za-z0-9_-]+/);
  await expect(page.getByRole("table", { name: "Nhiệm vụ giao tại cuộc họp" })).toContainText("Rà soát hộ nghèo cuối năm");
  await expect(page.getByRole("region", { name: /Nhiệm vụ chuyển tiếp/ }).getByRole("listitem")).toHaveCount(carriedCount);
  const step = async (name: string) => {
    await page.getByRole("button", { name }).click();
    await expect(page.getByRole("button", { name })).toHaveCount(0);
  };
  await step("Xác nhận đã họp");
  const meetingUrl = new URL(page.url()).pathname;
  // Two-person sign-off: the secretary records and submits the minutes; they cannot approve them too.
  await page.context().clearCookies();
  await signIn(page, `thuky-${code}`);
  await visit(page, meetingUrl);
  await step("Trình biên bản");
  await expect(page.getByText("chờ người chủ trì duyệt (một người khác người đã trình)")).toBeVisible();
  await page.getByRole("button", { name: "Duyệt biên bản" }).click();
  await expect(page.getByText(/Bạn đã ghi và trình biên bản này: biên bản phải do người chủ trì duyệt/)).toBeVisible();
  await expect(page.getByText(/Biên bản số/)).toHaveCount(0);
  // The chair approves: the number is issued and both steps are on the record.
  await page.context().clearCookies();
  await signIn(page, `xa-${code}`);
  await visit(page, meetingUrl);
  await step("Duyệt biên bản");
  await expect(page.getByText(/Biên bản số \d+-BB\/ĐU/)).toBeVisible();
  await expect(page.getByText(/^Thư ký khối .* \(demo\), \d{2}\/\d{2}\/\d{4}/)).toBeVisible();
  await expect(page.getByText(/^Trưởng khối .* \(demo\), \d{2}\/\d{2}\/\d{4}/)).toBeVisible();
  const seconds = (Date.now() - started) / 1000;
  console.log(`routine meeting logged and approved in ${seconds.toFixed(1)} s of browser time`);
  const label = (await page.getByText(/Biên bản số \d+-BB\/ĐU/).textContent())!.match(/\d+-BB\/ĐU/)![0];

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải biên bản (DOCX)" }).click();
  const file = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of file) chunks.push(chunk as Buffer);
  const xml = await (await JSZip.loadAsync(Buffer.concat(chunks))).file("word/document.xml")!.async("string");
  const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("\n");
  expect(text).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
  expect(text).toContain(unitLine);
  expect(text).toContain(`Số ${label}`);
  expect(text).toContain(`${placeName}, ngày 13 tháng 08 năm 2018`);
  expect(text).toContain("BIÊN BẢN");
  expect(text).toMatch(/THƯ KÝ[\s\S]*CHỦ TRÌ/);
  expect(text).not.toContain("DỰ THẢO");

  // The number stands in the body's register, with the minutes' date and a link back.
  await page.getByRole("link", { name: "sổ văn bản" }).click();
  await expect(page.getByRole("heading", { name: "Sổ đăng ký văn bản năm 2018" })).toBeVisible();
  await expectAccessible(page);
  const row = page.getByRole("row").filter({ hasText: label });
  await expect(row).toContainText("13/08/2018");
  await expect(row).toContainText("Biên bản");
  await expect(row).toContainText("Đã cấp");
  await row.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`${meetingUrl}$`));

  // The signed minutes' scan is filed on the approved meeting; an executable renamed .pdf is refused.
  await page.locator("#minutes-scan").setInputFiles({ name: "bien-ban.pdf", mimeType: "application/pdf", buffer: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]) });
  await page.getByRole("button", { name: "Tải lên" }).click();
  await expect(page.getByText("Chỉ nhận bản quét PDF hoặc ảnh (PNG, JPEG, WebP).")).toBeVisible();
  await page
    .locator("#minutes-scan")
    .setInputFiles({ name: "bien-ban.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n") });
  await page.getByRole("button", { name: "Tải lên" }).click();
  await expect(page.getByText("Đã lưu bản quét biên bản đã ký.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Bản quét đã ký: bien-ban.pdf" })).toBeVisible();

  // The chair issues the conclusions notice: the next number of the body's notices, and its DOCX.
  await page.getByRole("button", { name: "Ban hành thông báo kết luận" }).click();
  await expect(page.getByText(/Thông báo kết luận số \d+-TB\/ĐU ngày 13\/08\/2018/)).toBeVisible();
  const notice = await page.request.get(`${meetingUrl}/notice.docx`.replace("/meetings/", "/api/meetings/"));
  expect(notice.status()).toBe(200);
  const noticeXml = await (await JSZip.loadAsync(await notice.body())).file("word/document.xml")!.async("string");
  expect(noticeXml).toMatch(/Số \d+-TB\/ĐU/);
  expect(noticeXml).toContain("THÔNG BÁO");

  await visit(page, page.url().replace(/\?.*$/, "") + "/minutes");
  await expect(page.getByText(`Số ${label}`)).toBeVisible();
  // Approved minutes are locked: no form, only the head's audited reopen.
  await page.goBack();
  await expect(page.getByLabel("Kết luận của chủ trì")).toHaveCount(0);
  await expect(page.locator("summary", { hasText: "Mở lại biên bản đã duyệt" })).toBeVisible();
});

test("a draft survives a dropped connection; a task goes from the head to the officer and back", async ({ page, browser }) => {
  const [code, union] = phone() ? ["06844", "Hội Liên hiệp Phụ nữ xã Đồng Tâm"] : ["07195", "Hội Liên hiệp Phụ nữ xã Đồng Tiến"];
  await signIn(page, `xa-${code}`);
  await visit(page, `/communes/${code}/meetings/new`);
  await page.context().setOffline(true);
  await page.getByLabel("Điểm nóng, kiến nghị của nhân dân").fill("Nhân dân thôn 2 kiến nghị sửa đường ra bến cá.");
  await expect(page.getByText(/Mất kết nối|Chưa lưu được lên máy chủ/)).toBeVisible({ timeout: 10_000 });
  await page.context().setOffline(false);
  // Back online, the draft saves itself and the address becomes the meeting's own.
  await expect(page.getByText(/Đã lưu nháp lúc/)).toBeVisible({ timeout: 15_000 });
  await expect(page).toHaveURL(/\/meetings\/[A-Za-z0-9_-]+$/);
  await page.reload();
  await expect(page.getByLabel("Điểm nóng, kiến nghị của nhân dân")).toHaveValue("Nhân dân thôn 2 kiến nghị sửa đường ra bến cá.");

  // Typed while offline and the tab closed: restored from this browser on the next visit.
  const url = page.url();
  await page.context().setOffline(true);
  await page.getByLabel("Ý kiến thảo luận").fill("Hội Nông dân đề nghị hỗ trợ giống cho hộ nghèo.");
  await page.waitForTimeout(300);
  const again = await page.context().newPage();
  await page.close();
  await again.context().setOffline(false);
  await again.goto(url);
  await expect(again.getByText(/Đã khôi phục nội dung chưa lưu trên máy này/)).toBeVisible();
  await expect(again.getByLabel("Ý kiến thảo luận")).toHaveValue("Hội Nông dân đề nghị hỗ trợ giống cho hộ nghèo.");
  await expect(again.getByText(/Đã lưu nháp lúc/)).toBeVisible({ timeout: 15_000 });

  // A task for the Women's Union; a due date before the meeting is refused first.
  await again.getByLabel("Nội dung nhiệm vụ").fill("Vận động hội viên hỗ trợ hộ nghèo sửa nhà");
  await again.getByLabel("Tổ chức chủ trì").selectOption({ label: union });
  await again.getByLabel("Hạn hoàn thành").fill("2018-08-01");
  await again.getByRole("button", { name: "Giao nhiệm vụ" }).click();
  await expect(again.getByText(/Hạn hoàn thành không được trước ngày họp/)).toBeVisible();
  await again.getByLabel("Hạn hoàn thành").fill("2018-08-24");
  await again.getByRole("button", { name: "Giao nhiệm vụ" }).click();
  await expect(again.getByText("Đã giao nhiệm vụ.")).toBeVisible();
  await again.reload();
  await expect(again.getByRole("table", { name: "Nhiệm vụ giao tại cuộc họp" })).toContainText("Vận động hội viên hỗ trợ hộ nghèo sửa nhà");

  // The officer reports it done from "my tasks".
  const officerContext = await browser.newContext({ baseURL: new URL(url).origin });
  const officer = await officerContext.newPage();
  await signIn(officer, `doanthe-${code}`);
  await visit(officer, `/communes/${code}/tasks`);
  await expect(officer.getByRole("heading", { name: "Nhiệm vụ của tổ chức tôi" })).toBeVisible();
  const item = officer.getByRole("listitem").filter({ hasText: "Vận động hội viên hỗ trợ hộ nghèo sửa nhà" });
  await item.locator("summary", { hasText: "Báo cáo đã hoàn thành" }).click();
  await item.getByLabel("Kết quả thực hiện").fill("Đã vận động 15 hội viên góp công sửa 2 nhà.");
  await item.getByRole("button", { name: "Báo cáo đã hoàn thành" }).click();
  await expect(item.getByText("Báo cáo hoàn thành", { exact: true })).toBeVisible();
  await officerContext.close();

  // The head verifies it.
  await again.reload();
  const row = again.getByRole("row").filter({ hasText: "Vận động hội viên hỗ trợ hộ nghèo sửa nhà" });
  await expect(row).toContainText("Báo cáo hoàn thành");
  await row.getByRole("button", { name: "Xác nhận hoàn thành" }).click();
  await expect(row).toContainText("Đã xác nhận hoàn thành");

  // The exports carry it, by commune code, in the caller's scope.
  const csv = await again.request.get(`/api/export/tasks.csv?commune=${code}&from=2018-08-01`);
  expect(csv.status()).toBe(200);
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes
    .toString("utf8")
    .replace(/^\ufeff/, "")
    .trim()
    .split("\r\n");
  expect(lines[0]).toBe(
    "Mã xã,Tên xã,Ngày giao,Nhiệm vụ,Tổ chức chủ trì,Tổ chức phối hợp,Hạn ban đầu,Hạn hiện tại,Trạng thái,Quá hạn,Ngày báo cáo hoàn thành,Đúng hạn,Số lần chuyển tiếp,Kết quả",
  );
  expect(lines.find((l) => l.includes("Vận động hội viên hỗ trợ hộ nghèo sửa nhà"))).toContain(
    "24/08/2018,24/08/2018,Đã xác nhận hoàn thành,Không,13/08/2018,Có,0,Đã vận động 15 hội viên góp công sửa 2 nhà.",
  );
  const meetings = await again.request.get(`/api/export/meetings.csv?commune=${code}&format=xlsx`);
  expect(meetings.headers()["content-type"]).toContain("spreadsheetml");
  expect((await again.request.get("/api/export/meetings.csv?from=2018-13-01")).status()).toBe(400);
  expect((await again.request.get(`/api/export/meetings.csv?commune=${phone() ? "07195" : "06994"}`)).status()).toBe(404);
});

test("task rows typed on a new meeting while the connection is down come back on the next visit", async ({ page }) => {
  const code = phone() ? "06862" : "07198";
  await signIn(page, `xa-${code}`);
  await visit(page, `/communes/${code}/meetings/new`);
  await page.context().setOffline(true);
  await page.getByRole("button", { name: "Thêm nhiệm vụ" }).click();
  const second = page.getByRole("group", { name: "Nhiệm vụ 2" });
  // The keyboard is in the new row.
  await expect(second.getByLabel("Nội dung")).toBeFocused();
  await second.getByLabel("Nội dung").fill("Kiểm tra đường ra bến cá");
  // A link of the page asks before leaving rows typed and not saved; staying keeps them.
  page.once("dialog", (dialog) => void dialog.dismiss());
  await page.getByRole("link", { name: "Xã của tôi" }).click();
  await expect(second.getByLabel("Nội dung")).toHaveValue("Kiểm tra đường ra bến cá");
  await expect(page).toHaveURL(new RegExp(`/communes/${code}/meetings/new$`));
  await second.getByLabel("Hạn hoàn thành").fill("2018-08-31");
  await page.getByLabel("Ý kiến thảo luận").fill("Thôn 2 đề nghị sửa đường.");
  await expect(page.getByText(/Mất kết nối|Chưa lưu được lên máy chủ/)).toBeVisible({ timeout: 10_000 });
  // The tab is closed while offline (the browser first asks: rows typed and not saved); the next visit
  // restores the form, the task rows with it. Each step is awaited in turn: the close only starts the
  // prompt, and the page is gone only after the prompt is answered.
  const context = page.context();
  const asked = page.waitForEvent("dialog");
  const closed = page.waitForEvent("close");
  await page.close({ runBeforeUnload: true });
  const prompt = await asked;
  expect(prompt.type()).toBe("beforeunload");
  await prompt.accept();
  await closed;
  await context.setOffline(false);
  const again = await context.newPage();
  await again.goto(`/communes/${code}/meetings/new`);
  await expect(again.getByText(/Đã khôi phục nội dung chưa lưu trên máy này/)).toBeVisible();
  await expect(again.getByLabel("Ý kiến thảo luận")).toHaveValue("Thôn 2 đề nghị sửa đường.");
  const restored = again.getByRole("group", { name: "Nhiệm vụ 1" });
  await expect(restored.getByLabel("Nội dung")).toHaveValue("Kiểm tra đường ra bến cá");
  await expect(restored.getByLabel("Hạn hoàn thành")).toHaveValue("2018-08-31");
  await expect(again.getByRole("group", { name: "Nhiệm vụ 2" })).toHaveCount(0);
  // They are real rows of the form: saved with the meeting (an extraordinary one, so that a retry of this
  // test is not refused as the week's second routine meeting).
  await restored.getByLabel("Tổ chức chủ trì").selectOption({ index: 1 });
  await again.getByRole("radio", { name: "Đột xuất" }).check();
  await again.getByRole("button", { name: /^Lưu( cuộc họp)?$/ }).click();
  await expect(again.getByRole("table", { name: "Nhiệm vụ giao tại cuộc họp" })).toContainText("Kiểm tra đường ra bến cá", { timeout: 15_000 });
});
