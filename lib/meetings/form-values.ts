// The meeting form's starting values: from a saved meeting, or pre-filled for a new one.
import { toIsoDate } from "../time/business-date";
import type { MeetingDetail } from "./queries";

/** What the meeting form shows and posts back (components/meetings/meeting-form.tsx). */
export interface MeetingFormValues {
  kind: "REGULAR" | "EXTRAORDINARY";
  heldOn: string;
  startTime: string;
  place: string;
  chairId: string;
  secretaryId: string;
  discussion: string;
  peopleSituation: string;
  hotSpots: string;
  conclusions: string;
  attendance: Record<string, { present: "present" | "absent"; reason: string; count: string }>;
  agenda: Record<string, string>;
}

export function valuesOfMeeting(m: MeetingDetail): MeetingFormValues {
  return {
    kind: m.kind,
    heldOn: toIsoDate(m.heldOn),
    startTime: m.startTime ?? "",
    place: m.place,
    chairId: m.chairId ?? "",
    secretaryId: m.secretaryId ?? "",
    discussion: m.discussion,
    peopleSituation: m.peopleSituation,
    hotSpots: m.hotSpots,
    conclusions: m.conclusions,
    attendance: Object.fromEntries(
      m.attendance.map((a) => [
        a.organisationId,
        { present: a.present ? "present" : "absent", reason: a.absenceReason ?? "", count: a.attendees?.toString() ?? "" },
      ]),
    ),
    agenda: Object.fromEntries(m.agendaItems.filter((i) => i.kind === "CONTENT" && i.workGroup).map((i) => [i.workGroup!.code, i.content])),
  };
}

/**
 * A new meeting: the business day when it falls in the current week (it always does), the usual place and
 * people, and the discussion and hot spots as the member organisations contributed them (lib/contributions).
 */
export function valuesForNew(
  day: Date,
  defaults: { place: string; startTime: string; secretaryId: string | null; chairId: string | null },
  attending: { id: string }[],
  contributed: { discussion: string; hotSpots: string } = { discussion: "", hotSpots: "" },
): MeetingFormValues {
  return {
    kind: "REGULAR",
    heldOn: toIsoDate(day),
    startTime: defaults.startTime,
    place: defaults.place,
    chairId: defaults.chairId ?? "",
    secretaryId: defaults.secretaryId ?? "",
    discussion: contributed.discussion,
    peopleSituation: "",
    hotSpots: contributed.hotSpots,
    conclusions: "",
    attendance: Object.fromEntries(attending.map((o) => [o.id, { present: "present" as const, reason: "", count: "" }])),
    agenda: {},
  };
}
