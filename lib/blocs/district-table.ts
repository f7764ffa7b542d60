// Filtering and sorting the district page's commune rows (pure; the page passes the query string in).
import type { BlocModel, BlocStatus } from "../../generated/prisma/sqlite/enums";
import { checkQuery } from "../text/fold";
import { daysBetween } from "../time/business-date";
import { COMMUNE_MODELS, STATUSES } from "./labels";
import type { CommuneBlocRow } from "./queries";

export const SORTS = ["code", "name", "status", "days"] as const;
export type Sort = (typeof SORTS)[number];

export interface DistrictFilter {
  model?: BlocModel;
  status?: BlocStatus;
  q?: string;
  sort: Sort;
  desc: boolean;
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
  };
}

const STATUS_ORDER = Object.fromEntries(STATUSES.map((s, i) => [s, i])) as Record<BlocStatus, number>;

export function daysSince(row: CommuneBlocRow, today: Date): number | null {
  return row.lastChange ? Math.max(0, daysBetween(new Date(Date.UTC(row.lastChange.getUTCFullYear(), row.lastChange.getUTCMonth(), row.lastChange.getUTCDate())), today)) : null;
}

export function applyDistrictFilter(rows: CommuneBlocRow[], f: DistrictFilter, today: Date): CommuneBlocRow[] {
  const query = checkQuery(f.q);
  const filtered = rows.filter((r) =>
    (!f.model || r.model === f.model) && (!f.status || r.status === f.status) && (!query.ok || r.searchText.includes(query.folded)));
  const key = (r: CommuneBlocRow): string | number => {
    switch (f.sort) {
      case "name": return r.searchText.replace(/^(xa|phuong|thi tran|dac khu) /, "");
      case "status": return STATUS_ORDER[r.status];
      case "days": return daysSince(r, today) ?? Number.MAX_SAFE_INTEGER;
      default: return r.code;
    }
  };
  const sorted = [...filtered].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return (x < y ? -1 : x > y ? 1 : 0) || a.code.localeCompare(b.code);
  });
  return f.desc ? sorted.reverse() : sorted;
}
