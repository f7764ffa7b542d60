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
  /** Models recognised at some level by a numbered decision. */
  recognised: number;
  byField: Record<ModelField, number>;
}

const FIELDS = Object.keys(MODEL_FIELD_LABEL) as ModelField[];

/** Per unit under `areaPath` with a model in `year`: the counts. */
export async function modelCounts(actor: PermissionSubject, areaPath: string, year: number): Promise<ModelCount[]> {
  const where = { year, unit: { AND: [{ path: { startsWith: areaPath } }, unitScope(actor, "unit.read")] } };
  const groups = await db.skilfulModel.groupBy({ by: ["unitId", "field", "status"], where, _count: { _all: true } });
  const recognised = new Map<string, Set<string>>();
  for (const r of await db.modelRecognition.findMany({ where: { model: where }, select: { modelId: true, model: { select: { unitId: true } } } }))
    (recognised.get(r.model.unitId) ?? recognised.set(r.model.unitId, new Set()).get(r.model.unitId)!).add(r.modelId);
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
      recognised: recognised.get(u.id)?.size ?? 0,
      byField: Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<ModelField, number>,
    };
    row.total += g._count._all;
    if (g.status === "ACCEPTED") row.accepted += g._count._all;
    row.byField[g.field] += g._count._all;
    out.set(g.unitId, row);
  }
  return [...out.values()].sort((a, b) => b.total - a.total || a.code.localeCompare(b.code));
}

/** The decisions recognising models of `year` under `areaPath` within the reader's scope, by date: the year's list of recognised models. */
export async function recognisedModels(actor: PermissionSubject, areaPath: string, year: number) {
  return db.modelRecognition.findMany({
    where: { model: { year, unit: { AND: [{ path: { startsWith: areaPath } }, unitScope(actor, "unit.read")] } } },
    orderBy: [{ issuedOn: "asc" }, { label: "asc" }],
    take: 1000,
    select: {
      id: true,
      level: true,
      label: true,
      issuedOn: true,
      model: { select: { id: true, name: true, field: true, unit: { select: { code: true, name: true } }, organisation: { select: { name: true } } } },
    },
  });
}
