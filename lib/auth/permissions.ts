// Who may do what, as a typed table, and the one pure check every page, action and export uses.
// Unknown means deny: an action a role does not list is refused, and a new role fails to compile until
// it is given its row.
import type { Role } from "../../generated/prisma/sqlite/enums";

/**
 * How far a role reaches with an action:
 * - "subtree": the target's unit is the assignment's unit or below it (materialised path prefix);
 * - "unit": the target's unit is exactly the assignment's unit (not below it);
 * - "organisation": the target belongs to the assignment's organisation in the assignment's unit;
 * - "global": anywhere: administration, and reading one's own notifications (their record scope is the
 *   person, lib/auth/records.ts, so "anywhere" is one inbox).
 */
export type Reach = "subtree" | "unit" | "organisation" | "global";

export const ACTIONS = [
  "unit.read",
  "user.read",
  "user.manage",
  /** Record and change a bloc's model, status and establishing decision (district staff). */
  "bloc.manage",
  /** Keep a bloc's people and member organisations current. */
  "bloc.people",
  /** Log, edit, hold, approve, reopen, postpone and cancel a bloc's meetings and assign their tasks. */
  "meeting.manage",
  /** Report progress on a task (its owner organisation's officer, or the bloc head). */
  "task.progress",
  /** Write a member organisation's contribution to the week's giao ban (its officer, lib/contributions). */
  "contribution.write",
  /** Verify, reopen, cancel, transfer a task or move its deadline (the bloc head). */
  "task.manage",
  /** Keep the portal's reference rules: the working-day calendar, deadline rules, reporting regimes. */
  "reference.manage",
  /** Write and submit the periodic reports of one's own unit. */
  "report.write",
  /** Review (return, accept, unlock) the reports sent to one's own unit. */
  "report.review",
  /** Keep a commune's supervision and criticism: plans, activities, recommendations and their responses. */
  "supervision.manage",
  /** Follow up recommendations: notes and escalation to a higher body (the bloc head, district staff). */
  "supervision.follow",
  /** Hand a closed unit's open work over to its successors after a reorganisation, and reverse it (lib/handover). */
  "handover.apply",
  /** Read the audit trail (/admin/audit): everything for the administrator, the events of their units for a reviewer. */
  "audit.read",
  /** Set where a body's register starts and void a number issued by mistake (the body's own staff, the administrator). */
  "register.manage",
  /** Record that one account holds both posts of a body's sign-off, and revoke it (the reviewing body, the administrator). */
  "signoff.manage",
  /** Read one's own notifications and mark them read: every role, on the person's own inbox only (lib/auth/records.ts). */
  "notification.read",
  /**
   * See citizens' names, phone and identity numbers and exact addresses in full (lib/privacy): those working
   * the record (its commune's head and officers, its reviewer); other readers see them masked.
   */
  "citizen.full",
  /**
   * Keep citizens' data only as long as allowed and answer a person's request about it (lib/privacy): set the
   * retention periods, run the anonymisation, find, export, correct or anonymise what names a person. The administrator.
   */
  "privacy.manage",
  /** Register a "Dân vận khéo" model and its evidence: the commune's bloc head, an officer for their own organisation. */
  "model.register",
  /** Score a "Dân vận khéo" model against its year's criteria, return it for more evidence, accept it or not: the reviewer. */
  "model.evaluate",
  /**
   * Recognise an accepted "Dân vận khéo" model by a numbered decision: at commune level the commune's bloc
   * head (for its Front committee), at province level the province's reviewer (lib/skilful-models).
   */
  "model.recognise",
] as const;
export type Action = (typeof ACTIONS)[number];

export const PERMISSIONS = {
  // Reads and exports only: reviewing reports is the reviewer's (decision 0020), whatever unit it serves.
  OVERVIEW: { "unit.read": "subtree", "notification.read": "global" },
  REVIEWER: {
    "unit.read": "subtree",
    "bloc.manage": "subtree",
    "bloc.people": "subtree",
    // The agency's own giao ban and its tasks (a district's Cơ quan khối, the province's body: decision 0035).
    "meeting.manage": "unit",
    "task.progress": "unit",
    "task.manage": "unit",
    "report.write": "unit",
    "report.review": "unit",
    "supervision.follow": "subtree",
    "handover.apply": "subtree",
    "audit.read": "subtree",
    "register.manage": "unit",
    "signoff.manage": "subtree",
    "notification.read": "global",
    "citizen.full": "subtree",
    "model.evaluate": "subtree",
    "model.recognise": "subtree",
  },
  BLOC_HEAD: {
    "unit.read": "subtree",
    "bloc.people": "subtree",
    "meeting.manage": "subtree",
    "task.progress": "subtree",
    "task.manage": "subtree",
    "report.write": "unit",
    "supervision.manage": "subtree",
    "supervision.follow": "subtree",
    "register.manage": "unit",
    "notification.read": "global",
    "citizen.full": "subtree",
    "model.register": "subtree",
    "model.recognise": "subtree",
  },
  ORG_OFFICER: {
    "unit.read": "subtree",
    "task.progress": "organisation",
    "contribution.write": "organisation",
    "notification.read": "global",
    "citizen.full": "unit",
    "model.register": "organisation",
  },
  ADMIN: {
    "unit.read": "global",
    "user.read": "global",
    "user.manage": "global",
    "reference.manage": "global",
    "handover.apply": "global",
    "audit.read": "global",
    "register.manage": "global",
    "signoff.manage": "global",
    "notification.read": "global",
    "privacy.manage": "global",
  },
} as const satisfies Record<Role, Partial<Record<Action, Reach>>>;

export interface ActorAssignment {
  role: Role;
  unitPath: string;
  organisationId: string | null;
}

export interface PermissionSubject {
  assignments: readonly ActorAssignment[];
  /** Assignments that have ended: they keep only the read-only actions on their units (HISTORY_ACTIONS). */
  history?: readonly ActorAssignment[];
}

/** What an ended assignment still allows: reading the history of its unit (a district's staff after 30/6/2025). */
export const HISTORY_ACTIONS: readonly Action[] = ["unit.read", "notification.read"];

/** The assignments that may grant `action`: those in force, and for a read-only action the ended ones too. */
export function grantingAssignments(actor: PermissionSubject, action: Action): readonly ActorAssignment[] {
  return actor.history?.length && HISTORY_ACTIONS.includes(action) ? [...actor.assignments, ...actor.history] : actor.assignments;
}

/** Where a target sits: its unit's materialised path and, for organisation records, the organisation. */
export interface Target {
  unitPath: string;
  organisationId?: string | null;
}

export function reachOf(role: Role, action: Action): Reach | undefined {
  return (PERMISSIONS[role] as Partial<Record<Action, Reach>>)[action];
}

function reaches(assignment: ActorAssignment, reach: Reach, target: Target | undefined): boolean {
  switch (reach) {
    case "global":
      return true;
    case "subtree":
      return target !== undefined && target.unitPath.startsWith(assignment.unitPath);
    case "unit":
      return target !== undefined && target.unitPath === assignment.unitPath;
    case "organisation":
      return (
        target !== undefined &&
        target.unitPath === assignment.unitPath &&
        assignment.organisationId !== null &&
        target.organisationId === assignment.organisationId
      );
  }
}

/** True only when one of the actor's current assignments grants `action` on `target`. */
export function can(actor: PermissionSubject | null | undefined, action: Action, target?: Target): boolean {
  if (!actor) return false;
  return grantingAssignments(actor, action).some((a) => {
    const reach = reachOf(a.role, action);
    return reach !== undefined && reaches(a, reach, target);
  });
}

/** The organisation the actor is an officer of at the unit (their "own" organisation), or null. */
export function officerOrganisation(actor: PermissionSubject, unitPath: string): string | null {
  return actor.assignments.find((a) => a.role === "ORG_OFFICER" && a.unitPath === unitPath && a.organisationId)?.organisationId ?? null;
}
