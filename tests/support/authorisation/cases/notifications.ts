// The inbox's actions: a person reaches only their own notifications. Opening one is the owner's alone (the
// bloc head of the own commune owns the target; everyone else, even the commune's reviewer, gets "not
// found"); "mark all read" is every signed-in person's, on their own inbox.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Case } from "../harness";
import { ROLES_UNDER_TEST, type World } from "../world";

/** An unread notification in the inbox of `userId`. */
export async function unreadNotification(w: World, userId: string) {
  return db.notification.create({
    data: {
      userId,
      kind: "REPORT_ACCEPTED",
      unitId: w.units.own.id,
      entityType: "Report",
      entityId: "matrix",
      title: `Thông báo thử ${w.next()}`,
      link: "/",
      key: `matrix:${randomUUID()}`,
    },
  });
}

export const notificationCases: Record<string, Case> = {
  "lib/notifications/actions.ts#openNotificationAction": {
    positions: ["own"],
    allow: { BLOC_HEAD: ["own"] },
    build: async (w) => ({ form: { notificationId: (await unreadNotification(w, w.users.BLOC_HEAD.userId)).id } }),
  },
  "lib/notifications/actions.ts#markAllReadAction": {
    positions: ["self"],
    allow: Object.fromEntries(ROLES_UNDER_TEST.map((role) => [role, ["self"]])),
    build: async (w) => {
      // Whoever acts has something unread.
      for (const role of ROLES_UNDER_TEST) await unreadNotification(w, w.users[role].userId);
      return { form: { seenAt: new Date(Date.now() + 1000).toISOString() } };
    },
  },
};

/** One's own mail settings: every signed-in person's, on their own account only (no target to pass). */
export const mailSettingsCases: Record<string, Case> = {
  "lib/mail/actions.ts#saveMailSettingsAction": {
    positions: ["self"],
    allow: Object.fromEntries(ROLES_UNDER_TEST.map((role) => [role, ["self"]])),
    build: async (w) => ({ form: { email: `nguoi-thu-${w.next()}@example.org`, topic_DIGEST: "on" } }),
  },
};
