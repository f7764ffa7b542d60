// Reads of administrative units. Server-only. Every read takes the actor and applies its scope as a
// where-clause, so a unit outside it is simply not found (and its page answers 404).
import "server-only";
import { db } from "../db";
import type { PermissionSubject } from "../auth/permissions";
import { unitScope } from "../auth/scope";
import type { UnitLevel } from "../../generated/prisma/sqlite/enums";
import { isValidOn, validOn } from "./validity";
import { formerDistrictsOf } from "./former-districts";

const LEVEL_RANK = { PROVINCE: 0, DISTRICT: 1, COMMUNE: 2 } as const satisfies Record<UnitLevel, number>;

/** A unit's statistics office code: two digits for a province, three for a district, five for a commune. */
export const GSO_CODE = /^\d{2,5}$/;

const unitSummary = { id: true, code: true, name: true, type: true, level: true, validFrom: true, validTo: true, path: true } as const;

/** The province in force on `day` (the portal serves one province per deployment for now). */
export async function getProvince(actor: PermissionSubject, day: Date) {
  return db.unit.findFirst({
    where: { AND: [{ level: "PROVINCE", ...validOn(day) }, unitScope(actor, "unit.read")] },
    select: unitSummary,
    orderBy: { code: "asc" },
  });
}

/** The province with GSO code `code` in force on `day`, within the actor's scope (a national deployment holds several). */
export async function getProvinceByCode(actor: PermissionSubject, code: string, day: Date) {
  if (!/^\d{2}$/.test(code)) return null;
  return db.unit.findFirst({ where: { AND: [{ level: "PROVINCE", code, ...validOn(day) }, unitScope(actor, "unit.read")] }, select: unitSummary });
}

/**
 * The version of unit `code` at `level` in force on `day`; when none is (a closed or not yet created unit),
 * the latest version that started on or before `day`, else the earliest — closed units stay readable.
 * Null for a malformed or unknown code.
 */
export async function getUnitByCode(actor: PermissionSubject, level: UnitLevel, code: string, day: Date) {
  if (!GSO_CODE.test(code)) return null;
  const versions = await db.unit.findMany({
    where: { AND: [{ level, code }, unitScope(actor, "unit.read")] },
    orderBy: { validFrom: "asc" },
    include: { parent: { select: unitSummary } },
  });
  return versionOn(versions, day);
}

/** Of a unit's versions (oldest first), the one in force on `day`, else the latest before it, else the first. */
export function versionOn<T extends { validFrom: Date; validTo: Date | null }>(versions: T[], day: Date): T | null {
  return versions.find((v) => isValidOn(v, day)) ?? versions.filter((v) => v.validFrom <= day).at(-1) ?? versions[0] ?? null;
}

/** A commune-level unit with what the workspace shows for now: organisations and lineage. */
export async function getCommuneDetail(actor: PermissionSubject, unitId: string, day: Date) {
  const visible = await db.unit.count({ where: { AND: [{ id: unitId }, unitScope(actor, "unit.read")] } });
  if (!visible) return null;
  const [organisations, predecessors, successors] = await Promise.all([
    db.organisation.findMany({
      where: { unitId, ...validOn(day) },
      include: {
        type: {
          select: {
            code: true,
            shortName: true,
            kind: true,
            blocMember: true,
            sortOrder: true,
            // The catalogue's dated affiliations in force that day (from 1/7/2025 the socio-political organisations belong to MTTQ).
            affiliations: { where: validOn(day), select: { validFrom: true, legalBasis: true, parentType: { select: { code: true, name: true } } } },
          },
        },
      },
      orderBy: { type: { sortOrder: "asc" } },
    }),
    db.unitLineage.findMany({
      where: { successorId: unitId },
      include: { predecessor: { select: { ...unitSummary, parent: { select: { name: true, type: true } } } } },
      orderBy: { predecessor: { code: "asc" } },
    }),
    db.unitLineage.findMany({
      where: { predecessorId: unitId },
      include: { successor: { select: unitSummary } },
      orderBy: { successor: { code: "asc" } },
    }),
  ]);
  return { organisations, predecessors, successors };
}

/** Units whose folded name contains `folded`, those in force on `day` first; each with its parent for telling namesakes apart. */
export async function searchUnits(actor: PermissionSubject, folded: string, day: Date, limit = 30) {
  const rows = await db.unit.findMany({
    where: { AND: [{ searchText: { contains: folded } }, unitScope(actor, "unit.read")] },
    select: { ...unitSummary, parent: { select: { code: true, name: true, type: true } } },
    orderBy: [{ code: "asc" }, { validFrom: "desc" }],
    take: 200,
  });
  // Enum order differs between SQLite (text) and PostgreSQL (declaration order): rank in code.
  const rank = (r: (typeof rows)[number]) => (isValidOn(r, day) ? 0 : 10) + LEVEL_RANK[r.level];
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
    .slice(0, limit)
    .map(({ r }) => ({ ...r, inForce: isValidOn(r, day) }));
}

/** The units of a level directly under a parent, in force on `day` and in the actor's scope, by code. */
export function childUnits(actor: PermissionSubject, parentId: string, level: UnitLevel, day: Date) {
  return db.unit.findMany({
    where: { AND: [{ parentId, level, ...validOn(day) }, unitScope(actor, "unit.read")] },
    select: { id: true, code: true, name: true, parentId: true },
    orderBy: { code: "asc" },
  });
}

/** The communes anywhere under an ancestor's path, in force on `day` and in the actor's scope. */
export function communesUnder(actor: PermissionSubject, ancestorPath: string, day: Date) {
  return db.unit.findMany({
    where: { AND: [{ path: { startsWith: ancestorPath }, level: "COMMUNE", ...validOn(day) }, unitScope(actor, "unit.read")] },
    select: { id: true, code: true, name: true, parentId: true },
    orderBy: { code: "asc" },
  });
}

/** Today's units with the district each belonged to on the day before it was created (lib/units/former-districts.ts). */
export function formerDistricts(unitIds: string[]) {
  return formerDistrictsOf(db, unitIds);
}
