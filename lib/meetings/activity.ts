// Activity figures for the district and province pages, read from the rollup rows the meeting and task
// writes keep current (never from raw meetings or tasks): meetings held in the last 4 and 13 weeks, tasks
// open and overdue.
import "server-only";
import { Prisma } from "../../generated/prisma/sqlite/client";
import { db } from "../db";
import { addDays } from "../time/business-date";
import { startOfIsoWeek } from "./rules";

export interface Activity {
  held4: number;
  held13: number;
  open: number;
  overdue: number;
}

export const NO_ACTIVITY: Activity = { held4: 0, held13: 0, open: 0, overdue: 0 };

/** Per commune id. Weeks count back from the viewing day's week, that week included. */
export async function activityOf(unitIds: string[], day: Date): Promise<Map<string, Activity>> {
  const out = new Map<string, Activity>();
  if (!unitIds.length) return out;
  const w = windows(day);
  const ids = Prisma.join(unitIds);
  // Two passes over the rollup rows (one per table), the windows as conditional sums; by id: a filter
  // through the unit relation cost a join and was 4× slower at province scale.
  const [weeks, tasks] = await Promise.all([
    db.$queryRaw<{ unitId: string; held4: Num; held13: Num }[]>`
      SELECT "unitId", SUM(CASE WHEN "weekStart" >= ${w.from4} THEN "held" ELSE 0 END) AS "held4", SUM("held") AS "held13"
      FROM "MeetingWeekRollup" WHERE "unitId" IN (${ids}) AND "weekStart" >= ${w.from13} AND "weekStart" <= ${w.week}
      GROUP BY "unitId"`,
    db.$queryRaw<{ unitId: string; open: Num; overdue: Num }[]>`
      SELECT "unitId", SUM("pending" + "reported") AS "open", SUM(CASE WHEN "dueOn" < ${day} THEN "pending" ELSE 0 END) AS "overdue"
      FROM "TaskDueRollup" WHERE "unitId" IN (${ids}) AND ("pending" > 0 OR "reported" > 0)
      GROUP BY "unitId"`,
  ]);
  const entry = (id: string) => out.get(id) ?? out.set(id, { ...NO_ACTIVITY }).get(id)!;
  for (const r of weeks) Object.assign(entry(r.unitId), { held4: Number(r.held4 ?? 0), held13: Number(r.held13 ?? 0) });
  for (const r of tasks) Object.assign(entry(r.unitId), { open: Number(r.open ?? 0), overdue: Number(r.overdue ?? 0) });
  return out;
}

type Num = number | bigint | string | null;

function windows(day: Date) {
  const week = startOfIsoWeek(day);
  return { week, from4: addDays(week, -3 * 7), from13: addDays(week, -12 * 7) };
}

export interface DistrictActivity extends Activity {
  /** Communes with at least one meeting held in the last 4 weeks. */
  communesMeeting4: number;
}

/**
 * Per district id: the sums of its communes' activity, computed by the database per district (two
 * statements; the page used to read the communes, then four sums per commune, and add them up here).
 */
export async function activityByDistrict(districtIds: string[], day: Date): Promise<Map<string, DistrictActivity>> {
  const out = new Map<string, DistrictActivity>();
  if (!districtIds.length) return out;
  const w = windows(day);
  const ids = Prisma.join(districtIds);
  const [weeks, tasks] = await Promise.all([
    db.$queryRaw<{ districtId: string; held4: Num; held13: Num; communes4: Num }[]>`
      SELECT u."parentId" AS "districtId", SUM(CASE WHEN r."weekStart" >= ${w.from4} THEN r."held" ELSE 0 END) AS "held4", SUM(r."held") AS "held13",
        COUNT(DISTINCT CASE WHEN r."weekStart" >= ${w.from4} AND r."held" > 0 THEN r."unitId" END) AS "communes4"
      FROM "Unit" u JOIN "MeetingWeekRollup" r ON r."unitId" = u."id"
      WHERE u."parentId" IN (${ids}) AND u."level" = 'COMMUNE' AND r."weekStart" >= ${w.from13} AND r."weekStart" <= ${w.week}
      GROUP BY u."parentId"`,
    // Per commune through its key (correlated): as a join, PostgreSQL misjudged the communes' share of the
    // table at national scale and scanned all 950,000 rows in parallel (60 ms instead of 10).
    db.$queryRaw<{ districtId: string; open: Num; overdue: Num }[]>`
      SELECT u."parentId" AS "districtId",
        SUM((SELECT SUM(t."pending" + t."reported") FROM "TaskDueRollup" t WHERE t."unitId" = u."id")) AS "open",
        SUM((SELECT SUM(CASE WHEN t."dueOn" < ${day} THEN t."pending" ELSE 0 END) FROM "TaskDueRollup" t WHERE t."unitId" = u."id")) AS "overdue"
      FROM "Unit" u
      WHERE u."parentId" IN (${ids}) AND u."level" = 'COMMUNE'
      GROUP BY u."parentId"`,
  ]);
  const entry = (id: string) => out.get(id) ?? out.set(id, { ...NO_ACTIVITY, communesMeeting4: 0 }).get(id)!;
  for (const r of weeks)
    Object.assign(entry(r.districtId), { held4: Number(r.held4 ?? 0), held13: Number(r.held13 ?? 0), communesMeeting4: Number(r.communes4 ?? 0) });
  for (const r of tasks) Object.assign(entry(r.districtId), { open: Number(r.open ?? 0), overdue: Number(r.overdue ?? 0) });
  return out;
}
