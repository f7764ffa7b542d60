// A reorganisation's hand-over, write side: checks the items a person confirmed against the open work and the
// successors, moves each (moves.ts, which keeps the rollups exact), records each move (HandOver) and its audit
// event, all in the caller's transaction (reverse.ts puts a move back). Every item write is guarded by the version the hand-over read,
// so an edit racing with it ends as a conflict, never lost.
import type { Tx } from "../db";
import type { HandOverKind } from "../../generated/prisma/sqlite/enums";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { unitScope } from "../auth/scope";
import type { AuditRecord } from "../audit/write";
import { ConflictError, RefusedError } from "../actions/result";
import { addDays, formatDate } from "../time/business-date";
import { unitTitle } from "../units/labels";
import { KIND_LABEL, openWork, type UnitRef } from "./open-work";
import { entityOf, move } from "./moves";
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
