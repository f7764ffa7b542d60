// A reorganisation's hand-over, read side: the units that closed the day before a reorganisation's date,
// their successors from the lineage, and the open work each left behind, with the successor proposed for
// every item and why an item could not move there. The page and `npm run handover` read the same plan
// (docs/decisions/0022-reorganisation-hand-over.md).
import type { Db, Tx } from "../db";
import type { HandOverKind, TaskStatus } from "../../generated/prisma/sqlite/enums";
import { can, type PermissionSubject } from "../auth/permissions";
import { unitScope } from "../auth/scope";
import { CLOSED_TASK } from "../tasks/rules";
import { addDays, formatDate } from "../time/business-date";
import { unitTitle, type UnitType } from "../units/labels";
import { validOn } from "../units/validity";
import { MODEL_LABEL, STATUS_LABEL } from "../blocs/labels";
import { ROLE_LABEL } from "../auth/roles";
import { REPORT_STATUS_LABEL } from "../reports/rules";
import { blockedReason, targetFacts, unitSelect } from "./targets";

export const KIND_LABEL: Record<HandOverKind, string> = {
  TASK: "Nhiệm vụ",
  RECOMMENDATION: "Kiến nghị",
  REPORT: "Báo cáo",
  SUPERVISION_PLAN: "Kế hoạch giám sát, phản biện",
  SUPERVISION_ACTIVITY: "Hoạt động giám sát",
  CRITICISM_CASE: "Phản biện xã hội",
  BLOC: "Khối",
  ROLE_ASSIGNMENT: "Vai trò người dùng",
};
export const KINDS = Object.keys(KIND_LABEL) as HandOverKind[];

/** The ended reason of a role assignment closed by a hand-over. */
export const REORGANISATION = "reorganisation";

/** Open recommendations (awaiting a response) and the statuses of open supervision work. */
const OPEN_ACTIVITY = ["PLANNED", "IN_PROGRESS", "REPORTED"] as const;
const LIVE_BLOC = ["NOT_STARTED", "PROPOSED", "OPERATING_INFORMALLY", "ESTABLISHED", "RESTRUCTURING", "SUSPENDED"] as const;

export interface UnitRef { id: string; code: string; name: string; type: UnitType; path: string; parentId: string | null }

export interface Successor extends UnitRef {
  /** Took the whole of the closed unit (the lineage's `whole`); false for a part, null when no lineage names it. */
  whole: boolean | null;
  /** Kept the closed unit's code: proposed first when the unit was split. */
  keptCode: boolean;
}

export interface OpenItem {
  kind: HandOverKind;
  id: string;
  label: string;
  /** The item's version as read: a hand-over confirmed against it refuses a later edit's version. */
  version: number;
  /** Why the item cannot move to the proposed successor (null: it can). */
  blocked: string | null;
}

export interface ClosedUnit {
  unit: UnitRef;
  /** The unit it sat under on its last day (a 2018 district), for grouping. */
  parentTitle: string | null;
  /** The lineage's resolution, when a lineage names the successors. */
  legalBasis: string | null;
  /** Proposed first: the one that kept the code, then whole absorptions, then by code. */
  successors: Successor[];
  items: OpenItem[];
  /** Items already handed over on this date and not reversed. */
  handed: { id: string; kind: HandOverKind; itemId: string; label: string; toUnitId: string; appliedOn: Date; reversible: boolean }[];
}


/**
 * The units in the actor's hand-over scope that closed on the day before `date` (their last day), with their
 * successors and open work. `codes` narrows to some closed units.
 */
export async function handOverPlan(db: Db | Tx, actor: PermissionSubject, date: Date, { codes }: { codes?: string[] } = {}): Promise<ClosedUnit[]> {
  const closingDay = addDays(date, -1);
  const units = await db.unit.findMany({
    where: { AND: [{ validTo: closingDay }, unitScope(actor, "handover.apply"), codes?.length ? { code: { in: codes } } : {}] },
    select: { ...unitSelect, parent: { select: { name: true, type: true } } },
    orderBy: [{ path: "asc" }],
  });
  if (!units.length) return [];
  const successors = await successorsOf(db, units.map(({ parent: _p, ...u }) => u), date);
  const work = await openWork(db, units.map((u) => u.id), date);
  const targets = await targetFacts(db, [...new Set([...successors.values()].flatMap((line) => line.successors.map((s) => s.id)))], date);
  const handed = await db.handOver.findMany({
    where: { fromUnitId: { in: units.map((u) => u.id) }, effectiveOn: date, reversedOn: null },
    select: { id: true, kind: true, itemId: true, label: true, fromUnitId: true, toUnitId: true, appliedOn: true, versionAfter: true },
    orderBy: [{ appliedOn: "asc" }, { id: "asc" }],
  });
  const reversible = await reversibleIds(db, handed);
  return units.map((unit) => {
    const line = successors.get(unit.id);
    const list = (line?.successors ?? []).filter((s) => can(actor, "handover.apply", { unitPath: s.path }));
    const proposed = list[0] ?? null;
    const { parent, ...ref } = unit;
    return {
      unit: ref,
      parentTitle: parent ? unitTitle(parent) : null,
      legalBasis: line?.legalBasis ?? null,
      successors: list,
      items: (work.get(unit.id) ?? []).map((w) => ({ ...w.item, blocked: proposed ? blockedReason(w, proposed, targets) : "Không có đơn vị kế thừa trong phạm vi của bạn." })),
      handed: handed.filter((h) => h.fromUnitId === unit.id).map(({ fromUnitId: _f, versionAfter: _v, ...h }) => ({ ...h, reversible: reversible.has(h.id) })),
    };
  });
}

/**
 * The successors of each closed unit on `date`: its lineage links that take effect that day, the one that
 * kept the old code first; with no lineage (a district of 2025), the nearest ancestor in force that day.
 */
export async function successorsOf(db: Db | Tx, units: UnitRef[], date: Date): Promise<Map<string, { successors: Successor[]; legalBasis: string | null }>> {
  const links = await db.unitLineage.findMany({
    where: { predecessorId: { in: units.map((u) => u.id) }, effectiveFrom: date },
    select: { predecessorId: true, whole: true, legalBasis: true, successor: { select: unitSelect } },
  });
  const out = new Map<string, { successors: Successor[]; legalBasis: string | null }>();
  const byId = new Map(units.map((u) => [u.id, u]));
  for (const l of links) {
    const closed = byId.get(l.predecessorId)!;
    const line = out.get(closed.id) ?? out.set(closed.id, { successors: [], legalBasis: l.legalBasis }).get(closed.id)!;
    line.successors.push({ ...l.successor, whole: l.whole, keptCode: l.successor.code === closed.code });
  }
  const orphans = units.filter((u) => !out.has(u.id));
  if (orphans.length) {
    const ancestorIds = [...new Set(orphans.flatMap((u) => u.path.split("/").filter(Boolean).slice(0, -1)))];
    const ancestors = await db.unit.findMany({ where: { id: { in: ancestorIds }, ...validOn(date) }, select: unitSelect });
    for (const u of orphans) {
      const nearest = u.path.split("/").filter(Boolean).slice(0, -1).reverse().map((id) => ancestors.find((a) => a.id === id)).find(Boolean);
      if (nearest) out.set(u.id, { successors: [{ ...nearest, whole: null, keptCode: false }], legalBasis: null });
    }
  }
  for (const { successors } of out.values()) successors.sort((a, b) => Number(b.keptCode) - Number(a.keptCode) || Number(b.whole) - Number(a.whole) || a.code.localeCompare(b.code));
  return out;
}

/** What an item needs of its successor: a bloc for a task, organisations of its owners' types, a free period or year. */
export interface WorkItem {
  item: Omit<OpenItem, "blocked">;
  organisationTypes: string[];
  needsBloc: boolean;
  /** A report's regime and period, or a plan's year: the successor must not hold one already. */
  reportKey?: string;
  planYear?: number;
  needsParent?: boolean;
}

/** The open work of the given units on the reorganisation's date, by unit. */
export async function openWork(db: Db | Tx, unitIds: string[], date: Date, only?: { kind: HandOverKind; id: string }[]): Promise<Map<string, WorkItem[]>> {
  const ids = (kind: HandOverKind) => (only ? { id: { in: only.filter((o) => o.kind === kind).map((o) => o.id) } } : {});
  const wants = (kind: HandOverKind) => !only || only.some((o) => o.kind === kind);
  const none = Promise.resolve([]);
  const [tasks, recommendations, reports, plans, activities, cases, blocs, roles] = await Promise.all([
    wants("TASK") ? db.task.findMany({
      where: { unitId: { in: unitIds }, status: { notIn: CLOSED_TASK as TaskStatus[] }, ...ids("TASK") },
      select: { id: true, unitId: true, title: true, dueOn: true, version: true, owner: { select: { typeId: true } }, coOwners: { select: { organisation: { select: { typeId: true } } } } },
      orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    }) : none,
    wants("RECOMMENDATION") ? db.recommendation.findMany({
      where: { unitId: { in: unitIds }, status: "OPEN", ...ids("RECOMMENDATION") },
      select: { id: true, unitId: true, content: true, addressee: true, dueOn: true, version: true }, orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    }) : none,
    wants("REPORT") ? db.report.findMany({
      where: {
        unitId: { in: unitIds }, ...ids("REPORT"),
        OR: [
          // In review at a body that closed with it: the review goes to the successor's body.
          { status: "SUBMITTED", recipient: { validTo: { lt: date } } },
          // A period that ends after the closing day, not yet accepted: the successor finishes it.
          { status: { in: ["DRAFT", "RETURNED"] }, periodEnd: { gte: date } },
        ],
      },
      select: { id: true, unitId: true, periodKey: true, periodEnd: true, status: true, version: true, regimeId: true, regime: { select: { name: true } } },
      orderBy: [{ periodEnd: "asc" }, { id: "asc" }],
    }) : none,
    wants("SUPERVISION_PLAN") ? db.supervisionPlan.findMany({
      where: { unitId: { in: unitIds }, year: { gte: date.getUTCFullYear() }, ...ids("SUPERVISION_PLAN") },
      select: { id: true, unitId: true, year: true, version: true, items: { select: { leadOrganisation: { select: { typeId: true } } } } },
    }) : none,
    wants("SUPERVISION_ACTIVITY") ? db.supervisionActivity.findMany({
      where: { unitId: { in: unitIds }, status: { in: [...OPEN_ACTIVITY] }, ...ids("SUPERVISION_ACTIVITY") },
      select: { id: true, unitId: true, subject: true, startOn: true, version: true }, orderBy: [{ startOn: "asc" }, { id: "asc" }],
    }) : none,
    wants("CRITICISM_CASE") ? db.criticismCase.findMany({
      where: { unitId: { in: unitIds }, status: { not: "CLOSED" }, ...ids("CRITICISM_CASE") },
      select: { id: true, unitId: true, title: true, version: true }, orderBy: [{ receivedOn: "asc" }, { id: "asc" }],
    }) : none,
    wants("BLOC") ? db.bloc.findMany({
      where: { unitId: { in: unitIds }, status: { in: [...LIVE_BLOC] }, ...ids("BLOC") },
      select: { id: true, unitId: true, model: true, status: true, version: true },
    }) : none,
    wants("ROLE_ASSIGNMENT") ? db.roleAssignment.findMany({
      where: { unitId: { in: unitIds }, OR: [{ validTo: null }, { validTo: { gte: date } }], ...ids("ROLE_ASSIGNMENT") },
      select: { id: true, unitId: true, role: true, user: { select: { username: true, displayName: true } } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }) : none,
  ]);
  const out = new Map<string, WorkItem[]>();
  const push = (unitId: string, w: WorkItem) => (out.get(unitId) ?? out.set(unitId, []).get(unitId)!).push(w);
  const plain = { organisationTypes: [], needsBloc: false };
  for (const t of tasks) {
    push(t.unitId, {
      item: { kind: "TASK", id: t.id, label: `${t.title} (hạn ${formatDate(t.dueOn)})`, version: t.version },
      organisationTypes: [t.owner.typeId, ...t.coOwners.map((c) => c.organisation.typeId)], needsBloc: true,
    });
  }
  for (const r of recommendations) push(r.unitId, { item: { kind: "RECOMMENDATION", id: r.id, label: `${short(r.content)} — gửi ${r.addressee}, hạn trả lời ${formatDate(r.dueOn)}`, version: r.version }, ...plain });
  for (const r of reports) {
    const moves = r.status !== "SUBMITTED";
    push(r.unitId, {
      item: { kind: "REPORT", id: r.id, label: `${r.regime.name} kỳ ${r.periodKey} (${REPORT_STATUS_LABEL[r.status].toLowerCase()}${moves ? "" : ": chuyển nơi duyệt"})`, version: r.version },
      ...plain, reportKey: moves ? `${r.regimeId}|${r.periodKey}` : undefined, needsParent: true,
    });
  }
  for (const p of plans) {
    push(p.unitId, {
      item: { kind: "SUPERVISION_PLAN", id: p.id, label: `Kế hoạch giám sát, phản biện năm ${p.year}`, version: p.version },
      organisationTypes: p.items.map((i) => i.leadOrganisation.typeId), needsBloc: false, planYear: p.year,
    });
  }
  for (const a of activities) push(a.unitId, { item: { kind: "SUPERVISION_ACTIVITY", id: a.id, label: `${short(a.subject)} (từ ${formatDate(a.startOn)})`, version: a.version }, ...plain });
  for (const c of cases) push(c.unitId, { item: { kind: "CRITICISM_CASE", id: c.id, label: short(c.title), version: c.version }, ...plain });
  for (const b of blocs) push(b.unitId, { item: { kind: "BLOC", id: b.id, label: `${MODEL_LABEL[b.model]} (${STATUS_LABEL[b.status].toLowerCase()}) → không còn hoạt động do sắp xếp`, version: b.version }, ...plain });
  for (const r of roles) push(r.unitId, { item: { kind: "ROLE_ASSIGNMENT", id: r.id, label: `${r.user.displayName} (${r.user.username}): ${ROLE_LABEL[r.role]}`, version: 0 }, ...plain });
  return out;
}

const short = (text: string) => (text.length > 90 ? `${text.slice(0, 89)}…` : text);

/**
 * The hand-overs that can still be reversed: the item's version is the one the hand-over left (no one of the
 * successor has acted on it since), or for a role assignment, it still ends as the hand-over ended it.
 */
async function reversibleIds(db: Db | Tx, rows: { id: string; kind: HandOverKind; itemId: string; versionAfter: number }[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const kind of KINDS) {
    const of = rows.filter((r) => r.kind === kind);
    if (!of.length) continue;
    const versions = await currentVersions(db, kind, of.map((r) => r.itemId));
    for (const r of of) if (versions.get(r.itemId) === r.versionAfter) out.add(r.id);
  }
  return out;
}

/** The current version of items of one kind (a role assignment: 0 while it ends as a hand-over ended it, else -1). */
export async function currentVersions(db: Db | Tx, kind: HandOverKind, ids: string[]): Promise<Map<string, number>> {
  const where = { id: { in: ids } };
  const select = { id: true, version: true } as const;
  const rows: { id: string; version: number }[] = await (async () => {
    switch (kind) {
      case "TASK": return db.task.findMany({ where, select });
      case "RECOMMENDATION": return db.recommendation.findMany({ where, select });
      case "REPORT": return db.report.findMany({ where, select });
      case "SUPERVISION_PLAN": return db.supervisionPlan.findMany({ where, select });
      case "SUPERVISION_ACTIVITY": return db.supervisionActivity.findMany({ where, select });
      case "CRITICISM_CASE": return db.criticismCase.findMany({ where, select });
      case "BLOC": return db.bloc.findMany({ where, select });
      case "ROLE_ASSIGNMENT":
        return (await db.roleAssignment.findMany({ where, select: { id: true, endedReason: true } })).map((r) => ({ id: r.id, version: r.endedReason === REORGANISATION ? 0 : -1 }));
    }
  })();
  return new Map(rows.map((r) => [r.id, r.version]));
}

/** The reorganisation dates the lineage knows (the successors' first days), oldest first. */
export async function reorganisationDates(db: Db | Tx): Promise<Date[]> {
  const rows = await db.unitLineage.findMany({ distinct: ["effectiveFrom"], select: { effectiveFrom: true }, orderBy: { effectiveFrom: "asc" } });
  return rows.map((r) => r.effectiveFrom);
}
