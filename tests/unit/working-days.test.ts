// Working days, deadline rules and reporting windows: across year ends, leap years and Tết.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, parseIsoDate, toIsoDate } from "@/lib/time/business-date";
import { addWorkingDays, isWorkingDay, workingDaysBetween, type WorkCalendar, type CalendarDayKind } from "@/lib/time/working-days";
import { computeDeadline, describeRule } from "@/lib/time/deadlines";
import { nextPeriod, periodFromKey, periodOf, windowOf, windowProblem, type PeriodType } from "@/lib/time/windows";
import { periodsClosedIn } from "@/lib/reports/rules";

const d = (s: string) => parseIsoDate(s)!;
const cal = (days: Record<string, CalendarDayKind>, verified: number[] = [2018, 2019, 2024]): WorkCalendar => ({
  days: new Map(Object.entries(days)),
  verifiedYears: new Set(verified),
});
// A Tết 2018 schedule as an administrator would enter it (test data, not a claim about the real announcement).
const TET = cal({
  "2018-01-01": "HOLIDAY",
  "2018-02-14": "DAY_OFF",
  "2018-02-15": "HOLIDAY",
  "2018-02-16": "HOLIDAY",
  "2018-02-19": "HOLIDAY",
  "2018-02-20": "DAY_OFF",
  "2018-12-29": "WORKDAY",
  "2019-01-01": "HOLIDAY",
});
const iso = (x: Date) => toIsoDate(x);

describe("working days", () => {
  it("skips weekends, holidays and days off, and counts a working Saturday", () => {
    expect(isWorkingDay(d("2018-08-13"), TET)).toBe(true);
    expect(isWorkingDay(d("2018-08-18"), TET)).toBe(false);
    expect(isWorkingDay(d("2018-02-15"), TET)).toBe(false);
    expect(isWorkingDay(d("2018-12-29"), TET)).toBe(true);
  });

  it("crosses Tết and the year end", () => {
    expect(iso(addWorkingDays(d("2018-02-13"), 1, TET))).toBe("2018-02-21");
    expect(iso(addWorkingDays(d("2018-02-21"), -1, TET))).toBe("2018-02-13");
    expect(iso(addWorkingDays(d("2018-12-28"), 1, TET))).toBe("2018-12-29");
    expect(iso(addWorkingDays(d("2018-12-29"), 1, TET))).toBe("2018-12-31");
    expect(iso(addWorkingDays(d("2018-12-31"), 1, TET))).toBe("2019-01-02");
    expect(iso(addWorkingDays(d("2024-02-28"), 1, cal({})))).toBe("2024-02-29");
  });

  const calendars = fc
    .dictionary(
      fc.integer({ min: 0, max: 800 }).map((n) => iso(addDays(d("2017-12-01"), n))),
      fc.constantFrom<CalendarDayKind>("HOLIDAY", "DAY_OFF", "WORKDAY"),
      { maxKeys: 80 },
    )
    .map((days) => cal(days));

  it("property: n working days later is a working day exactly n working days away, and back again", () => {
    fc.assert(
      fc.property(calendars, fc.integer({ min: 0, max: 700 }), fc.integer({ min: 1, max: 40 }), (calendar, offset, n) => {
        const from = addDays(d("2017-12-01"), offset);
        const to = addWorkingDays(from, n, calendar);
        expect(isWorkingDay(to, calendar)).toBe(true);
        expect(workingDaysBetween(from, to, calendar)).toBe(n);
        if (isWorkingDay(from, calendar)) expect(iso(addWorkingDays(to, -n, calendar))).toBe(iso(from));
      }),
    );
  });
});

describe("deadline rules", () => {
  it("counts working days from the anchor, and moves a calendar-day deadline off a day off", () => {
    expect(iso(computeDeadline({ offset: 2, unit: "WORKING_DAYS" }, d("2018-02-14"), TET).due)).toBe("2018-02-22");
    // 14/07/2018 + 5 days = Thursday 19/07; + 7 days = Saturday 21/07 → Monday 23/07.
    expect(iso(computeDeadline({ offset: 5, unit: "CALENDAR_DAYS" }, d("2018-07-14"), TET).due)).toBe("2018-07-19");
    expect(iso(computeDeadline({ offset: 7, unit: "CALENDAR_DAYS" }, d("2018-07-14"), TET).due)).toBe("2018-07-23");
    // A deadline before its anchor moves earlier: 15 days before Monday 20/08 is Sunday 05/08 → Friday 03/08.
    expect(iso(computeDeadline({ offset: -15, unit: "CALENDAR_DAYS" }, d("2018-08-20"), TET).due)).toBe("2018-08-03");
  });

  it("marks a due date that depends on an unverified year's schedule", () => {
    expect(computeDeadline({ offset: 3, unit: "WORKING_DAYS" }, d("2018-12-28"), TET).toVerify).toBe(false);
    expect(computeDeadline({ offset: 3, unit: "WORKING_DAYS" }, d("2018-12-28"), cal({}, [2018])).toVerify).toBe(true);
  });

  it("describes a rule in Vietnamese", () => {
    expect(describeRule({ offset: 2, unit: "WORKING_DAYS", anchor: "WINDOW_END" })).toBe("2 ngày làm việc sau ngày cuối của kỳ số liệu");
    expect(describeRule({ offset: -15, unit: "CALENDAR_DAYS", anchor: "SUBMISSION_PLANNED" })).toBe("15 ngày trước ngày dự kiến trình dự thảo");
  });
});

describe("reporting windows", () => {
  const w = (type: PeriodType, key: string, rule: "CALENDAR" | "STATE_15_14") => {
    const win = windowOf(periodFromKey(type, key)!, rule);
    return `${iso(win.from)}..${iso(win.to)}`;
  };

  it("follows the state pattern (15th to 14th) and the calendar", () => {
    expect(w("MONTHLY", "2018-08", "STATE_15_14")).toBe("2018-07-15..2018-08-14");
    expect(w("MONTHLY", "2018-01", "STATE_15_14")).toBe("2017-12-15..2018-01-14");
    expect(w("QUARTERLY", "2018-Q1", "STATE_15_14")).toBe("2017-12-15..2018-03-14");
    expect(w("QUARTERLY", "2018-Q3", "STATE_15_14")).toBe("2018-06-15..2018-09-14");
    expect(w("SIX_MONTH", "2018-H1", "STATE_15_14")).toBe("2017-12-15..2018-06-14");
    expect(w("NINE_MONTH", "2018-9M", "STATE_15_14")).toBe("2017-12-15..2018-09-14");
    expect(w("ANNUAL", "2018", "STATE_15_14")).toBe("2017-12-15..2018-12-14");
    expect(w("MONTHLY", "2024-02", "CALENDAR")).toBe("2024-02-01..2024-02-29");
    expect(w("WEEKLY", "2018-W33", "STATE_15_14")).toBe("2018-08-13..2018-08-19");
    expect(w("WEEKLY", "2020-W53", "CALENDAR")).toBe("2020-12-28..2021-01-03");
  });

  it("refuses malformed period keys", () => {
    expect(periodFromKey("MONTHLY", "2018-13")).toBeNull();
    expect(periodFromKey("WEEKLY", "2018-W53")).toBeNull();
    expect(periodFromKey("QUARTERLY", "2018-Q5")).toBeNull();
  });

  const types: PeriodType[] = ["WEEKLY", "MONTHLY", "QUARTERLY", "SIX_MONTH", "ANNUAL"];
  it("property: consecutive periods and their windows tile the timeline, keys round-trip", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...types),
        fc.constantFrom<"CALENDAR" | "STATE_15_14">("CALENDAR", "STATE_15_14"),
        fc.integer({ min: 0, max: 365 * 12 }),
        (type, rule, n) => {
          const p = periodOf(type, addDays(d("2015-01-01"), n));
          const q = nextPeriod(p);
          expect(periodFromKey(type, p.key)).toEqual(p);
          expect(iso(q.start)).toBe(iso(addDays(p.end, 1)));
          expect(iso(windowOf(q, rule).from)).toBe(iso(addDays(windowOf(p, rule).to, 1)));
        },
      ),
    );
  });

  it("custom windows: clamped to short months, checked for an end before the start and for gaps", () => {
    const custom = (fromDay: number, prev: boolean, toDay: number | null) => ({
      windowRule: "CUSTOM",
      windowFromDay: fromDay,
      windowFromPrevMonth: prev,
      windowToDay: toDay,
    });
    const w = (type: PeriodType, key: string, spec: ReturnType<typeof custom>) => {
      const x = windowOf(periodFromKey(type, key)!, spec);
      return `${iso(x.from)}..${iso(x.to)}`;
    };
    expect(w("MONTHLY", "2024-03", custom(20, true, 19))).toBe("2024-02-20..2024-03-19");
    expect(w("MONTHLY", "2018-01", custom(20, true, 19))).toBe("2017-12-20..2018-01-19");
    expect(w("MONTHLY", "2024-02", custom(1, false, 31))).toBe("2024-02-01..2024-02-29");
    expect(w("QUARTERLY", "2018-Q1", custom(25, true, 24))).toBe("2017-12-25..2018-03-24");
    expect(w("ANNUAL", "2018", custom(15, true, 14))).toBe("2017-12-15..2018-12-14");
    expect(windowProblem("MONTHLY", custom(20, false, 10))).toMatch(/^Kỳ số liệu kết thúc \(10\/01\/2024\) trước khi bắt đầu \(20\/01\/2024\)/);
    expect(windowProblem("MONTHLY", custom(15, true, 10))).toMatch(/nối tiếp nhau/);
    expect(windowProblem("MONTHLY", custom(29, true, 28))).toMatch(/từ 1 đến 28/);
    expect(windowProblem("MONTHLY", custom(20, true, 19))).toBeNull();
    expect(windowProblem("MONTHLY", custom(1, false, null))).toBeNull();
    expect(windowProblem("NINE_MONTH", custom(15, true, 14))).toBeNull();
    // The same rule as the state pattern gives the same windows.
    for (const key of ["2018-01", "2018-03", "2020-03", "2018-12"])
      expect(w("MONTHLY", key, custom(15, true, 14))).toBe(
        `${iso(windowOf(periodFromKey("MONTHLY", key)!, "STATE_15_14").from)}..${iso(windowOf(periodFromKey("MONTHLY", key)!, "STATE_15_14").to)}`,
      );
  });

  it("lists the periods whose window closed in a range, 9-month periods once a year", () => {
    const regime = (periodType: PeriodType, windowRule = "STATE_15_14") => ({ periodType, windowRule, startsOn: d("2018-01-01") });
    const keys = (periodType: PeriodType, from: string, to: string, day = "2019-12-31") =>
      periodsClosedIn(regime(periodType), d(from), d(to), d(day)).map((p) => p.key);
    expect(keys("MONTHLY", "2018-05-01", "2018-08-13", "2018-08-13")).toEqual(["2018-05", "2018-06", "2018-07"]);
    expect(keys("NINE_MONTH", "2017-01-01", "2019-12-31")).toEqual(["2018-9M", "2019-9M"]);
    expect(keys("SIX_MONTH", "2018-01-01", "2019-12-31")).toEqual(["2018-H1", "2018-H2", "2019-H1", "2019-H2"]);
    // Not before the regime starts, nor a window that has not closed by the day.
    expect(keys("ANNUAL", "2017-01-01", "2019-12-31", "2019-12-14")).toEqual(["2018"]);
    expect(nextPeriod(periodFromKey("NINE_MONTH", "2018-9M")!).key).toBe("2019-9M");
  });
});
