// Writing supervision: the yearly plan and its approval, activities (in the four forms, with their
// delegation, due dates from the deadline rules and their status), recommendations (sent with a response
// due date, closed only by a response, an escalation or a withdrawal, followed up with notes, turned into
// tasks for the next giao ban). Criticism of draft documents is in criticism-definitions.ts. Every write
// keeps the rollups in the same transaction.
import { startMove } from "../actions/status-machine";
import { updateAtVersion } from "../actions/versioned";
import type { ActionDefinition, Loaded } from "../actions/run-action";
import { ConflictError, MESSAGES, RefusedError } from "../actions/result";
import type { Db, Tx } from "../db";
import type { Prisma } from "../../generated/prisma/sqlite/client";
import { dueDateWith } from "../calendar/store";
import { daysBetween, formatDate } from "../time/business-date";
import { today } from "../time/today";
import { validOn } from "../units/validity";
import { fold } from "../text/fold";
import { UNIT_TYPE_LABEL } from "../units/labels";
import { applyTaskRollup } from "../meetings/rollups";
import { applyActivityRollup, applyRecommendationRollup } from "./rollups";
import { ACTIVITY_MOVES, ACTIVITY_STATUS_LABEL, EDITABLE_ACTIVITY, MESSAGE_CLOSE_WITHOUT, REC_STATUS_LABEL } from "./rules";
import {
  approvePlanSchema, closeRecommendationSchema, moveActivitySchema, noteRecommendationSchema, recommendationTaskSchema,
  saveActivitySchema, savePlanSchema, sendRecommendationSchema,
} from "./schema";

const INVALID = MESSAGES.invalid;


export type UnitRow = { id: string; name: string; path: string; parentId: string | null };
export type UnitLoaded = Loaded & { unit: UnitRow };

export async function loadCommune(db: Db, unitId: string, entityType: string): Promise<UnitLoaded | null> {
  const unit = await db.unit.findFirst({ where: { id: unitId, level: "COMMUNE" }, select: { id: true, name: true, path: true, parentId: true } });
  return unit ? { entityType, unitId: unit.id, target: { unitPath: unit.path }, unit } : null;
}

export async function due(tx: Tx, code: string, anchor: Date) {
  const d = await dueDateWith(tx, code, anchor);
  if (!d) throw new RefusedError(`Chưa có quy tắc tính hạn “${code}”.`);
  return d;
}

export function refuse(errors: Record<string, string[]>): void {
  if (Object.keys(errors).length) throw new RefusedError(INVALID, errors);
}

/** The plan item must be of this unit's plan; outside the plan a reason is required. */
export async function checkPlanLink(tx: Tx, unitId: string, planItemId: string | null, reason: string | null, errors: Record<string, string[]>) {
  if (planItemId) {
    const item = await tx.supervisionPlanItem.findFirst({ where: { id: planItemId, plan: { unitId } } });
    if (!item) errors.planItemId = ["Nội dung kế hoạch không thuộc kế hoạch của xã này."];
  } else if (!reason) {
    errors.outsidePlanReason = ["Hoạt động ngoài kế hoạch cần nêu lý do."];
  }
}

// ---- Plans -------------------------------------------------------------------------------------------

export const savePlan: ActionDefinition<typeof savePlanSchema, UnitLoaded, undefined> = {
  name: "supervision_plan.save",
  permission: "supervision.manage",
  schema: savePlanSchema,
  load: (db, input) => loadCommune(db, input.unitId, "SupervisionPlan"),
  async write(tx, { input, loaded, actor }) {
    const { unit } = loaded;
    const yearStart = new Date(Date.UTC(input.year, 0, 1));
    const yearEnd = new Date(Date.UTC(input.year, 11, 31));
    // A unit created or closed during the year (1/7/2025) plans for the part of the year it exists, with the
    // organisations it has at some time in that year.
    const full = await tx.unit.findUniqueOrThrow({ where: { id: unit.id }, select: { validFrom: true, validTo: true } });
    if (full.validFrom > yearEnd || (full.validTo && full.validTo < yearStart)) {
      throw new RefusedError(INVALID, { year: [`${unit.name} không tồn tại trong năm ${input.year}.`] });
    }
    const orgs = new Set((await tx.organisation.findMany({
      where: { unitId: unit.id, validFrom: { lte: yearEnd }, OR: [{ validTo: null }, { validTo: { gte: yearStart } }] }, select: { id: true },
    })).map((o) => o.id));
    const errors: Record<string, string[]> = {};
    input.items.forEach((item, n) => {
      if (!orgs.has(item.leadOrganisationId)) errors[`item_${n}_leadOrganisationId`] = ["Tổ chức chủ trì không thuộc xã này."];
      const supervision = ["DOCUMENTS", "DELEGATION", "COMMUNITY_BOARD", "JOINT"].includes(item.form);
      if ((item.kind === "SUPERVISION") !== supervision) errors[`item_${n}_form`] = ["Hình thức không khớp với loại (giám sát hay phản biện)."];
    });
    refuse(errors);
    const existing = await tx.supervisionPlan.findUnique({ where: { unitId_year: { unitId: unit.id, year: input.year } }, include: { items: true } });
    if ((existing?.version ?? 0) !== input.version) throw new ConflictError();
    let planId: string;
    if (existing) {
      // Items keep their rows (activities point at them); an item with activities cannot be dropped.
      const kept = new Set(input.items.map((i) => i.id).filter(Boolean));
      const dropped = existing.items.filter((i) => !kept.has(i.id));
      // Activities and criticism cases of the dropped items, through the commune's index (a relation `_count`
      // would group the whole tables: lib/child-counts.ts).
      const droppedIds = dropped.map((i) => i.id);
      const activities = droppedIds.length ? await tx.supervisionActivity.findMany({ where: { unitId: unit.id, planItemId: { in: droppedIds } }, select: { planItemId: true }, distinct: ["planItemId"] }) : [];
      const cases = droppedIds.length ? await tx.criticismCase.findMany({ where: { unitId: unit.id, planItemId: { in: droppedIds } }, select: { planItemId: true }, distinct: ["planItemId"] }) : [];
      const inUse = new Set([...activities, ...cases].map((r) => r.planItemId));
      const used = dropped.find((i) => inUse.has(i.id));
      if (used) throw new RefusedError(`Nội dung “${used.subject}” đã có hoạt động: không bỏ khỏi kế hoạch được.`);
      if (input.items.some((i) => i.id && !existing.items.some((e) => e.id === i.id))) throw new ConflictError();
      await tx.supervisionPlanItem.deleteMany({ where: { id: { in: dropped.map((i) => i.id) } } });
      // Changing an approved plan returns it to draft: the committee approves the new version.
      await updateAtVersion(tx.supervisionPlan, { id: existing.id, version: input.version }, { status: "DRAFT" });
      planId = existing.id;
    } else {
      planId = (await tx.supervisionPlan.create({ data: { unitId: unit.id, year: input.year, createdById: actor.userId } })).id;
    }
    for (const [n, { id, ...item }] of input.items.entries()) {
      if (id) await tx.supervisionPlanItem.update({ where: { id }, data: { ...item, sortOrder: n } });
      else await tx.supervisionPlanItem.create({ data: { ...item, planId, sortOrder: n } });
    }
    return {
      entityType: "SupervisionPlan", entityId: planId, unitId: unit.id,
      before: existing ? { status: existing.status, items: existing.items.map((i) => `${i.subject}: ${i.content}`) } : undefined,
      after: { year: input.year, items: input.items.map((i) => `${i.subject}: ${i.content}`) },
      message: existing?.status === "APPROVED" ? "Đã lưu kế hoạch; kế hoạch đã sửa cần được phê duyệt lại." : `Đã lưu kế hoạch năm ${input.year}.`,
      redirectTo: undefined,
    };
  },
};

type PlanLoaded = Loaded & { plan: Prisma.SupervisionPlanGetPayload<object> };

export const approvePlan: ActionDefinition<typeof approvePlanSchema, PlanLoaded, undefined> = {
  name: "supervision_plan.approve",
  permission: "supervision.manage",
  schema: approvePlanSchema,
  async load(db, input) {
    const plan = await db.supervisionPlan.findUnique({ where: { id: input.planId }, include: { unit: { select: { path: true } } } });
    return plan ? { entityType: "SupervisionPlan", entityId: plan.id, unitId: plan.unitId, target: { unitPath: plan.unit.path }, plan } : null;
  },
  async write(tx, { input, loaded }) {
    const { plan } = loaded;
    if (input.approvalDate > today()) refuse({ approvalDate: ["Ngày phê duyệt không được sau hôm nay."] });
    if (input.approvalDate.getUTCFullYear() < plan.year - 1 || input.approvalDate.getUTCFullYear() > plan.year) refuse({ approvalDate: [`Ngày phê duyệt phải trong năm ${plan.year - 1} hoặc ${plan.year}.`] });
    await updateAtVersion(tx.supervisionPlan, { id: plan.id, version: input.version }, {
      status: "APPROVED", approvalNumber: input.approvalNumber, approvalDate: input.approvalDate, approvalBody: input.approvalBody,
    });
    return {
      entityType: "SupervisionPlan", entityId: plan.id, unitId: plan.unitId, before: { status: plan.status },
      after: { status: "APPROVED", approvalNumber: input.approvalNumber, approvalDate: input.approvalDate, approvalBody: input.approvalBody },
      message: `Đã ghi nhận phê duyệt kế hoạch (${input.approvalNumber}, ${formatDate(input.approvalDate)}).`,
    };
  },
};

// ---- Activities --------------------------------------------------------------------------------------

type ActivityRow = Prisma.SupervisionActivityGetPayload<object>;
type ActivityLoaded = Loaded & { unit: UnitRow; activity: ActivityRow | null };

async function loadActivity(db: Db, activityId: string) {
  const activity = await db.supervisionActivity.findUnique({ where: { id: activityId }, include: { unit: { select: { id: true, name: true, path: true, parentId: true } } } });
  if (!activity) return null;
  const { unit, ...row } = activity;
  return { entityType: "SupervisionActivity", entityId: activity.id, unitId: unit.id, target: { unitPath: unit.path }, unit, activity: row };
}

export const saveActivity: ActionDefinition<typeof saveActivitySchema, ActivityLoaded, undefined> = {
  name: "supervision_activity.save",
  permission: "supervision.manage",
  schema: saveActivitySchema,
  async load(db, input) {
    if (input.activityId) {
      const loaded = await loadActivity(db, input.activityId);
      return loaded && loaded.unit.id === input.unitId ? loaded : null;
    }
    const commune = await loadCommune(db, input.unitId, "SupervisionActivity");
    return commune ? { ...commune, activity: null } : null;
  },
  async write(tx, { input, loaded, actor }) {
    const { unit, activity: before } = loaded;
    if (!before) {
      const retried = await tx.supervisionActivity.findUnique({ where: { submissionId: input.submissionId } });
      if (retried) return { entityType: "SupervisionActivity", entityId: retried.id, unitId: unit.id, after: { duplicateOf: retried.id }, message: "Hoạt động này đã được lưu.", redirectTo: `/supervision/${retried.id}` };
    } else {
      if (!EDITABLE_ACTIVITY.includes(before.status)) throw new RefusedError(`Hoạt động ở trạng thái “${ACTIVITY_STATUS_LABEL[before.status]}”: không sửa được.`);
      if (before.version !== input.version) throw new ConflictError();
    }
    const errors: Record<string, string[]> = {};
    await checkPlanLink(tx, unit.id, input.planItemId, input.outsidePlanReason, errors);
    if (input.endOn < input.startOn) errors.endOn = ["Ngày kết thúc không được trước ngày bắt đầu."];
    if (input.decisionDate && input.decisionDate > input.startOn) errors.decisionDate = ["Quyết định thành lập đoàn phải có trước hoặc đúng ngày bắt đầu."];
    if (input.resultReportOn && input.resultReportOn < input.startOn) errors.resultReportOn = ["Ngày báo cáo kết quả không được trước ngày bắt đầu."];
    if (input.resultReportOn && input.resultReportOn > today()) errors.resultReportOn = ["Ngày báo cáo kết quả không được sau hôm nay."];
    // Members: people of the commune or of the unit right above it (its district in 2018, the province from
    // 1/7/2025: not the province's other communes); a new name is added to the commune.
    const above = unit.parentId ? await tx.unit.findUnique({ where: { id: unit.parentId }, select: { id: true, path: true, name: true, type: true, level: true } }) : null;
    const district = above?.level === "DISTRICT" ? above : null;
    const belongs = (p: { unitId: string; unit: { path: string } }) => p.unit.path.startsWith(district?.path ?? unit.path) || p.unitId === above?.id;
    const ids = input.members.map((m) => m.personId).filter((x): x is string => Boolean(x));
    const people = await tx.person.findMany({ where: { id: { in: ids } }, include: { unit: { select: { path: true } } } });
    input.members.forEach((m, n) => {
      if (m.personId) {
        const p = people.find((x) => x.id === m.personId);
        if (!p || !belongs(p)) errors[`member_${n}_personId`] = [`Thành viên không thuộc ${district ? `${UNIT_TYPE_LABEL[district.type]} ${district.name}` : unit.name}: đoàn giám sát chỉ gồm người của địa bàn.`];
      } else if (!m.name) errors[`member_${n}_name`] = ["Hãy chọn người hoặc nhập họ và tên."];
    });
    if (new Set(ids).size !== ids.length) errors.members = ["Một người được ghi hai lần trong đoàn."];
    refuse(errors);
    const memberRows: { personId: string; role: string }[] = [];
    for (const m of input.members) {
      const personId = m.personId ?? (await tx.person.create({ data: { unitId: unit.id, fullName: m.name!, searchText: fold(m.name!) } })).id;
      memberRows.push({ personId, role: m.role });
    }
    const notice = await due(tx, "supervision.notice", input.startOn);
    const result = await due(tx, "supervision.result_report", input.endOn);
    const data = {
      planItemId: input.planItemId, outsidePlanReason: input.planItemId ? null : input.outsidePlanReason, form: input.form, subject: input.subject, content: input.content,
      decisionNumber: input.decisionNumber, decisionDate: input.decisionDate, startOn: input.startOn, endOn: input.endOn,
      noticeDueOn: notice.due, resultDueOn: result.due, dueToVerify: notice.toVerify || result.toVerify,
      subjectReport: input.subjectReport, findings: input.findings, resultReport: input.resultReport, resultReportOn: input.resultReportOn,
    };
    let id: string;
    if (before) {
      await updateAtVersion(tx.supervisionActivity, { id: before.id, version: before.version }, data);
      await tx.supervisionMember.deleteMany({ where: { activityId: before.id } });
      id = before.id;
    } else {
      id = (await tx.supervisionActivity.create({ data: { ...data, submissionId: input.submissionId, unitId: unit.id, createdById: actor.userId } })).id;
    }
    await tx.supervisionMember.createMany({ data: memberRows.map((m) => ({ ...m, activityId: id })) });
    await applyActivityRollup(tx, before, { unitId: unit.id, form: input.form, startOn: input.startOn, status: before?.status ?? "PLANNED" });
    return {
      entityType: "SupervisionActivity", entityId: id, unitId: unit.id,
      before: before ? { subject: before.subject, form: before.form, startOn: before.startOn, endOn: before.endOn, findings: before.findings, resultReport: before.resultReport } : undefined,
      after: { subject: data.subject, form: data.form, startOn: data.startOn, endOn: data.endOn, members: memberRows.length, noticeDueOn: data.noticeDueOn, resultDueOn: data.resultDueOn },
      message: before ? "Đã lưu hoạt động giám sát." : `Đã tạo hoạt động giám sát; thông báo cho đối tượng trước ${formatDate(notice.due)}, báo cáo kết quả trước ${formatDate(result.due)}.`,
      redirectTo: `/supervision/${id}`,
    };
  },
};

type MovingLoaded = Loaded & { unit: UnitRow; activity: ActivityRow };

export const moveActivity: ActionDefinition<typeof moveActivitySchema, MovingLoaded, undefined> = {
  name: "supervision_activity.move",
  permission: "supervision.manage",
  schema: moveActivitySchema,
  load: (db, input) => loadActivity(db, input.activityId),
  async write(tx, { input, loaded }) {
    const before = loaded.activity;
    const move = startMove("Hoạt động", before, input, ACTIVITY_MOVES, ACTIVITY_STATUS_LABEL);
    if ((input.move === "cancel" || input.move === "reopen") && !input.reason) refuse({ reason: ["Hãy nêu lý do."] });
    if (input.move === "report" && (!before.resultReport || !before.resultReportOn)) refuse({ move: ["Hãy nhập báo cáo kết quả giám sát và ngày báo cáo, lưu, rồi ghi nhận."] });
    if (input.move === "start" && before.form === "DELEGATION" && !before.decisionNumber) refuse({ move: ["Đoàn giám sát cần có quyết định thành lập (số, ngày) trước khi bắt đầu."] });
    await updateAtVersion(tx.supervisionActivity, { id: before.id, version: before.version }, { status: move.to });
    await applyActivityRollup(tx, before, { ...before, status: move.to });
    return {
      entityType: "SupervisionActivity", entityId: before.id, unitId: before.unitId, before: { status: before.status }, after: { status: move.to }, reason: input.reason ?? undefined,
      message: `Đã chuyển sang “${ACTIVITY_STATUS_LABEL[move.to]}”.`, redirectTo: `/supervision/${before.id}`,
    };
  },
};

// ---- Recommendations ---------------------------------------------------------------------------------

type SourceLoaded = Loaded & { unit: UnitRow; since: Date; source: { activityId: string | null; criticismCaseId: string | null }; cancelled: boolean };

export const sendRecommendation: ActionDefinition<typeof sendRecommendationSchema, SourceLoaded, undefined> = {
  name: "recommendation.send",
  permission: "supervision.manage",
  schema: sendRecommendationSchema,
  async load(db, input) {
    const select = { id: true, name: true, path: true, parentId: true };
    if (input.activityId && !input.criticismCaseId) {
      const a = await db.supervisionActivity.findUnique({ where: { id: input.activityId }, include: { unit: { select } } });
      return a ? { entityType: "Recommendation", unitId: a.unitId, target: { unitPath: a.unit.path }, unit: a.unit, since: a.startOn, source: { activityId: a.id, criticismCaseId: null }, cancelled: a.status === "CANCELLED" } : null;
    }
    if (input.criticismCaseId && !input.activityId) {
      const c = await db.criticismCase.findUnique({ where: { id: input.criticismCaseId }, include: { unit: { select } } });
      return c ? { entityType: "Recommendation", unitId: c.unitId, target: { unitPath: c.unit.path }, unit: c.unit, since: c.receivedOn, source: { activityId: null, criticismCaseId: c.id }, cancelled: false } : null;
    }
    return null;
  },
  async write(tx, { input, loaded, actor }) {
    const retried = await tx.recommendation.findUnique({ where: { submissionId: input.submissionId } });
    if (retried) return { entityType: "Recommendation", entityId: retried.id, unitId: retried.unitId, after: { duplicateOf: retried.id }, message: "Kiến nghị này đã được lưu." };
    if (loaded.cancelled) throw new RefusedError("Hoạt động đã hủy: không gửi kiến nghị được.");
    if (input.sentOn > today()) refuse({ sentOn: ["Ngày gửi không được sau hôm nay."] });
    if (input.sentOn < loaded.since) refuse({ sentOn: [`Ngày gửi không được trước ngày bắt đầu (${formatDate(loaded.since)}).`] });
    const d = await due(tx, "supervision.response", input.sentOn);
    const rec = await tx.recommendation.create({
      data: {
        submissionId: input.submissionId, unitId: loaded.unit.id, ...loaded.source, content: input.content, addressee: input.addressee, sentOn: input.sentOn,
        dueOn: d.due, deadlineRuleId: d.ruleId, dueToVerify: d.toVerify, createdById: actor.userId,
      },
    });
    await applyRecommendationRollup(tx, null, rec);
    return {
      entityType: "Recommendation", entityId: rec.id, unitId: rec.unitId, after: { content: rec.content, addressee: rec.addressee, sentOn: rec.sentOn, dueOn: rec.dueOn, ruleVersion: d.version },
      message: `Đã ghi kiến nghị gửi ${rec.addressee}; hạn trả lời ${formatDate(rec.dueOn)}${rec.dueToVerify ? " (dự kiến)" : ""}.`,
    };
  },
};

type RecLoaded = Loaded & { rec: Prisma.RecommendationGetPayload<object> & { unit: UnitRow } };

async function loadRec(db: Db, id: string): Promise<RecLoaded | null> {
  const rec = await db.recommendation.findUnique({ where: { id }, include: { unit: { select: { id: true, name: true, path: true, parentId: true } } } });
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
      else if (d < before.sentOn) errors[field] = [`${label[0].toUpperCase()}${label.slice(1)} không được trước ngày gửi kiến nghị (${formatDate(before.sentOn)}).`];
      else if (d > now) errors[field] = [`${label[0].toUpperCase()}${label.slice(1)} không được sau hôm nay.`];
    };
    switch (input.how) {
      case "response":
        notBefore(input.respondedOn, "respondedOn", "ngày trả lời");
        if (!input.responseContent) errors.responseContent = ["Hãy nhập nội dung trả lời."];
        if (!input.responseOutcome) errors.responseOutcome = ["Hãy chọn kết quả tiếp thu."];
        refuse(errors);
        data = { status: "ANSWERED", respondedOn: input.respondedOn, responseContent: input.responseContent, responseOutcome: input.responseOutcome, closedOn: input.respondedOn };
        message = input.respondedOn! > before.dueOn ? `Đã ghi nhận trả lời, muộn ${daysBetween(before.dueOn, input.respondedOn!)} ngày so với hạn ${formatDate(before.dueOn)}.` : "Đã ghi nhận trả lời đúng hạn.";
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
    return {
      entityType: "Recommendation", entityId: before.id, unitId: before.unitId, before: { status: before.status },
      after: { status: after.status, respondedOn: after.respondedOn, responseOutcome: after.responseOutcome, escalatedTo: after.escalatedTo },
      reason: input.withdrawnReason ?? undefined, message,
    };
  };
}

/** The commune records the response or withdraws the recommendation. */
export const closeRecommendation: ActionDefinition<typeof closeRecommendationSchema, RecLoaded, undefined> = {
  name: "recommendation.close",
  permission: "supervision.manage",
  schema: closeRecommendationSchema,
  load: (db, input) => loadRec(db, input.recommendationId),
  write: closeWrite(["response", "withdrawal"]),
};

/** The bloc head or the district takes an unanswered recommendation to a higher body. */
export const escalateRecommendation: ActionDefinition<typeof closeRecommendationSchema, RecLoaded, undefined> = {
  name: "recommendation.escalate",
  permission: "supervision.follow",
  schema: closeRecommendationSchema,
  load: (db, input) => loadRec(db, input.recommendationId),
  write: closeWrite(["escalation"]),
};

export const noteRecommendation: ActionDefinition<typeof noteRecommendationSchema, RecLoaded, undefined> = {
  name: "recommendation.note",
  permission: "supervision.follow",
  schema: noteRecommendationSchema,
  load: (db, input) => loadRec(db, input.recommendationId),
  async write(tx, { input, loaded, actor }) {
    if (input.notedOn < loaded.rec.sentOn || input.notedOn > today()) refuse({ notedOn: [`Ngày phải từ ngày gửi kiến nghị (${formatDate(loaded.rec.sentOn)}) đến hôm nay.`] });
    const note = await tx.recommendationNote.create({ data: { recommendationId: loaded.rec.id, notedOn: input.notedOn, note: input.note, authorId: actor.userId } });
    return { entityType: "Recommendation", entityId: loaded.rec.id, unitId: loaded.rec.unitId, after: { note: note.note, notedOn: note.notedOn }, message: "Đã ghi nội dung theo dõi." };
  },
};

/** A task from a recommendation, in the bloc's task engine: it is carried into the next giao ban. */
export const recommendationTask: ActionDefinition<typeof recommendationTaskSchema, RecLoaded, undefined> = {
  name: "recommendation.task",
  permission: "supervision.manage",
  schema: recommendationTaskSchema,
  load: (db, input) => loadRec(db, input.recommendationId),
  async write(tx, { input, loaded, actor }) {
    const { rec } = loaded;
    const retried = await tx.task.findUnique({ where: { submissionId: input.submissionId } });
    if (retried) return { entityType: "Task", entityId: retried.id, unitId: retried.unitId, after: { duplicateOf: retried.id }, message: "Nhiệm vụ này đã được lưu." };
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
        submissionId: input.submissionId, blocId: bloc.id, unitId: rec.unitId, recommendationId: rec.id, title: input.title, ownerId: input.ownerId,
        assignedOn: now, dueOn: input.dueOn, originalDueOn: input.dueOn, createdById: actor.userId,
        workGroupId: (await tx.workGroup.findUnique({ where: { code: "SUPERVISION_CRITICISM" }, select: { id: true } }))?.id ?? null,
      },
    });
    await applyTaskRollup(tx, null, task);
    return {
      entityType: "Task", entityId: task.id, unitId: task.unitId, after: { title: task.title, ownerId: task.ownerId, dueOn: task.dueOn, recommendationId: rec.id },
      message: "Đã giao nhiệm vụ; nhiệm vụ sẽ được đưa vào cuộc giao ban tới.",
    };
  },
};
