import { describe, expect, it } from "vitest";
import {
  addDays,
  businessToday,
  daysBetween,
  formatDate,
  formatDateLong,
  formatDateTime,
  parseIsoDate,
  toIsoDate,
  vietnamDateOf,
} from "@/lib/time/business-date";
import { formatIsoWeek, isoWeekOf, isoWeekRange, startOfIsoWeek, weeksInIsoYear } from "@/lib/time/iso-week";

const d = (iso: string) => parseIsoDate(iso)!;

describe("business dates", () => {
  it("parses only real calendar dates", () => {
    expect(toIsoDate(d("2018-08-13"))).toBe("2018-08-13");
    expect(parseIsoDate("2018-02-29")).toBeNull();
    expect(parseIsoDate("2020-02-29")).not.toBeNull();
    for (const bad of ["", "13/08/2018", "2018-8-13", "2018-13-01", "2018-08-13T00:00", "abc", "0000-01-01", "9999-12-31"]) {
      expect(parseIsoDate(bad)).toBeNull();
    }
  });

  it("uses APP_TODAY when set, else the date in Vietnam", () => {
    expect(toIsoDate(businessToday("2018-08-13", new Date("2026-01-01T00:00:00Z")))).toBe("2018-08-13");
    // 17:30 UTC on the 12th is 00:30 on the 13th in Hà Nội (UTC+7).
    expect(toIsoDate(businessToday(undefined, new Date("2018-08-12T17:30:00Z")))).toBe("2018-08-13");
    expect(toIsoDate(vietnamDateOf(new Date("2018-08-12T16:59:59Z")))).toBe("2018-08-12");
    expect(() => businessToday("13/08/2018")).toThrow(/APP_TODAY/);
  });

  it("formats as dd/MM/yyyy and in the official long form", () => {
    expect(formatDate(d("2026-02-05"))).toBe("05/02/2026");
    expect(formatDateLong(d("2026-02-05"))).toBe("ngày 05 tháng 02 năm 2026");
    expect(formatDateTime(new Date("2018-08-13T01:05:00Z"))).toBe("13/08/2018 08:05");
  });

  it("adds and counts days across month and year ends", () => {
    expect(toIsoDate(addDays(d("2019-12-31"), 1))).toBe("2020-01-01");
    expect(daysBetween(d("2018-08-13"), d("2025-07-01"))).toBe(2514);
  });
});

describe("ISO weeks", () => {
  it.each([
    ["2018-08-13", 2018, 33],
    ["2019-12-30", 2020, 1],
    ["2020-12-31", 2020, 53],
    ["2021-01-03", 2020, 53],
    ["2021-01-04", 2021, 1],
    ["2026-01-01", 2026, 1],
  ])("%s is in week %i-%i", (iso, year, week) => {
    expect(isoWeekOf(d(iso))).toEqual({ year, week });
  });

  it("gives Monday to Sunday ranges", () => {
    const { start, end } = isoWeekRange({ year: 2018, week: 33 });
    expect([toIsoDate(start), toIsoDate(end)]).toEqual(["2018-08-13", "2018-08-19"]);
    expect(toIsoDate(startOfIsoWeek(d("2018-08-19")))).toBe("2018-08-13");
    expect(weeksInIsoYear(2020)).toBe(53);
    expect(weeksInIsoYear(2018)).toBe(52);
    expect(formatIsoWeek({ year: 2018, week: 33 })).toBe("Tuần 33/2018");
  });

  it("round-trips every day of ten years", () => {
    for (let day = d("2015-01-01"); day < d("2025-01-01"); day = addDays(day, 1)) {
      const { start, end } = isoWeekRange(isoWeekOf(day));
      expect(start <= day && day <= end).toBe(true);
    }
  });
});
