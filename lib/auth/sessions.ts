// Ending sessions. Every revocation goes through here so that "why" is always recorded the same way.
import "server-only";
import type { Db, Tx } from "../db";

export type RevokeReason = "SIGN_OUT" | "PASSWORD_CHANGED" | "USER_DISABLED" | "ROLE_CHANGED" | "ADMIN" | "USER_ENDED";

/** Ends every open session of a user (but `keep`, the caller's own, when given). Returns the query, for array transactions. */
export function revokeSessions(tx: Tx | Db, userId: string, why: RevokeReason, { keep, at = new Date() }: { keep?: string; at?: Date } = {}) {
  return tx.session.updateMany({
    where: { userId, revokedAt: null, ...(keep ? { id: { not: keep } } : {}) },
    data: { revokedAt: at, revokedWhy: why },
  });
}

/** Ends one session. */
export function revokeSession(tx: Tx | Db, sessionId: string, why: RevokeReason, at = new Date()) {
  return tx.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: at, revokedWhy: why } });
}
