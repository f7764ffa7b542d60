// Saving a meeting's draft, new or existing, as the user goes (create.ts and update.ts write the rows),
// through the one action path (runAction). Moving it through its statuses: move-definitions.ts.
import type { ActionDefinition, Loaded } from "../actions/run-action";
import { ConflictError, MESSAGES, RefusedError } from "../actions/result";
import type { Tx } from "../db";
import { dueAfterUnitProblem } from "../tasks/rules";
import { fold } from "../text/fold";
import { formatDate } from "../time/business-date";
import { today } from "../time/today";
import { validOn } from "../units/validity";
import { assignTasks } from "../tasks/from-meeting";
import { createMeeting } from "./create";
import { EDITABLE, MEETING_STATUS_LABEL, startOfIsoWeek } from "./rules";
import { autosaveMeetingSchema, saveMeetingSchema } from "./schema";
import { updateMeeting, type MeetingForm } from "./update";
import { blocSelect, checkDay, claimWeek, meetingSnapshot as snapshot, unitSelect, type BlocFacts, type MeetingRow, type Unit } from "./write-rules";
import { unitScope } from "../auth/scope";
import { AGENCY_LEVELS, communeOwners } from "./agency";
import { meetingScope } from "../auth/records";

const INVALID = MESSAGES.invalid;

async function people(tx: Tx, unitId: string, ids: (string | null)[]) {
  const wanted = ids.filter((x): x is string => Boolean(x));
  if (!wanted.length) return new Set<string>();
  const found = await tx.person.findMany({ where: { id: { in: wanted }, unitId }, select: { id: true } });
  return new Set(found.map((p) => p.id));
}

type SaveLoaded = Loaded & { unit: Unit; bloc: BlocFacts | null; meeting: MeetingRow | null };

export const saveMeeting: ActionDefinition<typeof saveMeetingSchema, SaveLoaded, undefined> = {
  name: "meeting.save",
  permission: "meeting.manage",
  schema: saveMeetingSchema,
  personalText: /^(conclusions|discussion|hotSpots|peopleSituation|wg_[A-Z_]+|task_[\w-]+_title)$/,
  async load(db, input, actor, permission) {
    const scope = meetingScope(actor, permission);
    const existing = input.meetingId
      ? await db.meeting.findFirst({ where: { id: input.meetingId, ...scope } })
      : await db.meeting.findFirst({ where: { submissionId: input.submissionId, ...scope } });
    const unitId = existing?.unitId ?? input.unitId;
    if (!unitId || (input.meetingId && !existing)) return null;
    const unit = await db.unit.findFirst({
      // A commune's bloc, or the agency above communes (a district's Cơ quan khối, the province's body).
      where: { AND: [{ id: unitId, level: { in: ["COMMUNE", ...AGENCY_LEVELS] } }, unitScope(actor, permission)] },
      select: { ...unitSelect, level: true, bloc: { select: blocSelect } },
    });
    if (!unit) return null;
    const { bloc, ...u } = unit;
    return { entityType: "Meeting", entityId: existing?.id ?? null, unitId: u.id, target: { unitPath: u.path }, unit: u, bloc, meeting: existing };
  },
  async write(tx, { input, loaded, actor }) {
    const { unit, bloc } = loaded;
    if (!bloc)
      throw new RefusedError(
        unit.level === "COMMUNE"
          ? `${unit.name} chưa có khối được ghi nhận: hãy nhờ cấp trên ghi nhận khối trước khi ghi cuộc họp.`
          : `${unit.name} chưa ghi nhận cơ quan khối: hãy ghi nhận trước khi ghi cuộc họp.`,
      );
    const before = loaded.meeting;
    if (!before) {
      // The same form sent twice at once: the other copy created it while this one waited its turn.
      const twin = await tx.meeting.findUnique({ where: { submissionId: input.submissionId } });
      if (twin) {
        return {
          entityType: "Meeting",
          entityId: twin.id,
          unitId: twin.unitId,
          after: { duplicateOf: twin.id },
          message: "Cuộc họp này đã được lưu.",
          data: { meetingId: twin.id, version: twin.version },
          redirectTo: input.meetingId ? undefined : `/meetings/${twin.id}`,
        };
      }
    }
    if (before && !EDITABLE.includes(before.status)) {
      throw new RefusedError(
        `Cuộc họp đang ở trạng thái “${MEETING_STATUS_LABEL[before.status]}”: không sửa được nội dung${before.status === "APPROVED" ? " (trưởng khối có thể mở lại biên bản)" : ""}.`,
      );
    }
    // A retried first save (same submission id, no meeting id yet) continues the meeting it created.
    if (before && input.meetingId && before.version !== input.version) throw new ConflictError();
    const dateChanged = !before || before.heldOn.getTime() !== input.heldOn.getTime() || before.kind !== input.kind;
    if (dateChanged) checkDay(input.heldOn, unit, bloc);
    if (before?.status === "HELD" && input.heldOn > today())
      throw new RefusedError(INVALID, { heldOn: ["Cuộc họp đã họp không thể có ngày trong tương lai."] });
    const regularWeek =
      input.kind === "REGULAR"
        ? dateChanged
          ? await claimWeek(tx, bloc.id, input.heldOn, before?.id ?? null, before ? undefined : input.submissionId)
          : before!.regularWeek
        : null;

    // Chair and secretary are people of this commune; a new secretary is added by name.
    const known = await people(tx, unit.id, [input.chairId, input.secretaryId]);
    const errors: Record<string, string[]> = {};
    if (input.chairId && !known.has(input.chairId)) errors.chairId = ["Người chủ trì không thuộc xã này."];
    if (input.secretaryId && !known.has(input.secretaryId)) errors.secretaryId = ["Thư ký không thuộc xã này."];
    // Attendance: only this commune's organisations in force on the meeting day.
    const orgs = await tx.organisation.findMany({ where: { unitId: unit.id, ...validOn(input.heldOn) }, select: { id: true } });
    const orgIds = new Set(orgs.map((o) => o.id));
    if (input.attendance.some((a) => !orgIds.has(a.organisationId))) errors._form = ["Danh sách dự họp có tổ chức không thuộc xã này."];
    const groups = await tx.workGroup.findMany({ select: { id: true, code: true } });
    const groupId = new Map(groups.map((g) => [g.code, g.id]));
    if (input.agenda.some((a) => !groupId.has(a.workGroupCode))) errors._form = ["Nội dung có nhóm công việc không hợp lệ."];
    // New tasks: owned by an organisation of this unit in force that day or, at an agency's giao ban, by the
    // Front committee of a commune below it that has a bloc; due on or after the meeting.
    const agency = unit.level !== "COMMUNE";
    const outside = input.tasks.filter((t) => !orgIds.has(t.ownerId)).map((t) => t.ownerId);
    const communes = new Map(agency && outside.length ? (await communeOwners(tx, unit.id, input.heldOn, outside)).map((c) => [c.organisationId, c]) : []);
    for (const t of input.tasks) {
      const commune = communes.get(t.ownerId);
      if (!orgIds.has(t.ownerId) && !commune)
        errors[`task_${t.key}_ownerId`] = [agency ? `Hãy chọn một thành viên của ${unit.name} hoặc một xã trực thuộc.` : "Tổ chức chủ trì không thuộc xã này."];
      else if (commune && !commune.blocId) errors[`task_${t.key}_ownerId`] = [`${commune.commune.name} chưa có khối được ghi nhận: chưa giao nhiệm vụ được.`];
      if (t.dueOn < input.heldOn) errors[`task_${t.key}_dueOn`] = [`Hạn hoàn thành không được trước ngày họp (${formatDate(input.heldOn)}).`];
      const afterClosing = dueAfterUnitProblem(t.dueOn, commune?.commune ?? unit);
      if (afterClosing) errors[`task_${t.key}_dueOn`] = [afterClosing];
    }
    if (Object.keys(errors).length) throw new RefusedError(INVALID, errors);

    let secretaryId = input.secretaryId;
    if (!secretaryId && input.secretaryName) {
      secretaryId = (await tx.person.create({ data: { unitId: unit.id, fullName: input.secretaryName, searchText: fold(input.secretaryName) } })).id;
    }
    const data = {
      kind: input.kind,
      regularWeek,
      heldOn: input.heldOn,
      weekStart: startOfIsoWeek(input.heldOn),
      startTime: input.startTime,
      place: input.place,
      chairId: input.chairId,
      secretaryId,
      discussion: input.discussion,
      peopleSituation: input.peopleSituation,
      hotSpots: input.hotSpots,
      conclusions: input.conclusions,
    };
    const form: MeetingForm = {
      data,
      attendance: input.attendance.map((a) => ({
        organisationId: a.organisationId,
        present: a.present === "present",
        absenceReason: a.present === "absent" ? a.reason : null,
        attendees: a.count,
      })),
      agenda: input.agenda.map((a) => ({ workGroupId: groupId.get(a.workGroupCode)!, content: a.content })),
    };
    const { meeting, carried } = before
      ? await updateMeeting(tx, before, form)
      : await createMeeting(tx, { blocId: bloc.id, unitId: unit.id, submissionId: input.submissionId, createdById: actor.userId }, form);
    const events = await assignTasks(tx, meeting, unit, input.tasks, before !== null, actor, communes);
    const done = [events.length && `giao ${events.length} nhiệm vụ`, carried && `chuyển tiếp ${carried} nhiệm vụ chưa xong`].filter(Boolean).join(", ");
    return {
      entityType: "Meeting",
      entityId: meeting.id,
      unitId: unit.id,
      before: before ? snapshot(before) : null,
      after: snapshot(meeting),
      message: `${before ? "Đã lưu" : "Đã tạo bản nháp cuộc họp"}${done ? `, ${done}` : ""}.`,
      data: { meetingId: meeting.id, version: meeting.version },
      redirectTo: input.meetingId ? undefined : `/meetings/${meeting.id}?created=1`,
      events,
    };
  },
};

/** Saving as the user types: the same save, leaving the new-task rows until the user saves the form. */
export const autosaveMeeting: ActionDefinition<typeof autosaveMeetingSchema, SaveLoaded, undefined> = {
  ...saveMeeting,
  name: "meeting.autosave",
  schema: autosaveMeetingSchema,
};
