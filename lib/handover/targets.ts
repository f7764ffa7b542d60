// Whether an open item of a closed unit can move to a successor: what the successors already hold (a bloc,
// organisations of the same kinds, a report of the period, a plan of the year; the names of its models, which
// a moved model must not repeat), and the reviewer's reason when it cannot.
import type { Db, Tx } from "../db";
import { unitTitle } from "../units/labels";
import { validOn } from "../units/validity";
import type { UnitRef, WorkItem } from "./open-work";

/** The fields of a unit a hand-over names (`UnitRef`). */
export const unitSelect = { id: true, code: true, name: true, type: true, path: true, parentId: true } as const;

/** What the successors hold that decides whether an item can move there. */
export interface TargetFacts {
  blocs: Set<string>;
  /** "unitId|typeId" of the organisations in force on the date. */
  organisations: Map<string, string>;
  reports: Set<string>;
  plans: Set<string>;
  /** "unitId|year|name" of the successors' models: a moved model of the same name takes its old unit's name after it. */
  models: Set<string>;
  units: Map<string, UnitRef>;
}

export async function targetFacts(db: Db | Tx, unitIds: string[], date: Date): Promise<TargetFacts> {
  const [blocs, organisations, reports, plans, models, units] = await Promise.all([
    db.bloc.findMany({ where: { unitId: { in: unitIds } }, select: { unitId: true } }),
    db.organisation.findMany({ where: { unitId: { in: unitIds }, ...validOn(date) }, select: { id: true, unitId: true, typeId: true } }),
    db.report.findMany({ where: { unitId: { in: unitIds } }, select: { unitId: true, regimeId: true, periodKey: true } }),
    db.supervisionPlan.findMany({ where: { unitId: { in: unitIds } }, select: { unitId: true, year: true } }),
    db.skilfulModel.findMany({ where: { unitId: { in: unitIds }, year: { gte: date.getUTCFullYear() } }, select: { unitId: true, year: true, name: true } }),
    db.unit.findMany({ where: { id: { in: unitIds } }, select: unitSelect }),
  ]);
  return {
    blocs: new Set(blocs.map((b) => b.unitId)),
    organisations: new Map(organisations.map((o) => [`${o.unitId}|${o.typeId}`, o.id])),
    reports: new Set(reports.map((r) => `${r.unitId}|${r.regimeId}|${r.periodKey}`)),
    plans: new Set(plans.map((p) => `${p.unitId}|${p.year}`)),
    models: new Set(models.map((m) => `${m.unitId}|${m.year}|${m.name}`)),
    units: new Map(units.map((u) => [u.id, u])),
  };
}

/** Why `w` cannot move to `to` (null: it can), in words the reviewer can act on. */
export function blockedReason(w: WorkItem, to: UnitRef, facts: TargetFacts): string | null {
  const name = unitTitle(to);
  if (w.item.kind === "BLOC" || w.item.kind === "ROLE_ASSIGNMENT") return null;
  if (w.needsBloc && !facts.blocs.has(to.id)) return `${name} chưa được ghi nhận khối: hãy ghi nhận mô hình khối của đơn vị trước khi bàn giao nhiệm vụ.`;
  if (w.organisationTypes.some((t) => !facts.organisations.has(`${to.id}|${t}`))) return `${name} không có tổ chức cùng loại với tổ chức chủ trì.`;
  if (w.reportKey && facts.reports.has(`${to.id}|${w.reportKey}`))
    return `${name} đã có báo cáo của kỳ này: hai báo cáo không gộp được, hãy xử lý báo cáo này trước.`;
  if (w.planYear !== undefined && facts.plans.has(`${to.id}|${w.planYear}`)) return `${name} đã có kế hoạch giám sát năm ${w.planYear}.`;
  if (w.needsParent && !to.parentId) return `${name} không có cơ quan cấp trên nhận báo cáo.`;
  return null;
}
