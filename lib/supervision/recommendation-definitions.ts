// Recommendations: sent with a response due date, closed only by a response, an escalation or a withdrawal,
// followed up with notes, turned into tasks for the next giao ban; the rollups kept in the same transaction.
import { updateAtVersion } from "../actions/versioned";
import type { ActionDefinition, Loaded } from "../actions/run-action";
import { ConflictError, RefusedError } from "../actions/result";
import type { Db } from "../db";
import type { Prisma } from "../../generated/prisma/sqlite/client";
import { daysBetween, formatDate } from "../time/business-date";
import { today } from "../time/today";
import { validOn } from "../units/validity";
import { applyTaskRollup } from "../tasks/rollups";
import { applyRecommendationRollup } from "./rollups";
import { MESSAGE_CLOSE_WITHOUT, REC_STATUS_LABEL } from "./rules";
import { closeRecommendationSchema, noteRecommendationSchema, recommendationTaskSchema, sendRecommendationSchema } from "./schema";
import { type UnitRow, due, refuse } from "./common-definitions";
import { activityScope, criticismScope, recommendationScope } from "../auth/records";
import { notify } from "../notifications/notify";
import { recommendationEscalated, taskAssigned } from "../notifications/events";

type SourceLoaded = Loaded & { unit: UnitRow; since: Date; source: { activityId: string | null; criticismCaseId: string | null }; cancelled: boolean };

export const sendRecommendation: ActionDefinition<typeof sendRecommendationSchema, SourceLoaded, undefined> = {
  name: "recommendation.send",
  permission: "supervision.manage",
  schema: sendRecommendationSchema,
  personalText: /^content$/,
  async load(db, input, actor, permission) {
    const select = { id: true, name: true, type: true, path: true, parentId: true };
    if (input.activityId && !input.criticismCaseId) {
      const a = await db.supervisionActivity.findFirst({ where: { id: input.activityId, ...activityScope(actor, permission) }, include: { unit: { select } } });
      return a
        ? {
            entityType: "Recommendation",
            unitId: a.unitId,
            target: { unitPath: a.unit.path },
            unit: a.unit,
            since: a.startOn,
            source: { activityId: a.id, criticismCaseId: null },
            cancelled: a.status === "CANCELLED",
          }
        : null;
    }
    if (input.criticismCaseId && !input.activityId) {
      const c = await db.criticismCase.findFirst({ where: { id: input.criticismCaseId, ...criticismScope(actor, permission) }, include: { unit: { select } } });
      return c
        ? {
            entityType: "Recommendation",
            unitId: c.unitId,
            target: { unitPath: c.unit.path },
            unit: c.unit,
            since: c.receivedOn,
            source: { activityId: null, criticismCaseId: c.id },
            cancelled: false,
          }
        : null;
    }
    return null;
  },
  async write(tx, { input, loaded, actor }) {
    const retried = await tx.recommendation.findUnique({ where: { submissionId: input.submissionId } });
    if (retried)
      return {
        entityType: "Recommendation",
        entityId: retried.id,
        unitId: retried.unitId,
        after: { duplicateOf: retried.id },
        message: "Kiến nghị này đã được lưu.",
      };
    if (loaded.cancelled) throw new RefusedError("Hoạt động đã hủy: không gửi kiến nghị được.");
    if (input.sentOn > today()) refuse({ sentOn: ["Ngày gửi không được sau hôm nay."] });
    if (input.sentOn < loaded.since) refuse({ sentOn: [`Ngày gửi không được trước ngày bắt đầu (${formatDate(loaded.since)}).`] });
    const d = await due(tx, "supervision.response", input.sentOn);
    const rec = await tx.recommendation.create({
      data: {
        submissionId: input.submissionId,
        unitId: loaded.unit.id,
        ...loaded.source,
        content: input.content,
        addressee: input.addressee,
        sentOn: input.sentOn,
        dueOn: d.due,
        deadlineRuleId: d.ruleId,
        dueToVerify: d.toVerify,
        createdById: actor.userId,
      },
    });
    await applyRecommendationRollup(tx, null, rec);
    return {
      entityType: "Recommendation",
      entityId: rec.id,
      unitId: rec.unitId,
      after: { content: rec.content, addressee: rec.addressee, sentOn: rec.sentOn, dueOn: rec.dueOn, ruleVersion: d.version },
      message: `Đã ghi kiến nghị gửi ${rec.addressee}; hạn trả lời ${formatDate(rec.dueOn)}${rec.dueToVerify ? " (dự kiến)" : ""}.`,
    };
  },
};

type RecLoaded = Loaded & { rec: Prisma.RecommendationGetPayload<object> & { unit: UnitRow & { code: string } } };

async function loadRec(db: Db, id: string, scope: Prisma.RecommendationWhereInput): Promise<RecLoaded | null> {
  const rec = await db.recommendation.findFirst({
    where: { id, ...scope },
    include: { unit: { select: { id: true, code: true, name: true, type: true, path: true, parentId: true } } },
  });
  return rec ? { entityType: "Recommendation", entityId: rec.id, unitId: rec.unitId, target: { unitPath: rec.unit.path }, rec } : null;
}

function closeWrite(allowed: ("response" | "escalation" | "withdrawal")[]): ActionDefinition<typeof closeRecommendationSchema, RecLoaded, undefined>["write"] {
  return async (tx, { input, loaded }) => {
    const { unit: _u, ...before } = loaded.rec;
    if (before.version !== input.version) throw new ConflictError();
    if (before.status !== "OPEN") throw new RefusedError(`Kiến nghị đã kết thúc (“${REC_STATUS_LABEL[before.status]}”).`);
    if (!input.how || !allowed.includes(input.how)) throw new RefusedError(MESSAGE_CLOSE_WITHOUT);
    const now = today();
    const errors: Record<string, string[]> = {};
    let data: Prisma.RecommendationUpdateManyMutationInput;
    let message: string;
    const notBefore = (d: Date | null, field: string, label: string) => {
      if (!d) errors[field] = [`Hãy nhập ${label}.`];
      else if (d < before.sentOn)
        errors[field] = [`${label[0].toUpperCase()}${label.slice(1)} không được trước ngày gửi kiến nghị (${formatDate(before.sentOn)}).`];
      else if (d > now) errors[field] = [`${label[0].toUpperCase()}${label.slice(1)} không được sau hôm nay.`];
    };
    switch (input.how) {
      case "response":
        notBefore(input.respondedOn, "respondedOn", "ngày trả lời");
        if (!input.responseContent) errors.responseContent = ["Hãy nhập nội dung trả lời."];
        if (!input.responseOutcome) errors.responseOutcome = ["Hãy chọn kết quả tiếp thu."];
        refuse(errors);
        data = {
          status: "ANSWERED",
          respondedOn: input.respondedOn,
          responseContent: input.responseContent,
          responseOutcome: input.responseOutcome,
          closedOn: input.respondedOn,
        };
        message =
          input.respondedOn! > before.dueOn
            ? `Đã ghi nhận trả lời, muộn ${daysBetween(before.dueOn, input.respondedOn!)} ngày so với hạn ${formatDate(before.dueOn)}.`
            : "Đã ghi nhận trả lời đúng hạn.";
        break;
      case "escalation":
        notBefore(input.escalatedOn, "escalatedOn", "ngày kiến nghị cấp trên");
        if (!input.escalatedTo) errors.escalatedTo = ["Hãy nhập cơ quan cấp trên nhận kiến nghị."];
        refuse(errors);
        data = { status: "ESCALATED", escalatedTo: input.escalatedTo, escalatedOn: input.escalatedOn, closedOn: input.escalatedOn };
        message = `Đã kiến nghị lên ${input.escalatedTo}.`;
        break;
      default:
        if (!input.withdrawnReason) refuse({ withdrawnReason: ["Hãy nêu lý do rút kiến nghị."] });
        data = { status: "WITHDRAWN", withdrawnReason: input.withdrawnReason, closedOn: now };
        message = "Đã rút kiến nghị.";
    }
    await updateAtVersion(tx.recommendation, { id: before.id, version: before.version }, data);
    const after = await tx.recommendation.findUniqueOrThrow({ where: { id: before.id } });
    await applyRecommendationRollup(tx, before, after);
    if (after.status === "ESCALATED") await notify(tx, recommendationEscalated(after, loaded.rec.unit, after.escalatedTo ?? ""));
    return {
      entityType: "Recommendation",
      entityId: before.id,
      unitId: before.unitId,
      before: { status: before.status },
      after: { status: after.status, respondedOn: after.respondedOn, responseOutcome: after.responseOutcome, escalatedTo: after.escalatedTo },
      reason: input.withdrawnReason ?? undefined,
      message,
    };
  };
}

/** The commune records the response or withdraws the recommendation. */
export const closeRecommendation: ActionDefinition<typeof closeRecommendationSchema, RecLoaded, undefined> = {
  name: "recommendation.close",
  permission: "supervision.manage",
  schema: closeRecommendationSchema,
  load: (db, input, actor, permission) => loadRec(db, input.recommendationId, recommendationScope(actor, permission)),
  write: closeWrite(["response", "withdrawal"]),
};

/** The bloc head or the district takes an unanswered recommendation to a higher body. */
export const escalateRecommendation: ActionDefinition<typeof closeRecommendationSchema, RecLoaded, undefined> = {
  name: "recommendation.escalate",
  permission: "supervision.follow",
  schema: closeRecommendationSchema,
  load: (db, input, actor, permission) => loadRec(db, input.recommendationId, recommendationScope(actor, permission)),
  write: closeWrite(["escalation"]),
};

export const noteRecommendation: ActionDefinition<typeof noteRecommendationSchema, RecLoaded, undefined> = {
  name: "recommendation.note",
  permission: "supervision.follow",
  schema: noteRecommendationSchema,
  load: (db, input, actor, permission) => loadRec(db, input.recommendationId, recommendationScope(actor, permission)),
  async write(tx, { input, loaded, actor }) {
    if (input.notedOn < loaded.rec.sentOn || input.notedOn > today())
      refuse({ notedOn: [`Ngày phải từ ngày gửi kiến nghị (${formatDate(loaded.rec.sentOn)}) đến hôm nay.`] });
    const note = await tx.recommendationNote.create({
      data: { recommendationId: loaded.rec.id, notedOn: input.notedOn, note: input.note, authorId: actor.userId },
    });
    return {
      entityType: "Recommendation",
      entityId: loaded.rec.id,
      unitId: loaded.rec.unitId,
      after: { note: note.note, notedOn: note.notedOn },
      message: "Đã ghi nội dung theo dõi.",
    };
  },
};

/** A task from a recommendation, in the bloc's task engine: it is carried into the next giao ban. */
export const recommendationTask: ActionDefinition<typeof recommendationTaskSchema, RecLoaded, undefined> = {
  name: "recommendation.task",
  permission: "supervision.manage",
  schema: recommendationTaskSchema,
  load: (db, input, actor, permission) => loadRec(db, input.recommendationId, recommendationScope(actor, permission)),
  async write(tx, { input, loaded, actor }) {
    const { rec } = loaded;
    const retried = await tx.task.findUnique({ where: { submissionId: input.submissionId } });
    if (retried)
      return { entityType: "Task", entityId: retried.id, unitId: retried.unitId, after: { duplicateOf: retried.id }, message: "Nhiệm vụ này đã được lưu." };
    const bloc = await tx.bloc.findUnique({ where: { unitId: rec.unitId }, select: { id: true } });
    if (!bloc) throw new RefusedError("Xã chưa có khối: chưa giao nhiệm vụ được.");
    const now = today();
    const errors: Record<string, string[]> = {};
    if (input.dueOn < now) errors.dueOn = ["Hạn hoàn thành không được trước hôm nay."];
    const owner = await tx.organisation.findFirst({ where: { id: input.ownerId, unitId: rec.unitId, ...validOn(now) } });
    if (!owner) errors.ownerId = ["Tổ chức chủ trì không thuộc xã này."];
    refuse(errors);
    const task = await tx.task.create({
      data: {
        submissionId: input.submissionId,
        blocId: bloc.id,
        unitId: rec.unitId,
        recommendationId: rec.id,
        title: input.title,
        ownerId: input.ownerId,
        assignedOn: now,
        dueOn: input.dueOn,
        originalDueOn: input.dueOn,
        createdById: actor.userId,
        workGroupId: (await tx.workGroup.findUnique({ where: { code: "SUPERVISION_CRITICISM" }, select: { id: true } }))?.id ?? null,
      },
    });
    await applyTaskRollup(tx, null, task);
    await notify(tx, [taskAssigned({ id: rec.unitId, code: rec.unit.code }, task)]);
    return {
      entityType: "Task",
      entityId: task.id,
      unitId: task.unitId,
      after: { title: task.title, ownerId: task.ownerId, dueOn: task.dueOn, recommendationId: rec.id },
      message: "Đã giao nhiệm vụ; nhiệm vụ sẽ được đưa vào cuộc giao ban tới.",
    };
  },
};
