// Reads of supervision and social criticism, each scoped to the actor. Overviews read the rollups kept by
// the writes (open recommendations by due date; activities, sent, answered by month); lists read rows.
import "server-only";
import { percent } from "../percent";
import { documentNumber } from "../registers/queries";
import { db } from "../db";
import { recommendationsShownTo } from "./present";
import { countsByParent } from "../child-counts";
import type { PermissionSubject } from "../auth/permissions";
import { unitScope } from "../auth/scope";
import { activityScope, criticismScope } from "../auth/records";
import { can } from "../auth/permissions";
import { handOversOf, type HandOverFact } from "../handover/queries";
import { higherBodyOf } from "./rules";
import type { UnitType } from "../units/labels";
import { RECORD_ID } from "../validation";
import { validOn } from "../units/validity";

export interface SupervisionFigures {
  open: number;
  overdue: number;
  sent: number;
  answered: number;
  answeredOnTime: number;
  /** Answered / sent, one decimal; null when nothing was sent. */
  responseRate: number | null;
  byForm: { documents: number; delegation: number; communityBoard: number; joint: number };
}

const empty = (): SupervisionFigures => ({
  open: 0,
  overdue: 0,
  sent: 0,
  answered: 0,
  answeredOnTime: 0,
  responseRate: null,
  byForm: { documents: 0, delegation: 0, communityBoard: 0, joint: 0 },
});

export function sumFigures(list: SupervisionFigures[]): SupervisionFigures {
  const out = empty();
  for (const f of list) {
    out.open += f.open;
    out.overdue += f.overdue;
    out.sent += f.sent;
    out.answered += f.answered;
    out.answeredOnTime += f.answeredOnTime;
    for (const k of Object.keys(out.byForm) as (keyof SupervisionFigures["byForm"])[]) out.byForm[k] += f.byForm[k];
  }
  out.responseRate = percent(out.answered, out.sent);
  return out;
}

/**
 * Figures per unit (communes) from the rollups: open and overdue recommendations as of `day`; activities,
 * sent, answered and answered on time over the months from `from` to `day`.
 */
export async function supervisionFigures(unitIds: string[], day: Date, from: Date): Promise<Map<string, SupervisionFigures>> {
  const [due, overdue, months] = await Promise.all([
    db.recommendationDueRollup.groupBy({ by: ["unitId"], where: { unitId: { in: unitIds }, open: { gt: 0 } }, _sum: { open: true } }),
    db.recommendationDueRollup.groupBy({ by: ["unitId"], where: { unitId: { in: unitIds }, open: { gt: 0 }, dueOn: { lt: day } }, _sum: { open: true } }),
    db.supervisionMonthRollup.groupBy({
      by: ["unitId"],
      where: { unitId: { in: unitIds }, month: { gte: new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1)), lte: day } },
      _sum: { documents: true, delegation: true, communityBoard: true, joint: true, sent: true, answered: true, answeredOnTime: true },
    }),
  ]);
  const out = new Map(unitIds.map((id) => [id, empty()]));
  for (const r of due) out.get(r.unitId)!.open = r._sum.open ?? 0;
  for (const r of overdue) out.get(r.unitId)!.overdue = r._sum.open ?? 0;
  for (const r of months) {
    const f = out.get(r.unitId)!;
    f.sent = r._sum.sent ?? 0;
    f.answered = r._sum.answered ?? 0;
    f.answeredOnTime = r._sum.answeredOnTime ?? 0;
    f.byForm = { documents: r._sum.documents ?? 0, delegation: r._sum.delegation ?? 0, communityBoard: r._sum.communityBoard ?? 0, joint: r._sum.joint ?? 0 };
    f.responseRate = percent(f.answered, f.sent);
  }
  return out;
}

/** Recommendations waiting past their due date under `ancestorPath`, oldest due first (a list to act on). */
export async function overdueRecommendations(actor: PermissionSubject, ancestorPath: string, day: Date, take = 50) {
  // The units first, then their open recommendations by unit: filtered through the unit relation, the
  // database walked every overdue recommendation of the country in due-date order (50 ms at national scale).
  // Units in force on the day: a closed unit's open work is handed over to its successors, not listed here.
  const units = await db.unit.findMany({
    where: { AND: [{ path: { startsWith: ancestorPath }, ...validOn(day) }, unitScope(actor, "unit.read")] },
    select: { id: true },
  });
  if (!units.length) return [];
  const recs = await db.recommendation.findMany({
    where: { status: "OPEN", dueOn: { lt: day }, unitId: { in: units.map((u) => u.id) } },
    include: {
      unit: { select: { code: true, name: true, path: true } },
      activity: { select: { id: true, subject: true } },
      criticismCase: { select: { id: true, title: true } },
    },
    orderBy: { dueOn: "asc" },
    take,
  });
  return recommendationsShownTo(actor, recs);
}

/** Recommendations the communes under `ancestorPath` escalated to a higher body since `since`, latest first. */
export async function escalatedRecommendations(actor: PermissionSubject, ancestorPath: string, since: Date, take = 20) {
  const units = await db.unit.findMany({
    where: { AND: [{ path: { startsWith: ancestorPath }, OR: [{ validTo: null }, { validTo: { gte: since } }] }, unitScope(actor, "unit.read")] },
    select: { id: true },
  });
  if (!units.length) return [];
  const recs = await db.recommendation.findMany({
    where: { status: "ESCALATED", escalatedOn: { gte: since }, unitId: { in: units.map((u) => u.id) } },
    include: {
      unit: { select: { code: true, name: true, path: true } },
      activity: { select: { id: true, subject: true } },
      criticismCase: { select: { id: true, title: true } },
    },
    orderBy: { escalatedOn: "desc" },
    take,
  });
  return recommendationsShownTo(actor, recs);
}

/** A commune's supervision for a year: the plan, activities, criticism cases and open recommendations. */
export async function communeSupervision(actor: PermissionSubject, unitId: string, year: number) {
  const unit = await db.unit.findFirst({ where: { AND: [{ id: unitId }, unitScope(actor, "unit.read")] }, select: { id: true, type: true, name: true } });
  if (!unit) return null;
  const from = new Date(Date.UTC(year, 0, 1));
  const to = new Date(Date.UTC(year + 1, 0, 1));
  const [plan, activityRows, cases, open] = await Promise.all([
    db.supervisionPlan.findUnique({
      where: { unitId_year: { unitId, year } },
      include: { items: { orderBy: { sortOrder: "asc" }, include: { leadOrganisation: { select: { name: true } } } } },
    }),
    db.supervisionActivity.findMany({ where: { unitId, startOn: { gte: from, lt: to } }, orderBy: { startOn: "desc" } }),
    db.criticismCase.findMany({ where: { unitId, receivedOn: { gte: from, lt: to } }, orderBy: { receivedOn: "desc" } }),
    db.recommendation.findMany({
      where: { unitId, status: "OPEN" },
      orderBy: { dueOn: "asc" },
      take: 100,
      include: { activity: { select: { id: true, subject: true } }, criticismCase: { select: { id: true, title: true } } },
    }),
  ]);
  // Open recommendations per activity (lib/child-counts.ts says why not `_count`).
  const openOf = await countsByParent(
    activityRows.map((a) => a.id),
    (batch) => db.recommendation.groupBy({ by: ["activityId"], where: { activityId: { in: batch }, status: "OPEN" }, _count: { _all: true } }),
    (r) => r.activityId,
  );
  const activities = activityRows.map((a) => ({ ...a, _count: { recommendations: openOf.get(a.id) ?? 0 } }));
  // The plan's own number, issued by the Front committee when its approval was recorded.
  const planNumber = plan ? await documentNumber("SupervisionPlan", plan.id, { unit, kind: "FRONT_COMMITTEE" }) : null;
  return { plan, planNumber, activities, cases, open };
}

/** The year of a commune's plan (a register's link names the plan). */
export async function planYearOf(unitId: string, planId: string): Promise<number | null> {
  return (await db.supervisionPlan.findFirst({ where: { id: planId, unitId }, select: { year: true } }))?.year ?? null;
}

const DETAIL_UNIT = {
  select: { id: true, code: true, name: true, type: true, path: true, parent: { select: { code: true, name: true, type: true } } },
} as const;
const RECOMMENDATIONS = {
  orderBy: { sentOn: "asc" },
  include: { unit: DETAIL_UNIT, notes: { orderBy: { notedOn: "asc" } }, tasks: { select: { id: true, title: true, status: true, dueOn: true } } },
} as const;

function ownRecommendations<T extends { unit: { path: string }; recommendations: { unit: { path: string } }[] }>(
  actor: PermissionSubject,
  record: T | null,
): T | null {
  if (!record || can(actor, "unit.read", { unitPath: record.unit.path })) return record;
  return { ...record, recommendations: record.recommendations.filter((r) => can(actor, "unit.read", { unitPath: r.unit.path })) };
}

export async function activityDetail(actor: PermissionSubject, id: string) {
  if (!RECORD_ID.test(id)) return null;
  return ownRecommendations(
    actor,
    await db.supervisionActivity.findFirst({
      where: { id, ...activityScope(actor, "unit.read") },
      include: {
        unit: DETAIL_UNIT,
        planItem: { select: { id: true, subject: true, content: true, plan: { select: { year: true } } } },
        members: { include: { person: { select: { id: true, fullName: true } } }, orderBy: { id: "asc" } },
        recommendations: RECOMMENDATIONS,
      },
    }),
  );
}
export type ActivityDetail = NonNullable<Awaited<ReturnType<typeof activityDetail>>>;

export async function criticismDetail(actor: PermissionSubject, id: string) {
  if (!RECORD_ID.test(id)) return null;
  const kase = await ownRecommendations(
    actor,
    await db.criticismCase.findFirst({
      where: { id, ...criticismScope(actor, "unit.read") },
      include: { unit: DETAIL_UNIT, planItem: { select: { id: true, subject: true } }, recommendations: RECOMMENDATIONS },
    }),
  );
  return kase && { ...kase, number: await documentNumber("CriticismCase", kase.id, { unit: kase.unit, kind: "FRONT_COMMITTEE" }) };
}

/** What the forms choose from: the plan's items of the year, the commune's people and organisations. */
export async function supervisionChoices(unitId: string, parentId: string | null, year: number, day: Date) {
  const [items, people, organisations] = await Promise.all([
    db.supervisionPlanItem.findMany({
      where: { plan: { unitId, year } },
      orderBy: { sortOrder: "asc" },
      select: { id: true, kind: true, subject: true, content: true },
    }),
    db.person.findMany({
      where: { unitId: { in: [unitId, ...(parentId ? [parentId] : [])] } },
      orderBy: { fullName: "asc" },
      select: { id: true, fullName: true },
      take: 500,
    }),
    db.organisation.findMany({
      where: { unitId, validFrom: { lte: day }, OR: [{ validTo: null }, { validTo: { gte: day } }] },
      orderBy: { type: { sortOrder: "asc" } },
      select: { id: true, name: true },
    }),
  ]);
  return { items, people, organisations };
}

export interface RecommendationRights {
  manage: boolean;
  follow: boolean;
  /** The commune whose task list a recommendation's tasks are on. */
  communeCode: string;
  /** Who an escalation goes to by default: the Front of the unit above the recommendation's unit. */
  higherBody: string;
  /** The organisations a task made of it may be given to (the recommendation's unit's, on the day). */
  organisations: { value: string; label: string }[];
  /** A reorganisation's hand-over of it, and which side of it the viewer stands on. */
  handOver: { fact: HandOverFact; side: "handed" | "received" } | null;
}

/**
 * What the viewer may do with each recommendation of an activity or a criticism case, by the recommendation's own
 * unit: after a hand-over it follows its successor's rules while the record it answers to stays where it was.
 */
export async function recommendationRights(
  actor: PermissionSubject,
  record: { unit: { id: string; path: string } },
  recs: { id: string; unit: { id: string; code: string; path: string; parent: { type: UnitType; name: string } | null } }[],
  day: Date,
): Promise<Map<string, RecommendationRights>> {
  const unitIds = [...new Set(recs.map((r) => r.unit.id))];
  const [organisations, handed] = await Promise.all([
    db.organisation.findMany({
      where: { unitId: { in: unitIds }, validFrom: { lte: day }, OR: [{ validTo: null }, { validTo: { gte: day } }] },
      orderBy: { type: { sortOrder: "asc" } },
      select: { id: true, name: true, unitId: true },
    }),
    handOversOf(
      "RECOMMENDATION",
      recs.filter((r) => r.unit.id !== record.unit.id).map((r) => r.id),
    ),
  ]);
  const readsRecord = can(actor, "unit.read", { unitPath: record.unit.path });
  return new Map(
    recs.map((r) => {
      const fact = handed.get(r.id);
      return [
        r.id,
        {
          manage: can(actor, "supervision.manage", { unitPath: r.unit.path }),
          follow: can(actor, "supervision.follow", { unitPath: r.unit.path }),
          communeCode: r.unit.code,
          higherBody: higherBodyOf(r.unit.parent),
          organisations: organisations.filter((o) => o.unitId === r.unit.id).map((o) => ({ value: o.id, label: o.name })),
          handOver: fact ? { fact, side: readsRecord ? "handed" : "received" } : null,
        },
      ];
    }),
  );
}
