// A reorganisation's hand-over undone: puts a handed-over item back on its closed unit while no one of the
// successor has acted on it (its version is still the one the hand-over left), in the caller's transaction.
import { updateAtVersion } from "../actions/versioned";
import type { Tx } from "../db";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import type { AuditRecord } from "../audit/write";
import { RefusedError } from "../actions/result";
import { applyTaskRollup } from "../tasks/rollups";
import { applyActivityRollup, applyRecommendationRollup } from "../supervision/rollups";
import { applyReportChange } from "../rollups/area";
import { formatDate } from "../time/business-date";
import { REORGANISATION } from "./open-work";
import { entityOf, type Fields } from "./moves";

export const NOT_REVERSIBLE = "Không hoàn tác được: đơn vị nhận đã xử lý mục này sau khi nhận bàn giao.";

/** Puts a handed-over item back on its closed unit, while its version is still the one the hand-over left. */
export async function reverseHandOver(tx: Tx, actor: Actor, handOverId: string, reversedOn: Date): Promise<AuditRecord> {
  const h = await tx.handOver.findUnique({
    where: { id: handOverId },
    include: { fromUnit: { select: { path: true, code: true } }, toUnit: { select: { path: true, code: true } } },
  });
  if (!h || !can(actor, "handover.apply", { unitPath: h.fromUnit.path }) || !can(actor, "handover.apply", { unitPath: h.toUnit.path })) {
    throw new RefusedError("Không tìm thấy lần bàn giao này, hoặc bạn không có quyền với nó.");
  }
  if (h.reversedOn) throw new RefusedError("Lần bàn giao này đã được hoàn tác.");
  const { before, after } = JSON.parse(h.changes) as { before: Fields; after: Fields };
  const id = h.itemId;
  const version = h.versionAfter;
  const notReversible = () => new RefusedError(NOT_REVERSIBLE);
  const refuse = (count: number) => {
    if (count !== 1) throw notReversible();
  };
  switch (h.kind) {
    case "TASK": {
      const t = await tx.task.findUniqueOrThrow({ where: { id }, select: { status: true, dueOn: true, assignedOn: true } });
      await updateAtVersion(
        tx.task,
        { id, version },
        { unitId: before.unitId as string, blocId: before.blocId as string, ownerId: before.ownerId as string },
        notReversible,
      );
      const was = before.coOwners as string[];
      const now = after.coOwners as string[];
      for (let i = 0; i < was.length; i++)
        await tx.taskCoOwner.update({ where: { taskId_organisationId: { taskId: id, organisationId: now[i] } }, data: { organisationId: was[i] } });
      await applyTaskRollup(tx, { unitId: after.unitId as string, ...t }, { unitId: before.unitId as string, ...t });
      break;
    }
    case "RECOMMENDATION": {
      const r = await tx.recommendation.findUniqueOrThrow({ where: { id }, select: { sentOn: true, dueOn: true, status: true, respondedOn: true } });
      await updateAtVersion(tx.recommendation, { id, version }, { unitId: before.unitId as string }, notReversible);
      await applyRecommendationRollup(tx, { ...r, unitId: after.unitId as string }, { ...r, unitId: before.unitId as string });
      break;
    }
    case "REPORT": {
      const r = await tx.report.findUniqueOrThrow({ where: { id }, select: { regimeId: true, periodKey: true, firstSubmittedOn: true, dueOn: true } });
      await updateAtVersion(
        tx.report,
        { id, version },
        { ...(after.unitId ? { unitId: before.unitId as string } : {}), recipientId: before.recipientId as string },
        notReversible,
      );
      if (after.unitId && r.firstSubmittedOn) {
        const onTime = r.firstSubmittedOn <= r.dueOn ? 1 : 0;
        await applyReportChange(tx, { unitId: after.unitId as string, regimeId: r.regimeId, periodKey: r.periodKey, submitted: -1, onTime: -onTime });
        await applyReportChange(tx, { unitId: before.unitId as string, regimeId: r.regimeId, periodKey: r.periodKey, submitted: 1, onTime });
      }
      break;
    }
    case "SUPERVISION_PLAN": {
      await updateAtVersion(tx.supervisionPlan, { id, version }, { unitId: before.unitId as string }, notReversible);
      for (const [itemId, was] of Object.entries(before.leads as Record<string, string>))
        await tx.supervisionPlanItem.update({ where: { id: itemId }, data: { leadOrganisationId: was } });
      break;
    }
    case "SUPERVISION_ACTIVITY": {
      const a = await tx.supervisionActivity.findUniqueOrThrow({ where: { id }, select: { form: true, startOn: true, status: true } });
      await updateAtVersion(tx.supervisionActivity, { id, version }, { unitId: before.unitId as string }, notReversible);
      await applyActivityRollup(tx, { ...a, unitId: after.unitId as string }, { ...a, unitId: before.unitId as string });
      break;
    }
    case "CRITICISM_CASE":
      await updateAtVersion(tx.criticismCase, { id, version }, { unitId: before.unitId as string }, notReversible);
      break;
    case "BLOC": {
      const status = before.status as "ESTABLISHED";
      await updateAtVersion(
        tx.bloc,
        { id, version },
        { status, statusSince: before.statusSince ? new Date(before.statusSince as string) : null },
        notReversible,
      );
      await tx.blocStatusChange.create({
        data: {
          blocId: id,
          fromStatus: "SUPERSEDED",
          toStatus: status,
          effectiveOn: h.effectiveOn,
          reason: "Hoàn tác bàn giao do sắp xếp đơn vị.",
          createdById: actor.userId,
        },
      });
      break;
    }
    case "MODEL":
      await updateAtVersion(
        tx.skilfulModel,
        { id, version },
        { unitId: before.unitId as string, organisationId: (before.organisationId as string | null) ?? null, name: before.name as string },
        notReversible,
      );
      break;
    case "ROLE_ASSIGNMENT":
      refuse(
        (
          await tx.roleAssignment.updateMany({
            where: { id, endedReason: REORGANISATION },
            data: { validTo: before.validTo ? new Date(before.validTo as string) : null, endedReason: (before.endedReason as string | null) ?? null },
          })
        ).count,
      );
      break;
  }
  await tx.handOver.update({ where: { id: h.id }, data: { reversedOn, reversedById: actor.userId } });
  return {
    action: "handover.reverse",
    entityType: entityOf(h.kind),
    entityId: id,
    unitId: h.fromUnitId,
    before: { unit: h.toUnit.code, ...after },
    after: { unit: h.fromUnit.code, handOverId: h.id, ...before },
    reason: `Hoàn tác bàn giao ngày ${formatDate(h.appliedOn)}`,
  };
}
