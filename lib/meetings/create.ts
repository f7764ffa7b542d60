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
  const meeting = await tx.meeting.create({ data: { ...form.data, ...owner } });
  if (form.attendance.length) await tx.meetingAttendance.createMany({ data: form.attendance.map((a) => ({ meetingId: meeting.id, ...a })) });
  const agenda = [
    ...form.agenda.filter((a) => a.content).map((a) => ({ meetingId: meeting.id, kind: "CONTENT" as const, workGroupId: a.workGroupId, content: a.content })),
    ...carry.map((taskId) => ({ meetingId: meeting.id, kind: "CARRIED_OVER" as const, taskId })),
  ];
  if (agenda.length) await tx.agendaItem.createMany({ data: agenda });
  await countCarried(tx, carry);
  return { meeting, carried: carry.length };
}
