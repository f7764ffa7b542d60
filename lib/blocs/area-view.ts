// What an area page shows of the communes directly under it: a 2018 district, or today's province (the
// communes under it since 1/7/2025). One loader for both pages, so the reviewer of 2025 works the same
// list the district of 2018 did: registry rows filtered and sorted, and, when the page views today, the
// activity, the reporting rates, hot spots and overdue recommendations.
import "server-only";
import type { PermissionSubject } from "../auth/permissions";
import { can } from "../auth/permissions";
import { activityOf } from "../meetings/activity";
import { hotSpots, ratesByUnit } from "../reports/queries";
import { overdueRecommendations } from "../supervision/queries";
import { today } from "../time/today";
import { toIsoDate } from "../time/business-date";
import type { AsOf } from "../units/as-of";
import type { FormerDistrict } from "../units/former-districts";
import { formerDistricts } from "../units/queries";
import { applyDistrictFilter, parseDistrictFilter } from "./district-table";
import { communeBlocRows } from "./queries";
import { droppedCommunes } from "../trends/queries";

export interface AreaUnit {
  id: string;
  code: string;
  path: string;
  level: string;
}

export async function areaCommunes(actor: PermissionSubject, area: AreaUnit, asOf: AsOf, search: Record<string, string | string[] | undefined>) {
  const day = today();
  const rows = await communeBlocRows(actor, { parentId: area.id }, asOf.date);
  const filter = parseDistrictFilter(search);
  // Activity, rates and hot spots are today's: shown when the page views today (an "as of" view shows the structure only).
  const current = !asOf.explicit || asOf.iso === toIsoDate(day);
  // Communes directly under the province were districts' communes before 1/7/2025: say which, to compare.
  // Read beside the figures (on PostgreSQL each read of a Promise.all has its own connection).
  const ids = rows.map((r) => r.unitId);
  const formersRead: Promise<Map<string, FormerDistrict> | null> = area.level === "PROVINCE" && rows.length ? formerDistricts(ids) : Promise.resolve(null);
  const [[activity, monthly, spots, overdue, dropped], formers] = await Promise.all([
    current
      ? Promise.all([
          activityOf(ids, day),
          ratesByUnit(actor, "situation.monthly", [area.id], day),
          hotSpots(actor, area.path, day),
          overdueRecommendations(actor, area.path, day, 10),
          droppedCommunes(actor, ids, day),
        ])
      : Promise.resolve([undefined, null, [], [], undefined] as [undefined, null, never[], never[], undefined]),
    formersRead,
  ]);
  const reportRates = monthly ? new Map(monthly.rows.map((r) => [r.unit.id, r.rates])) : undefined;
  const shown = applyDistrictFilter(rows, filter, asOf.date, { activity, rates: reportRates });
  return {
    day,
    rows,
    filter,
    shown,
    current,
    activity,
    reportRates,
    spots,
    overdue,
    dropped,
    formers,
    manage: can(actor, "bloc.manage", { unitPath: area.path }),
  };
}

export type AreaCommunes = Awaited<ReturnType<typeof areaCommunes>>;
