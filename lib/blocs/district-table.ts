// Filtering, sorting and grouping the communes of an area page (a 2018 district, or today's province with
// its communes directly under it). Pure; the page passes the query string and the figures in.
import type { BlocModel, BlocStatus } from "../../generated/prisma/sqlite/enums";
import { checkQuery } from "../text/fold";
import { daysBetween } from "../time/business-date";
import { COMMUNE_MODELS, STATUSES } from "./labels";
import type { CommuneBlocRow } from "./queries";

export const SORTS = ["code", "name", "status", "days", "held4", "held13", "overdue", "onTime"] as const;
export type Sort = (typeof SORTS)[number];

export interface DistrictFilter {
  model?: BlocModel;
  status?: BlocStatus;
  q?: string;
  sort: Sort;
  desc: boolean;
  /** Only heads who do not meet their bloc's rule. */
  mismatch: boolean;
  /** Today's communes grouped by the district they belonged to (only where the page offers it). */
  group: boolean;
}

/** The figures a sort may use, per commune id (absent on an "as of" view). */
export interface AreaMetrics {
  activity?: Map<string, { held4: number; held13: number; open: number; overdue: number }>;
  rates?: Map<string, { expected: number; onTime: number }>;
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function parseDistrictFilter(params: Record<string, string | string[] | undefined>): DistrictFilter {
  const model = one(params.model);
  const status = one(params.status);
  const sort = one(params.sort);
  const q = one(params.q);
  return {
    model: (COMMUNE_MODELS as readonly string[]).includes(model ?? "") ? (model as BlocModel) : undefined,
    status: STATUSES.includes(status as BlocStatus) ? (status as BlocStatus) : undefined,
    q: q && q.length <= 100 ? q : undefined,
    sort: (SORTS as readonly string[]).includes(sort ?? "") ? (sort as Sort) : "code",
    desc: one(params.dir) === "desc",
    mismatch: one(params.mismatch) === "1",
    group: one(params.group) === "district",
  };
}

const STATUS_ORDER = Object.fromEntries(STATUSES.map((s, i) => [s, i])) as Record<BlocStatus, number>;

export function daysSince(row: CommuneBlocRow, today: Date): number | null {
  return row.lastChange
    ? Math.max(0, daysBetween(new Date(Date.UTC(row.lastChange.getUTCFullYear(), row.lastChange.getUTCMonth(), row.lastChange.getUTCDate())), today))
    : null;
}

export function applyDistrictFilter(rows: CommuneBlocRow[], f: DistrictFilter, today: Date, metrics: AreaMetrics = {}): CommuneBlocRow[] {
  const query = checkQuery(f.q);
  const filtered = rows.filter(
    (r) =>
      (!f.model || r.model === f.model) &&
      (!f.status || r.status === f.status) &&
      (!query.ok || r.searchText.includes(query.folded)) &&
      (!f.mismatch || r.headMismatch !== null),
  );
  const a = (r: CommuneBlocRow) => metrics.activity?.get(r.unitId);
  const key = (r: CommuneBlocRow): string | number => {
    switch (f.sort) {
      case "name":
        return r.searchText.replace(/^(xa|phuong|thi tran|dac khu) /, "");
      case "status":
        return STATUS_ORDER[r.status];
      case "days":
        return daysSince(r, today) ?? Number.MAX_SAFE_INTEGER;
      case "held4":
        return a(r)?.held4 ?? 0;
      case "held13":
        return a(r)?.held13 ?? 0;
      case "overdue":
        return a(r)?.overdue ?? 0;
      case "onTime": {
        const q = metrics.rates?.get(r.unitId);
        // A commune expected to report nothing yet sorts after every rate.
        return q && q.expected ? q.onTime / q.expected : 2;
      }
      default:
        return r.code;
    }
  };
  const sorted = [...filtered].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return (x < y ? -1 : x > y ? 1 : 0) || a.code.localeCompare(b.code);
  });
  return f.desc ? sorted.reverse() : sorted;
}
