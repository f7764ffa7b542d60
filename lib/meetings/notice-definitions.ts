// Issuing the conclusions notice (thông báo kết luận) of a giao ban whose minutes are approved: the chair's
// conclusions and the tasks assigned, sent to the member organisations under the next number of the same
// body's register of notices (TB), through the one action path (runAction).
import { updateAtVersion } from "../actions/versioned";
import type { ActionDefinition, Loaded } from "../actions/run-action";
import { RefusedError } from "../actions/result";
import type { Db } from "../db";
import { today } from "../time/today";
import { formatIsoWeek, isoWeekOf } from "../time/iso-week";
import { meetingScope } from "../auth/records";
import { issueNumber, liveEntry } from "../registers/issue";
import { DUAL_POST_HINT, requireSecondPerson } from "../signoff/rules";
import { issueNoticeSchema } from "./schema";
import { minutesIssuer } from "./numbering";
import type { BlocModel, Prisma } from "../../generated/prisma/sqlite/client";

type NoticeLoaded = Loaded & {
  meeting: Prisma.MeetingGetPayload<{
    include: { unit: { select: { id: true; type: true; name: true; path: true } }; bloc: { select: { model: true } }; chair: { select: { fullName: true } } };
  }>;
};

async function loadMeeting(db: Db, meetingId: string, scope: Prisma.MeetingWhereInput): Promise<NoticeLoaded | null> {
  const meeting = await db.meeting.findFirst({
    where: { id: meetingId, ...scope },
    include: { unit: { select: { id: true, type: true, name: true, path: true } }, bloc: { select: { model: true } }, chair: { select: { fullName: true } } },
  });
  return meeting && { entityType: "Meeting", entityId: meeting.id, unitId: meeting.unitId, target: { unitPath: meeting.unit.path }, meeting };
}

export const issueNotice: ActionDefinition<typeof issueNoticeSchema, NoticeLoaded, undefined> = {
  name: "meeting.issue_notice",
  permission: "meeting.manage",
  schema: issueNoticeSchema,
  load: (db, input, actor, permission) => loadMeeting(db, input.meetingId, meetingScope(actor, permission)),
  async write(tx, { input, loaded, actor }) {
    const m = loaded.meeting;
    if (m.status !== "APPROVED") throw new RefusedError("Chỉ ban hành thông báo kết luận khi biên bản đã được duyệt.");
    if (!m.conclusions.trim() || !m.chair) throw new RefusedError("Cuộc họp chưa có kết luận của chủ trì: không có gì để thông báo.");
    const issued = await liveEntry(tx, "Meeting", m.id, "CONCLUSION");
    if (issued) throw new RefusedError(`Thông báo kết luận đã được ban hành, số ${issued.label}. Nếu cần ban hành lại, hãy hủy số đó ở sổ văn bản.`);
    // The chair's document: not issued by the account that recorded the minutes, unless it holds both posts.
    const signOff = await requireSecondPerson(tx, {
      unitId: m.unitId,
      firstById: m.submittedById,
      secondById: actor.userId,
      refusal: `Bạn đã ghi và trình biên bản này: thông báo kết luận do người chủ trì ban hành, bằng một tài khoản khác. ${DUAL_POST_HINT}`,
    });
    // The meeting's version guards against a second notice issued at the same instant (PostgreSQL).
    await updateAtVersion(tx.meeting, { id: m.id, version: input.version }, {});
    const week = formatIsoWeek(isoWeekOf(m.heldOn)).toLowerCase();
    const number = await issueNumber(tx, {
      unit: m.unit,
      bodyKind: minutesIssuer(m.bloc.model as BlocModel).bodyKind,
      kind: "CONCLUSION",
      issuedOn: today(),
      summary: `Thông báo kết luận hội nghị giao ban ${week}`,
      signerName: m.chair.fullName,
      signerPost: "Chủ trì hội nghị",
      entityType: "Meeting",
      entityId: m.id,
      issuedById: actor.userId,
    });
    return {
      entityType: "Meeting",
      entityId: m.id,
      unitId: m.unitId,
      after: { notice: number.label, ...(signOff.dualPost ? { signedUnderDualPost: true } : {}) },
      message: `Đã ban hành thông báo kết luận số ${number.label}.`,
      redirectTo: `/meetings/${m.id}`,
    };
  },
};
