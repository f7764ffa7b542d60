// Writing meetings: saving a draft (new or existing, as the user goes), moving it through its statuses,
// filing the scan of the signed minutes. Each goes through the one action path (runAction).
import { startMove } from "../actions/status-machine";
import { updateAtVersion } from "../actions/versioned";
import type { ActionDefinition, Loaded } from "../actions/run-action";
import { ConflictError, MESSAGES, RefusedError } from "../actions/result";
import type { Db, Tx } from "../db";
import type { z } from "../validation";
import { Prisma, type BlocModel, type MeetingStatus } from "../../generated/prisma/sqlite/client";
import { statusOn } from "../blocs/status-on";
import { dueAfterUnitProblem } from "../tasks/rules";
import { fold } from "../text/fold";
import { formatDate, parseIsoDate } from "../time/business-date";
import { today } from "../time/today";
import { validOn } from "../units/validity";
import { applyMeetingRollup, applyNewTaskRollups } from "./rollups";
import type { AuditRecord } from "../audit/write";
import { insertRows, newId } from "../sql-insert";
import type { Actor } from "../auth/actor";
import { addTask } from "../tasks/definitions";
import { carryOver, dateProblem, EDITABLE, MEETING_MOVES, MEETING_STATUS_LABEL, startOfIsoWeek, weekKey } from "./rules";
import { autosaveMeetingSchema, moveMeetingSchema, saveMeetingSchema } from "./schema";
import { minutesNumbering } from "./numbering";

const INVALID = MESSAGES.invalid;


type Unit = { id: string; code: string; name: string; path: string; validFrom: Date; validTo: Date | null };
type BlocFacts = { id: string; model: BlocModel; statusChanges: { toStatus: Prisma.BlocStatusChangeGetPayload<object>["toStatus"]; effectiveOn: Date | null; createdAt: Date }[] };
type MeetingRow = Prisma.MeetingGetPayload<object>;
type TaskRow = Prisma.TaskGetPayload<object>;

// Rows written by one INSERT (lib/sql-insert.ts, every column of the model): the schema's defaults for the
// columns the form does not fill.
const NEW_MEETING = {
  status: "DRAFT", statusReason: null, minutesIssuer: null, minutesYear: null, minutesNumber: null, minutesLabel: null,
  approvedAt: null, approvedById: null, minutesScanId: null, version: 1,
} as const satisfies Partial<MeetingRow>;
const NEW_TASK = {
  recommendationId: null, workGroupId: null, status: "OPEN", statusReason: null, progressNote: null, doneReportedOn: null, closedOn: null,
  carryCount: 0, transferredFromId: null, version: 1,
} as const satisfies Partial<TaskRow>;

const unitSelect = { id: true, code: true, name: true, path: true, validFrom: true, validTo: true } as const;
const blocSelect = { id: true, model: true, statusChanges: { select: { toStatus: true, effectiveOn: true, createdAt: true } } } as const;

type SaveLoaded = Loaded & { unit: Unit; bloc: BlocFacts | null; meeting: MeetingRow | null };
type SaveMeetingInput = z.infer<typeof saveMeetingSchema>;

/** The bloc's status on `day` and the date rules; refuses with the field to fix. */
function checkDay(day: Date, unit: Unit, bloc: BlocFacts) {
  const problem = dateProblem(day, today(), statusOn(bloc.statusChanges, day), unit);
  if (problem) throw new RefusedError(INVALID, { heldOn: [problem] });
  if (day < unit.validFrom || (unit.validTo && day > unit.validTo)) throw new RefusedError(INVALID, { heldOn: [`Ngày họp nằm ngoài thời gian tồn tại của ${unit.name}.`] });
}

/** Refuses a second regular meeting in the week of `day`. */
async function claimWeek(tx: Tx, blocId: string, day: Date, exceptId: string | null) {
  const key = weekKey(day);
  const other = await tx.meeting.findFirst({ where: { blocId, regularWeek: key, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { heldOn: true } });
  if (other) {
    throw new RefusedError(INVALID, { heldOn: [`Tuần này đã có cuộc giao ban thường kỳ (ngày ${formatDate(other.heldOn)}). Nếu đây là cuộc họp đột xuất, hãy chọn loại “Đột xuất”.`] });
  }
  return key;
}

/** The tasks not closed from earlier meetings of the bloc that are not yet on the meeting's agenda. */
async function tasksToCarry(tx: Tx, meeting: { id: string | null; blocId: string; heldOn: Date }) {
  // One statement at a time on a transaction's connection (lib/db.ts, `Tx`).
  const tasks = await tx.task.findMany({ where: { blocId: meeting.blocId, status: { notIn: ["VERIFIED", "CANCELLED", "TRANSFERRED"] } }, select: { id: true, status: true, assignedOn: true, meetingId: true } });
  // A meeting not yet created has no agenda items carried.
  const carried = meeting.id ? await tx.agendaItem.findMany({ where: { meetingId: meeting.id, kind: "CARRIED_OVER" }, select: { taskId: true } }) : [];
  return carryOver(tasks, { id: meeting.id ?? "", heldOn: meeting.heldOn }, carried.map((c) => c.taskId!));
}

/**
 * Counts the tasks as carried once more (`by` 1), or once less (-1, a cancelled meeting). One row at a time
 * in the order of their ids: on PostgreSQL one UPDATE over the list locks its rows in the order of the
 * table's scan, which differs between transactions, and two saves of one commune at once deadlocked (each
 * costing a second before PostgreSQL noticed); taken in one order, the second save waits for the first.
 */
async function countCarried(tx: Tx, ids: string[], by: 1 | -1 = 1) {
  for (const id of [...ids].sort()) await tx.task.update({ where: { id }, data: { carryCount: { increment: by } }, select: { id: true } });
}

/** Brings forward every task not closed from earlier meetings that is not yet on this meeting's agenda. */
export async function syncCarryOver(tx: Tx, meeting: { id: string; blocId: string; heldOn: Date }) {
  const ids = await tasksToCarry(tx, meeting);
  if (ids.length) await tx.agendaItem.createMany({ data: ids.map((taskId) => ({ meetingId: meeting.id, kind: "CARRIED_OVER" as const, taskId })) });
  await countCarried(tx, ids);
  return ids.length;
}

async function people(tx: Tx, unitId: string, ids: (string | null)[]) {
  const wanted = ids.filter((x): x is string => Boolean(x));
  if (!wanted.length) return new Set<string>();
  const found = await tx.person.findMany({ where: { id: { in: wanted }, unitId }, select: { id: true } });
  return new Set(found.map((p) => p.id));
}

export const saveMeeting: ActionDefinition<typeof saveMeetingSchema, SaveLoaded, undefined> = {
  name: "meeting.save",
  permission: "meeting.manage",
  schema: saveMeetingSchema,
  async load(db, input) {
    const existing = input.meetingId
      ? await db.meeting.findUnique({ where: { id: input.meetingId } })
      : await db.meeting.findUnique({ where: { submissionId: input.submissionId } });
    const unitId = existing?.unitId ?? input.unitId;
    if (!unitId || (input.meetingId && !existing)) return null;
    const unit = await db.unit.findFirst({ where: { id: unitId, level: "COMMUNE" }, select: { ...unitSelect, bloc: { select: blocSelect } } });
    if (!unit) return null;
    const { bloc, ...u } = unit;
    return { entityType: "Meeting", entityId: existing?.id ?? null, unitId: u.id, target: { unitPath: u.path }, unit: u, bloc, meeting: existing };
  },
  async write(tx, { input, loaded, actor }) {
    const { unit, bloc } = loaded;
    if (!bloc) throw new RefusedError(`${unit.name} chưa có khối được ghi nhận: hãy nhờ huyện ghi nhận khối trước khi ghi cuộc họp.`);
    const before = loaded.meeting;
    if (!before) {
      // The same form sent twice at once: the other copy created it while this one waited its turn.
      const twin = await tx.meeting.findUnique({ where: { submissionId: input.submissionId } });
      if (twin) {
        return {
          entityType: "Meeting", entityId: twin.id, unitId: twin.unitId, after: { duplicateOf: twin.id }, message: "Cuộc họp này đã được lưu.",
          data: { meetingId: twin.id, version: twin.version }, redirectTo: input.meetingId ? undefined : `/meetings/${twin.id}`,
        };
      }
    }
    if (before && !EDITABLE.includes(before.status)) {
      throw new RefusedError(`Cuộc họp đang ở trạng thái “${MEETING_STATUS_LABEL[before.status]}”: không sửa được nội dung${before.status === "APPROVED" ? " (trưởng khối có thể mở lại biên bản)" : ""}.`);
    }
    // A retried first save (same submission id, no meeting id yet) continues the meeting it created.
    if (before && input.meetingId && before.version !== input.version) throw new ConflictError();
    const dateChanged = !before || before.heldOn.getTime() !== input.heldOn.getTime() || before.kind !== input.kind;
    if (dateChanged) checkDay(input.heldOn, unit, bloc);
    if (before?.status === "HELD" && input.heldOn > today()) throw new RefusedError(INVALID, { heldOn: ["Cuộc họp đã họp không thể có ngày trong tương lai."] });
    const regularWeek = input.kind === "REGULAR" ? (dateChanged ? await claimWeek(tx, bloc.id, input.heldOn, before?.id ?? null) : before!.regularWeek) : null;

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
    // New tasks: owned by an organisation of this commune in force that day, due on or after the meeting.
    for (const t of input.tasks) {
      if (!orgIds.has(t.ownerId)) errors[`task_${t.key}_ownerId`] = ["Tổ chức chủ trì không thuộc xã này."];
      if (t.dueOn < input.heldOn) errors[`task_${t.key}_dueOn`] = [`Hạn hoàn thành không được trước ngày họp (${formatDate(input.heldOn)}).`];
      const afterClosing = dueAfterUnitProblem(t.dueOn, unit);
      if (afterClosing) errors[`task_${t.key}_dueOn`] = [afterClosing];
    }
    if (Object.keys(errors).length) throw new RefusedError(INVALID, errors);

    let secretaryId = input.secretaryId;
    if (!secretaryId && input.secretaryName) {
      secretaryId = (await tx.person.create({ data: { unitId: unit.id, fullName: input.secretaryName, searchText: fold(input.secretaryName) } })).id;
    }
    const data = {
      kind: input.kind, regularWeek, heldOn: input.heldOn, weekStart: startOfIsoWeek(input.heldOn), startTime: input.startTime, place: input.place,
      chairId: input.chairId, secretaryId, discussion: input.discussion, peopleSituation: input.peopleSituation, hotSpots: input.hotSpots, conclusions: input.conclusions,
    };
    const attendanceRow = (a: (typeof input.attendance)[number]) => ({ present: a.present === "present", absenceReason: a.present === "absent" ? a.reason : null, attendees: a.count });
    let meeting: MeetingRow;
    let carried = 0;
    if (!before) {
      // A new meeting has no rows yet: it, its attendance and its content and carried-over tasks are one
      // INSERT each (lib/sql-insert.ts: a nested create of the client is four statements built from plans).
      const carry = await tasksToCarry(tx, { id: null, blocId: bloc.id, heldOn: input.heldOn });
      const id = newId();
      const now = new Date();
      meeting = {
        ...NEW_MEETING, ...data, id, blocId: bloc.id, unitId: unit.id, submissionId: input.submissionId, createdById: actor.userId, createdAt: now, updatedAt: now,
      };
      await insertRows(tx, "Meeting", Prisma.MeetingScalarFieldEnum, [meeting]);
      if (input.attendance.length) {
        await insertRows(tx, "MeetingAttendance", Prisma.MeetingAttendanceScalarFieldEnum, input.attendance.map((a) => ({ id: newId(), meetingId: id, organisationId: a.organisationId, ...attendanceRow(a) })));
      }
      const agenda = [
        ...input.agenda.filter((a) => a.content).map((a) => ({ id: newId(), meetingId: id, kind: "CONTENT", workGroupId: groupId.get(a.workGroupCode)!, content: a.content, taskId: null })),
        ...carry.map((taskId) => ({ id: newId(), meetingId: id, kind: "CARRIED_OVER", workGroupId: null, content: "", taskId })),
      ];
      if (agenda.length) await insertRows(tx, "AgendaItem", Prisma.AgendaItemScalarFieldEnum, agenda);
      await countCarried(tx, carry);
      carried = carry.length;
    } else {
      await updateAtVersion(tx.meeting, { id: before.id, version: before.version }, data);
      meeting = await tx.meeting.findUniqueOrThrow({ where: { id: before.id } });
      await applyMeetingRollup(tx, before, meeting);
    }
    for (const a of before ? input.attendance : []) {
      const row = attendanceRow(a);
      await tx.meetingAttendance.upsert({ where: { meetingId_organisationId: { meetingId: meeting.id, organisationId: a.organisationId } }, create: { meetingId: meeting.id, organisationId: a.organisationId, ...row }, update: row });
    }
    for (const a of before ? input.agenda : []) {
      const workGroupId = groupId.get(a.workGroupCode)!;
      const existing = await tx.agendaItem.findFirst({ where: { meetingId: meeting.id, kind: "CONTENT", workGroupId } });
      if (existing) {
        if (existing.content !== a.content) await tx.agendaItem.update({ where: { id: existing.id }, data: { content: a.content } });
      } else if (a.content) {
        await tx.agendaItem.create({ data: { meetingId: meeting.id, kind: "CONTENT", workGroupId, content: a.content } });
      }
    }
    if (before) carried = await syncCarryOver(tx, meeting);
    const events = await assignTasks(tx, meeting, input.tasks, before !== null, actor);
    const done = [events.length && `giao ${events.length} nhiệm vụ`, carried && `chuyển tiếp ${carried} nhiệm vụ chưa xong`].filter(Boolean).join(", ");
    return {
      entityType: "Meeting", entityId: meeting.id, unitId: unit.id,
      before: before ? snapshot(before) : null, after: snapshot(meeting),
      message: `${before ? "Đã lưu" : "Đã tạo bản nháp cuộc họp"}${done ? `, ${done}` : ""}.`,
      data: { meetingId: meeting.id, version: meeting.version },
      redirectTo: input.meetingId ? undefined : `/meetings/${meeting.id}?created=1`,
      events,
    };
  },
};

/** Saving as the user types: the same save, leaving the new-task rows until the user saves the form. */
export const autosaveMeeting: ActionDefinition<typeof autosaveMeetingSchema, SaveLoaded, undefined> = { ...saveMeeting, name: "meeting.autosave", schema: autosaveMeetingSchema };

type NewTask = SaveMeetingInput["tasks"][number];

/**
 * Creates the tasks the form assigns, in one statement, and their rollups (one statement per rollup table
 * and due date), all in the meeting's transaction; returns each task's audit event (as the task dialog
 * writes it), written with the meeting's. A row already stored (the same form sent again) is not created
 * twice: its key is its submission id.
 */
async function assignTasks(tx: Tx, meeting: MeetingRow, rows: NewTask[], existing: boolean, actor: Actor): Promise<AuditRecord[]> {
  if (!rows.length) return [];
  const stored = existing
    ? new Set((await tx.task.findMany({ where: { meetingId: meeting.id, submissionId: { in: rows.map((r) => r.key) } }, select: { submissionId: true } })).map((t) => t.submissionId))
    : new Set<string>();
  const now = new Date();
  const tasks = rows.filter((r) => !stored.has(r.key)).map((r) => ({
    ...NEW_TASK, id: newId(), submissionId: r.key, blocId: meeting.blocId, unitId: meeting.unitId, meetingId: meeting.id, title: r.title, ownerId: r.ownerId,
    assignedOn: meeting.heldOn, dueOn: r.dueOn, originalDueOn: r.dueOn, createdById: actor.userId, createdAt: now, updatedAt: now,
  }));
  if (!tasks.length) return [];
  await insertRows(tx, "Task", Prisma.TaskScalarFieldEnum, tasks);
  await applyNewTaskRollups(tx, tasks);
  return tasks.map((t) => ({
    action: addTask.name, entityType: "Task", entityId: t.id, unitId: t.unitId,
    after: { title: t.title, ownerId: t.ownerId, coOwners: [], dueOn: t.dueOn, meetingId: meeting.id },
  }));
}

const snapshot = (m: MeetingRow) => ({
  status: m.status, kind: m.kind, heldOn: m.heldOn, startTime: m.startTime, place: m.place, chairId: m.chairId, secretaryId: m.secretaryId,
  discussion: m.discussion, peopleSituation: m.peopleSituation, hotSpots: m.hotSpots, conclusions: m.conclusions, version: m.version, minutesLabel: m.minutesLabel,
});

type MoveLoaded = Loaded & { meeting: MeetingRow & { unit: Unit; bloc: BlocFacts } };

async function loadMeeting(db: Db, meetingId: string): Promise<MoveLoaded | null> {
  const meeting = await db.meeting.findUnique({ where: { id: meetingId }, include: { unit: { select: unitSelect }, bloc: { select: blocSelect } } });
  if (!meeting) return null;
  return { entityType: "Meeting", entityId: meeting.id, unitId: meeting.unitId, target: { unitPath: meeting.unit.path }, meeting };
}

export const moveMeeting: ActionDefinition<typeof moveMeetingSchema, MoveLoaded, undefined> = {
  name: "meeting.move",
  permission: "meeting.manage",
  schema: moveMeetingSchema,
  load: (db, input) => loadMeeting(db, input.meetingId),
  async write(tx, { input, loaded, actor }) {
    const before = loaded.meeting;
    const move = startMove("Cuộc họp", before, input, MEETING_MOVES, MEETING_STATUS_LABEL);
    const data: Prisma.MeetingUpdateManyMutationInput = { status: move.to };
    if (move.needsReason) data.statusReason = input.reason;
    const now = today();
    switch (input.move) {
      case "hold": {
        if (before.heldOn > now) throw new RefusedError(`Cuộc họp dự kiến ngày ${formatDate(before.heldOn)}: chỉ xác nhận đã họp từ ngày đó.`);
        const present = await tx.meetingAttendance.count({ where: { meetingId: before.id, present: true } });
        if (!present) throw new RefusedError("Hãy ghi nhận thành phần dự họp (ít nhất một tổ chức có mặt) trước khi xác nhận đã họp.");
        break;
      }
      case "submit": {
        const missing = [!before.chairId && "người chủ trì", !before.secretaryId && "thư ký", !before.conclusions && "kết luận của chủ trì"].filter(Boolean);
        if (missing.length) throw new RefusedError(`Biên bản còn thiếu ${missing.join(", ")}: hãy bổ sung rồi trình.`);
        break;
      }
      case "approve": {
        if (before.minutesNumber === null) {
          const n = await minutesNumbering(tx, { unitId: before.unitId, model: before.bloc.model, year: before.heldOn.getUTCFullYear() });
          Object.assign(data, n, { approvedAt: new Date(), approvedById: actor.userId });
        } else {
          Object.assign(data, { approvedAt: new Date(), approvedById: actor.userId });
        }
        break;
      }
      case "postpone":
      case "cancel": {
        if (input.move === "cancel") {
          const tasks = await tx.task.count({ where: { meetingId: before.id, status: { not: "CANCELLED" } } });
          if (tasks) throw new RefusedError(`Cuộc họp đã giao ${tasks} nhiệm vụ: hãy hủy các nhiệm vụ đó trước khi hủy cuộc họp.`);
          // Its carried-over items no longer count as a meeting the tasks were carried into.
          const carried = await tx.agendaItem.findMany({ where: { meetingId: before.id, kind: "CARRIED_OVER" }, select: { taskId: true } });
          if (before.status !== "POSTPONED") await countCarried(tx, carried.map((c) => c.taskId!), -1);
        }
        // A postponed or cancelled meeting frees its week for another regular meeting.
        data.regularWeek = null;
        break;
      }
      case "reschedule": {
        const day = parseIsoDate(input.heldOn);
        if (!day) throw new RefusedError(INVALID, { heldOn: ["Hãy chọn ngày họp mới."] });
        checkDay(day, before.unit, before.bloc);
        data.heldOn = day;
        data.weekStart = startOfIsoWeek(day);
        data.regularWeek = before.kind === "REGULAR" ? await claimWeek(tx, before.blocId, day, before.id) : null;
        break;
      }
    }
    await updateAtVersion(tx.meeting, { id: before.id, version: before.version }, data);
    const after = await tx.meeting.findUniqueOrThrow({ where: { id: before.id } });
    await applyMeetingRollup(tx, before, after);
    if (input.move === "reschedule") await syncCarryOver(tx, after);
    return {
      entityType: "Meeting", entityId: after.id, unitId: after.unitId, before: snapshot(before), after: snapshot(after), reason: input.reason ?? undefined,
      message: input.move === "approve" ? `Đã duyệt biên bản số ${after.minutesLabel}.` : `Đã chuyển sang “${MEETING_STATUS_LABEL[after.status as MeetingStatus]}”.`,
      data: { meetingId: after.id, version: after.version },
      // The page again, without one-off notices of earlier steps in its address.
      redirectTo: `/meetings/${after.id}`,
    };
  },
};

