// The province and national pages read report rates and activity from the layered rollups; they must say
// what the raw rows say (the report pages' own count), for a district and for the whole province.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { openReport } from "@/lib/reports/definitions";
import { saveMeeting } from "@/lib/meetings/definitions";
import { moveMeeting } from "@/lib/meetings/move-definitions";
import { ratesByUnit } from "@/lib/reports/queries";
import { sumRates } from "@/lib/reports/rules";
import { areaActivity, areaReportRates, nationalOverview } from "@/lib/dashboards/areas";
import { activityByDistrict, activityOf } from "@/lib/meetings/activity";
import { addTask } from "@/lib/tasks/definitions";
import { parseIsoDate } from "@/lib/time/business-date";
import { ctx, makeUser, operatingBloc, sendReport } from "../support/factories";

const DAY = parseIsoDate("2018-08-13")!;

async function submitted(code: string, periodKey: string) {
  const bloc = await operatingBloc(code);
  const head = await makeUser("BLOC_HEAD", code);
  const opened = await runAction(
    db,
    openReport,
    { regimeCode: "situation.monthly", unitId: bloc.unit.id, periodKey, submissionId: randomUUID() },
    head.actor,
    ctx(),
  );
  const sent = await sendReport(opened.data!.reportId as string, await makeUser("BLOC_HEAD", code), head);
  expect(sent.ok).toBe(true);
  return { bloc, head };
}

describe("layered rollups on the dashboards", () => {
  it("give the same report rates per district and for the province as the report rows", async () => {
    const a = await submitted("06934", "2018-07");
    await submitted("06937", "2018-06");
    await submitted("07090", "2018-07");
    const official = await makeUser("OVERVIEW", "22");
    const province = await db.unit.findFirstOrThrow({ where: { code: "22", level: "PROVINCE" } });
    const districts = await db.unit.findMany({
      where: { parentId: province.id, level: "DISTRICT", validFrom: { lte: DAY }, OR: [{ validTo: null }, { validTo: { gte: DAY } }] },
      select: { id: true, code: true },
    });
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
    const head = await makeUser("BLOC_HEAD", "06940");
    for (const heldOn of ["2018-07-02", "2018-07-09"]) {
      const saved = await runAction(
        db,
        saveMeeting,
        { unitId: bloc.unit.id, submissionId: randomUUID(), heldOn, [`att_${bloc.org("MTTQ").id}`]: "present", conclusions: "Kết luận" },
        head.actor,
        ctx(),
      );
      expect((await runAction(db, moveMeeting, { meetingId: saved.data!.meetingId as string, version: "1", move: "hold" }, head.actor, ctx())).ok).toBe(true);
    }
    const commune = await db.unit.findUniqueOrThrow({ where: { id: bloc.unit.id }, include: { parent: true } });
    const activity = await areaActivity([commune.parentId!, commune.parent!.parentId!], DAY);
    for (const a of activity.values()) expect(a).toMatchObject({ held3: 2, communesMeetingLastMonth: 1 });
    expect(activity.get(commune.parent!.parentId!)!.communes).toBe(186);
  });

  it("give each district on the province page its communes' meetings and open and overdue tasks, counted once", async () => {
    // Two communes of Cô Tô (district 207): one meets in the last 4 weeks and 13 weeks back, one only 13 weeks back.
    const held = async (code: string, days: string[], tasksDue: string[] = []) => {
      const bloc = await operatingBloc(code);
      const head = await makeUser("BLOC_HEAD", code);
      for (const [i, heldOn] of days.entries()) {
        const saved = await runAction(
          db,
          saveMeeting,
          { unitId: bloc.unit.id, submissionId: randomUUID(), heldOn, [`att_${bloc.org("MTTQ").id}`]: "present", conclusions: "Kết luận" },
          head.actor,
          ctx(),
        );
        const meetingId = saved.data!.meetingId as string;
        expect((await runAction(db, moveMeeting, { meetingId, version: "1", move: "hold" }, head.actor, ctx())).ok).toBe(true);
        if (i === 0) {
          for (const dueOn of tasksDue) {
            expect(
              (
                await runAction(
                  db,
                  addTask,
                  { meetingId, submissionId: randomUUID(), title: `Nhiệm vụ hạn ${dueOn}`, ownerId: bloc.org("MTTQ").id, dueOn },
                  head.actor,
                  ctx(),
                )
              ).ok,
            ).toBe(true);
          }
        }
      }
      return bloc.unit.id;
    };
    const district = await db.unit.findFirstOrThrow({ where: { code: "207", level: "DISTRICT" }, select: { id: true } });
    const communes = await db.unit.findMany({ where: { parentId: district.id, level: "COMMUNE" }, orderBy: { code: "asc" }, select: { id: true, code: true } });
    await held(communes[0].code, ["2018-05-21", "2018-07-23", "2018-08-06"], ["2018-08-01", "2018-09-30"]);
    await held(communes[1].code, ["2018-05-28"], ["2018-06-15"]);

    const perCommune = await activityOf(
      communes.map((c) => c.id),
      DAY,
    );
    expect(perCommune.get(communes[0].id)).toEqual({ held4: 2, held13: 3, open: 2, overdue: 1 });
    expect(perCommune.get(communes[1].id)).toEqual({ held4: 0, held13: 1, open: 1, overdue: 1 });
    const byDistrict = await activityByDistrict([district.id], DAY);
    expect(byDistrict.get(district.id)).toEqual({ held4: 2, held13: 4, open: 3, overdue: 2, communesMeeting4: 1 });
  });
});
