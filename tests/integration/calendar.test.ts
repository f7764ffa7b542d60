// The working-day calendar and the deadline rules against a real database: 2025 and 2026 seeded from their
// announcements (verified) and real deadlines across their Tết, the other years "to verify", a
// year's announcement entered by an administrator (a duplicate date refused), versioned rules whose
// earlier due dates do not move.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { MESSAGES } from "@/lib/actions/result";
import { reviseDeadlineRule, setCalendarYear } from "@/lib/calendar/definitions";
import { dueDateFor, unverifiedCalendarYears } from "@/lib/calendar/queries";
import { parseIsoDate, toIsoDate } from "@/lib/time/business-date";
import { statutoryDays } from "@/lib/time/statutory-holidays";
import { seedCalendar } from "@/prisma/seed/calendar";
import { ctx, makeUser } from "../support/factories";

const d = (s: string) => parseIsoDate(s)!;

describe("working-day calendar", () => {
  it("is seeded for 2015–2027: 2025 and 2026 from their announcements and verified, the other years from the Labour Code to verify", async () => {
    expect(await db.calendarYear.count()).toBe(13);
    expect((await db.calendarYear.findMany({ where: { status: "VERIFIED" }, orderBy: { year: "asc" } })).map((y) => y.year)).toEqual([2025, 2026]);
    const tet = await db.calendarDay.findMany({ where: { date: { gte: d("2018-02-01"), lt: d("2018-03-01") } }, orderBy: { date: "asc" } });
    expect(tet.map((t) => toIsoDate(t.date))).toContain("2018-02-16");
    // Due dates that cross an unverified year say so.
    expect((await dueDateFor("report.situation.monthly", d("2018-02-14")))?.toVerify).toBe(true);
    // The draft of a year since 2021 has Quốc khánh's two days: 2/9/2027 is a Thursday, the draft adds Friday 3/9.
    const sept = await db.calendarDay.findMany({ where: { date: { gte: d("2027-09-01"), lt: d("2027-09-05") } }, orderBy: { date: "asc" } });
    expect(sept.map((t) => [toIsoDate(t.date), t.kind, t.source])).toEqual([
      ["2027-09-02", "HOLIDAY", "STATUTORY"],
      ["2027-09-03", "HOLIDAY", "STATUTORY"],
    ]);
  });

  it("counts real deadlines across Tết 2025 and Tết 2026 over the announced days off, as verified", async () => {
    // The weekly report for the week ending Friday 24/01/2025 is due the next working day: the announcement
    // gives Monday 27 to Friday 31/01 off (the Labour Code's draft alone would have said Monday 27/01).
    const weekly = await dueDateFor("report.situation.weekly", d("2025-01-24"));
    expect([toIsoDate(weekly!.due), weekly!.toVerify]).toEqual(["2025-02-03", false]);
    // A recommendation sent on 15/01/2025 is answered within 15 days: 30/01 is in Tết, so Monday 03/02.
    const response = await dueDateFor("supervision.response", d("2025-01-15"));
    expect([toIsoDate(response!.due), response!.toVerify]).toEqual(["2025-02-03", false]);
    // The monthly report's window ends Saturday 14/02/2026; Tết is Monday 16 to Friday 20/02: two working
    // days later is Tuesday 24/02.
    const monthly = await dueDateFor("report.situation.monthly", d("2026-02-14"));
    expect([toIsoDate(monthly!.due), monthly!.toVerify]).toEqual(["2026-02-24", false]);
    // Saturday 10/01/2026 is a make-up working day, Friday 02/01 a day off: the week ending 09/01 reports on the 10th.
    const makeUp = await dueDateFor("report.situation.weekly", d("2026-01-09"));
    expect(toIsoDate(makeUp!.due)).toBe("2026-01-10");
    // The monthly window ending 14/12/2026 is due in 2026; one that counts into 2027 (not announced) is provisional.
    expect((await dueDateFor("report.situation.monthly", d("2026-12-14")))?.toVerify).toBe(false);
    expect((await dueDateFor("report.bloc.annual", d("2026-12-31")))?.toVerify).toBe(true);
  });

  it("replaces the seed's own draft of an announced year in a database seeded before, never a year an administrator entered", async () => {
    const from = d("2026-01-01");
    const to = d("2027-01-01");
    const draft = statutoryDays(2026).map((x) => ({ ...x, source: "STATUTORY" as const }));
    const asDraft = async () => {
      await db.calendarDay.deleteMany({ where: { date: { gte: from, lt: to } } });
      await db.calendarDay.createMany({ data: draft });
      await db.calendarYear.update({
        where: { year: 2026 },
        data: { status: "TO_VERIFY", version: 1, verifiedAt: null, basis: "Tính theo Bộ luật Lao động; chưa đối chiếu thông báo nghỉ lễ, tết của năm" },
      });
    };
    await asDraft();
    await seedCalendar(db, { created: 0, updated: 0 });
    expect((await db.calendarYear.findUniqueOrThrow({ where: { year: 2026 } })).status).toBe("VERIFIED");
    expect(await db.calendarDay.count({ where: { date: { gte: from, lt: to }, source: "STATUTORY" } })).toBe(0);
    expect((await db.calendarDay.findUnique({ where: { date: d("2026-08-22") } }))?.kind).toBe("WORKDAY");
    // An administrator's own year (another note) stays as entered.
    await asDraft();
    await db.calendarYear.update({ where: { year: 2026 }, data: { basis: "Theo thông báo của tỉnh" } });
    await seedCalendar(db, { created: 0, updated: 0 });
    expect((await db.calendarYear.findUniqueOrThrow({ where: { year: 2026 } })).status).toBe("TO_VERIFY");
    expect(await db.calendarDay.count({ where: { date: { gte: from, lt: to } } })).toBe(draft.length);
    // Back to the announcement for the tests that follow.
    await asDraft();
    await seedCalendar(db, { created: 0, updated: 0 });
  });

  it("names the unverified years an administrator and a reviewer are warned of", async () => {
    expect(await unverifiedCalendarYears(d("2026-06-01"))).toEqual([]);
    expect(await unverifiedCalendarYears(d("2026-12-04"))).toEqual([2027]);
    expect(await unverifiedCalendarYears(d("2018-08-13"))).toEqual([2018]);
    // A year not in the calendar at all is unverified too.
    expect(await unverifiedCalendarYears(d("2027-11-02"))).toEqual([2027, 2028]);
  });

  it("takes a year's announcement from an administrator, refusing a duplicate date, and counts over it", async () => {
    const admin = await makeUser("ADMIN", "22");
    const before = await db.calendarDay.count();
    const year = await db.calendarYear.findUniqueOrThrow({ where: { year: 2018 } });
    const list = [
      "01/01/2018; lễ; Tết Dương lịch",
      "14/02/2018; nghỉ; Tết Nguyên đán",
      "15/02/2018; lễ; Tết Nguyên đán",
      "16/02/2018; lễ; Tết Nguyên đán",
      "19/02/2018; lễ; Tết Nguyên đán",
      "20/02/2018; nghỉ; Tết Nguyên đán",
      "25/04/2018; lễ; Giỗ Tổ Hùng Vương",
      "30/04/2018; lễ; Ngày Chiến thắng",
      "01/05/2018; lễ; Quốc tế lao động",
      "03/09/2018; nghỉ; Nghỉ bù Quốc khánh",
    ];
    const dup = await runAction(
      db,
      setCalendarYear,
      { year: "2018", version: String(year.version), days: [...list, "15/02/2018; nghỉ; Trùng"].join("\n"), basis: "Thông báo số …" },
      admin.actor,
      ctx(),
    );
    expect(dup.fieldErrors?.days).toEqual(["Dòng 11: ngày 15/02/2018 trùng với dòng 3."]);
    const wrongYear = await runAction(db, setCalendarYear, { year: "2018", version: String(year.version), days: "01/01/2019; lễ; Tết" }, admin.actor, ctx());
    expect(wrongYear.fieldErrors?.days?.[0]).toMatch(/không thuộc năm 2018/);
    expect(await db.calendarDay.count()).toBe(before);

    const staff = await makeUser("REVIEWER", "201");
    expect((await runAction(db, setCalendarYear, { year: "2018", version: String(year.version), days: list.join("\n") }, staff.actor, ctx())).formError).toBe(
      MESSAGES.notFound,
    );

    const ok = await runAction(
      db,
      setCalendarYear,
      { year: "2018", version: String(year.version), days: list.join("\n"), basis: "Thông báo của Bộ LĐTBXH", verified: "on" },
      admin.actor,
      ctx(),
    );
    expect(ok).toMatchObject({ ok: true, message: "Đã lưu lịch năm 2018: 10 ngày, đã đối chiếu thông báo." });
    expect((await db.calendarYear.findUniqueOrThrow({ where: { year: 2018 } })).status).toBe("VERIFIED");
    // A second editor of the same version loses.
    expect((await runAction(db, setCalendarYear, { year: "2018", version: String(year.version), days: list.join("\n") }, admin.actor, ctx())).formError).toBe(
      MESSAGES.conflict,
    );
    // The monthly report's window ends 14/02; two working days later, across Tết, is 22/02.
    const due = await dueDateFor("report.situation.monthly", d("2018-02-14"));
    expect([toIsoDate(due!.due), due!.toVerify]).toEqual(["2018-02-22", false]);
  });
});

describe("deadline rules", () => {
  it("adds a version; due dates anchored before it keep the earlier version", async () => {
    const admin = await makeUser("ADMIN", "22");
    const input = {
      code: "report.bloc.annual",
      version: "1",
      subject: "Báo cáo tổng kết năm công tác của khối",
      anchor: "WINDOW_END",
      days: "10",
      direction: "AFTER",
      unit: "CALENDAR_DAYS",
      legalBasis: "Hướng dẫn của Ban Thường vụ",
      validFrom: "2018-01-01",
    };
    expect((await runAction(db, reviseDeadlineRule, { ...input, validFrom: "2014-12-31" }, admin.actor, ctx())).fieldErrors?.validFrom?.[0]).toMatch(
      /từ ngày 01\/01\/2015/,
    );
    expect((await runAction(db, reviseDeadlineRule, { ...input, days: "abc" }, admin.actor, ctx())).fieldErrors?.days).toBeTruthy();
    // Negative days are refused with the way to say "before": nothing is written.
    expect((await runAction(db, reviseDeadlineRule, { ...input, days: "-5" }, admin.actor, ctx())).fieldErrors?.days).toEqual([
      "Số ngày không được âm: để tính hạn trước ngày mốc, hãy chọn “trước mốc”.",
    ]);
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
