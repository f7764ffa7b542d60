import { describe, expect, it } from "vitest";
import { expectedHeadRule, headRuleCheck } from "@/lib/blocs/head-rule";
import { normaliseDecisionNumber } from "@/lib/documents/decision-number";
import { applyDistrictFilter, parseDistrictFilter } from "@/lib/blocs/district-table";
import { headlineFigures, type LocalityRow } from "@/lib/blocs/overview";
import { planDistrictPolicies } from "@/prisma/seed/blocs";
import { scanType } from "@/lib/files/store";
import { parseIsoDate } from "@/lib/time/business-date";
import type { CommuneBlocRow } from "@/lib/blocs/queries";
import { readFileSync } from "node:fs";

describe("decision numbers", () => {
  it("accepts the Party's and the State's formats and normalises spacing and case", () => {
    expect(normaliseDecisionNumber("44-QĐ/TU", "PARTY")).toBe("44-QĐ/TU");
    expect(normaliseDecisionNumber(" 12 - qđ / đu ", "PARTY")).toBe("12-QĐ/ĐU");
    expect(normaliseDecisionNumber("01-HD/LB-TC-DVTW", "PARTY")).toBe("01-HD/LB-TC-DVTW");
    expect(normaliseDecisionNumber("15/QĐ-UBND", "STATE")).toBe("15/QĐ-UBND");
    expect(normaliseDecisionNumber("1679/NQ-UBTVQH15", "STATE")).toBe("1679/NQ-UBTVQH15");
    expect(normaliseDecisionNumber("08/QĐ-MTTQ-BTT", "FRONT")).toBe("08/QĐ-MTTQ-BTT");
  });

  it("refuses the wrong family's format and free text", () => {
    expect(normaliseDecisionNumber("15/QĐ-UBND", "PARTY")).toBeNull();
    expect(normaliseDecisionNumber("12-QĐ/ĐU", "STATE")).toBeNull();
    expect(normaliseDecisionNumber("quyết định số 12", "PARTY")).toBeNull();
    expect(normaliseDecisionNumber("12-QĐ/ĐU<script>", "PARTY")).toBeNull();
  });
});

describe("district models from the founding article", () => {
  it("gives 7 dân vận, 6 joint advisory and 1 coordination district, and Hải Hà's exception", () => {
    const plan = planDistrictPolicies(JSON.parse(readFileSync("prisma/data/bloc-models-2018.json", "utf8")));
    const models = [...plan.values()].map((p) => p.communeModel);
    expect([
      models.filter((m) => m === "DAN_VAN_BLOC").length,
      models.filter((m) => m === "JOINT_ADVISORY_UNIT").length,
      models.filter((m) => m === "COORDINATION_UNIT").length,
    ]).toEqual([7, 6, 1]);
    expect(plan.get("Hải Hà")?.headRule).toBe("PARTY_DEPUTY_SECRETARY_FRONT_CHAIR");
    expect(plan.get("Hoành Bồ")?.headRule).toBe("FRONT_CHAIR");
  });

  it("computes the headline figures from rows, not from constants", () => {
    const row = (over: Partial<LocalityRow>): LocalityRow => ({
      id: "x",
      code: "1",
      name: "A",
      type: "HUYEN",
      level: "DISTRICT",
      agencyStatus: "ESTABLISHED",
      communeModel: "DAN_VAN_BLOC",
      headRule: "PARTY_DEPUTY_SECRETARY",
      headRuleText: null,
      communes: 1,
      established: 0,
      ...over,
    });
    const figures = Object.fromEntries(
      headlineFigures([row({}), row({ agencyStatus: "PROPOSED", communeModel: "COORDINATION_UNIT", headRule: "FRONT_CHAIR" })]).map((f) => [
        f.key,
        `${f.numerator}/${f.denominator}`,
      ]),
    );
    expect(figures).toMatchObject({
      districtBlocAgencies: "1/2",
      danVanBlocDistricts: "1/2",
      coordinationUnitDistricts: "1/2",
      danVanBlocsHeadedByDeputySecretary: "1/1",
    });
  });
});

describe("district page filters", () => {
  const row = (code: string, name: string, status: CommuneBlocRow["status"]): CommuneBlocRow => ({
    unitId: code,
    code,
    name,
    type: "XA",
    searchText: `xa ${name.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gi, "d").toLowerCase()}`,
    district: null,
    blocId: null,
    model: "DAN_VAN_BLOC",
    districtModel: null,
    headMismatch: null,
    status,
    statusSince: null,
    decision: null,
    head: null,
    lastChange: null,
  });
  const rows = [row("06925", "Quảng Đức", "PROPOSED"), row("06922", "Quảng Hà", "ESTABLISHED"), row("06949", "Đường Hoa", "NOT_STARTED")];
  const day = parseIsoDate("2018-08-13")!;

  it("finds by name without accents, filters by status, sorts by name", () => {
    expect(applyDistrictFilter(rows, parseDistrictFilter({ q: "duong hoa" }), day).map((r) => r.code)).toEqual(["06949"]);
    expect(applyDistrictFilter(rows, parseDistrictFilter({ status: "ESTABLISHED" }), day).map((r) => r.code)).toEqual(["06922"]);
    expect(applyDistrictFilter(rows, parseDistrictFilter({ sort: "name" }), day).map((r) => r.name)).toEqual(["Đường Hoa", "Quảng Đức", "Quảng Hà"]);
  });

  it("ignores unknown filter values instead of failing", () => {
    expect(parseDistrictFilter({ model: "DROP TABLE", status: ["x", "y"], sort: "evil", q: "a".repeat(500) })).toEqual({
      sort: "code",
      desc: false,
      model: undefined,
      status: undefined,
      q: undefined,
      mismatch: false,
      group: false,
    });
  });
});

describe("scan types by content", () => {
  it("knows PDF and images by their first bytes and nothing else", () => {
    expect(scanType(new TextEncoder().encode("%PDF-1.7"))).toBe("application/pdf");
    expect(scanType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe("image/png");
    expect(scanType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(scanType(new Uint8Array([0x4d, 0x5a, 0x90, 0x00]))).toBeNull();
    expect(scanType(new TextEncoder().encode("<html>%PDF-"))).toBeNull();
  });
});

describe("status on a viewing date", () => {
  it("replays dated changes; an undated change holds on every date", async () => {
    const { statusOn } = await import("@/lib/blocs/status-on");
    const d = (iso: string) => parseIsoDate(iso)!;
    const changes = [
      { toStatus: "PROPOSED" as const, effectiveOn: d("2018-03-01"), createdAt: new Date("2026-01-01T00:00:00Z") },
      { toStatus: "ESTABLISHED" as const, effectiveOn: d("2018-06-15"), createdAt: new Date("2026-01-02T00:00:00Z") },
      { toStatus: "RESTRUCTURING" as const, effectiveOn: d("2019-02-01"), createdAt: new Date("2026-01-03T00:00:00Z") },
    ];
    expect(statusOn(changes, d("2018-01-01"))).toBe("NOT_STARTED");
    expect(statusOn(changes, d("2018-03-01"))).toBe("PROPOSED");
    expect(statusOn(changes, d("2018-08-13"))).toBe("ESTABLISHED");
    expect(statusOn(changes, d("2020-01-01"))).toBe("RESTRUCTURING");
    expect(statusOn([{ toStatus: "ESTABLISHED", effectiveOn: null, createdAt: new Date() }], d("2015-03-12"))).toBe("ESTABLISHED");
  });
});

describe("head rule of each model", () => {
  const deputy = { partyDeputySecretary: true, frontChair: false };
  const chair = { partyDeputySecretary: false, frontChair: true };
  const both = { partyDeputySecretary: true, frontChair: true };
  const haiHa = {
    communeModel: "DAN_VAN_BLOC" as const,
    headRule: "PARTY_DEPUTY_SECRETARY_FRONT_CHAIR" as const,
    headRuleText: "Phó Bí thư đồng thời là Chủ tịch MTTQ",
  };

  it("asks the deputy secretary for a dân vận bloc and the MTTQ chair for the other two models", () => {
    expect(headRuleCheck({ model: "DAN_VAN_BLOC" }, deputy)?.ok).toBe(true);
    expect(headRuleCheck({ model: "DAN_VAN_BLOC" }, chair)?.ok).toBe(false);
    expect(headRuleCheck({ model: "JOINT_ADVISORY_UNIT" }, chair)?.ok).toBe(true);
    expect(headRuleCheck({ model: "COORDINATION_UNIT" }, deputy)?.ok).toBe(false);
  });

  it("applies a district's exception (Hải Hà) only to blocs of the model it chose, and a bloc's own recorded exception with its reason", () => {
    expect(headRuleCheck({ model: "DAN_VAN_BLOC", policy: haiHa }, deputy)).toMatchObject({ ok: false, exception: haiHa.headRuleText });
    expect(headRuleCheck({ model: "DAN_VAN_BLOC", policy: haiHa }, both)?.ok).toBe(true);
    expect(headRuleCheck({ model: "JOINT_ADVISORY_UNIT", policy: haiHa }, chair)).toMatchObject({ ok: true, exception: null });
    expect(headRuleCheck({ model: "JOINT_ADVISORY_UNIT", headRule: "PARTY_DEPUTY_SECRETARY", headRuleReason: "Văn bản 12-CV/TU" }, deputy)).toMatchObject({
      ok: true,
      exception: "Văn bản 12-CV/TU",
    });
  });

  it("checks nothing without a recorded model or a head", () => {
    expect(headRuleCheck({ model: null }, deputy)).toBeNull();
    expect(headRuleCheck({ model: "DAN_VAN_BLOC" }, null)).toBeNull();
    expect(expectedHeadRule({ model: "DISTRICT_BLOC_AGENCY" })).toBeNull();
  });
});
