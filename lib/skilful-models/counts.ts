// How many "Dân vận khéo" models the units under an area registered in a year, by field and by outcome
// (decision 0043): the province's table and map. Within the reader's scope.
import "server-only";
import { db } from "../db";
import type { PermissionSubject } from "../auth/permissions";
import { unitScope } from "../auth/scope";
import type { ModelField } from "../../generated/prisma/sqlite/enums";
import { MODEL_FIELD_LABEL } from "./rules";

export interface ModelCount {
  unitId: string;
  code: string;
  name: string;
  total: number;
  accepted: number;
  byField: Record<ModelField, number>;
}

const FIELDS = Object.keys(MODEL_FIELD_LABEL) as ModelField[];

/** Per unit under `areaPath` with a model in `year`: the counts. */
export async function modelCounts(actor: PermissionSubject, areaPath: string, year: number): Promise<ModelCount[]> {
  const groups = await db.skilfulModel.groupBy({
    by: ["unitId", "field", "status"],
    where: { year, unit: { AND: [{ path: { startsWith: areaPath } }, unitScope(actor, "unit.read")] } },
    _count: { _all: true },
  });
  const units = new Map(
    (await db.unit.findMany({ where: { id: { in: [...new Set(groups.map((g) => g.unitId))] } }, select: { id: true, code: true, name: true } })).map((u) => [
      u.id,
      u,
    ]),
  );
  const out = new Map<string, ModelCount>();
  for (const g of groups) {
    const u = units.get(g.unitId)!;
    const row = out.get(g.unitId) ?? {
      unitId: u.id,
      code: u.code,
      name: u.name,
      total: 0,
      accepted: 0,
      byField: Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<ModelField, number>,
    };
    row.total += g._count._all;
    if (g.status === "ACCEPTED") row.accepted += g._count._all;
    row.byField[g.field] += g._count._all;
    out.set(g.unitId, row);
  }
  return [...out.values()].sort((a, b) => b.total - a.total || a.code.localeCompare(b.code));
}
