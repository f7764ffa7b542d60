// What the portal may send by e-mail, and whether it does when the user has not chosen: the events that ask
// for action now come at once; what the Monday digest already lists (due soon, accepted) does not.
import type { NotificationKind } from "../../generated/prisma/sqlite/enums";
import { NOTIFICATION_KIND_LABEL, NOTIFICATION_KINDS } from "../notifications/kinds";

export type MailTopic = NotificationKind | "DIGEST";

export const MAIL_TOPICS: MailTopic[] = ["DIGEST", ...NOTIFICATION_KINDS];

export const MAIL_TOPIC_LABEL: Record<MailTopic, string> = { DIGEST: "Thư tổng hợp sáng thứ Hai (việc đến hạn và quá hạn)", ...NOTIFICATION_KIND_LABEL };

export const EMAIL_BY_DEFAULT: Record<MailTopic, boolean> = {
  DIGEST: true,
  TASK_ASSIGNED: true,
  TASK_DUE_SOON: false,
  TASK_OVERDUE: true,
  REPORT_DUE_SOON: false,
  REPORT_RETURNED: true,
  REPORT_ACCEPTED: false,
  RECOMMENDATION_DUE_SOON: false,
  RECOMMENDATION_OVERDUE: true,
  RECOMMENDATION_ESCALATED: true,
  MEETING_NOT_LOGGED: true,
  HANDOVER_RECEIVED: true,
};

export const isMailTopic = (v: string): v is MailTopic => (MAIL_TOPICS as string[]).includes(v);

/** Whether a user with these saved choices gets this topic by e-mail. */
export function wantsEmail(choices: { topic: string; email: boolean }[], topic: MailTopic): boolean {
  return choices.find((c) => c.topic === topic)?.email ?? EMAIL_BY_DEFAULT[topic];
}
