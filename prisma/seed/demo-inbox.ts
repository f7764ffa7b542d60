// The demo inboxes: the notifications the demo's own actions wrote (tasks assigned, reports returned and
// accepted, work handed over) are all unread at first; a person who has used the portal has read the older
// ones. Each inbox keeps its newest DEMO_UNREAD unread and the rest read (demo only).
import type { Db } from "../../lib/db";

export const DEMO_UNREAD = 4;

export async function seedDemoInbox(db: Db): Promise<{ read: number; unread: number }> {
  const rows = await db.notification.findMany({
    where: { readAt: null },
    select: { id: true, userId: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  const seen = new Map<string, number>();
  const older: string[] = [];
  for (const r of rows) {
    const n = (seen.get(r.userId) ?? 0) + 1;
    seen.set(r.userId, n);
    if (n > DEMO_UNREAD) older.push(r.id);
  }
  const readAt = new Date();
  for (let i = 0; i < older.length; i += 500) await db.notification.updateMany({ where: { id: { in: older.slice(i, i + 500) } }, data: { readAt } });
  return { read: older.length, unread: rows.length - older.length };
}
