// One scoped read per record kind (docs/ARCHITECTURE.md, "Scope"): the where-clause under which a record of
// that kind exists for an actor and an action. A page reads with "unit.read", an action's load with the
// action's permission (the pipeline hands it over), so a record out of reach is "not found" to both, by the
// same clause. What a where-clause cannot say (an organisation-bound reach) the pipeline's `can` then checks
// on the loaded record.
import type { Prisma } from "../../generated/prisma/sqlite/client";
import { can, type Action, type PermissionSubject } from "./permissions";
import { unitScope } from "./scope";

type Actor = PermissionSubject | null | undefined;

/** A record that belongs to one unit and is read and written there: a meeting, a task, a supervision plan, a recommendation. */
export function unitRecordScope(actor: Actor, action: Action) {
  return { unit: unitScope(actor, action) };
}

export const meetingScope = (actor: Actor, action: Action): Prisma.MeetingWhereInput => unitRecordScope(actor, action);
export const taskScope = (actor: Actor, action: Action): Prisma.TaskWhereInput => unitRecordScope(actor, action);
export const recommendationScope = (actor: Actor, action: Action): Prisma.RecommendationWhereInput => unitRecordScope(actor, action);

/**
 * A report is its writer's and its recipient's: read by either side, written by its unit, reviewed by the
 * unit it is sent to.
 */
export function reportScope(actor: Actor, action: Action): Prisma.ReportWhereInput {
  if (action === "unit.read") return { OR: [{ unit: unitScope(actor, "unit.read") }, { recipient: unitScope(actor, "report.review") }] };
  if (action === "report.review") return { recipient: unitScope(actor, action) };
  return { unit: unitScope(actor, action) };
}

/**
 * A supervision activity or a criticism case is read by whoever reads its unit and by whoever reads the unit
 * of one of its recommendations (a successor that received it in a reorganisation's hand-over sees the
 * record it answers to); it is written only in its own unit.
 */
export function activityScope(actor: Actor, action: Action): Prisma.SupervisionActivityWhereInput {
  const scope = unitScope(actor, action);
  return action === "unit.read" ? { OR: [{ unit: scope }, { recommendations: { some: { unit: scope } } }] } : { unit: scope };
}

export function criticismScope(actor: Actor, action: Action): Prisma.CriticismCaseWhereInput {
  const scope = unitScope(actor, action);
  return action === "unit.read" ? { OR: [{ unit: scope }, { recommendations: { some: { unit: scope } } }] } : { unit: scope };
}

/**
 * A record that belongs to no unit (an account, a user import): it exists only for an actor whose reach for
 * `action` is global (the administrator).
 */
export function globalRecordScope(actor: Actor, action: Action): { id?: { in: string[] } } {
  return can(actor, action) ? {} : { id: { in: [] } };
}

/**
 * A record that is one person's own (a notification): it exists only for that person, and only while a
 * role of theirs grants `action` (every role grants reading one's own notifications).
 */
export function ownRecordScope(actor: (PermissionSubject & { userId: string }) | null | undefined, action: Action): { userId: string } {
  return { userId: actor && can(actor, action) ? actor.userId : "" };
}
