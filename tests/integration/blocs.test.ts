// The bloc registry against a real database: figures from reference data alone, recording a bloc's
// status and decision, bulk changes, and who may do what.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { MESSAGES } from "@/lib/actions/result";
import { provinceOverview } from "@/lib/blocs/overview";
import { communeBlocRows } from "@/lib/blocs/queries";
import { bulkUpdateBlocs, setBloc } from "@/lib/blocs/definitions";
import { parseIsoDate } from "@/lib/time/business-date";
import { validOn } from "@/lib/units/validity";
import { ctx, makeUser } from "../support/factories";

const DAY = parseIsoDate("2018-08-13")!;

async function commune(code: string) {
  return db.unit.findFirstOrThrow({ where: { code, level: "COMMUNE", ...validOn(DAY) } });
}

const establish = (unitId: string, over: Record<string, string> = {}) => ({
  unitId,
  version: "0",
  model: "DAN_VAN_BLOC",
  status: "ESTABLISHED",
  effectiveOn: "2018-08-01",
  reason: "Quyết định thành lập khối",
  decisionFamily: "PARTY",
  decisionNumber: "12-QĐ/ĐU",
  decisionDate: "2018-07-20",
  decisionIssuer: "Ban Thường vụ Đảng ủy xã",
  ...over,
});

describe("province overview from reference data alone", () => {
  it("reproduces the founding article: 14/14, 7/14, 6/14, 1/14 and 6/7", async () => {
    const official = (await makeUser("OVERVIEW", "22")).actor;
    const overview = (await provinceOverview(official, DAY))!;
    const figures = Object.fromEntries(overview.figures.map((f) => [f.key, `${f.numerator}/${f.denominator}`]));
    expect(figures).toEqual({
      districtBlocAgencies: "14/14",
      danVanBlocDistricts: "7/14",
      jointAdvisoryUnitDistricts: "6/14",
      coordinationUnitDistricts: "1/14",
      danVanBlocsHeadedByDeputySecretary: "6/7",
    });
    expect(overview.rows.find((r) => r.code === "201")).toMatchObject({ headRule: "PARTY_DEPUTY_SECRETARY_FRONT_CHAIR", communes: 16 });
    // The one commune the article names (Nam Hoà, Quảng Yên) is the only established commune bloc in reference data.
    expect(overview.rows.reduce((n, r) => n + r.established, 0)).toBe(1);
    expect(overview.rows.find((r) => r.code === "206")).toMatchObject({ established: 1, communes: 19 });
  });

  it("shows the 54 communes, without district figures, from 2025-07-01", async () => {
    const official = (await makeUser("OVERVIEW", "22")).actor;
    const overview = (await provinceOverview(official, parseIsoDate("2025-07-01")!))!;
    expect(overview.rows).toHaveLength(54);
    expect(overview.figures).toEqual([]);
  });

  it("gives district staff no province overview", async () => {
    const staff = (await makeUser("REVIEWER", "201")).actor;
    expect(await provinceOverview(staff, DAY)).toBeNull();
  });
});

describe("recording a commune's bloc", () => {
  it("records an establishment with its decision, dated status history and one audit event", async () => {
    const staff = await makeUser("REVIEWER", "200");
    const unit = await commune("06901");
    const result = await runAction(db, setBloc, establish(unit.id, { decisionNumber: "12 - qđ / đu" }), staff.actor, ctx());
    expect(result.ok).toBe(true);
    const bloc = await db.bloc.findUniqueOrThrow({ where: { unitId: unit.id }, include: { decision: true, statusChanges: true } });
    expect(bloc).toMatchObject({ status: "ESTABLISHED", model: "DAN_VAN_BLOC" });
    expect(bloc.decision?.number).toBe("12-QĐ/ĐU");
    expect(bloc.statusChanges).toHaveLength(1);
    expect(await db.auditEvent.count({ where: { entityType: "Bloc", entityId: bloc.id, outcome: "ALLOWED" } })).toBe(1);
    const rows = await communeBlocRows(staff.actor, { id: unit.id }, DAY);
    expect(rows[0]).toMatchObject({ status: "ESTABLISHED", decision: { number: "12-QĐ/ĐU" }, model: "DAN_VAN_BLOC" });
    // On an earlier viewing date the bloc was not yet established, and the decision not yet signed.
    const before = await communeBlocRows(staff.actor, { id: unit.id }, parseIsoDate("2018-07-01")!);
    expect(before[0]).toMatchObject({ status: "NOT_STARTED", decision: null });
    const official = (await makeUser("OVERVIEW", "22")).actor;
    const established = async (iso: string) => (await provinceOverview(official, parseIsoDate(iso)!))!.rows.find((r) => r.code === "200")!.established;
    expect([await established("2018-07-01"), await established("2018-08-13")]).toEqual([0, 1]);
  });

  it.each([
    ["a decision date in the future", { decisionDate: "2019-01-01" }, "decisionDate"],
    ["a decision date before the unit existed", { decisionDate: "2010-01-01" }, "decisionDate"],
    ["a number in the wrong format", { decisionNumber: "QĐ số mười hai" }, "decisionNumber"],
    ["a state number with the Party's format chosen", { decisionNumber: "15/QĐ-UBND" }, "decisionNumber"],
    ["an effective date in the future", { effectiveOn: "2018-09-01" }, "effectiveOn"],
    ["establishment without a decision", { decisionNumber: "", decisionDate: "", decisionIssuer: "" }, "decisionNumber"],
  ])("refuses %s, saving nothing", async (_label, over, field) => {
    const staff = await makeUser("REVIEWER", "200");
    const unit = await commune("06904");
    const result = await runAction(db, setBloc, establish(unit.id, over), staff.actor, ctx());
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.[field]?.[0]).toBeTruthy();
    expect(await db.bloc.count({ where: { unitId: unit.id } })).toBe(0);
    expect(await db.decision.count({ where: { unitId: unit.id } })).toBe(0);
  });

  it("refuses a second, overlapping establishment and a stale version", async () => {
    const staff = await makeUser("REVIEWER", "200");
    const unit = await commune("06910");
    expect((await runAction(db, setBloc, establish(unit.id), staff.actor, ctx())).ok).toBe(true);
    const stale = await runAction(db, setBloc, establish(unit.id, { decisionNumber: "13-QĐ/ĐU" }), staff.actor, ctx());
    expect(stale).toMatchObject({ ok: false, formError: MESSAGES.conflict });
    const overlap = await runAction(db, setBloc, establish(unit.id, { version: "1", decisionNumber: "13-QĐ/ĐU" }), staff.actor, ctx());
    expect(overlap.ok).toBe(false);
    expect(overlap.formError).toMatch(/quyết định khác/);
  });

  it("lets only the district's staff change a commune's bloc; every refusal is one denial", async () => {
    const unit = await commune("06913");
    for (const [role, code] of [
      ["REVIEWER", "201"],
      ["BLOC_HEAD", "06913"],
      ["OVERVIEW", "22"],
      ["ADMIN", "22"],
    ] as const) {
      const other = await makeUser(role, code);
      const result = await runAction(db, setBloc, establish(unit.id), other.actor, ctx());
      expect(result).toMatchObject({ ok: false, formError: MESSAGES.notFound });
      expect(await db.auditEvent.count({ where: { actorUserId: other.userId, outcome: "DENIED", action: "bloc.set" } })).toBe(1);
    }
    expect(await db.bloc.count({ where: { unitId: unit.id } })).toBe(0);
  });
});

describe("bulk update", () => {
  it("sets model and status for a selection of the district's communes, each audited", async () => {
    const staff = await makeUser("REVIEWER", "198");
    const codes = ["06838", "06841"];
    const result = await runAction(
      db,
      bulkUpdateBlocs,
      { areaCode: "198", unitCodes: codes, model: "", status: "PROPOSED", effectiveOn: "2018-08-10", reason: "Đề xuất thành lập" },
      staff.actor,
      ctx(),
    );
    expect(result).toMatchObject({ ok: true, message: "Đã cập nhật 2 xã." });
    const blocs = await db.bloc.findMany({ where: { unit: { code: { in: codes }, ...validOn(DAY) } } });
    expect(blocs.map((b) => [b.status, b.model])).toEqual([
      ["PROPOSED", "DAN_VAN_BLOC"],
      ["PROPOSED", "DAN_VAN_BLOC"],
    ]);
    expect(await db.auditEvent.count({ where: { action: "bloc.set", entityId: { in: blocs.map((b) => b.id) } } })).toBe(2);
  });

  it("refuses the whole request when one commune is another district's", async () => {
    const staff = await makeUser("REVIEWER", "198");
    const result = await runAction(
      db,
      bulkUpdateBlocs,
      { areaCode: "198", unitCodes: ["06844", "06649"], status: "PROPOSED", effectiveOn: "2018-08-10", reason: "x" },
      staff.actor,
      ctx(),
    );
    expect(result).toMatchObject({ ok: false, formError: MESSAGES.notFound });
    expect(await db.bloc.count({ where: { unit: { code: { in: ["06844", "06649"] } } } })).toBe(0);
  });
});

describe("the district's own bloc agency", () => {
  it("takes its decision from the district's staff, keeping its status, and only as a bloc agency", async () => {
    const staff = await makeUser("REVIEWER", "196");
    const district = await db.unit.findFirstOrThrow({ where: { code: "196", level: "DISTRICT", ...validOn(DAY) }, include: { bloc: true } });
    const input = {
      ...establish(district.id),
      version: String(district.bloc!.version),
      model: "DISTRICT_BLOC_AGENCY",
      decisionNumber: "1234-QĐ/TU",
      decisionIssuer: "Ban Thường vụ Thành ủy Uông Bí",
      decisionDate: "2016-03-01",
      effectiveOn: "2016-03-01",
    };
    const wrongModel = await runAction(db, setBloc, { ...input, model: "DAN_VAN_BLOC" }, staff.actor, ctx());
    expect(wrongModel.fieldErrors?.model?.[0]).toMatch(/Cơ quan khối/);
    const result = await runAction(db, setBloc, input, staff.actor, ctx());
    expect(result).toMatchObject({ ok: true, redirectTo: "/districts/196?saved=1" });
    const bloc = await db.bloc.findUniqueOrThrow({ where: { unitId: district.id }, include: { decision: true } });
    expect([bloc.status, bloc.decision?.number]).toEqual(["ESTABLISHED", "1234-QĐ/TU"]);
    const other = await makeUser("REVIEWER", "201");
    expect((await runAction(db, setBloc, { ...input, version: String(bloc.version) }, other.actor, ctx())).formError).toBe(MESSAGES.notFound);
  });
});
