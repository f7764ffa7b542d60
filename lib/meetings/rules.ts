// The meeting's rules as pure functions: its week, which statuses may follow which, and which tasks an
// agenda carries over from earlier meetings. Unit-tested without a database.
import type { BlocStatus, MeetingStatus, TaskStatus } from "../../generated/prisma/sqlite/enums";
import { addDays, formatDate } from "../time/business-date";
import { isoWeekOf, startOfIsoWeek } from "../time/iso-week";
import { CLOSED_TASK } from "../tasks/rules";

/** "2018-W33": the key a regular meeting claims. */
export function weekKey(day: Date): string {
  const { year, week } = isoWeekOf(day);
  return `${year}-W${String(week).padStart(2, "0")}`;
}

export { startOfIsoWeek };

/** A bloc meets only while it works: operating informally or established. */
export const OPERATING: BlocStatus[] = ["OPERATING_INFORMALLY", "ESTABLISHED"];

/** How far ahead a meeting may be planned. */
export const MAX_DAYS_AHEAD = 7;

/** Statuses in which the meeting's content may still be edited. */
export const EDITABLE: MeetingStatus[] = ["DRAFT", "HELD"];
/** Statuses that count as a meeting held (for the rollups and the district's activity columns). */
export const HELD_FAMILY: MeetingStatus[] = ["HELD", "MINUTES_SUBMITTED", "APPROVED"];

export type MeetingMove = "hold" | "submit" | "return" | "approve" | "reopen" | "postpone" | "reschedule" | "cancel";

export const MEETING_MOVES: Record<MeetingMove, { from: MeetingStatus[]; to: MeetingStatus; needsReason: boolean; label: string }> = {
  hold: { from: ["DRAFT"], to: "HELD", needsReason: false, label: "Xác nhận đã họp" },
  submit: { from: ["HELD"], to: "MINUTES_SUBMITTED", needsReason: false, label: "Trình biên bản" },
  return: { from: ["MINUTES_SUBMITTED"], to: "HELD", needsReason: true, label: "Trả lại để sửa" },
  approve: { from: ["MINUTES_SUBMITTED"], to: "APPROVED", needsReason: false, label: "Duyệt biên bản" },
  reopen: { from: ["APPROVED"], to: "HELD", needsReason: true, label: "Mở lại biên bản đã duyệt" },
  postpone: { from: ["DRAFT"], to: "POSTPONED", needsReason: true, label: "Hoãn cuộc họp" },
  reschedule: { from: ["POSTPONED"], to: "DRAFT", needsReason: false, label: "Đặt lại ngày họp" },
  cancel: { from: ["DRAFT", "POSTPONED"], to: "CANCELLED", needsReason: true, label: "Hủy cuộc họp" },
};

export const MEETING_STATUS_LABEL: Record<MeetingStatus, string> = {
  DRAFT: "Bản nháp",
  HELD: "Đã họp",
  MINUTES_SUBMITTED: "Đã trình biên bản",
  APPROVED: "Đã duyệt biên bản",
  POSTPONED: "Đã hoãn",
  CANCELLED: "Đã hủy",
};

/** The moves open from a status, in the order the page shows them. */
export function movesFrom(status: MeetingStatus): MeetingMove[] {
  return (Object.keys(MEETING_MOVES) as MeetingMove[]).filter((m) => MEETING_MOVES[m].from.includes(status));
}

/** Why a meeting cannot be dated `day`, or null. `blocStatusOn` is the bloc's status on that day. */
export function dateProblem(day: Date, today: Date, blocStatusOn: BlocStatus, bloc: { name: string }): string | null {
  if (day > addDays(today, MAX_DAYS_AHEAD))
    return `Chỉ ghi được cuộc họp trong vòng ${MAX_DAYS_AHEAD} ngày tới (đến ${formatDate(addDays(today, MAX_DAYS_AHEAD))}).`;
  if (!OPERATING.includes(blocStatusOn))
    return `Ngày ${formatDate(day)} khối của ${bloc.name} chưa hoạt động (hoặc đã ngừng): chỉ ghi cuộc họp của khối đang hoạt động.`;
  return null;
}

// ——— Carry-over ———

export interface CarryTask {
  id: string;
  status: TaskStatus;
  /** The date of the meeting that decided it. */
  assignedOn: Date;
  meetingId: string | null;
}

/**
 * The tasks a meeting on `heldOn` brings forward: every task not closed that an earlier meeting decided,
 * except those already on its agenda. Each appears once, whatever the input order or duplicates.
 */
export function carryOver(tasks: CarryTask[], meeting: { id: string; heldOn: Date }, alreadyCarried: Iterable<string>): string[] {
  const seen = new Set(alreadyCarried);
  const out: string[] = [];
  for (const t of tasks) {
    if (seen.has(t.id) || CLOSED_TASK.includes(t.status)) continue;
    if (t.meetingId === meeting.id || t.assignedOn >= meeting.heldOn) continue;
    seen.add(t.id);
    out.push(t.id);
  }
  return out;
}
