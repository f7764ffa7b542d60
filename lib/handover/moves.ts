// A reorganisation's hand-over, one item's move: the write of each kind to its successor (the unit, the
// organisations of the same kinds, the bloc, the rollups), guarded by the version the hand-over read, and
// what it changed, which the HandOver row keeps so reverse.ts can put it back.
import { updateAtVersion } from "../actions/versioned";
import type { Tx } from "../db";
import type { HandOverKind } from "../../generated/prisma/sqlite/enums";
import type { Actor } from "../auth/actor";
import { ConflictError } from "../actions/result";
import { applyTaskRollup } from "../tasks/rollups";
import { applyActivityRollup, applyRecommendationRollup } from "../supervision/rollups";
import { applyReportChange } from "../rollups/area";
import { unitTitle } from "../units/labels";
import { REORGANISATION, type UnitRef } from "./open-work";
import type { targetFacts } from "./targets";

export type Fields = Record<string, unknown>;
export interface Moved {
  before: Fields;
  after: Fields;
  versionAfter: number;
}

/** The audit trail's entity type of an item of each kind: the one its own actions write, so its history and search follow the move. */
export const entityOf = (kind: HandOverKind) =>
  ({
    TASK: "Task",
    RECOMMENDATION: "Recommendation",
    REPORT: "Report",
    SUPERVISION_PLAN: "SupervisionPlan",
    SUPERVISION_ACTIVITY: "SupervisionActivity",
    CRITICISM_CASE: "CriticismCase",
    BLOC: "Bloc",
    ROLE_ASSIGNMENT: "RoleAssignment",
    MODEL: "SkilfulModel",
  })[kind];

/** An update guarded by what was read (a role has no version): nothing matched means someone changed it meanwhile. */
function guarded(count: number) {
  if (count !== 1) throw new ConflictError();
}

export interface MoveContext {
  date: Date;
  closingDay: Date;
  actor: Actor;
  bloc: string | null;
  facts: Awaited<ReturnType<typeof targetFacts>>;
}

export async function move(tx: Tx, kind: HandOverKind, id: string, version: number, from: UnitRef, to: UnitRef, c: MoveContext): Promise<Moved> {
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
    case "MODEL": {
      const m = await tx.skilfulModel.findUniqueOrThrow({
        where: { id },
        select: { unitId: true, organisationId: true, year: true, name: true, organisation: { select: { typeId: true } } },
      });
      // Two merged communes may have registered the same name: the moved one takes its old unit's name after it.
      const name = c.facts.models.has(`${to.id}|${m.year}|${m.name}`) ? `${m.name} (${from.name})` : m.name;
      c.facts.models.add(`${to.id}|${m.year}|${name}`);
      const organisationId = m.organisation ? org(m.organisation.typeId) : null;
      await updateAtVersion(tx.skilfulModel, { id, version }, { unitId: to.id, organisationId, name });
      return {
        before: { unitId: m.unitId, organisationId: m.organisationId, name: m.name },
        after: { unitId: to.id, organisationId, name },
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
