// A reorganisation's hand-over, write side: moves the items a person confirmed to the successors they chose,
// records each move (HandOver) and its audit event, and keeps the rollups exact, all in the caller's
// transaction (reverse.ts puts a move back). Every item write is guarded by the version the hand-over read,
// so an edit racing with it ends as a conflict, never lost.
import { updateAtVersion } from "../actions/versioned";
import type { Tx } from "../db";
import type { HandOverKind } from "../../generated/prisma/sqlite/enums";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { unitScope } from "../auth/scope";
import type { AuditRecord } from "../audit/write";
import { ConflictError, RefusedError } from "../actions/result";
import { applyTaskRollup } from "../tasks/rollups";
import { applyActivityRollup, applyRecommendationRollup } from "../supervision/rollups";
import { applyReportChange } from "../rollups/area";
import { addDays, formatDate } from "../time/business-date";
import { unitTitle } from "../units/labels";
import { KIND_LABEL, openWork, REORGANISATION, type UnitRef } from "./open-work";
import { successorsOf } from "./plan";
import { blockedReason, targetFacts } from "./targets";
import { notify } from "../notifications/notify";
import { workHandedOver } from "../notifications/events";

export interface Choice {
  kind: HandOverKind;
  itemId: string;
  toUnitId: string;
  /** The version the person saw; absent when the command line confirms the whole plan as read in the same transaction. */
  version?: number;
}

export type Fields = Record<string, unknown>;
interface Moved {
  before: Fields;
  after: Fields;
  versionAfter: number;
}

export const NOT_OPEN = "không còn là việc đang mở của một đơn vị đã kết thúc hoạt động (có thể vừa được bàn giao).";

/**
 * Hands the chosen items over on the reorganisation `date` (the successors' first day). Refuses the whole
 * selection, with the item named, when one is no longer open work of a closed unit in the actor's scope, its
 * successor is not one of the unit's successors in scope, or it cannot move there; a version other than the
 * one the person saw is a conflict.
 */
export async function applyHandOvers(tx: Tx, actor: Actor, date: Date, appliedOn: Date, choices: Choice[]): Promise<AuditRecord[]> {
  if (!choices.length) return [];
  const closingDay = addDays(date, -1);
  const closed = await tx.unit.findMany({
    where: { AND: [{ validTo: closingDay }, unitScope(actor, "handover.apply")] },
    select: { id: true, code: true, name: true, type: true, path: true, parentId: true },
  });
  const work = await openWork(
    tx,
    closed.map((u) => u.id),
    date,
    choices.map((c) => ({ kind: c.kind, id: c.itemId })),
  );
  const found = new Map<string, { unit: UnitRef; w: NonNullable<ReturnType<typeof work.get>>[number] }>();
  for (const unit of closed) for (const w of work.get(unit.id) ?? []) found.set(`${w.item.kind}|${w.item.id}`, { unit, w });
  const successors = await successorsOf(
    tx,
    closed.filter((u) => work.has(u.id)),
    date,
  );
  const facts = await targetFacts(tx, [...new Set(choices.map((c) => c.toUnitId))], date);
  const blocs = new Map(
    (await tx.bloc.findMany({ where: { unitId: { in: [...facts.units.keys()] } }, select: { id: true, unitId: true } })).map((b) => [b.unitId, b.id]),
  );
  const audit: AuditRecord[] = [];
  const received = new Map<string, { from: UnitRef; to: UnitRef; count: number; first: string }>();
  for (const choice of choices) {
    const hit = found.get(`${choice.kind}|${choice.itemId}`);
    if (!hit) throw new RefusedError(`${KIND_LABEL[choice.kind]} đã chọn ${NOT_OPEN}`);
    const { unit, w } = hit;
    const to = (successors.get(unit.id)?.successors ?? []).find((s) => s.id === choice.toUnitId);
    if (!to || !can(actor, "handover.apply", { unitPath: to.path })) {
      throw new RefusedError(`“${w.item.label}”: đơn vị nhận không phải là đơn vị kế thừa của ${unitTitle(unit)} trong phạm vi của bạn.`);
    }
    const why = blockedReason(w, to, facts);
    if (why) throw new RefusedError(`“${w.item.label}”: ${why}`);
    if (choice.version !== undefined && choice.version !== w.item.version) throw new ConflictError();
    const moved = await move(tx, choice.kind, choice.itemId, w.item.version, unit, to, { date, closingDay, actor, bloc: blocs.get(to.id) ?? null, facts });
    // What the next item of the same selection must see: the successor now holds this period or year.
    if (choice.kind === "REPORT" && moved.after.unitId) facts.reports.add(`${to.id}|${moved.before.regimeId}|${moved.before.periodKey}`);
    if (choice.kind === "SUPERVISION_PLAN") facts.plans.add(`${to.id}|${moved.before.year}`);
    const row = await tx.handOver.create({
      data: {
        kind: choice.kind,
        itemId: choice.itemId,
        label: w.item.label,
        fromUnitId: unit.id,
        toUnitId: to.id,
        effectiveOn: date,
        appliedOn,
        appliedById: actor.userId,
        changes: JSON.stringify({ before: moved.before, after: moved.after }),
        versionAfter: moved.versionAfter,
      },
      select: { id: true },
    });
    audit.push({
      action: "handover.apply",
      entityType: entityOf(choice.kind),
      entityId: choice.itemId,
      unitId: to.id,
      before: { unit: unit.code, ...moved.before },
      after: { unit: to.code, handOverId: row.id, ...moved.after },
      reason: `Bàn giao do sắp xếp đơn vị từ ${formatDate(date)}: ${unitTitle(unit)} → ${unitTitle(to)}`,
    });
    const pair =
      received.get(`${unit.id}|${to.id}`) ?? received.set(`${unit.id}|${to.id}`, { from: unit, to, count: 0, first: row.id }).get(`${unit.id}|${to.id}`)!;
    pair.count++;
  }
  // The successor is told once per hand-over run and closed unit, with how many items it received.
  const levels = new Map(
    (await tx.unit.findMany({ where: { id: { in: [...new Set([...received.values()].map((r) => r.to.id))] } }, select: { id: true, level: true } })).map(
      (u) => [u.id, u.level],
    ),
  );
  await notify(
    tx,
    [...received.values()].map((r) => workHandedOver({ ...r.to, level: levels.get(r.to.id)! }, unitTitle(r.from), r.count, r.first)),
  );
  return audit;
}

/** The audit trail's entity type of an item of each kind. */
export const entityOf = (kind: HandOverKind) =>
  ({
    TASK: "task",
    RECOMMENDATION: "recommendation",
    REPORT: "report",
    SUPERVISION_PLAN: "supervisionPlan",
    SUPERVISION_ACTIVITY: "supervisionActivity",
    CRITICISM_CASE: "criticismCase",
    BLOC: "bloc",
    ROLE_ASSIGNMENT: "roleAssignment",
  })[kind];

/** An update guarded by what was read (a role has no version): nothing matched means someone changed it meanwhile. */
function guarded(count: number) {
  if (count !== 1) throw new ConflictError();
}

interface MoveContext {
  date: Date;
  closingDay: Date;
  actor: Actor;
  bloc: string | null;
  facts: Awaited<ReturnType<typeof targetFacts>>;
}

async function move(tx: Tx, kind: HandOverKind, id: string, version: number, from: UnitRef, to: UnitRef, c: MoveContext): Promise<Moved> {
  const org = (typeId: string) => c.facts.organisations.get(`${to.id}|${typeId}`)!;
  switch (kind) {
    case "TASK": {
      const t = await tx.task.findUniqueOrThrow({
        where: { id },
        select: {
          unitId: true,
          blocId: true,
          ownerId: true,
          status: true,
          dueOn: true,
          assignedOn: true,
          owner: { select: { typeId: true } },
          coOwners: { select: { organisationId: true, organisation: { select: { typeId: true } } } },
        },
      });
      const coOwners = t.coOwners.map((o) => [o.organisationId, org(o.organisation.typeId)] as const);
      await updateAtVersion(tx.task, { id, version }, { unitId: to.id, blocId: c.bloc!, ownerId: org(t.owner.typeId) });
      for (const [was, now] of coOwners)
        await tx.taskCoOwner.update({ where: { taskId_organisationId: { taskId: id, organisationId: was } }, data: { organisationId: now } });
      const facts = { dueOn: t.dueOn, assignedOn: t.assignedOn, status: t.status };
      await applyTaskRollup(tx, { unitId: t.unitId, ...facts }, { unitId: to.id, ...facts });
      return {
        before: { unitId: t.unitId, blocId: t.blocId, ownerId: t.ownerId, coOwners: coOwners.map(([was]) => was) },
        after: { unitId: to.id, blocId: c.bloc, ownerId: org(t.owner.typeId), coOwners: coOwners.map(([, now]) => now) },
        versionAfter: version + 1,
      };
    }
    case "RECOMMENDATION": {
      const r = await tx.recommendation.findUniqueOrThrow({
        where: { id },
        select: { unitId: true, sentOn: true, dueOn: true, status: true, respondedOn: true },
      });
      await updateAtVersion(tx.recommendation, { id, version }, { unitId: to.id });
      await applyRecommendationRollup(tx, r, { ...r, unitId: to.id });
      return { before: { unitId: r.unitId }, after: { unitId: to.id }, versionAfter: version + 1 };
    }
    case "REPORT": {
      const r = await tx.report.findUniqueOrThrow({
        where: { id },
        select: { unitId: true, recipientId: true, status: true, regimeId: true, periodKey: true, firstSubmittedOn: true, dueOn: true },
      });
      const recipient = to.parentId!;
      if (r.status === "SUBMITTED") {
        // The review moves to the successor's body; the report stays the closed unit's, of its own period.
        await updateAtVersion(tx.report, { id, version }, { recipientId: recipient });
        return {
          before: { recipientId: r.recipientId, regimeId: r.regimeId, periodKey: r.periodKey },
          after: { recipientId: recipient },
          versionAfter: version + 1,
        };
      }
      await updateAtVersion(tx.report, { id, version }, { unitId: to.id, recipientId: recipient });
      if (r.firstSubmittedOn) {
        const onTime = r.firstSubmittedOn <= r.dueOn ? 1 : 0;
        await applyReportChange(tx, { unitId: r.unitId, regimeId: r.regimeId, periodKey: r.periodKey, submitted: -1, onTime: -onTime });
        await applyReportChange(tx, { unitId: to.id, regimeId: r.regimeId, periodKey: r.periodKey, submitted: 1, onTime });
      }
      return {
        before: { unitId: r.unitId, recipientId: r.recipientId, regimeId: r.regimeId, periodKey: r.periodKey },
        after: { unitId: to.id, recipientId: recipient },
        versionAfter: version + 1,
      };
    }
    case "SUPERVISION_PLAN": {
      const p = await tx.supervisionPlan.findUniqueOrThrow({
        where: { id },
        select: { unitId: true, year: true, items: { select: { id: true, leadOrganisationId: true, leadOrganisation: { select: { typeId: true } } } } },
      });
      await updateAtVersion(tx.supervisionPlan, { id, version }, { unitId: to.id });
      const leads = p.items.map((i) => [i.id, i.leadOrganisationId, org(i.leadOrganisation.typeId)] as const);
      for (const [itemId, , now] of leads) await tx.supervisionPlanItem.update({ where: { id: itemId }, data: { leadOrganisationId: now } });
      return {
        before: { unitId: p.unitId, year: p.year, leads: Object.fromEntries(leads.map(([i, was]) => [i, was])) },
        after: { unitId: to.id, leads: Object.fromEntries(leads.map(([i, , now]) => [i, now])) },
        versionAfter: version + 1,
      };
    }
    case "SUPERVISION_ACTIVITY": {
      const a = await tx.supervisionActivity.findUniqueOrThrow({ where: { id }, select: { unitId: true, form: true, startOn: true, status: true } });
      await updateAtVersion(tx.supervisionActivity, { id, version }, { unitId: to.id });
      await applyActivityRollup(tx, a, { ...a, unitId: to.id });
      return { before: { unitId: a.unitId }, after: { unitId: to.id }, versionAfter: version + 1 };
    }
    case "CRITICISM_CASE": {
      const k = await tx.criticismCase.findUniqueOrThrow({ where: { id }, select: { unitId: true } });
      await updateAtVersion(tx.criticismCase, { id, version }, { unitId: to.id });
      return { before: { unitId: k.unitId }, after: { unitId: to.id }, versionAfter: version + 1 };
    }
    case "BLOC": {
      const b = await tx.bloc.findUniqueOrThrow({ where: { id }, select: { status: true, statusSince: true } });
      await updateAtVersion(tx.bloc, { id, version }, { status: "SUPERSEDED", statusSince: c.date });
      await tx.blocStatusChange.create({
        data: {
          blocId: id,
          fromStatus: b.status,
          toStatus: "SUPERSEDED",
          effectiveOn: c.date,
          reason: `Sắp xếp đơn vị hành chính: ${unitTitle(from)} kết thúc hoạt động, công việc chuyển về ${unitTitle(to)}.`,
          createdById: c.actor.userId,
        },
      });
      return {
        before: { status: b.status, statusSince: b.statusSince?.toISOString() ?? null },
        after: { status: "SUPERSEDED", statusSince: c.date.toISOString() },
        versionAfter: version + 1,
      };
    }
    case "ROLE_ASSIGNMENT": {
      const a = await tx.roleAssignment.findUniqueOrThrow({ where: { id }, select: { validTo: true, endedReason: true, role: true } });
      guarded(
        (
          await tx.roleAssignment.updateMany({
            where: { id, validTo: a.validTo, endedReason: a.endedReason },
            data: { validTo: c.closingDay, endedReason: REORGANISATION },
          })
        ).count,
      );
      // The successor's role is proposed (the hand-over's row names it), never granted here.
      return {
        before: { validTo: a.validTo?.toISOString() ?? null, endedReason: a.endedReason },
        after: { validTo: c.closingDay.toISOString(), endedReason: REORGANISATION, proposedRole: a.role, proposedUnitId: to.id },
        versionAfter: 0,
      };
    }
  }
}
