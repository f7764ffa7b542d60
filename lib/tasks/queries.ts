// Reads of tasks, each scoped to the actor (out of scope reads as not found).
import "server-only";
import { db } from "../db";
import type { PermissionSubject } from "../auth/permissions";
import { taskScope } from "../auth/records";
import { addDays } from "../time/business-date";
import { CLOSED_TASK } from "./rules";

/** Tasks not closed, soonest due first, with their owner and how often they were carried over. */
export async function openTasks(actor: PermissionSubject, where: { unitId: string; organisationId?: string }) {
  return db.task.findMany({
    where: {
      unitId: where.unitId,
      ...taskScope(actor, "unit.read"),
      status: { notIn: CLOSED_TASK },
      ...(where.organisationId ? { OR: [{ ownerId: where.organisationId }, { coOwners: { some: { organisationId: where.organisationId } } }] } : {}),
    },
    orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
    include: {
      owner: { select: { id: true, name: true } },
      coOwners: { include: { organisation: { select: { name: true } } } },
      meeting: { select: { id: true, heldOn: true, unitId: true, unit: { select: { name: true, type: true } } } },
    },
  });
}

/** Closed tasks of the last `days` days (what an organisation recently finished). */
export async function recentlyClosedTasks(actor: PermissionSubject, where: { unitId: string; organisationId?: string }, day: Date, days = 30) {
  return db.task.findMany({
    where: {
      unitId: where.unitId,
      ...taskScope(actor, "unit.read"),
      status: { in: CLOSED_TASK },
      closedOn: { gte: addDays(day, -days) },
      ...(where.organisationId ? { ownerId: where.organisationId } : {}),
    },
    orderBy: { closedOn: "desc" },
    take: 20,
    include: { owner: { select: { name: true } } },
  });
}
