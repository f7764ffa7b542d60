// Supervision and social criticism: labels, the activity's and the recommendation's state machines, and
// what counts as overdue (computed, never stored).
import { UNIT_TYPE_LABEL } from "../units/labels";
import type {
  ActivityStatus,
  CriticismForm,
  CriticismStatus,
  RecommendationStatus,
  ResponseOutcome,
  SupervisionForm,
} from "../../generated/prisma/sqlite/enums";

export const FORM_LABEL: Record<SupervisionForm, string> = {
  DOCUMENTS: "Nghiên cứu, xem xét văn bản",
  DELEGATION: "Thành lập đoàn giám sát",
  COMMUNITY_BOARD: "Thông qua Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng",
  JOINT: "Phối hợp với cơ quan nhà nước có thẩm quyền",
};

export const ACTIVITY_STATUS_LABEL: Record<ActivityStatus, string> = {
  PLANNED: "Chuẩn bị",
  IN_PROGRESS: "Đang giám sát",
  REPORTED: "Đã có báo cáo kết quả",
  CLOSED: "Đã kết thúc",
  CANCELLED: "Đã hủy",
};

/** Statuses in which an activity can still be edited. */
export const EDITABLE_ACTIVITY: ActivityStatus[] = ["PLANNED", "IN_PROGRESS", "REPORTED"];

export const ACTIVITY_MOVES = {
  start: { from: ["PLANNED"], to: "IN_PROGRESS", label: "Bắt đầu giám sát" },
  report: { from: ["IN_PROGRESS"], to: "REPORTED", label: "Ghi nhận báo cáo kết quả" },
  close: { from: ["REPORTED"], to: "CLOSED", label: "Kết thúc hoạt động" },
  cancel: { from: ["PLANNED", "IN_PROGRESS"], to: "CANCELLED", label: "Hủy hoạt động" },
  reopen: { from: ["CLOSED"], to: "REPORTED", label: "Mở lại" },
} as const satisfies Record<string, { from: ActivityStatus[]; to: ActivityStatus; label: string }>;
export type ActivityMove = keyof typeof ACTIVITY_MOVES;

export const REC_STATUS_LABEL: Record<RecommendationStatus, string> = {
  OPEN: "Chờ trả lời",
  ANSWERED: "Đã trả lời",
  ESCALATED: "Đã kiến nghị cấp trên",
  WITHDRAWN: "Đã rút",
};

export const OUTCOME_LABEL: Record<ResponseOutcome, string> = {
  ACCEPTED: "Tiếp thu",
  PARTLY: "Tiếp thu một phần",
  NOT_ACCEPTED: "Không tiếp thu",
};

export const CRITICISM_FORM_LABEL: Record<CriticismForm, string> = {
  CONFERENCE: "Hội nghị phản biện",
  WRITTEN: "Gửi dự thảo lấy ý kiến bằng văn bản",
  DIALOGUE: "Đối thoại trực tiếp",
};

export const CRITICISM_STATUS_LABEL: Record<CriticismStatus, string> = {
  RECEIVED: "Đã nhận dự thảo",
  OPINION_SENT: "Đã gửi ý kiến phản biện",
  EXPLAINED: "Đã có giải trình",
  CLOSED: "Đã kết thúc",
};

/** The minimum lead time (days) for a draft sent for criticism (decision 0012). */
export const LEAD_DAYS = 15;

/** A recommendation waits for its response past its due date. */
export function isRecOverdue(r: { status: RecommendationStatus; dueOn: Date }, day: Date): boolean {
  return r.status === "OPEN" && r.dueOn < day;
}

/** Answered after its due date (a late response). */
export function answeredLate(r: { status: RecommendationStatus; dueOn: Date; respondedOn: Date | null }): boolean {
  return r.status === "ANSWERED" && r.respondedOn !== null && r.respondedOn > r.dueOn;
}

export const MESSAGE_CLOSE_WITHOUT = "Kiến nghị chỉ kết thúc khi có văn bản trả lời, khi đã kiến nghị lên cấp trên hoặc khi rút kiến nghị.";

/** Where a commune's recommendation is escalated by default: the Front of the unit above it (a district in 2018, the province from 1/7/2025). */
export function higherBodyOf(parent: { type: string; name: string } | null | undefined): string {
  return parent ? `Ban Thường trực Ủy ban MTTQ Việt Nam ${UNIT_TYPE_LABEL[parent.type as keyof typeof UNIT_TYPE_LABEL]} ${parent.name}` : "";
}
