// Writing supervision activities (in the four forms, with their delegation, due dates from the deadline
// rules) and moving them through their statuses, keeping the rollups in the same transaction.
import { startMove } from "../actions/status-machine";
import { updateAtVersion } from "../actions/versioned";
import type { ActionDefinition, Loaded } from "../actions/run-action";
import { ConflictError, RefusedError } from "../actions/result";
import type { Db } from "../db";
import type { Prisma } from "../../generated/prisma/sqlite/client";
import { formatDate } from "../time/business-date";
import { today } from "../time/today";
import { fold } from "../text/fold";
import { UNIT_TYPE_LABEL } from "../units/labels";
import { applyActivityRollup } from "./rollups";
import { ACTIVITY_MOVES, ACTIVITY_STATUS_LABEL, EDITABLE_ACTIVITY } from "./rules";
import { moveActivitySchema, saveActivitySchema } from "./schema";
import { type UnitRow, loadCommune, due, refuse, checkPlanLink } from "./common-definitions";
import { unitScope } from "../auth/scope";
import { activityScope } from "../auth/records";

type ActivityRow = Prisma.SupervisionActivityGetPayload<object>;
type ActivityLoaded = Loaded & { unit: UnitRow; activity: ActivityRow | null };

async function loadActivity(db: Db, activityId: string, scope: Prisma.SupervisionActivityWhereInput) {
  const activity = await db.supervisionActivity.findFirst({
    where: { id: activityId, ...scope },
    include: { unit: { select: { id: true, name: true, type: true, path: true, parentId: true } } },
  });
  if (!activity) return null;
  const { unit, ...row } = activity;
  return { entityType: "SupervisionActivity", entityId: activity.id, unitId: unit.id, target: { unitPath: unit.path }, unit, activity: row };
}

export const saveActivity: ActionDefinition<typeof saveActivitySchema, ActivityLoaded, undefined> = {
  name: "supervision_activity.save",
  permission: "supervision.manage",
  schema: saveActivitySchema,
  personalText: /^(content|subjectReport|findings|resultReport)$/,
  async load(db, input, actor, permission) {
    if (input.activityId) {
      const loaded = await loadActivity(db, input.activityId, activityScope(actor, permission));
      return loaded && loaded.unit.id === input.unitId ? loaded : null;
    }
    const commune = await loadCommune(db, input.unitId, "SupervisionActivity", unitScope(actor, permission));
    return commune ? { ...commune, activity: null } : null;
  },
  async write(tx, { input, loaded, actor }) {
    const { unit, activity: before } = loaded;
    if (!before) {
      const retried = await tx.supervisionActivity.findUnique({ where: { submissionId: input.submissionId } });
      if (retried)
        return {
          entityType: "SupervisionActivity",
          entityId: retried.id,
          unitId: unit.id,
          after: { duplicateOf: retried.id },
          message: "Hoạt động này đã được lưu.",
          redirectTo: `/supervision/${retried.id}`,
        };
    } else {
      if (!EDITABLE_ACTIVITY.includes(before.status))
        throw new RefusedError(`Hoạt động ở trạng thái “${ACTIVITY_STATUS_LABEL[before.status]}”: không sửa được.`);
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
    const above = unit.parentId
      ? await tx.unit.findUnique({ where: { id: unit.parentId }, select: { id: true, path: true, name: true, type: true, level: true } })
      : null;
    const district = above?.level === "DISTRICT" ? above : null;
    const belongs = (p: { unitId: string; unit: { path: string } }) => p.unit.path.startsWith(district?.path ?? unit.path) || p.unitId === above?.id;
    const ids = input.members.map((m) => m.personId).filter((x): x is string => Boolean(x));
    const people = await tx.person.findMany({ where: { id: { in: ids } }, include: { unit: { select: { path: true } } } });
    input.members.forEach((m, n) => {
      if (m.personId) {
        const p = people.find((x) => x.id === m.personId);
        if (!p || !belongs(p))
          errors[`member_${n}_personId`] = [
            `Thành viên không thuộc ${district ? `${UNIT_TYPE_LABEL[district.type]} ${district.name}` : unit.name}: đoàn giám sát chỉ gồm người của địa bàn.`,
          ];
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
      planItemId: input.planItemId,
      outsidePlanReason: input.planItemId ? null : input.outsidePlanReason,
      form: input.form,
      subject: input.subject,
      content: input.content,
      decisionNumber: input.decisionNumber,
      decisionDate: input.decisionDate,
      startOn: input.startOn,
      endOn: input.endOn,
      noticeDueOn: notice.due,
      resultDueOn: result.due,
      dueToVerify: notice.toVerify || result.toVerify,
      subjectReport: input.subjectReport,
      findings: input.findings,
      resultReport: input.resultReport,
      resultReportOn: input.resultReportOn,
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
      entityType: "SupervisionActivity",
      entityId: id,
      unitId: unit.id,
      before: before
        ? {
            subject: before.subject,
            form: before.form,
            startOn: before.startOn,
            endOn: before.endOn,
            findings: before.findings,
            resultReport: before.resultReport,
          }
        : undefined,
      after: {
        subject: data.subject,
        form: data.form,
        startOn: data.startOn,
        endOn: data.endOn,
        members: memberRows.length,
        noticeDueOn: data.noticeDueOn,
        resultDueOn: data.resultDueOn,
      },
      message: before
        ? "Đã lưu hoạt động giám sát."
        : `Đã tạo hoạt động giám sát; thông báo cho đối tượng trước ${formatDate(notice.due)}, báo cáo kết quả trước ${formatDate(result.due)}.`,
      redirectTo: `/supervision/${id}`,
    };
  },
};

type MovingLoaded = Loaded & { unit: UnitRow; activity: ActivityRow };

export const moveActivity: ActionDefinition<typeof moveActivitySchema, MovingLoaded, undefined> = {
  name: "supervision_activity.move",
  permission: "supervision.manage",
  schema: moveActivitySchema,
  load: (db, input, actor, permission) => loadActivity(db, input.activityId, activityScope(actor, permission)),
  async write(tx, { input, loaded }) {
    const before = loaded.activity;
    const move = startMove("Hoạt động", before, input, ACTIVITY_MOVES, ACTIVITY_STATUS_LABEL);
    if ((input.move === "cancel" || input.move === "reopen") && !input.reason) refuse({ reason: ["Hãy nêu lý do."] });
    if (input.move === "report" && (!before.resultReport || !before.resultReportOn))
      refuse({ move: ["Hãy nhập báo cáo kết quả giám sát và ngày báo cáo, lưu, rồi ghi nhận."] });
    if (input.move === "start" && before.form === "DELEGATION" && !before.decisionNumber)
      refuse({ move: ["Đoàn giám sát cần có quyết định thành lập (số, ngày) trước khi bắt đầu."] });
    await updateAtVersion(tx.supervisionActivity, { id: before.id, version: before.version }, { status: move.to });
    await applyActivityRollup(tx, before, { ...before, status: move.to });
    return {
      entityType: "SupervisionActivity",
      entityId: before.id,
      unitId: before.unitId,
      before: { status: before.status },
      after: { status: move.to },
      reason: input.reason ?? undefined,
      message: `Đã chuyển sang “${ACTIVITY_STATUS_LABEL[move.to]}”.`,
      redirectTo: `/supervision/${before.id}`,
    };
  },
};

// ---- Recommendations ---------------------------------------------------------------------------------
