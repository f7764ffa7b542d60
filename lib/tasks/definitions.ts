// Writing tasks: assigning one in a meeting, its owner organisation reporting progress, and the bloc
// head verifying, reopening, cancelling, transferring or moving its deadline (the first due date stays).
import { startMove } from "../actions/status-machine";
import { updateAtVersion } from "../actions/versioned";
import type { ActionDefinition, Loaded } from "../actions/run-action";
import { MESSAGES, RefusedError } from "../actions/result";
import type { Db, Tx } from "../db";
import type { Prisma } from "../../generated/prisma/sqlite/client";
import { formatDate, parseIsoDate } from "../time/business-date";
import { today } from "../time/today";
import { validOn } from "../units/validity";
import { applyTaskRollup } from "./rollups";
import { EDITABLE, MEETING_STATUS_LABEL } from "../meetings/rules";
import { addTaskSchema } from "../meetings/schema";
import { manageTaskSchema, progressTaskSchema } from "./schema";
import { dueAfterUnitProblem, TASK_MOVES, TASK_STATUS_LABEL } from "./rules";
import { meetingScope, taskScope } from "../auth/records";
import { notify } from "../notifications/notify";
import { taskAssigned, taskFromAgency } from "../notifications/events";
import { agencyName } from "../blocs/labels";
import { communeOwners } from "../meetings/agency";

const INVALID = MESSAGES.invalid;

type MeetingLoaded = Loaded & {
  meeting: {
    id: string;
    blocId: string;
    unitId: string;
    heldOn: Date;
    status: Prisma.MeetingGetPayload<object>["status"];
    unit: { code: string; name: string; type: string; level: string; validTo: Date | null };
  };
};

export const addTask: ActionDefinition<typeof addTaskSchema, MeetingLoaded, undefined> = {
  name: "task.create",
  permission: "meeting.manage",
  schema: addTaskSchema,
  async load(db, input, actor, permission) {
    const meeting = await db.meeting.findFirst({
      where: { id: input.meetingId, ...meetingScope(actor, permission) },
      select: {
        id: true,
        blocId: true,
        unitId: true,
        heldOn: true,
        status: true,
        unit: { select: { code: true, path: true, name: true, type: true, level: true, validTo: true } },
      },
    });
    if (!meeting) return null;
    return { entityType: "Task", unitId: meeting.unitId, target: { unitPath: meeting.unit.path }, meeting };
  },
  async write(tx, { input, loaded, actor }) {
    const { meeting } = loaded;
    const retried = await tx.task.findUnique({ where: { submissionId: input.submissionId } });
    if (retried)
      return { entityType: "Task", entityId: retried.id, unitId: retried.unitId, after: { duplicateOf: retried.id }, message: "Nhiệm vụ này đã được lưu." };
    if (!EDITABLE.includes(meeting.status))
      throw new RefusedError(`Cuộc họp đang ở trạng thái “${MEETING_STATUS_LABEL[meeting.status]}”: không giao thêm nhiệm vụ được.`);
    const errors: Record<string, string[]> = {};
    if (input.dueOn < meeting.heldOn) errors.dueOn = [`Hạn hoàn thành không được trước ngày họp (${formatDate(meeting.heldOn)}).`];
    const orgs = await tx.organisation.findMany({
      where: { unitId: meeting.unitId, ...validOn(meeting.heldOn), id: { in: [input.ownerId, ...input.coOwnerIds] } },
      select: { id: true },
    });
    const ids = new Set(orgs.map((o) => o.id));
    // At an agency's giao ban the task may go to a commune below it (its Front committee, in its bloc).
    const agency = meeting.unit.level !== "COMMUNE";
    const commune = agency && !ids.has(input.ownerId) ? (await communeOwners(tx, meeting.unitId, meeting.heldOn, [input.ownerId]))[0] : undefined;
    if (!ids.has(input.ownerId) && !commune)
      errors.ownerId = [agency ? `Hãy chọn một thành viên của ${meeting.unit.name} hoặc một xã trực thuộc.` : "Tổ chức chủ trì không thuộc xã này."];
    else if (commune && !commune.blocId) errors.ownerId = [`${commune.commune.name} chưa có khối được ghi nhận: chưa giao nhiệm vụ được.`];
    if (input.coOwnerIds.some((id) => !ids.has(id))) errors.coOwnerIds = ["Có tổ chức phối hợp không thuộc đơn vị này."];
    else if (commune && input.coOwnerIds.some((id) => id !== input.ownerId))
      errors.coOwnerIds = ["Nhiệm vụ giao cho xã không có tổ chức phối hợp của cơ quan khối: hãy giao riêng."];
    const afterClosing = dueAfterUnitProblem(input.dueOn, commune?.commune ?? meeting.unit);
    if (afterClosing) errors.dueOn = [afterClosing];
    let workGroupId: string | null = null;
    if (input.workGroupCode) {
      workGroupId = (await tx.workGroup.findUnique({ where: { code: input.workGroupCode }, select: { id: true } }))?.id ?? null;
      if (!workGroupId) errors.workGroupCode = ["Nhóm công việc không hợp lệ."];
    }
    if (Object.keys(errors).length) throw new RefusedError(INVALID, errors);
    const coOwners = [...new Set(input.coOwnerIds)].filter((id) => id !== input.ownerId);
    const task = await tx.task.create({
      data: {
        submissionId: input.submissionId,
        blocId: commune?.blocId ?? meeting.blocId,
        unitId: commune?.commune.id ?? meeting.unitId,
        meetingId: meeting.id,
        workGroupId,
        title: input.title,
        ownerId: input.ownerId,
        assignedOn: meeting.heldOn,
        dueOn: input.dueOn,
        originalDueOn: input.dueOn,
        createdById: actor.userId,
        ...(coOwners.length ? { coOwners: { create: coOwners.map((organisationId) => ({ organisationId })) } } : {}),
      },
    });
    await applyTaskRollup(tx, null, task);
    await notify(
      tx,
      commune
        ? [taskAssigned(commune.commune, task), taskFromAgency(commune.commune, task, agencyName(meeting.unit))]
        : [taskAssigned({ id: meeting.unitId, code: meeting.unit.code, level: meeting.unit.level }, task, coOwners)],
    );
    return {
      entityType: "Task",
      entityId: task.id,
      unitId: task.unitId,
      after: { title: task.title, ownerId: task.ownerId, coOwners, dueOn: task.dueOn, meetingId: meeting.id },
      message: "Đã giao nhiệm vụ.",
    };
  },
};

type TaskRow = Prisma.TaskGetPayload<object>;
type TaskLoaded = Loaded & { task: TaskRow & { unit: { code: string; path: string; name: string; validTo: Date | null } } };

async function loadTask(db: Db, taskId: string, scope: Prisma.TaskWhereInput): Promise<TaskLoaded | null> {
  const task = await db.task.findFirst({
    where: { id: taskId, ...scope },
    include: { unit: { select: { code: true, path: true, name: true, validTo: true } } },
  });
  if (!task) return null;
  // The owner organisation's officer reaches the task through its organisation.
  return { entityType: "Task", entityId: task.id, unitId: task.unitId, target: { unitPath: task.unit.path, organisationId: task.ownerId }, task };
}

const snapshot = (t: TaskRow) => ({
  status: t.status,
  dueOn: t.dueOn,
  ownerId: t.ownerId,
  progressNote: t.progressNote,
  statusReason: t.statusReason,
  version: t.version,
});

/** The task changed at the version read, read back, and its rollups moved from what it was to what it is. */
async function updateTask(tx: Tx, before: TaskRow, data: Prisma.TaskUpdateManyMutationInput) {
  await updateAtVersion(tx.task, { id: before.id, version: before.version }, data);
  const after = await tx.task.findUniqueOrThrow({ where: { id: before.id } });
  await applyTaskRollup(tx, before, after);
  return after;
}

export const progressTask: ActionDefinition<typeof progressTaskSchema, TaskLoaded, undefined> = {
  name: "task.progress",
  permission: "task.progress",
  schema: progressTaskSchema,
  personalText: /^note$/,
  load: (db, input, actor, permission) => loadTask(db, input.taskId, taskScope(actor, permission)),
  async write(tx, { input, loaded }) {
    const before = loaded.task;
    const move = startMove("Nhiệm vụ", before, input, TASK_MOVES, TASK_STATUS_LABEL);
    if (input.move === "report" && !input.note) throw new RefusedError(INVALID, { note: ["Hãy ghi kết quả thực hiện."] });
    const data: Prisma.TaskUpdateManyMutationInput = { status: move.to! };
    if (input.note) data.progressNote = input.note;
    if (input.move === "report") data.doneReportedOn = today();
    const after = await updateTask(tx, before, data);
    return {
      entityType: "Task",
      entityId: after.id,
      unitId: after.unitId,
      before: snapshot(before),
      after: snapshot(after),
      message: `Đã cập nhật: ${TASK_STATUS_LABEL[after.status]}.`,
    };
  },
};

export const manageTask: ActionDefinition<typeof manageTaskSchema, TaskLoaded, undefined> = {
  name: "task.manage",
  permission: "task.manage",
  schema: manageTaskSchema,
  load: (db, input, actor, permission) => loadTask(db, input.taskId, taskScope(actor, permission)),
  async write(tx, { input, loaded, actor }) {
    const before = loaded.task;
    const move = startMove("Nhiệm vụ", before, input, TASK_MOVES, TASK_STATUS_LABEL);
    const now = today();
    const data: Prisma.TaskUpdateManyMutationInput = { statusReason: input.reason };
    if (move.to) data.status = move.to;
    let successor: TaskRow | null = null;
    switch (input.move) {
      case "verify":
      case "cancel":
        data.closedOn = now;
        break;
      case "reopen":
        data.closedOn = null;
        data.doneReportedOn = null;
        break;
      case "reschedule": {
        const due = parseIsoDate(input.dueOn);
        if (!due) throw new RefusedError(INVALID, { dueOn: ["Hãy chọn hạn mới."] });
        if (due < before.assignedOn) throw new RefusedError(INVALID, { dueOn: [`Hạn mới không được trước ngày giao (${formatDate(before.assignedOn)}).`] });
        const afterClosing = dueAfterUnitProblem(due, before.unit);
        if (afterClosing) throw new RefusedError(INVALID, { dueOn: [afterClosing] });
        data.dueOn = due; // originalDueOn stays: on-time rates judge against the first deadline.
        break;
      }
      case "transfer": {
        const to = input.toOrganisationId
          ? await tx.organisation.findFirst({ where: { id: input.toOrganisationId, unitId: before.unitId, ...validOn(now) }, select: { id: true } })
          : null;
        if (!to) throw new RefusedError(INVALID, { toOrganisationId: ["Hãy chọn một tổ chức của xã để nhận nhiệm vụ."] });
        if (to.id === before.ownerId) throw new RefusedError(INVALID, { toOrganisationId: ["Nhiệm vụ đang do chính tổ chức này chủ trì."] });
        data.closedOn = now;
        successor = await tx.task.create({
          data: {
            submissionId: `transfer:${before.id}`,
            blocId: before.blocId,
            unitId: before.unitId,
            meetingId: before.meetingId,
            workGroupId: before.workGroupId,
            title: before.title,
            ownerId: to.id,
            assignedOn: before.assignedOn,
            dueOn: before.dueOn,
            originalDueOn: before.originalDueOn,
            carryCount: before.carryCount,
            transferredFromId: before.id,
            createdById: actor.userId,
          },
        });
        await applyTaskRollup(tx, null, successor);
        await notify(tx, [taskAssigned({ id: before.unitId, code: before.unit.code }, successor)]);
        break;
      }
    }
    const after = await updateTask(tx, before, data);
    return {
      entityType: "Task",
      entityId: after.id,
      unitId: after.unitId,
      before: snapshot(before),
      after: { ...snapshot(after), successorId: successor?.id },
      reason: input.reason ?? undefined,
      message:
        input.move === "reschedule"
          ? `Đã gia hạn đến ${formatDate(after.dueOn)}.`
          : input.move === "transfer"
            ? "Đã chuyển nhiệm vụ."
            : `Đã cập nhật: ${TASK_STATUS_LABEL[after.status]}.`,
    };
  },
};
