// Reads of the unit tree against a real, reference-seeded database (SQLite or PostgreSQL, see TEST_DB).
import { describe, expect, it } from "vitest";
import { parseIsoDate } from "@/lib/time/business-date";
import { getCommuneDetail, getProvince, getUnitByCode, searchUnits } from "@/lib/units/queries";
import { provinceOverview } from "@/lib/blocs/overview";
import { unitTitle } from "@/lib/units/labels";
import type { Actor } from "@/lib/auth/actor";
import { beforeAll } from "vitest";
import { makeUser } from "../support/factories";

let official: Actor;
beforeAll(async () => {
  official = (await makeUser("OVERVIEW", "22")).actor;
});

const day = (iso: string) => parseIsoDate(iso)!;

describe("the province on a viewing date", () => {
  it("lists 14 districts with 186 communes on 2018-08-13", async () => {
    const children = (await provinceOverview(official, day("2018-08-13")))!.rows;
    expect(children).toHaveLength(14);
    expect(children.every((c) => c.level === "DISTRICT")).toBe(true);
    expect(children.reduce((n, c) => n + c.communes, 0)).toBe(186);
    expect(children.find((c) => c.code === "201")).toMatchObject({ name: "Hải Hà", communes: 16 });
  });

  it("lists 54 communes directly under the province on 2025-07-01", async () => {
    const children = (await provinceOverview(official, day("2025-07-01")))!.rows;
    expect(children).toHaveLength(54);
    expect(children.every((c) => c.level === "COMMUNE")).toBe(true);
  });

  it("has no province before the data begin", async () => {
    expect(await getProvince(official, day("2010-01-01"))).toBeNull();
  });
});

describe("a unit by its code and the viewing date", () => {
  it("resolves a reused code to the version in force", async () => {
    expect(unitTitle((await getUnitByCode(official, "COMMUNE", "06922", day("2018-08-13")))!)).toBe("Thị trấn Quảng Hà");
    expect(unitTitle((await getUnitByCode(official, "COMMUNE", "06922", day("2025-07-01")))!)).toBe("Xã Quảng Hà");
  });

  it("keeps a closed unit readable", async () => {
    const hoanhBo = (await getUnitByCode(official, "DISTRICT", "204", day("2025-07-01")))!;
    expect(hoanhBo.name).toBe("Hoành Bồ");
    expect(hoanhBo.validTo?.toISOString().slice(0, 10)).toBe("2019-12-31");
  });

  it("answers null for unknown or malformed codes", async () => {
    for (const code of ["999", "abc", '06922\'; DROP TABLE "Unit"; --', "0".repeat(1000), "%"]) {
      expect(await getUnitByCode(official, "DISTRICT", code, day("2018-08-13"))).toBeNull();
    }
  });

  it("shows a 2025 commune's organisations and the units it absorbed", async () => {
    const quangHa = (await getUnitByCode(official, "COMMUNE", "06922", day("2025-07-01")))!;
    const detail = (await getCommuneDetail(official, quangHa.id, day("2025-07-01")))!;
    expect(detail.organisations.map((o) => o.type.code)).toContain("MTTQ");
    expect(detail.organisations.filter((o) => o.type.blocMember)).toHaveLength(6);
    expect(detail.predecessors.length).toBeGreaterThan(0);
    expect(detail.predecessors.every((l) => l.legalBasis === "1679/NQ-UBTVQH15")).toBe(true);
  });
});

describe("accent-insensitive search", () => {
  it('finds Đầm Hà from "dam ha"', async () => {
    const results = await searchUnits(official, "dam ha", day("2018-08-13"));
    expect(results.map(unitTitle)).toEqual(expect.arrayContaining(["Huyện Đầm Hà", "Thị trấn Đầm Hà", "Xã Đầm Hà"]));
    expect(results[0].inForce).toBe(true);
  });

  it('finds Nam Hoà (GSO spelling) from "nam hoa"', async () => {
    const results = await searchUnits(official, "nam hoa", day("2018-08-13"));
    expect(results.map((r) => r.name)).toContain("Nam Hoà");
  });

  it("tells the two communes named Thanh Sơn apart by their district", async () => {
    const results = (await searchUnits(official, "thanh son", day("2018-08-13"))).filter((r) => r.name === "Thanh Sơn" && r.inForce);
    expect(results).toHaveLength(2);
    expect(new Set(results.map((r) => r.parent?.name)).size).toBe(2);
  });
});

describe("scope on every read", () => {
  it("shows district staff only their district's units, in search and by code", async () => {
    const baChe = (await makeUser("REVIEWER", "202")).actor;
    const results = await searchUnits(baChe, "thanh son", day("2018-08-13"));
    expect(results.map((r) => r.parent?.name)).toEqual(["Ba Chẽ"]);
    expect(await getUnitByCode(baChe, "DISTRICT", "196", day("2018-08-13"))).toBeNull();
    expect(await getProvince(baChe, day("2018-08-13"))).toBeNull();
    expect((await getUnitByCode(baChe, "DISTRICT", "202", day("2018-08-13")))?.name).toBe("Ba Chẽ");
  });

  it("shows a commune head their commune only", async () => {
    const head = (await makeUser("BLOC_HEAD", "06922")).actor;
    const other = (await getUnitByCode(official, "COMMUNE", "06925", day("2018-08-13")))!;
    expect(await getUnitByCode(head, "COMMUNE", "06925", day("2018-08-13"))).toBeNull();
    expect(await getCommuneDetail(head, other.id, day("2018-08-13"))).toBeNull();
    expect((await searchUnits(head, "quang", day("2018-08-13"))).map((r) => r.code)).toEqual(["06922"]);
  });
});
