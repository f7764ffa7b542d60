// The signed-in person as the rest of the portal sees them: the user, the session, and the role
// assignments in force on the business date, each with its unit's path for scope checks.
import type { Db } from "../db";
import type { Role, UnitLevel, UnitType } from "../../generated/prisma/sqlite/enums";
import { validOn } from "../units/validity";
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
}

export interface Actor extends PermissionSubject {
  userId: string;
  username: string;
  displayName: string;
  sessionId: string;
  mustChangePassword: boolean;
  assignments: Assignment[];
}

export type ActorProblem = "missing" | "revoked" | "expired" | "disabled";

/**
 * The actor of a session, or why there is none. Refreshes the session's last-seen time (at most once a
 * minute) so that the idle limit slides while the person works.
 */
export async function loadActor(db: Db, sessionId: string, day: Date, now = new Date()): Promise<{ actor: Actor } | { problem: ActorProblem }> {
  const session = await db.session.findUnique({
    where: { id: sessionId },
    include: {
      user: {
        include: {
          assignments: {
            where: validOn(day),
            include: {
              unit: { select: { code: true, name: true, type: true, level: true, path: true } },
              organisation: { select: { name: true } },
            },
            orderBy: { createdAt: "asc" },
          },
        },
      },
    },
  });
  if (!session) return { problem: "missing" };
  if (session.revokedAt) return { problem: "revoked" };
  if (session.user.status !== "ACTIVE") return { problem: "disabled" };
  const age = now.getTime() - session.createdAt.getTime();
  const idle = now.getTime() - session.lastSeenAt.getTime();
  if (age > SESSION_ABSOLUTE_MS || idle > SESSION_IDLE_MS) return { problem: "expired" };
  if (idle > SESSION_TOUCH_MS) await db.session.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  const user = session.user;
  return {
    actor: {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      sessionId,
      mustChangePassword: user.mustChangePassword && !user.isDemo,
      assignments: user.assignments.map((a) => ({
        id: a.id,
        role: a.role as Role,
        unitId: a.unitId,
        unitCode: a.unit.code,
        unitName: a.unit.name,
        unitType: a.unit.type,
        unitLevel: a.unit.level,
        unitPath: a.unit.path,
        organisationId: a.organisationId,
        organisationName: a.organisation?.name ?? null,
      })),
    },
  };
}
