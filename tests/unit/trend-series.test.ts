// The rule that marks a unit whose figures dropped for 4 weeks, and the weeks a trend covers.
import { describe, expect, it } from "vitest";
import { completedWeeks, dropped, monthsOf, parseTrendWindow, weekScore, type WeekFigures } from "@/lib/trends/series";
import { parseIsoDate, toIsoDate } from "@/lib/time/business-date";

const week = (met: number, blocs = 1, due = 0, doneOnTime = 0): WeekFigures => ({ weekStart: new Date(0), blocs, met, due, doneOnTime });

describe("the weeks of a trend", () => {
  it("are the completed ISO weeks before the day's week, oldest first", () => {
    const weeks = completedWeeks(parseIsoDate("2018-08-15")!, 13);
    expect(weeks).toHaveLength(13);
    expect(toIsoDate(weeks[12])).toBe("2018-08-06");
    expect(toIsoDate(weeks[0])).toBe("2018-05-14");
    expect(monthsOf(weeks).map(toIsoDate)).toEqual(["2018-05-01", "2018-06-01", "2018-07-01", "2018-08-01"]);
  });

  it("take 13 or 52 weeks, anything else is refused", () => {
    expect(parseTrendWindow(undefined)).toBe(13);
    expect(parseTrendWindow("52")).toBe(52);
    expect(parseTrendWindow("7")).toBeNull();
    expect(parseTrendWindow("13; DROP")).toBeNull();
  });
});

describe("a drop for 4 weeks", () => {
  it("marks a commune that met every week, then stopped for 4", () => {
    expect(dropped([...Array(9).fill(week(1)), ...Array(4).fill(week(0))])).toBe(true);
  });

  it("does not mark one that stopped for 3 weeks only, or slipped back up in one of the 4", () => {
    expect(dropped([...Array(10).fill(week(1)), ...Array(3).fill(week(0))])).toBe(false);
    expect(dropped([...Array(9).fill(week(1)), week(0), week(1), week(0), week(0)])).toBe(false);
  });

  it("counts tasks closed on time beside the meetings", () => {
    // Met every week throughout, but the tasks due in the last 4 weeks were all late.
    const before = Array(9).fill(week(1, 1, 2, 2));
    const after = Array(4).fill(week(1, 1, 2, 0));
    expect(weekScore(after[0])).toBe(50);
    expect(dropped([...before, ...after])).toBe(true);
  });

  it("does not mark an area whose share slipped by a few points", () => {
    // 40 communes, 36 meeting each week, then 34 (85% against 90%: 5 points).
    expect(dropped([...Array(9).fill(week(36, 40)), ...Array(4).fill(week(34, 40))])).toBe(false);
    expect(dropped([...Array(9).fill(week(36, 40)), ...Array(4).fill(week(31, 40))])).toBe(true);
  });

  it("does not mark a unit that never did better, or one without figures in the last weeks", () => {
    expect(dropped(Array(13).fill(week(0)))).toBe(false);
    expect(dropped([...Array(9).fill(week(1)), ...Array(4).fill(week(0, 0))])).toBe(false);
    expect(dropped(Array(6).fill(week(1)))).toBe(false);
  });
});
