// A reorganisation's hand-over, read side: the open work a closed unit left behind, item by item, with the
// version each was read at (plan.ts builds the plan of the page and of `npm run handover` from it).
import type { Db, Tx } from "../db";
import type { HandOverKind, TaskStatus } from "../../generated/prisma/sqlite/enums";
import { CLOSED_TASK } from "../tasks/rules";
import { formatDate } from "../time/business-date";
import type { UnitType } from "../units/labels";
import { MODEL_LABEL, STATUS_LABEL } from "../blocs/labels";
import { ROLE_LABEL } from "../auth/roles";
import { REPORT_STATUS_LABEL } from "../reports/rules";
import { MODEL_STATUS_LABEL } from "../skilful-models/rules";

export const KIND_LABEL: Record<HandOverKind, string> = {
  TASK: "Nhiệm vụ",
  RECOMMENDATION: "Kiến nghị",
  REPORT: "Báo cáo",
  SUPERVISION_PLAN: "Kế hoạch giám sát, phản biện",
  SUPERVISION_ACTIVITY: "Hoạt động giám sát",
  CRITICISM_CASE: "Phản biện xã hội",
  BLOC: "Khối",
  ROLE_ASSIGNMENT: "Vai trò người dùng",
  MODEL: "Mô hình Dân vận khéo",
};
export const KINDS = Object.keys(KIND_LABEL) as HandOverKind[];

/** The ended reason of a role assignment closed by a hand-over. */
export const REORGANISATION = "reorganisation";

/** Open recommendations (awaiting a response) and the statuses of open supervision work. */
const OPEN_ACTIVITY = ["PLANNED", "IN_PROGRESS", "REPORTED"] as const;
const LIVE_BLOC = ["NOT_STARTED", "PROPOSED", "OPERATING_INFORMALLY", "ESTABLISHED", "RESTRUCTURING", "SUSPENDED"] as const;

export interface UnitRef {
  id: string;
  code: string;
  name: string;
  type: UnitType;
  path: string;
  parentId: string | null;
}

/** What an item needs of its successor: a bloc for a task, organisations of its owners' types, a free period or year. */
export interface OpenItem {
  kind: HandOverKind;
  id: string;
  label: string;
  /** The item's version as read: a hand-over confirmed against it refuses a later edit's version. */
  version: number;
  /** Why the item cannot move to the proposed successor (null: it can). */
  blocked: string | null;
}

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
  const [tasks, recommendations, reports, plans, activities, cases, blocs, roles, models] = await Promise.all([
    wants("TASK")
      ? db.task.findMany({
          where: { unitId: { in: unitIds }, status: { notIn: CLOSED_TASK as TaskStatus[] }, ...ids("TASK") },
          select: {
            id: true,
            unitId: true,
            title: true,
            dueOn: true,
            version: true,
            owner: { select: { typeId: true } },
            coOwners: { select: { organisation: { select: { typeId: true } } } },
          },
          orderBy: [{ dueOn: "asc" }, { id: "asc" }],
        })
      : none,
    wants("RECOMMENDATION")
      ? db.recommendation.findMany({
          where: { unitId: { in: unitIds }, status: "OPEN", ...ids("RECOMMENDATION") },
          select: { id: true, unitId: true, content: true, addressee: true, dueOn: true, version: true },
          orderBy: [{ dueOn: "asc" }, { id: "asc" }],
        })
      : none,
    wants("REPORT")
      ? db.report.findMany({
          where: {
            unitId: { in: unitIds },
            ...ids("REPORT"),
            OR: [
              // In review at a body that closed with it: the review goes to the successor's body.
              { status: "SUBMITTED", recipient: { validTo: { lt: date } } },
              // A period that ends after the closing day, not yet accepted: the successor finishes it.
              { status: { in: ["DRAFT", "RETURNED"] }, periodEnd: { gte: date } },
            ],
          },
          select: { id: true, unitId: true, periodKey: true, periodEnd: true, status: true, version: true, regimeId: true, regime: { select: { name: true } } },
          orderBy: [{ periodEnd: "asc" }, { id: "asc" }],
        })
      : none,
    wants("SUPERVISION_PLAN")
      ? db.supervisionPlan.findMany({
          where: { unitId: { in: unitIds }, year: { gte: date.getUTCFullYear() }, ...ids("SUPERVISION_PLAN") },
          select: { id: true, unitId: true, year: true, version: true, items: { select: { leadOrganisation: { select: { typeId: true } } } } },
        })
      : none,
    wants("SUPERVISION_ACTIVITY")
      ? db.supervisionActivity.findMany({
          where: { unitId: { in: unitIds }, status: { in: [...OPEN_ACTIVITY] }, ...ids("SUPERVISION_ACTIVITY") },
          select: { id: true, unitId: true, subject: true, startOn: true, version: true },
          orderBy: [{ startOn: "asc" }, { id: "asc" }],
        })
      : none,
    wants("CRITICISM_CASE")
      ? db.criticismCase.findMany({
          where: { unitId: { in: unitIds }, status: { not: "CLOSED" }, ...ids("CRITICISM_CASE") },
          select: { id: true, unitId: true, title: true, version: true },
          orderBy: [{ receivedOn: "asc" }, { id: "asc" }],
        })
      : none,
    wants("BLOC")
      ? db.bloc.findMany({
          where: { unitId: { in: unitIds }, status: { in: [...LIVE_BLOC] }, ...ids("BLOC") },
          select: { id: true, unitId: true, model: true, status: true, version: true },
        })
      : none,
    wants("ROLE_ASSIGNMENT")
      ? db.roleAssignment.findMany({
          where: { unitId: { in: unitIds }, OR: [{ validTo: null }, { validTo: { gte: date } }], ...ids("ROLE_ASSIGNMENT") },
          select: { id: true, unitId: true, role: true, user: { select: { username: true, displayName: true } } },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        })
      : none,
    // A model runs through its year: the reorganisation's year and later ones follow the unit; earlier years stay its history.
    wants("MODEL")
      ? db.skilfulModel.findMany({
          where: { unitId: { in: unitIds }, year: { gte: date.getUTCFullYear() }, ...ids("MODEL") },
          select: { id: true, unitId: true, year: true, name: true, status: true, version: true, organisation: { select: { typeId: true } } },
          orderBy: [{ year: "asc" }, { name: "asc" }],
        })
      : none,
  ]);
  const out = new Map<string, WorkItem[]>();
  const push = (unitId: string, w: WorkItem) => (out.get(unitId) ?? out.set(unitId, []).get(unitId)!).push(w);
  const plain = { organisationTypes: [], needsBloc: false };
  for (const t of tasks) {
    push(t.unitId, {
      item: { kind: "TASK", id: t.id, label: `${t.title} (hạn ${formatDate(t.dueOn)})`, version: t.version },
      organisationTypes: [t.owner.typeId, ...t.coOwners.map((c) => c.organisation.typeId)],
      needsBloc: true,
    });
  }
  for (const r of recommendations)
    push(r.unitId, {
      item: { kind: "RECOMMENDATION", id: r.id, label: `${short(r.content)} — gửi ${r.addressee}, hạn trả lời ${formatDate(r.dueOn)}`, version: r.version },
      ...plain,
    });
  for (const r of reports) {
    const moves = r.status !== "SUBMITTED";
    push(r.unitId, {
      item: {
        kind: "REPORT",
        id: r.id,
        label: `${r.regime.name} kỳ ${r.periodKey} (${REPORT_STATUS_LABEL[r.status].toLowerCase()}${moves ? "" : ": chuyển nơi duyệt"})`,
        version: r.version,
      },
      ...plain,
      reportKey: moves ? `${r.regimeId}|${r.periodKey}` : undefined,
      needsParent: true,
    });
  }
  for (const p of plans) {
    push(p.unitId, {
      item: { kind: "SUPERVISION_PLAN", id: p.id, label: `Kế hoạch giám sát, phản biện năm ${p.year}`, version: p.version },
      organisationTypes: p.items.map((i) => i.leadOrganisation.typeId),
      needsBloc: false,
      planYear: p.year,
    });
  }
  for (const a of activities)
    push(a.unitId, {
      item: { kind: "SUPERVISION_ACTIVITY", id: a.id, label: `${short(a.subject)} (từ ${formatDate(a.startOn)})`, version: a.version },
      ...plain,
    });
  for (const c of cases) push(c.unitId, { item: { kind: "CRITICISM_CASE", id: c.id, label: short(c.title), version: c.version }, ...plain });
  for (const b of blocs)
    push(b.unitId, {
      item: {
        kind: "BLOC",
        id: b.id,
        label: `${MODEL_LABEL[b.model]} (${STATUS_LABEL[b.status].toLowerCase()}) → không còn hoạt động do sắp xếp`,
        version: b.version,
      },
      ...plain,
    });
  for (const r of roles)
    push(r.unitId, {
      item: { kind: "ROLE_ASSIGNMENT", id: r.id, label: `${r.user.displayName} (${r.user.username}): ${ROLE_LABEL[r.role]}`, version: 0 },
      ...plain,
    });
  for (const m of models)
    push(m.unitId, {
      item: { kind: "MODEL", id: m.id, label: `“${short(m.name)}” năm ${m.year} (${MODEL_STATUS_LABEL[m.status].toLowerCase()})`, version: m.version },
      organisationTypes: m.organisation ? [m.organisation.typeId] : [],
      needsBloc: false,
    });
  return out;
}

const short = (text: string) => (text.length > 90 ? `${text.slice(0, 89)}…` : text);

/**
 * The hand-overs that can still be reversed: the item's version is the one the hand-over left (no one of the
 * successor has acted on it since), or for a role assignment, it still ends as the hand-over ended it.
 */
export async function reversibleIds(db: Db | Tx, rows: { id: string; kind: HandOverKind; itemId: string; versionAfter: number }[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const kind of KINDS) {
    const of = rows.filter((r) => r.kind === kind);
    if (!of.length) continue;
    const versions = await currentVersions(
      db,
      kind,
      of.map((r) => r.itemId),
    );
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
      case "TASK":
        return db.task.findMany({ where, select });
      case "RECOMMENDATION":
        return db.recommendation.findMany({ where, select });
      case "REPORT":
        return db.report.findMany({ where, select });
      case "SUPERVISION_PLAN":
        return db.supervisionPlan.findMany({ where, select });
      case "SUPERVISION_ACTIVITY":
        return db.supervisionActivity.findMany({ where, select });
      case "CRITICISM_CASE":
        return db.criticismCase.findMany({ where, select });
      case "BLOC":
        return db.bloc.findMany({ where, select });
      case "MODEL":
        return db.skilfulModel.findMany({ where, select });
      case "ROLE_ASSIGNMENT":
        return (await db.roleAssignment.findMany({ where, select: { id: true, endedReason: true } })).map((r) => ({
          id: r.id,
          version: r.endedReason === REORGANISATION ? 0 : -1,
        }));
    }
  })();
  return new Map(rows.map((r) => [r.id, r.version]));
}

/** The reorganisation dates the lineage knows (the successors' first days), oldest first. */
export async function reorganisationDates(db: Db | Tx): Promise<Date[]> {
  const rows = await db.unitLineage.findMany({ distinct: ["effectiveFrom"], select: { effectiveFrom: true }, orderBy: { effectiveFrom: "asc" } });
  return rows.map((r) => r.effectiveFrom);
}
