// A new meeting: its row, attendance, content items and the bloc's open tasks carried onto its agenda,
// written through the client's own API (the schema's defaults fill what the form does not).
import type { Tx } from "../db";
import type { MeetingForm } from "./update";
import { countCarried, tasksToCarry, type MeetingRow } from "./write-rules";

export async function createMeeting(
  tx: Tx,
  owner: { blocId: string; unitId: string; submissionId: string; createdById: string },
  form: MeetingForm,
): Promise<{ meeting: MeetingRow; carried: number }> {
  const carry = await tasksToCarry(tx, { id: null, blocId: owner.blocId, heldOn: form.data.heldOn });
  const agenda = [
    ...form.agenda.filter((a) => a.content).map((a) => ({ kind: "CONTENT" as const, workGroupId: a.workGroupId, content: a.content })),
    ...carry.map((taskId) => ({ kind: "CARRIED_OVER" as const, taskId })),
  ];
  // One nested create: Prisma keeps its compiled plan for the next meeting of the same shape (a commune's
  // organisations, its agenda's length), where separate `createMany` calls are compiled every time.
  const meeting = await tx.meeting.create({
    data: {
      ...form.data,
      ...owner,
      ...(form.attendance.length ? { attendance: { createMany: { data: form.attendance } } } : {}),
      ...(agenda.length ? { agendaItems: { createMany: { data: agenda } } } : {}),
    },
  });
  await countCarried(tx, carry);
  return { meeting, carried: carry.length };
}
