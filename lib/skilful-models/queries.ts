// Reading "Dân vận khéo" models within the reader's scope: a unit's by year, one with its evidence and the
// years it continues or is continued in.
import "server-only";
import { db } from "../db";
import type { PermissionSubject } from "../auth/permissions";
import { unitScope } from "../auth/scope";
import { RECORD_ID } from "../validation";

export async function unitModels(actor: PermissionSubject, unitId: string) {
  return db.skilfulModel.findMany({
    where: { unitId, unit: unitScope(actor, "unit.read") },
    orderBy: [{ year: "desc" }, { name: "asc" }],
    take: 500,
    select: {
      id: true,
      year: true,
      name: true,
      field: true,
      status: true,
      organisation: { select: { name: true } },
      recognitions: { orderBy: { level: "asc" }, select: { level: true, label: true } },
      _count: { select: { evidence: true } },
    },
  });
}

export async function modelDetail(actor: PermissionSubject, id: string) {
  if (!RECORD_ID.test(id)) return null;
  return db.skilfulModel.findFirst({
    where: { id, unit: unitScope(actor, "unit.read") },
    include: {
      unit: { select: { id: true, code: true, name: true, type: true, level: true, path: true, validFrom: true, validTo: true } },
      organisation: { select: { id: true, name: true } },
      evidence: { orderBy: { createdAt: "asc" }, include: { file: { select: { id: true, originalName: true, mimeType: true, size: true } } } },
      continues: { select: { id: true, year: true, name: true } },
      continuedBy: { select: { id: true, year: true, name: true } },
      scores: { select: { criterionId: true, score: true } },
      recognitions: { orderBy: { level: "asc" }, select: { id: true, level: true, label: true, issuedOn: true } },
    },
  });
}

/** A year's evaluation: its pass mark and criteria in order, or null before the administrator sets them. */
export async function modelYearOf(year: number) {
  return db.modelYear.findUnique({ where: { year }, include: { criteria: { orderBy: { sortOrder: "asc" } } } });
}

export type ModelDetail = NonNullable<Awaited<ReturnType<typeof modelDetail>>>;

/** What the registration form offers: the unit's organisations of the day, and the earlier models it may continue. */
export async function registrationChoices(unitId: string, day: Date) {
  const sources = (await db.unitLineage.findMany({ where: { successorId: unitId }, select: { predecessorId: true } })).map((l) => l.predecessorId);
  const [organisations, earlier] = await Promise.all([
    db.organisation.findMany({
      where: { unitId, validFrom: { lte: day }, OR: [{ validTo: null }, { validTo: { gte: day } }] },
      orderBy: { type: { sortOrder: "asc" } },
      select: { id: true, name: true },
    }),
    db.skilfulModel.findMany({
      where: { unitId: { in: [unitId, ...sources] }, year: { lt: day.getUTCFullYear() + 1 } },
      orderBy: [{ year: "desc" }, { name: "asc" }],
      select: { id: true, year: true, name: true, unit: { select: { name: true } } },
      take: 200,
    }),
  ]);
  return { organisations, earlier };
}

/** The years the criteria page shows: next year, this one, and every year with criteria or models; with their criteria. */
export async function criteriaYears(day: Date) {
  const [years, modelYears] = await Promise.all([
    db.modelYear.findMany({ include: { criteria: { orderBy: { sortOrder: "asc" } } } }),
    db.skilfulModel.findMany({ distinct: ["year"], select: { year: true } }),
  ]);
  const shown = [...new Set([day.getUTCFullYear() + 1, day.getUTCFullYear(), ...years.map((y) => y.year), ...modelYears.map((m) => m.year)])].sort(
    (a, b) => b - a,
  );
  return shown.map((year) => ({ year, set: years.find((y) => y.year === year) ?? null }));
}
