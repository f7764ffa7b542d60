// An existing draft saved again: its row at the version the person read, attendance and content items
// changed where they differ, and tasks opened since carried onto its agenda.
import { updateAtVersion } from "../actions/versioned";
import type { Tx } from "../db";
import type { Prisma } from "../../generated/prisma/sqlite/client";
import { applyMeetingRollup } from "./rollups";
import { syncCarryOver, type MeetingRow } from "./write-rules";

/** What the meeting form sets, checked and with its work groups and organisations resolved. */
export interface MeetingForm {
  data: Omit<Prisma.MeetingUncheckedCreateInput, "blocId" | "unitId" | "submissionId" | "createdById"> & { heldOn: Date };
  attendance: { organisationId: string; present: boolean; absenceReason: string | null; attendees: number | null }[];
  agenda: { workGroupId: string; content: string }[];
}

export async function updateMeeting(tx: Tx, before: MeetingRow, form: MeetingForm): Promise<{ meeting: MeetingRow; carried: number }> {
  await updateAtVersion(tx.meeting, { id: before.id, version: before.version }, form.data);
  const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: before.id } });
  await applyMeetingRollup(tx, before, meeting);
  for (const { organisationId, ...row } of form.attendance) {
    await tx.meetingAttendance.upsert({
      where: { meetingId_organisationId: { meetingId: meeting.id, organisationId } },
      create: { meetingId: meeting.id, organisationId, ...row },
      update: row,
    });
  }
  for (const { workGroupId, content } of form.agenda) {
    const existing = await tx.agendaItem.findFirst({ where: { meetingId: meeting.id, kind: "CONTENT", workGroupId } });
    if (existing) {
      if (existing.content !== content) await tx.agendaItem.update({ where: { id: existing.id }, data: { content } });
    } else if (content) {
      await tx.agendaItem.create({ data: { meetingId: meeting.id, kind: "CONTENT", workGroupId, content } });
    }
  }
  return { meeting, carried: await syncCarryOver(tx, meeting) };
}
