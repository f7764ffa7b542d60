// A task's status machine and the facts computed from it (never stored): closed, overdue, flagged.
import type { TaskStatus } from "../../generated/prisma/sqlite/enums";

export type { TaskStatus };
import { formatDate } from "../time/business-date";

/** Tasks that are closed are closed: they no longer carry over to the next meeting. */
export const CLOSED_TASK: TaskStatus[] = ["VERIFIED", "CANCELLED", "TRANSFERRED"];

/** A task carried over this many times is flagged for the head's attention. */
export const CARRY_FLAG = 3;

export type TaskMove = "start" | "report" | "verify" | "reopen" | "cancel" | "transfer" | "reschedule";

/** Who may make a move: "progress" (the owner organisation's officer or the head) or "manage" (the head). */
export const TASK_MOVES: Record<
  TaskMove,
  { from: TaskStatus[]; to: TaskStatus | null; permission: "task.progress" | "task.manage"; needsReason: boolean; label: string }
> = {
  start: { from: ["OPEN", "REOPENED"], to: "IN_PROGRESS", permission: "task.progress", needsReason: false, label: "Bắt đầu thực hiện" },
  report: { from: ["OPEN", "IN_PROGRESS", "REOPENED"], to: "DONE_REPORTED", permission: "task.progress", needsReason: false, label: "Báo cáo đã hoàn thành" },
  verify: { from: ["DONE_REPORTED"], to: "VERIFIED", permission: "task.manage", needsReason: false, label: "Xác nhận hoàn thành" },
  reopen: { from: ["DONE_REPORTED", "VERIFIED"], to: "REOPENED", permission: "task.manage", needsReason: true, label: "Mở lại" },
  cancel: { from: ["OPEN", "IN_PROGRESS", "REOPENED", "DONE_REPORTED"], to: "CANCELLED", permission: "task.manage", needsReason: true, label: "Hủy nhiệm vụ" },
  transfer: { from: ["OPEN", "IN_PROGRESS", "REOPENED"], to: "TRANSFERRED", permission: "task.manage", needsReason: true, label: "Chuyển cho tổ chức khác" },
  reschedule: { from: ["OPEN", "IN_PROGRESS", "REOPENED"], to: null, permission: "task.manage", needsReason: true, label: "Gia hạn" },
};

export const TASK_STATUS_LABEL: Record<TaskStatus, string> = {
  OPEN: "Mới giao",
  IN_PROGRESS: "Đang thực hiện",
  DONE_REPORTED: "Báo cáo hoàn thành",
  VERIFIED: "Đã xác nhận hoàn thành",
  REOPENED: "Mở lại",
  CANCELLED: "Đã hủy",
  TRANSFERRED: "Đã chuyển",
};

/** Not yet done: overdue once past its due date. */
export const PENDING_TASK: TaskStatus[] = ["OPEN", "IN_PROGRESS", "REOPENED"];

export const isClosed = (status: TaskStatus) => CLOSED_TASK.includes(status);

/** Overdue: still pending after its due date (a task reported done is not overdue). */
export function isOverdue(task: { status: TaskStatus; dueOn: Date }, today: Date): boolean {
  return PENDING_TASK.includes(task.status) && task.dueOn < today;
}

export const isFlagged = (task: { carryCount: number; status: TaskStatus }) => !isClosed(task.status) && task.carryCount >= CARRY_FLAG;

export function movesFor(status: TaskStatus): TaskMove[] {
  return (Object.keys(TASK_MOVES) as TaskMove[]).filter((m) => TASK_MOVES[m].from.includes(status));
}

/** Done on time: reported done on or before the original due date (moving a deadline does not make a task on time). */
export function onTime(task: { doneReportedOn: Date | null; originalDueOn: Date }): boolean | null {
  return task.doneReportedOn ? task.doneReportedOn <= task.originalDueOn : null;
}

/**
 * A deadline past the last day of the task's unit (a commune closed by a reorganisation): refused, since the
 * unit cannot do the work then; its open tasks are handed over to its successors instead. Null when allowed.
 */
export function dueAfterUnitProblem(due: Date, unit: { name: string; validTo: Date | null }): string | null {
  return unit.validTo && due > unit.validTo
    ? `Hạn hoàn thành sau ngày ${unit.name} thôi tồn tại (${formatDate(unit.validTo)}): hãy chọn hạn đến ngày đó; việc còn dở sẽ được bàn giao cho đơn vị kế thừa.`
    : null;
}
