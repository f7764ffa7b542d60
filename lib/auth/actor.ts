// The signed-in person as the rest of the portal sees them: the user, the session, and the role
// assignments in force on the business date, each with its unit's path for scope checks.
import type { Db } from "../db";
import type { Role, UnitLevel, UnitType } from "../../generated/prisma/sqlite/enums";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, SESSION_TOUCH_MS } from "./limits";
import type { ActorAssignment, PermissionSubject } from "./permissions";

export interface Assignment extends ActorAssignment {
  id: string;
  unitId: string;
  unitCode: string;
  unitName: string;
  unitType: UnitType;
  unitLevel: UnitLevel;
  organisationName: string | null;
  validTo: Date | null;
}

export interface Actor extends PermissionSubject {
  userId: string;
  username: string;
  displayName: string;
  sessionId: string;
  mustChangePassword: boolean;
  /** The assignments in force on the business date: everything the actor may do. */
  assignments: Assignment[];
  /** Assignments that ended before the business date: their units' history stays readable, nothing more. */
  history: Assignment[];
}

export type ActorProblem = "missing" | "revoked" | "expired" | "disabled";

/**
 * The actor of a session, or why there is none. Refreshes the session's last-seen time (at most once a
 * minute) so that the idle limit slides while the person works.
 */
export async function loadActor(db: Db, sessionId: string, day: Date, now = new Date()): Promise<{ actor: Actor } | { problem: ActorProblem }> {
  // One statement on every request (the session, its user, the assignments in force with their units and
  // organisations): the client's nested include was five, about 0.7 ms of every page (docs/BENCHMARKS.md).
  const rows = await db.$queryRaw<ActorRow[]>`
    SELECT s."createdAt", s."lastSeenAt", s."revokedAt", u."id" AS "userId", u."username", u."displayName", u."status", u."mustChangePassword", u."isDemo",
      a."id" AS "assignmentId", a."role", a."validTo", a."unitId", a."organisationId", n."code" AS "unitCode", n."name" AS "unitName", n."type" AS "unitType",
      n."level" AS "unitLevel", n."path" AS "unitPath", o."name" AS "organisationName"
    FROM "Session" s
    JOIN "User" u ON u."id" = s."userId"
    LEFT JOIN "RoleAssignment" a ON a."userId" = u."id" AND a."validFrom" <= ${day}
    LEFT JOIN "Unit" n ON n."id" = a."unitId"
    LEFT JOIN "Organisation" o ON o."id" = a."organisationId"
    WHERE s."id" = ${sessionId}
    ORDER BY a."createdAt" ASC, a."id" ASC`;
  // Assignments that started on or before the day: in force, or ended (history, read-only). Future ones give nothing yet.
  const session = rows[0];
  if (!session) return { problem: "missing" };
  if (session.revokedAt) return { problem: "revoked" };
  if (session.status !== "ACTIVE") return { problem: "disabled" };
  const age = now.getTime() - session.createdAt.getTime();
  const idle = now.getTime() - session.lastSeenAt.getTime();
  if (age > SESSION_ABSOLUTE_MS || idle > SESSION_IDLE_MS) return { problem: "expired" };
  if (idle > SESSION_TOUCH_MS) await db.session.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  return {
    actor: {
      userId: session.userId,
      username: session.username,
      displayName: session.displayName,
      sessionId,
      mustChangePassword: session.mustChangePassword && !session.isDemo,
      ...splitAssignments(
        rows
          .filter((a) => a.assignmentId !== null)
          .map((a) => ({
            id: a.assignmentId!,
            role: a.role!,
            unitId: a.unitId!,
            unitCode: a.unitCode!,
            unitName: a.unitName!,
            unitType: a.unitType!,
            unitLevel: a.unitLevel!,
            unitPath: a.unitPath!,
            organisationId: a.organisationId,
            organisationName: a.organisationName,
            validTo: a.validTo,
          })),
        day,
      ),
    },
  };
}

/** In force on `day` (validTo null or not before it), and ended, latest first. */
function splitAssignments(all: Assignment[], day: Date): { assignments: Assignment[]; history: Assignment[] } {
  const assignments = all.filter((a) => a.validTo === null || a.validTo >= day);
  const history = all.filter((a) => a.validTo !== null && a.validTo < day).sort((a, b) => b.validTo!.getTime() - a.validTo!.getTime());
  return { assignments, history };
}

type ActorRow = {
  createdAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
  userId: string;
  username: string;
  displayName: string;
  status: string;
  mustChangePassword: boolean;
  isDemo: boolean;
  assignmentId: string | null;
  role: Role | null;
  validTo: Date | null;
  unitId: string | null;
  organisationId: string | null;
  unitCode: string | null;
  unitName: string | null;
  unitType: UnitType | null;
  unitLevel: UnitLevel | null;
  unitPath: string | null;
  organisationName: string | null;
};
