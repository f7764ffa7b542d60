// The province overview: each locality valid on the viewing date with its bloc facts, and the headline
// figures of the founding article computed from the records (never typed in).
import "server-only";
import { db } from "../db";
import type { PermissionSubject } from "../auth/permissions";
import { unitScope } from "../auth/scope";
import type { BlocModel, BlocStatus, HeadRule, UnitType } from "../../generated/prisma/sqlite/enums";
import { getProvince } from "../units/queries";
import { validOn } from "../units/validity";
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
    { key: "jointAdvisoryUnitDistricts", label: "Huyện chọn Bộ phận tham mưu, giúp việc chung", numerator: count((r) => r.communeModel === "JOINT_ADVISORY_UNIT"), denominator: n },
    { key: "coordinationUnitDistricts", label: "Huyện chọn Bộ phận phối hợp thống nhất hành động", numerator: count((r) => r.communeModel === "COORDINATION_UNIT"), denominator: n },
    {
      key: "danVanBlocsHeadedByDeputySecretary",
      label: "Huyện khối dân vận do Phó Bí thư Đảng ủy (không kiêm Chủ tịch MTTQ) làm Trưởng khối",
      numerator: danVan.filter((r) => r.headRule === "PARTY_DEPUTY_SECRETARY").length,
      denominator: danVan.length,
    },
  ];
}

export async function provinceOverview(actor: PermissionSubject, day: Date) {
  const province = await getProvince(actor, day);
  if (!province) return null;
  const children = await db.unit.findMany({
    where: { AND: [{ parentId: province.id, ...validOn(day) }, unitScope(actor, "unit.read")] },
    select: {
      id: true, code: true, name: true, type: true, level: true, blocPolicy: true,
      bloc: { select: { model: true, statusChanges: { select: { toStatus: true, effectiveOn: true, createdAt: true } } } },
    },
    orderBy: { code: "asc" },
  });
  const ids = children.map((c) => c.id);
  const [communeCounts, established] = await Promise.all([
    db.unit.groupBy({ by: ["parentId"], where: { parentId: { in: ids }, ...validOn(day) }, _count: { _all: true } }),
    // Candidates: blocs established at some point; which were established on `day` is replayed below.
    db.bloc.findMany({
      where: { statusChanges: { some: { toStatus: "ESTABLISHED" } }, unit: { parentId: { in: ids }, ...validOn(day) } },
      select: { unit: { select: { parentId: true } }, statusChanges: { select: { toStatus: true, effectiveOn: true, createdAt: true } } },
    }),
  ]);
  const communesOf = new Map(communeCounts.map((c) => [c.parentId, c._count._all]));
  const establishedOf = new Map<string, number>();
  for (const b of established) {
    if (statusOn(b.statusChanges, day) === "ESTABLISHED") establishedOf.set(b.unit.parentId!, (establishedOf.get(b.unit.parentId!) ?? 0) + 1);
  }
  const rows: LocalityRow[] = children.map((c) => {
    const district = c.level === "DISTRICT";
    return {
      id: c.id, code: c.code, name: c.name, type: c.type, level: district ? "DISTRICT" : "COMMUNE",
      agencyStatus: district && c.bloc ? statusOn(c.bloc.statusChanges, day) : null,
      communeModel: district ? (c.blocPolicy?.communeModel ?? null) : (c.bloc?.model ?? null),
      headRule: c.blocPolicy?.headRule ?? null,
      headRuleText: c.blocPolicy?.headRuleText ?? null,
      communes: district ? (communesOf.get(c.id) ?? 0) : 1,
      established: district ? (establishedOf.get(c.id) ?? 0) : c.bloc && statusOn(c.bloc.statusChanges, day) === "ESTABLISHED" ? 1 : 0,
    };
  });
  return { province, rows, figures: headlineFigures(rows) };
}
