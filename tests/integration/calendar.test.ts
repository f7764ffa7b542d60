// The working-day calendar and the deadline rules against a real database: seeded as "to verify", a
// year's announcement entered by an administrator (a duplicate date refused), versioned rules whose
// earlier due dates do not move.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { MESSAGES } from "@/lib/actions/result";
import { reviseDeadlineRule, setCalendarYear } from "@/lib/calendar/definitions";
import { dueDateFor } from "@/lib/calendar/queries";
import { parseIsoDate, toIsoDate } from "@/lib/time/business-date";
import { ctx, makeUser } from "../support/factories";

const d = (s: string) => parseIsoDate(s)!;

describe("working-day calendar", () => {
  it("is seeded from the Labour Code for 2015–2027, every year to verify", async () => {
    expect(await db.calendarYear.count()).toBe(13);
    expect(await db.calendarYear.count({ where: { status: "VERIFIED" } })).toBe(0);
    const tet = await db.calendarDay.findMany({ where: { date: { gte: d("2018-02-01"), lt: d("2018-03-01") } }, orderBy: { date: "asc" } });
    expect(tet.map((t) => toIsoDate(t.date))).toContain("2018-02-16");
    // Due dates that cross an unverified year say so.
    expect((await dueDateFor("report.situation.monthly", d("2018-02-14")))?.toVerify).toBe(true);
  });

  it("takes a year's announcement from an administrator, refusing a duplicate date, and counts over it", async () => {
    const admin = await makeUser("ADMIN", "22");
    const before = await db.calendarDay.count();
    const year = await db.calendarYear.findUniqueOrThrow({ where: { year: 2018 } });
    const list = ["01/01/2018; lễ; Tết Dương lịch", "14/02/2018; nghỉ; Tết Nguyên đán", "15/02/2018; lễ; Tết Nguyên đán", "16/02/2018; lễ; Tết Nguyên đán",
      "19/02/2018; lễ; Tết Nguyên đán", "20/02/2018; nghỉ; Tết Nguyên đán", "25/04/2018; lễ; Giỗ Tổ Hùng Vương", "30/04/2018; lễ; Ngày Chiến thắng",
      "01/05/2018; lễ; Quốc tế lao động", "03/09/2018; nghỉ; Nghỉ bù Quốc khánh"];
    const dup = await runAction(db, setCalendarYear, { year: "2018", version: String(year.version), days: [...list, "15/02/2018; nghỉ; Trùng"].join("\n"), basis: "Thông báo số …" }, admin.actor, ctx());
    expect(dup.fieldErrors?.days).toEqual(["Dòng 11: ngày 15/02/2018 trùng với dòng 3."]);
    const wrongYear = await runAction(db, setCalendarYear, { year: "2018", version: String(year.version), days: "01/01/2019; lễ; Tết" }, admin.actor, ctx());
    expect(wrongYear.fieldErrors?.days?.[0]).toMatch(/không thuộc năm 2018/);
    expect(await db.calendarDay.count()).toBe(before);

    const staff = await makeUser("REVIEWER", "201");
    expect((await runAction(db, setCalendarYear, { year: "2018", version: String(year.version), days: list.join("\n") }, staff.actor, ctx())).formError).toBe(MESSAGES.notFound);

    const ok = await runAction(db, setCalendarYear, { year: "2018", version: String(year.version), days: list.join("\n"), basis: "Thông báo của Bộ LĐTBXH", verified: "on" }, admin.actor, ctx());
    expect(ok).toMatchObject({ ok: true, message: "Đã lưu lịch năm 2018: 10 ngày, đã đối chiếu thông báo." });
    expect((await db.calendarYear.findUniqueOrThrow({ where: { year: 2018 } })).status).toBe("VERIFIED");
    // A second editor of the same version loses.
    expect((await runAction(db, setCalendarYear, { year: "2018", version: String(year.version), days: list.join("\n") }, admin.actor, ctx())).formError).toBe(MESSAGES.conflict);
    // The monthly report's window ends 14/02; two working days later, across Tết, is 22/02.
    const due = await dueDateFor("report.situation.monthly", d("2018-02-14"));
    expect([toIsoDate(due!.due), due!.toVerify]).toEqual(["2018-02-22", false]);
  });
});

describe("deadline rules", () => {
  it("adds a version; due dates anchored before it keep the earlier version", async () => {
    const admin = await makeUser("ADMIN", "22");
    const input = { code: "report.bloc.annual", version: "1", subject: "Báo cáo tổng kết năm công tác của khối", anchor: "WINDOW_END", days: "10", direction: "AFTER", unit: "CALENDAR_DAYS", legalBasis: "Hướng dẫn của Ban Thường vụ", validFrom: "2018-01-01" };
    expect((await runAction(db, reviseDeadlineRule, { ...input, validFrom: "2014-12-31" }, admin.actor, ctx())).fieldErrors?.validFrom?.[0]).toMatch(/từ ngày 01\/01\/2015/);
    expect((await runAction(db, reviseDeadlineRule, { ...input, days: "abc" }, admin.actor, ctx())).fieldErrors?.days).toBeTruthy();
    // Negative days are refused with the way to say "before": nothing is written.
    expect((await runAction(db, reviseDeadlineRule, { ...input, days: "-5" }, admin.actor, ctx())).fieldErrors?.days).toEqual(["Số ngày không được âm: để tính hạn trước ngày mốc, hãy chọn “trước mốc”."]);
    expect(await db.deadlineRule.count({ where: { code: "report.bloc.annual" } })).toBe(1);
    const revised = await runAction(db, reviseDeadlineRule, input, admin.actor, ctx());
    expect(revised).toMatchObject({ ok: true, message: "Đã tạo phiên bản 2 của quy tắc." });
    expect((await runAction(db, reviseDeadlineRule, input, admin.actor, ctx())).formError).toBe(MESSAGES.conflict);
    const old = await dueDateFor("report.bloc.annual", d("2017-12-14"));
    const now = await dueDateFor("report.bloc.annual", d("2018-12-14"));
    expect(old?.version).toBe(1);
    expect(now?.version).toBe(2);
    // 14/12/2018 + 10 days = Monday 24/12.
    expect(toIsoDate(now!.due)).toBe("2018-12-24");
    expect(await db.deadlineRule.count({ where: { code: "report.bloc.annual" } })).toBe(2);
  });
});
