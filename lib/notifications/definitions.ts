// The inbox's writes, through the action path: opening a notification marks it read and leads to its record;
// "mark all read" empties the unread count. A person reaches only their own notifications.
import type { ActionDefinition, Loaded } from "../actions/run-action";
import { ownRecordScope } from "../auth/records";
import { markAllReadSchema, openNotificationSchema } from "./schema";

type OpenLoaded = Loaded & { notification: { id: string; link: string; readAt: Date | null } };

export const openNotification: ActionDefinition<typeof openNotificationSchema, OpenLoaded, undefined> = {
  name: "notification.open",
  permission: "notification.read",
  schema: openNotificationSchema,
  async load(db, input, actor, permission) {
    const notification = await db.notification.findFirst({
      where: { id: input.notificationId, ...ownRecordScope(actor, permission) },
      select: { id: true, link: true, readAt: true, unitId: true },
    });
    return notification ? { entityType: "Notification", entityId: notification.id, unitId: notification.unitId, notification } : null;
  },
  async write(tx, { loaded }) {
    const { notification } = loaded;
    const readAt = notification.readAt ?? new Date();
    if (!notification.readAt) await tx.notification.updateMany({ where: { id: notification.id, readAt: null }, data: { readAt } });
    return { entityType: "Notification", entityId: notification.id, after: { readAt }, redirectTo: notification.link };
  },
};

export const markAllRead: ActionDefinition<typeof markAllReadSchema, Loaded, undefined> = {
  name: "notification.read_all",
  permission: "notification.read",
  schema: markAllReadSchema,
  load: async () => ({ entityType: "Notification" }),
  async write(tx, { input, actor }) {
    const readAt = new Date();
    // What arrived after the page was shown stays unread: the person has not seen it.
    const { count } = await tx.notification.updateMany({ where: { userId: actor.userId, readAt: null, createdAt: { lte: input.seenAt } }, data: { readAt } });
    return {
      entityType: "Notification",
      after: { count, readAt },
      message: count ? `Đã đánh dấu ${count} thông báo là đã đọc.` : "Không còn thông báo chưa đọc.",
    };
  },
};
