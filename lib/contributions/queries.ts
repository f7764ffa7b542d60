// Reading the week's contributions within the reader's scope: who of the bloc's member organisations has
// contributed (the head's view, the meeting form), and an officer's own organisation's.
import "server-only";
import type { PermissionSubject } from "../auth/permissions";
import { unitScope } from "../auth/scope";
import { db } from "../db";

export interface WeekContribution {
  organisationId: string;
  organisation: string;
  contribution: { id: string; results: string; proposals: string; hotSpots: string; version: number; updatedAt: Date; author: string } | null;
}

/** Each member organisation of the unit's bloc, with its contribution of the week or null, in the organisations' order. */
export async function weekContributions(actor: PermissionSubject, unitId: string, weekStart: Date): Promise<WeekContribution[] | null> {
  const unit = await db.unit.findFirst({
    where: { AND: [{ id: unitId }, unitScope(actor, "unit.read")] },
    select: {
      bloc: {
        select: {
          id: true,
          members: {
            where: { leftOn: null },
            select: { organisation: { select: { id: true, name: true, type: { select: { sortOrder: true } } } } },
          },
        },
      },
    },
  });
  if (!unit) return null;
  if (!unit.bloc) return [];
  const rows = await db.contribution.findMany({ where: { blocId: unit.bloc.id, weekStart } });
  const authors = new Map(
    (await db.user.findMany({ where: { id: { in: rows.map((r) => r.authorId) } }, select: { id: true, displayName: true } })).map((u) => [u.id, u.displayName]),
  );
  return unit.bloc.members
    .map((m) => m.organisation)
    .sort((a, b) => a.type.sortOrder - b.type.sortOrder)
    .map((o) => {
      const c = rows.find((r) => r.organisationId === o.id);
      return {
        organisationId: o.id,
        organisation: o.name,
        contribution: c
          ? {
              id: c.id,
              results: c.results,
              proposals: c.proposals,
              hotSpots: c.hotSpots,
              version: c.version,
              updatedAt: c.updatedAt,
              author: authors.get(c.authorId) ?? "(tài khoản đã xóa)",
            }
          : null,
      };
    });
}

/** The bloc's regular meeting of the week, if recorded (not cancelled), within the reader's scope. */
export async function weekMeeting(actor: PermissionSubject, unitId: string, weekStart: Date) {
  return db.meeting.findFirst({
    where: { unitId, weekStart, status: { notIn: ["CANCELLED", "POSTPONED"] }, unit: unitScope(actor, "unit.read") },
    orderBy: { heldOn: "asc" },
    select: { id: true, heldOn: true, status: true },
  });
}
