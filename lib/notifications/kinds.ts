// The kinds of notification, in Vietnamese, as the inbox names them.
import type { NotificationKind } from "../../generated/prisma/sqlite/enums";

export const NOTIFICATION_KIND_LABEL = {
  TASK_ASSIGNED: "Nhiệm vụ mới được giao",
  TASK_DUE_SOON: "Nhiệm vụ sắp đến hạn",
  TASK_OVERDUE: "Nhiệm vụ quá hạn",
  REPORT_DUE_SOON: "Báo cáo sắp đến hạn",
  REPORT_RETURNED: "Báo cáo bị trả lại",
  REPORT_ACCEPTED: "Báo cáo được tiếp nhận",
  RECOMMENDATION_DUE_SOON: "Kiến nghị sắp đến hạn trả lời",
  RECOMMENDATION_OVERDUE: "Kiến nghị quá hạn trả lời",
  RECOMMENDATION_ESCALATED: "Kiến nghị được chuyển lên",
  MEETING_NOT_LOGGED: "Chưa ghi giao ban tuần này",
  HANDOVER_RECEIVED: "Nhận bàn giao việc đang mở",
} as const satisfies Record<NotificationKind, string>;

export const NOTIFICATION_KINDS = Object.keys(NOTIFICATION_KIND_LABEL) as NotificationKind[];
