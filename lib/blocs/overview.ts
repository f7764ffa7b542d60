// The province overview: each locality valid on the viewing date with its bloc facts, and the headline
// figures of the founding article computed from the records (never typed in).
import "server-only";
import { Prisma } from "../../generated/prisma/sqlite/client";
import { db } from "../db";
import type { PermissionSubject } from "../auth/permissions";
import { unitScope } from "../auth/scope";
import type { BlocModel, BlocStatus, HeadRule, UnitType } from "../../generated/prisma/sqlite/enums";
import { getProvince } from "../units/queries";
import { validOn, validOnSql } from "../units/validity";
import { statusOn } from "./status-on";

export interface LocalityRow {
  id: string;
  code: string;
  name: string;
  type: UnitType;
  level: "DISTRICT" | "COMMUNE";
  agencyStatus: BlocStatus | null;
  communeModel: BlocModel | null;
  headRule: HeadRule | null;
  headRuleText: string | null;
  communes: number;
  established: number;
}

export interface Figure {
  key: string;
  label: string;
  numerator: number;
  denominator: number;
}

export function headlineFigures(rows: LocalityRow[]): Figure[] {
  const districts = rows.filter((r) => r.level === "DISTRICT");
  if (!districts.length) return [];
  const n = districts.length;
  const count = (f: (r: LocalityRow) => boolean) => districts.filter(f).length;
  const danVan = districts.filter((r) => r.communeModel === "DAN_VAN_BLOC");
  return [
    { key: "districtBlocAgencies", label: "Huyện có Cơ quan khối (44-QĐ/TU)", numerator: count((r) => r.agencyStatus === "ESTABLISHED"), denominator: n },
    { key: "danVanBlocDistricts", label: "Huyện chọn mô hình Khối dân vận cấp xã", numerator: count((r) => r.communeModel === "DAN_VAN_BLOC"), denominator: n },
    {
      key: "jointAdvisoryUnitDistricts",
      label: "Huyện chọn Bộ phận tham mưu, giúp việc chung",
      numerator: count((r) => r.communeModel === "JOINT_ADVISORY_UNIT"),
      denominator: n,
    },
    {
      key: "coordinationUnitDistricts",
      label: "Huyện chọn Bộ phận phối hợp thống nhất hành động",
      numerator: count((r) => r.communeModel === "COORDINATION_UNIT"),
      denominator: n,
    },
    {
      key: "danVanBlocsHeadedByDeputySecretary",
      label: "Huyện khối dân vận do Phó Bí thư Đảng ủy (không kiêm Chủ tịch MTTQ) làm Trưởng khối",
      numerator: danVan.filter((r) => r.headRule === "PARTY_DEPUTY_SECRETARY").length,
      denominator: danVan.length,
    },
  ];
}

/** Today's province: the registry of its communes in figures (each out of the units in force). */
export function registryFigures(rows: { model: BlocModel | null; status: BlocStatus; headMismatch: unknown }[]): Figure[] {
  const n = rows.length;
  if (!n) return [];
  const count = (f: (r: (typeof rows)[number]) => boolean) => rows.filter(f).length;
  return [
    { key: "modelRecorded", label: "Đơn vị đã ghi nhận mô hình khối", numerator: count((r) => r.model !== null), denominator: n },
    { key: "established", label: "Đơn vị đã thành lập khối (có quyết định)", numerator: count((r) => r.status === "ESTABLISHED"), denominator: n },
    { key: "danVanBloc", label: "Mô hình Khối dân vận", numerator: count((r) => r.model === "DAN_VAN_BLOC"), denominator: n },
    {
      key: "jointAdvisoryUnit",
      label: "Mô hình Bộ phận tham mưu, giúp việc chung",
      numerator: count((r) => r.model === "JOINT_ADVISORY_UNIT"),
      denominator: n,
    },
    {
      key: "coordinationUnit",
      label: "Mô hình Bộ phận phối hợp thống nhất hành động",
      numerator: count((r) => r.model === "COORDINATION_UNIT"),
      denominator: n,
    },
    { key: "headMismatch", label: "Trưởng khối không đúng quy định của mô hình", numerator: count((r) => r.headMismatch !== null), denominator: n },
  ];
}

type ChangeRow = { unitId: string; toStatus: BlocStatus | null; effectiveOn: Date | null; createdAt: Date | null };

/** Each unit's dated status changes (none for a unit without a bloc or without changes). */
function changesByUnit<R extends ChangeRow>(rows: R[]) {
  const out = new Map<string, { first: R; changes: { toStatus: BlocStatus; effectiveOn: Date | null; createdAt: Date }[] }>();
  for (const r of rows) {
    const entry = out.get(r.unitId) ?? out.set(r.unitId, { first: r, changes: [] }).get(r.unitId)!;
    if (r.toStatus !== null) entry.changes.push({ toStatus: r.toStatus, effectiveOn: r.effectiveOn, createdAt: r.createdAt! });
  }
  return out;
}

/**
 * The province in force on `day` and whether districts stand between it and its communes (2018) or not (the
 * two-level government from 1/7/2025): the province page reads the district overview only for the former.
 */
export async function provinceStructure(actor: PermissionSubject, day: Date) {
  const province = await getProvince(actor, day);
  if (!province) return null;
  const districts = await db.unit.count({ where: { parentId: province.id, level: "DISTRICT", ...validOn(day) } });
  return { province, twoLevel: districts === 0 };
}

export async function provinceOverview(actor: PermissionSubject, day: Date) {
  const province = await getProvince(actor, day);
  if (!province) return null;
  const children = await db.unit.findMany({
    where: { AND: [{ parentId: province.id, ...validOn(day) }, unitScope(actor, "unit.read")] },
    select: { id: true, code: true, name: true, type: true, level: true },
    orderBy: { code: "asc" },
  });
  if (!children.length) return { province, rows: [], figures: headlineFigures([]) };
  const ids = Prisma.join(children.map((c) => c.id));
  // The localities' own bloc facts, and their communes with theirs: two statements (the client's nested
  // reads were eight), one row per status change, replayed on `day` below.
  const facts = changesByUnit(
    await db.$queryRaw<(ChangeRow & { model: BlocModel | null; communeModel: BlocModel | null; headRule: HeadRule | null; headRuleText: string | null })[]>`
    SELECT u."id" AS "unitId", b."model", c."toStatus", c."effectiveOn", c."createdAt", p."communeModel", p."headRule", p."headRuleText"
    FROM "Unit" u
    LEFT JOIN "Bloc" b ON b."unitId" = u."id"
    LEFT JOIN "BlocStatusChange" c ON c."blocId" = b."id"
    LEFT JOIN "DistrictBlocPolicy" p ON p."unitId" = u."id"
    WHERE u."id" IN (${ids})`,
  );
  const communes = changesByUnit(
    await db.$queryRaw<(ChangeRow & { parentId: string })[]>`
    SELECT u."parentId", u."id" AS "unitId", c."toStatus", c."effectiveOn", c."createdAt"
    FROM "Unit" u
    LEFT JOIN "Bloc" b ON b."unitId" = u."id"
    LEFT JOIN "BlocStatusChange" c ON c."blocId" = b."id"
    WHERE u."parentId" IN (${ids}) AND ${validOnSql("u", day)}`,
  );
  const communesOf = new Map<string, number>();
  const establishedOf = new Map<string, number>();
  for (const { first, changes } of communes.values()) {
    communesOf.set(first.parentId, (communesOf.get(first.parentId) ?? 0) + 1);
    if (statusOn(changes, day) === "ESTABLISHED") establishedOf.set(first.parentId, (establishedOf.get(first.parentId) ?? 0) + 1);
  }
  const rows: LocalityRow[] = children.map((c) => {
    const district = c.level === "DISTRICT";
    const { first, changes } = facts.get(c.id)!;
    const hasBloc = first.model !== null;
    return {
      id: c.id,
      code: c.code,
      name: c.name,
      type: c.type,
      level: district ? "DISTRICT" : "COMMUNE",
      agencyStatus: district && hasBloc ? statusOn(changes, day) : null,
      communeModel: district ? first.communeModel : first.model,
      headRule: first.headRule,
      headRuleText: first.headRuleText,
      communes: district ? (communesOf.get(c.id) ?? 0) : 1,
      established: district ? (establishedOf.get(c.id) ?? 0) : hasBloc && statusOn(changes, day) === "ESTABLISHED" ? 1 : 0,
    };
  });
  return { province, rows, figures: headlineFigures(rows) };
}
