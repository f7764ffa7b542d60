// Keeping the reporting reference data: a regime (created, or changed as a new version: the windows,
// recipients and due dates of periods already opened are stored on their reports and never change) and
// the topic list of the report on the situation of the people.
import "server-only";
import { updateAtVersion } from "../actions/versioned";
import type { ActionDefinition, Loaded } from "../actions/run-action";
import { MESSAGES, RefusedError } from "../actions/result";
import type { Prisma } from "../../generated/prisma/sqlite/client";
import { windowProblem, type PeriodType } from "../time/windows";
import { saveRegimeSchema, saveTopicSchema } from "./admin-schema";

const INVALID = MESSAGES.invalid;

type RegimeLoaded = Loaded & { regime: Prisma.ReportingRegimeGetPayload<object> | null };

export const saveRegime: ActionDefinition<typeof saveRegimeSchema, RegimeLoaded, undefined> = {
  name: "regime.save",
  permission: "reference.manage",
  schema: saveRegimeSchema,
  async load(db, input) {
    const regime = input.regimeId ? await db.reportingRegime.findUnique({ where: { id: input.regimeId } }) : null;
    if (input.regimeId && !regime) return null;
    return { entityType: "ReportingRegime", entityId: regime?.id, target: { unitPath: "/" }, regime };
  },
  async write(tx, { input, loaded }) {
    const { regimeId: _id, version, windowFromPrevMonth, active, ...fields } = input;
    const custom = fields.windowRule === "CUSTOM";
    const window = {
      windowRule: fields.windowRule,
      windowFromDay: custom ? fields.windowFromDay : null,
      windowFromPrevMonth: custom && windowFromPrevMonth === "on",
      windowToDay: custom ? fields.windowToDay : null,
    };
    if (custom && !window.windowFromDay) throw new RefusedError(INVALID, { windowFromDay: ["Hãy nhập ngày bắt đầu kỳ số liệu."] });
    const problem = windowProblem(fields.periodType as PeriodType, window);
    if (problem) throw new RefusedError(INVALID, { windowToDay: [problem] });
    const rule = await tx.deadlineRule.findFirst({ where: { code: fields.deadlineRuleCode } });
    if (!rule) throw new RefusedError(INVALID, { deadlineRuleCode: ["Không có quy tắc tính hạn này."] });
    const data = { ...fields, ...window, active: active === "on" };
    const before = loaded.regime;
    if (!before) {
      if (await tx.reportingRegime.findUnique({ where: { code: fields.code } })) throw new RefusedError(INVALID, { code: ["Mã chế độ đã có."] });
      const created = await tx.reportingRegime.create({ data });
      return {
        entityType: "ReportingRegime",
        entityId: created.id,
        after: data,
        message: `Đã thêm chế độ báo cáo “${created.name}”.`,
        redirectTo: "/admin/reporting",
      };
    }
    if (fields.code !== before.code) throw new RefusedError(INVALID, { code: ["Mã chế độ không đổi được (báo cáo và tệp tải về dùng mã này)."] });
    if (fields.periodType !== before.periodType && (await tx.report.count({ where: { regimeId: before.id } }))) {
      throw new RefusedError(INVALID, { periodType: ["Chế độ đã có báo cáo: không đổi được kỳ báo cáo. Hãy ngừng áp dụng chế độ này và thêm chế độ mới."] });
    }
    await updateAtVersion(tx.reportingRegime, { id: before.id, version }, data);
    const { id: _i, createdAt: _c, updatedAt: _u, version: _v, ...previous } = before;
    return {
      entityType: "ReportingRegime",
      entityId: before.id,
      before: previous,
      after: data,
      message: `Đã lưu phiên bản ${version + 1} của chế độ “${fields.name}”. Các kỳ đã lập giữ kỳ số liệu và hạn đã tính.`,
      redirectTo: "/admin/reporting",
    };
  },
};

type TopicLoaded = Loaded & { topic: Prisma.TopicGetPayload<object> | null };

export const saveTopic: ActionDefinition<typeof saveTopicSchema, TopicLoaded, undefined> = {
  name: "topic.save",
  permission: "reference.manage",
  schema: saveTopicSchema,
  async load(db, input) {
    const topic = input.topicId ? await db.topic.findUnique({ where: { id: input.topicId } }) : null;
    if (input.topicId && !topic) return null;
    return { entityType: "Topic", entityId: topic?.id, target: { unitPath: "/" }, topic };
  },
  async write(tx, { input, loaded }) {
    const data = { code: input.code, name: input.name, sortOrder: input.sortOrder, active: input.active === "on" };
    const clash = await tx.topic.findFirst({
      where: { OR: [{ code: input.code }, { name: input.name }], NOT: loaded.topic ? { id: loaded.topic.id } : undefined },
    });
    if (clash) throw new RefusedError(INVALID, clash.code === input.code ? { code: ["Mã lĩnh vực đã có."] } : { name: ["Tên lĩnh vực đã có."] });
    if (!loaded.topic) {
      const created = await tx.topic.create({ data });
      return {
        entityType: "Topic",
        entityId: created.id,
        after: data,
        reason: input.note ?? undefined,
        message: `Đã thêm lĩnh vực “${created.name}”.`,
        redirectTo: "/admin/reporting",
      };
    }
    // A topic used by reports keeps its code (downloads name it); it can be renamed or stop being offered.
    if (loaded.topic.code !== input.code && (await tx.reportIssue.count({ where: { topicId: loaded.topic.id } }))) {
      throw new RefusedError(INVALID, { code: ["Lĩnh vực đã được dùng trong báo cáo: không đổi được mã."] });
    }
    await tx.topic.update({ where: { id: loaded.topic.id }, data });
    const { id: _i, createdAt: _c, updatedAt: _u, ...previous } = loaded.topic;
    return {
      entityType: "Topic",
      entityId: loaded.topic.id,
      before: previous,
      after: data,
      reason: input.note ?? undefined,
      message: `Đã lưu lĩnh vực “${input.name}”.`,
      redirectTo: "/admin/reporting",
    };
  },
};
