// What the supervision writes share (plans, activities, recommendations, criticism): the commune a record
// belongs to, due dates from the deadline rules, the refusal with its fields, the link to a plan item.
import type { Loaded } from "../actions/run-action";
import { MESSAGES, RefusedError } from "../actions/result";
import type { Db, Tx } from "../db";
import { dueDateWith } from "../calendar/store";
import type { Prisma } from "../../generated/prisma/sqlite/client";

const INVALID = MESSAGES.invalid;

export type UnitRow = { id: string; name: string; type: string; path: string; parentId: string | null };
export type UnitLoaded = Loaded & { unit: UnitRow };

/** A commune within `scope` (the actor's reach for the action, lib/auth/scope.ts). */
export async function loadCommune(db: Db, unitId: string, entityType: string, scope: Prisma.UnitWhereInput): Promise<UnitLoaded | null> {
  const unit = await db.unit.findFirst({
    where: { AND: [{ id: unitId, level: "COMMUNE" }, scope] },
    select: { id: true, name: true, type: true, path: true, parentId: true },
  });
  return unit ? { entityType, unitId: unit.id, target: { unitPath: unit.path }, unit } : null;
}

export async function due(tx: Tx, code: string, anchor: Date) {
  const d = await dueDateWith(tx, code, anchor);
  if (!d) throw new RefusedError(`Chưa có quy tắc tính hạn “${code}”.`);
  return d;
}

export function refuse(errors: Record<string, string[]>): void {
  if (Object.keys(errors).length) throw new RefusedError(INVALID, errors);
}

/** The plan item must be of this unit's plan; outside the plan a reason is required. */
export async function checkPlanLink(tx: Tx, unitId: string, planItemId: string | null, reason: string | null, errors: Record<string, string[]>) {
  if (planItemId) {
    const item = await tx.supervisionPlanItem.findFirst({ where: { id: planItemId, plan: { unitId } } });
    if (!item) errors.planItemId = ["Nội dung kế hoạch không thuộc kế hoạch của xã này."];
  } else if (!reason) {
    errors.outsidePlanReason = ["Hoạt động ngoài kế hoạch cần nêu lý do."];
  }
}

// ---- Plans -------------------------------------------------------------------------------------------
