import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseIsoDate } from "@/lib/time/business-date";
import { isValidOn } from "@/lib/units/validity";
import { planReferenceUnits, type Data2018, type Data2025 } from "@/prisma/seed/reference-plan";

const read = <T>(f: string) => JSON.parse(readFileSync(`prisma/data/${f}`, "utf8")) as T;
const { units, lineage } = planReferenceUnits(read<Data2018>("quang-ninh-2018.json"), read<Data2025>("quang-ninh-2025.json"));
const on = (iso: string) => units.filter((u) => isValidOn(u, parseIsoDate(iso)!));
const count = (iso: string, level: string) => on(iso).filter((u) => u.level === level).length;

describe("reference units of Quảng Ninh", () => {
  it("has 1 province, 14 districts and 186 communes on 2018-08-13", () => {
    expect([count("2018-08-13", "PROVINCE"), count("2018-08-13", "DISTRICT"), count("2018-08-13", "COMMUNE")]).toEqual([1, 14, 186]);
    const types = on("2018-08-13")
      .filter((u) => u.level === "COMMUNE")
      .map((u) => u.type);
    expect([types.filter((t) => t === "PHUONG").length, types.filter((t) => t === "XA").length, types.filter((t) => t === "THI_TRAN").length]).toEqual([
      67, 111, 8,
    ]);
  });

  it("has 13 districts and 177 communes from 2020 (Hoành Bồ in Hạ Long)", () => {
    expect(count("2020-01-01", "DISTRICT")).toBe(13);
    expect(count("2020-01-01", "COMMUNE")).toBe(177);
    const troi = on("2020-06-01").find((u) => u.code === "07030")!;
    expect([troi.name, troi.type]).toEqual(["Hoành Bồ", "PHUONG"]);
  });

  it("has 54 communes directly under the province from 2025-07-01, and no district", () => {
    expect(count("2025-07-01", "DISTRICT")).toBe(0);
    expect(count("2025-07-01", "COMMUNE")).toBe(54);
    expect(count("2025-06-30", "COMMUNE")).toBe(171);
  });

  it("tells a reused code apart by its validity", () => {
    const versions = units.filter((u) => u.code === "06922");
    expect(versions.map((v) => `${v.type} ${v.name}`)).toEqual(["THI_TRAN Quảng Hà", "XA Quảng Hà"]);
    expect(new Set(units.map((u) => u.key)).size).toBe(units.length);
  });

  it("links every 2025 unit to the units it absorbed, whole or in part", () => {
    const keys2025 = new Set(
      on("2025-07-01")
        .filter((u) => u.level === "COMMUNE")
        .map((u) => u.key),
    );
    const links2025 = lineage.filter((l) => keys2025.has(l.successorKey));
    expect(new Set(links2025.map((l) => l.successorKey)).size).toBe(54);
    expect(links2025.some((l) => !l.whole)).toBe(true);
    // Every unit in force on 2025-06-30 went somewhere.
    const predecessors = new Set(links2025.map((l) => l.predecessorKey));
    expect(
      on("2025-06-30")
        .filter((u) => u.level === "COMMUNE")
        .every((u) => predecessors.has(u.key)),
    ).toBe(true);
  });
});
