// What the meeting writes share (lib/meetings/definitions.ts saves a meeting, move-definitions.ts moves it
// through its statuses): the facts loaded with it, the date and week rules that refuse a save, the snapshot
// its audit events keep, and the carrying forward of the bloc's open tasks.
import { RefusedError, MESSAGES } from "../actions/result";
import type { Tx } from "../db";
import type { Prisma, BlocModel } from "../../generated/prisma/sqlite/client";
import { statusOn } from "../blocs/status-on";
import { formatDate } from "../time/business-date";
import { today } from "../time/today";
import { carryOver, dateProblem, weekKey } from "./rules";

export type Unit = { id: string; code: string; name: string; type: string; path: string; validFrom: Date; validTo: Date | null; level?: string };
export type BlocFacts = {
  id: string;
  model: BlocModel;
  statusChanges: { toStatus: Prisma.BlocStatusChangeGetPayload<object>["toStatus"]; effectiveOn: Date | null; createdAt: Date }[];
};
export type MeetingRow = Prisma.MeetingGetPayload<object>;

export const unitSelect = { id: true, code: true, name: true, type: true, path: true, validFrom: true, validTo: true } as const;
export const blocSelect = { id: true, model: true, statusChanges: { select: { toStatus: true, effectiveOn: true, createdAt: true } } } as const;

/** The bloc's status on `day` and the date rules; refuses with the field to fix. */
export function checkDay(day: Date, unit: Unit, bloc: BlocFacts) {
  const problem = dateProblem(day, today(), statusOn(bloc.statusChanges, day), unit);
  if (problem) throw new RefusedError(MESSAGES.invalid, { heldOn: [problem] });
  if (day < unit.validFrom || (unit.validTo && day > unit.validTo))
    throw new RefusedError(MESSAGES.invalid, { heldOn: [`Ngày họp nằm ngoài thời gian tồn tại của ${unit.name}.`] });
}

/** Refuses a second regular meeting in the week of `day`. */
export async function claimWeek(tx: Tx, blocId: string, day: Date, exceptId: string | null, submissionId?: string) {
  const key = weekKey(day);
  const other = await tx.meeting.findFirst({
    where: { blocId, regularWeek: key, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { heldOn: true, submissionId: true },
  });
  // The same form sent twice at once, the other copy committed between this one's look for it and now.
  if (other && submissionId && other.submissionId === submissionId) throw new RefusedError(MESSAGES.duplicate);
  if (other) {
    throw new RefusedError(MESSAGES.invalid, {
      heldOn: [`Tuần này đã có cuộc giao ban thường kỳ (ngày ${formatDate(other.heldOn)}). Nếu đây là cuộc họp đột xuất, hãy chọn loại “Đột xuất”.`],
    });
  }
  return key;
}

/** The tasks not closed from earlier meetings of the bloc that are not yet on the meeting's agenda. */
export async function tasksToCarry(tx: Tx, meeting: { id: string | null; blocId: string; heldOn: Date }) {
  // One statement at a time on a transaction's connection (lib/db.ts, `Tx`).
  const tasks = await tx.task.findMany({
    where: { blocId: meeting.blocId, status: { notIn: ["VERIFIED", "CANCELLED", "TRANSFERRED"] } },
    select: { id: true, status: true, assignedOn: true, meetingId: true },
  });
  // A meeting not yet created has no agenda items carried.
  const carried = meeting.id ? await tx.agendaItem.findMany({ where: { meetingId: meeting.id, kind: "CARRIED_OVER" }, select: { taskId: true } }) : [];
  return carryOver(
    tasks,
    { id: meeting.id ?? "", heldOn: meeting.heldOn },
    carried.map((c) => c.taskId!),
  );
}

/**
 * Counts the tasks as carried once more (`by` 1), or once less (-1, a cancelled meeting). One row at a time
 * in the order of their ids: on PostgreSQL one UPDATE over the list locks its rows in the order of the
 * table's scan, which differs between transactions, and two saves of one commune at once deadlocked (each
 * costing a second before PostgreSQL noticed); taken in one order, the second save waits for the first
 * (decision 0027).
 */
export async function countCarried(tx: Tx, ids: string[], by: 1 | -1 = 1) {
  for (const id of [...ids].sort()) await tx.task.update({ where: { id }, data: { carryCount: { increment: by } }, select: { id: true } });
}

/** Brings forward every task not closed from earlier meetings that is not yet on this meeting's agenda. */
export async function syncCarryOver(tx: Tx, meeting: { id: string; blocId: string; heldOn: Date }) {
  const ids = await tasksToCarry(tx, meeting);
  if (ids.length) await tx.agendaItem.createMany({ data: ids.map((taskId) => ({ meetingId: meeting.id, kind: "CARRIED_OVER" as const, taskId })) });
  await countCarried(tx, ids);
  return ids.length;
}

/** What a meeting's audit events keep of it. */
export const meetingSnapshot = (m: MeetingRow) => ({
  status: m.status,
  kind: m.kind,
  heldOn: m.heldOn,
  startTime: m.startTime,
  place: m.place,
  chairId: m.chairId,
  secretaryId: m.secretaryId,
  discussion: m.discussion,
  peopleSituation: m.peopleSituation,
  hotSpots: m.hotSpots,
  conclusions: m.conclusions,
  version: m.version,
  minutesLabel: m.minutesLabel,
  submittedById: m.submittedById,
  approvedById: m.approvedById,
});
