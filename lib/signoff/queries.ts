// Reading a body's sign-off: the accounts that hold its signing posts and which of them the body has
// recorded as holding both posts (the register page).
import "server-only";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { db } from "../db";
import { today } from "../time/today";
import { validOn } from "../units/validity";
import { holdsBothPosts, SIGNING_ROLES } from "./rules";

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

export interface SignOffStepShown {
  name: string;
  at: Date;
}

/**
 * A document's two steps as its page shows them: who did the first (recorded, prepared) and the second
 * (approved, signed), with their times, and whether one person did both (under a recorded dual post).
 */
export async function signOffRecord(
  first: { by: string | null; at: Date | null },
  second: { by: string | null; at: Date | null },
  /** A second step with no first is one person's both steps (a document signed without "Trình ký"). */
  aloneIsBoth = false,
) {
  const ids = [first.by, second.by].filter((x): x is string => Boolean(x));
  const users = new Map(
    ids.length ? (await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } })).map((u) => [u.id, u.displayName]) : [],
  );
  const step = (s: { by: string | null; at: Date | null }): SignOffStepShown | null =>
    s.by && s.at ? { name: users.get(s.by) ?? "(tài khoản đã xóa)", at: s.at } : null;
  return {
    first: step(first),
    second: step(second),
    /** Both steps by one account (allowed only under a dual post); a second step alone is flagged by its page. */
    samePerson: Boolean(second.by && (first.by === second.by || (aloneIsBoth && !first.by))),
  };
}
export type SignOffRecord = Awaited<ReturnType<typeof signOffRecord>>;

/**
 * What the person may do at a prepared document's sign-off, for its page: sign when someone else prepared
 * it, or at any time when they hold both posts (the action checks again, lib/signoff/rules.ts).
 */
export async function signingRights(actor: Actor, unitId: string, preparedById: string | null) {
  const dual = await holdsBothPosts(db, unitId, actor.userId);
  return { dual, preparedByMe: preparedById === actor.userId, maySign: dual || (preparedById !== null && preparedById !== actor.userId) };
}
