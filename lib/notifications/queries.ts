// Reads of one's own inbox: nobody reads another person's notifications (out of scope reads as not found).
import "server-only";
import { db } from "../db";
import type { Actor } from "../auth/actor";
import { ownRecordScope } from "../auth/records";
import { RECORD_ID } from "../validation";

export const INBOX_PAGE_SIZE = 30;

const select = { id: true, kind: true, title: true, link: true, createdAt: true, readAt: true } as const;

/** A page of the inbox, newest first, and how many are unread. */
export async function inbox(actor: Actor, { page, unreadOnly }: { page: number; unreadOnly: boolean }) {
  const mine = ownRecordScope(actor, "notification.read");
  const where = { ...mine, ...(unreadOnly ? { readAt: null } : {}) };
  const [rows, total, unread] = await Promise.all([
    db.notification.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (page - 1) * INBOX_PAGE_SIZE, take: INBOX_PAGE_SIZE, select }),
    db.notification.count({ where }),
    db.notification.count({ where: { ...mine, readAt: null } }),
  ]);
  return { rows, total, unread };
}

/** The header's count: unread notifications, capped (the header shows "99+"). */
export async function unreadCount(actor: Actor): Promise<number> {
  const rows = await db.notification.findMany({ where: { ...ownRecordScope(actor, "notification.read"), readAt: null }, select: { id: true }, take: 100 });
  return rows.length;
}

export async function notificationDetail(actor: Actor, id: string) {
  if (!RECORD_ID.test(id)) return null;
  return db.notification.findFirst({ where: { id, ...ownRecordScope(actor, "notification.read") }, select: { ...select, entityType: true } });
}
