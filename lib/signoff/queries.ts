// Reading a body's sign-off: the accounts that hold its signing posts and which of them the body has
// recorded as holding both posts (the register page).
import "server-only";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { db } from "../db";
import { today } from "../time/today";
import { validOn } from "../units/validity";
import { SIGNING_ROLES } from "./rules";

export async function signOffPanel(actor: Actor, unit: { id: string; path: string }) {
  const [users, duals] = await Promise.all([
    db.user.findMany({
      where: { status: "ACTIVE", assignments: { some: { unitId: unit.id, role: { in: [...SIGNING_ROLES] }, ...validOn(today()) } } },
      select: { id: true, displayName: true, username: true },
      orderBy: { displayName: "asc" },
    }),
    db.dualPost.findMany({ where: { unitId: unit.id, revokedAt: null }, select: { id: true, userId: true, note: true, version: true, createdAt: true } }),
  ]);
  return {
    canManage: can(actor, "signoff.manage", { unitPath: unit.path }),
    signers: users.map((u) => ({ ...u, dual: duals.find((d) => d.userId === u.id) ?? null, self: u.id === actor.userId })),
  };
}
