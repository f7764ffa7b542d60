// What the account page shows a person of their own account: the sessions still open and the recent
// sign-ins (successful and failed), from the sessions table and the audit trail.
import "server-only";
import { db } from "../db";
import type { Actor } from "./actor";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from "./limits";

const SIGN_IN_ACTIONS = ["auth.sign_in", "auth.sign_in_failed", "auth.sign_in_refused", "auth.sign_out", "auth.end_session"];

function sessionOf(after: string | null): string | null {
  try {
    const v = after ? (JSON.parse(after) as { sessionId?: unknown }) : null;
    return typeof v?.sessionId === "string" ? v.sessionId : null;
  } catch {
    return null;
  }
}

export async function accountActivity(actor: Actor, now = new Date()) {
  const [sessions, events] = await Promise.all([
    db.session.findMany({
      where: {
        userId: actor.userId,
        revokedAt: null,
        createdAt: { gt: new Date(now.getTime() - SESSION_ABSOLUTE_MS) },
        lastSeenAt: { gt: new Date(now.getTime() - SESSION_IDLE_MS) },
      },
      orderBy: { lastSeenAt: "desc" },
      select: { id: true, createdAt: true, lastSeenAt: true },
    }),
    db.auditEvent.findMany({
      where: { entityType: "User", entityId: actor.userId, action: { in: SIGN_IN_ACTIONS } },
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      take: 30,
      select: { id: true, occurredAt: true, action: true, outcome: true, address: true, after: true, reason: true },
    }),
  ]);
  const addressOf = new Map(
    events
      .filter((e) => e.action === "auth.sign_in")
      .flatMap((e) => {
        const s = sessionOf(e.after);
        return s ? [[s, e.address] as const] : [];
      }),
  );
  return {
    sessions: sessions.map((s) => ({ ...s, current: s.id === actor.sessionId, address: addressOf.get(s.id) ?? null })),
    signIns: events.map((e) => ({ id: e.id, occurredAt: e.occurredAt, action: e.action, outcome: e.outcome, address: e.address, reason: e.reason })),
  };
}
