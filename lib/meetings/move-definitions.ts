// Moving a meeting through its statuses (held, submitted, returned, approved with its minutes number,
// reopened, postponed, rescheduled, cancelled), through the one action path (runAction).
import { startMove } from "../actions/status-machine";
import { updateAtVersion } from "../actions/versioned";
import type { ActionDefinition, Loaded } from "../actions/run-action";
import { MESSAGES, RefusedError } from "../actions/result";
import type { Db } from "../db";
import type { Prisma, MeetingStatus } from "../../generated/prisma/sqlite/client";
import { formatDate, parseIsoDate } from "../time/business-date";
import { today } from "../time/today";
import { applyMeetingRollup } from "./rollups";
import { MEETING_MOVES, MEETING_STATUS_LABEL, startOfIsoWeek } from "./rules";
import { moveMeetingSchema } from "./schema";
import { minutesNumbering } from "./numbering";
import {
  blocSelect,
  checkDay,
  claimWeek,
  countCarried,
  meetingSnapshot as snapshot,
  syncCarryOver,
  unitSelect,
  type BlocFacts,
  type MeetingRow,
  type Unit,
} from "./write-rules";
import { meetingScope } from "../auth/records";
import { DUAL_POST_HINT, requireSecondPerson } from "../signoff/rules";

const INVALID = MESSAGES.invalid;

type MoveLoaded = Loaded & { meeting: MeetingRow & { unit: Unit; bloc: BlocFacts } };

async function loadMeeting(db: Db, meetingId: string, scope: Prisma.MeetingWhereInput): Promise<MoveLoaded | null> {
  const meeting = await db.meeting.findFirst({ where: { id: meetingId, ...scope }, include: { unit: { select: unitSelect }, bloc: { select: blocSelect } } });
  if (!meeting) return null;
  return { entityType: "Meeting", entityId: meeting.id, unitId: meeting.unitId, target: { unitPath: meeting.unit.path }, meeting };
}

export const moveMeeting: ActionDefinition<typeof moveMeetingSchema, MoveLoaded, undefined> = {
  name: "meeting.move",
  permission: "meeting.manage",
  schema: moveMeetingSchema,
  load: (db, input, actor, permission) => loadMeeting(db, input.meetingId, meetingScope(actor, permission)),
  async write(tx, { input, loaded, actor }) {
    const before = loaded.meeting;
    const move = startMove("Cuộc họp", before, input, MEETING_MOVES, MEETING_STATUS_LABEL);
    const data: Prisma.MeetingUpdateManyMutationInput = { status: move.to };
    if (move.needsReason) data.statusReason = input.reason;
    const now = today();
    let dualPost = false;
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
        // The secretary's step: the chair who approves must be another person (lib/signoff).
        Object.assign(data, { submittedAt: new Date(), submittedById: actor.userId });
        break;
      }
      case "approve": {
        const signOff = await requireSecondPerson(tx, {
          unitId: before.unitId,
          firstById: before.submittedById,
          secondById: actor.userId,
          refusal: `Bạn đã ghi và trình biên bản này: biên bản phải do người chủ trì duyệt, bằng một tài khoản khác. ${DUAL_POST_HINT}`,
        });
        dualPost = signOff.dualPost;
        Object.assign(data, { approvedAt: new Date(), approvedById: actor.userId });
        if (before.minutesNumber === null) Object.assign(data, await minutesNumbering(tx, { ...before, model: before.bloc.model, actorId: actor.userId }));
        break;
      }
      case "postpone":
      case "cancel": {
        if (input.move === "cancel") {
          const tasks = await tx.task.count({ where: { meetingId: before.id, status: { not: "CANCELLED" } } });
          if (tasks) throw new RefusedError(`Cuộc họp đã giao ${tasks} nhiệm vụ: hãy hủy các nhiệm vụ đó trước khi hủy cuộc họp.`);
          // Its carried-over items no longer count as a meeting the tasks were carried into.
          const carried = await tx.agendaItem.findMany({ where: { meetingId: before.id, kind: "CARRIED_OVER" }, select: { taskId: true } });
          if (before.status !== "POSTPONED")
            await countCarried(
              tx,
              carried.map((c) => c.taskId!),
              -1,
            );
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
      entityType: "Meeting",
      entityId: after.id,
      unitId: after.unitId,
      before: snapshot(before),
      after: dualPost ? { ...snapshot(after), signedUnderDualPost: true } : snapshot(after),
      reason: input.reason ?? undefined,
      message:
        input.move === "approve" ? `Đã duyệt biên bản số ${after.minutesLabel}.` : `Đã chuyển sang “${MEETING_STATUS_LABEL[after.status as MeetingStatus]}”.`,
      data: { meetingId: after.id, version: after.version },
      // The page again, without one-off notices of earlier steps in its address.
      redirectTo: `/meetings/${after.id}`,
    };
  },
};
