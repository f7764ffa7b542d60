// The province and national pages read report rates and activity from the layered rollups; they must say
// what the raw rows say (the report pages' own count), for a district and for the whole province.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { openReport, submitReport } from "@/lib/reports/definitions";
import { moveMeeting, saveMeeting } from "@/lib/meetings/definitions";
import { ratesByUnit } from "@/lib/reports/queries";
import { sumRates } from "@/lib/reports/rules";
import { areaActivity, areaReportRates, nationalOverview } from "@/lib/dashboards/areas";
import { parseIsoDate } from "@/lib/time/business-date";
import { ctx, makeUser, operatingBloc } from "../support/factories";

const DAY = parseIsoDate("2018-08-13")!;

async function submitted(code: string, periodKey: string) {
  const bloc = await operatingBloc(code);
  const head = await makeUser("COMMUNE_HEAD", code);
  const opened = await runAction(db, openReport, { regimeCode: "situation.monthly", unitId: bloc.unit.id, periodKey, submissionId: randomUUID() }, head.actor, ctx());
  const sent = await runAction(db, submitReport, { reportId: opened.data!.reportId as string, version: "1", move: "submit" }, head.actor, ctx());
  expect(sent.ok).toBe(true);
  return { bloc, head };
}

describe("layered rollups on the dashboards", () => {
  it("give the same report rates per district and for the province as the report rows", async () => {
    const a = await submitted("06934", "2018-07");
    await submitted("06937", "2018-06");
    await submitted("07090", "2018-07");
    const official = await makeUser("PROVINCIAL_OFFICIAL", "22");
    const province = await db.unit.findFirstOrThrow({ where: { code: "22", level: "PROVINCE" } });
    const districts = await db.unit.findMany({ where: { parentId: province.id, level: "DISTRICT", validFrom: { lte: DAY }, OR: [{ validTo: null }, { validTo: { gte: DAY } }] }, select: { id: true, code: true } });
    const ids = districts.map((d) => d.id);

    const fromRollups = (await areaReportRates("situation.monthly", ids, DAY))!;
    const fromRows = (await ratesByUnit(official.actor, "situation.monthly", ids, DAY))!;
    expect(fromRollups.periods.map((p) => p.key)).toEqual(["2018-07", "2018-06", "2018-05"]);
    for (const d of districts) {
      expect(fromRollups.rates.get(d.id), d.code).toEqual(sumRates(fromRows.rows.filter((r) => r.unit.parentId === d.id).map((r) => r.rates)));
    }
    const haiHa = districts.find((d) => d.code === "201")!;
    expect(fromRollups.rates.get(haiHa.id)).toMatchObject({ actual: 2, onTime: 0 });

    // The national overview: the official sees the province only; its totals are the districts' sums.
    const national = await nationalOverview(official.actor, DAY);
    expect(national.rows.map((r) => r.code)).toEqual(["22"]);
    expect(national.rows[0].reports).toEqual(sumRates(fromRows.rows.map((r) => r.rates)));
    expect(national.rows[0].communes).toBe(186);
    // A commune head reaches no province.
    expect((await nationalOverview(a.head.actor, DAY)).rows).toEqual([]);
  });

  it("count a commune's meetings once per month, and the communes that met, up to the province", async () => {
    const bloc = await operatingBloc("06940");
    const head = await makeUser("COMMUNE_HEAD", "06940");
    for (const heldOn of ["2018-07-02", "2018-07-09"]) {
      const saved = await runAction(db, saveMeeting, { unitId: bloc.unit.id, submissionId: randomUUID(), heldOn, [`att_${bloc.org("MTTQ").id}`]: "present", conclusions: "Kết luận" }, head.actor, ctx());
      expect((await runAction(db, moveMeeting, { meetingId: saved.data!.meetingId as string, version: "1", move: "hold" }, head.actor, ctx())).ok).toBe(true);
    }
    const commune = await db.unit.findUniqueOrThrow({ where: { id: bloc.unit.id }, include: { parent: true } });
    const activity = await areaActivity([commune.parentId!, commune.parent!.parentId!], DAY);
    for (const a of activity.values()) expect(a).toMatchObject({ held3: 2, communesMeetingLastMonth: 1 });
    expect(activity.get(commune.parent!.parentId!)!.communes).toBe(186);
  });
});
