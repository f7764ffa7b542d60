// Completeness and timeliness with DHIS2's definitions, checked against hand-computed cases.
import { describe, expect, it } from "vitest";
import { daysLate, ratesOf } from "@/lib/reports/rules";
import { parseIsoDate } from "@/lib/time/business-date";

const d = (s: string) => parseIsoDate(s)!;

describe("reporting rates", () => {
  it("counts expected, actual and on time over the expected pairs only", () => {
    const expected = ["a", "b", "c", "d"].flatMap((unitId) => ["2018-06", "2018-07"].map((periodKey) => ({ unitId, periodKey })));
    const due = d("2018-07-17");
    const reports = [
      { unitId: "a", periodKey: "2018-06", dueOn: d("2018-06-18"), firstSubmittedOn: d("2018-06-18") }, // on time (on the day)
      { unitId: "a", periodKey: "2018-07", dueOn: due, firstSubmittedOn: d("2018-07-20") }, // late
      { unitId: "b", periodKey: "2018-07", dueOn: due, firstSubmittedOn: d("2018-07-16") }, // on time
      { unitId: "c", periodKey: "2018-07", dueOn: due, firstSubmittedOn: null }, // draft only: not actual
      { unitId: "z", periodKey: "2018-07", dueOn: due, firstSubmittedOn: d("2018-07-01") }, // not expected: ignored
    ];
    // 8 expected; 3 actual; 2 on time → 37.5 % and 25 %.
    expect(ratesOf(expected, reports)).toEqual({ expected: 8, actual: 3, onTime: 2, reportingRate: 37.5, onTimeRate: 25 });
    expect(ratesOf([], reports)).toEqual({ expected: 0, actual: 0, onTime: 0, reportingRate: null, onTimeRate: null });
  });

  it("says how late, for a late submission and for a missing report", () => {
    expect(daysLate({ dueOn: d("2018-07-17"), firstSubmittedOn: d("2018-07-20") }, d("2018-08-13"))).toBe(3);
    expect(daysLate({ dueOn: d("2018-07-17"), firstSubmittedOn: null }, d("2018-08-13"))).toBe(27);
    expect(daysLate({ dueOn: d("2018-07-17"), firstSubmittedOn: d("2018-07-10") }, d("2018-08-13"))).toBe(0);
  });
});

describe("summed rates", () => {
  it("adds units together before dividing", async () => {
    const { sumRates } = await import("@/lib/reports/rules");
    expect(
      sumRates([
        { expected: 3, actual: 3, onTime: 1, reportingRate: 100, onTimeRate: 33.3 },
        { expected: 1, actual: 0, onTime: 0, reportingRate: 0, onTimeRate: 0 },
      ]),
    ).toEqual({ expected: 4, actual: 3, onTime: 1, reportingRate: 75, onTimeRate: 25 });
  });
});
