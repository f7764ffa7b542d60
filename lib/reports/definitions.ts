// Writing periodic reports: opening a period's report (its window and due date fixed then), saving it as
// the user goes, submitting it, and the recipient's review (return with reasons per section, accept and
// lock, an audited unlock).
import { updateAtVersion } from "../actions/versioned";
import { fold } from "../text/fold";
import type { ActionDefinition, Loaded } from "../actions/run-action";
import { ConflictError, MESSAGES, RefusedError } from "../actions/result";
import type { Db } from "../db";
import type { Prisma } from "../../generated/prisma/sqlite/client";
import { dueDateWith } from "../calendar/store";
import { formatDate } from "../time/business-date";
import { today } from "../time/today";
import { validOn } from "../units/validity";
import { periodFromKey, windowOf, type PeriodType } from "../time/windows";
import { deriveBlocWork } from "./derive";
import { consolidate } from "./consolidate";
import { EDITABLE_REPORT, REPORT_STATUS_LABEL } from "./rules";
import { openReportSchema, reconsolidateSchema, saveReportSchema } from "./schema";
import { reportScope } from "../auth/records";
import { unitScope } from "../auth/scope";

const INVALID = MESSAGES.invalid;

type OpenLoaded = Loaded & {
  unit: { id: string; name: string; path: string; level: string; validFrom: Date; validTo: Date | null };
  regime: Prisma.ReportingRegimeGetPayload<object>;
};

export const openReport: ActionDefinition<typeof openReportSchema, OpenLoaded, undefined> = {
  name: "report.open",
  permission: "report.write",
  schema: openReportSchema,
  async load(db, input, actor, permission) {
    const [unit, regime] = await Promise.all([
      db.unit.findFirst({
        where: { AND: [{ id: input.unitId, level: { in: ["COMMUNE", "DISTRICT"] } }, unitScope(actor, permission)] },
        select: { id: true, name: true, path: true, level: true, validFrom: true, validTo: true },
      }),
      db.reportingRegime.findUnique({ where: { code: input.regimeCode } }),
    ]);
    if (!unit || !regime) return null;
    return { entityType: "Report", unitId: unit.id, target: { unitPath: unit.path }, unit, regime };
  },
  async write(tx, { input, loaded, actor }) {
    const { unit, regime } = loaded;
    const existing =
      (await tx.report.findUnique({ where: { submissionId: input.submissionId } })) ??
      (await tx.report.findUnique({ where: { regimeId_unitId_periodKey: { regimeId: regime.id, unitId: unit.id, periodKey: input.periodKey } } }));
    if (existing) {
      // Opening twice (a retry, or a second tab) leads to the one report of the period.
      return {
        entityType: "Report",
        entityId: existing.id,
        unitId: unit.id,
        after: { existing: existing.id },
        message: "Báo cáo kỳ này đã có.",
        redirectTo: `/reports/${existing.id}`,
      };
    }
    const period = periodFromKey(regime.periodType as PeriodType, input.periodKey);
    if (!period) throw new RefusedError("Kỳ báo cáo không hợp lệ với chế độ báo cáo này.");
    const now = today();
    if (!regime.active) throw new RefusedError("Chế độ báo cáo này không còn áp dụng.");
    if (period.start > now) throw new RefusedError(`Kỳ ${input.periodKey} chưa bắt đầu (từ ${formatDate(period.start)}): chưa lập báo cáo được.`);
    if (period.end < regime.startsOn) throw new RefusedError(`Chế độ báo cáo này áp dụng từ ${formatDate(regime.startsOn)}.`);
    if (period.end < unit.validFrom || (unit.validTo && period.start > unit.validTo))
      throw new RefusedError(`${unit.name} không tồn tại trong kỳ ${input.periodKey}.`);
    // The recipient is the parent unit valid at the period's end (2018: the district; from 2025: the province).
    const self = await tx.unit.findUniqueOrThrow({ where: { id: unit.id }, select: { code: true, parentId: true } });
    const recipient =
      (await tx.unit.findFirst({ where: { id: self.parentId ?? "", ...validOn(period.end < unit.validFrom ? unit.validFrom : period.end) } })) ??
      (await tx.unit.findFirst({ where: { id: self.parentId ?? "" } }));
    if (!recipient) throw new RefusedError("Không xác định được đơn vị nhận báo cáo.");
    const window = windowOf(period, regime);
    // Deadlines count from the end of the data window (for a weekly report, the week's Sunday).
    const due = await dueDateWith(tx, regime.deadlineRuleCode, window.to);
    if (!due) throw new RefusedError("Chưa có quy tắc tính hạn cho chế độ báo cáo này.");
    const blocWork = unit.level === "COMMUNE" ? await deriveBlocWork(tx, unit.id, window.from, window.to, now) : {};
    // A district's report starts from its communes' accepted reports of the period.
    const merged = unit.level === "DISTRICT" ? await consolidate(tx, regime.id, unit.id, period.key) : null;
    const created = await tx.report.create({
      data: {
        submissionId: input.submissionId,
        regimeId: regime.id,
        unitId: unit.id,
        recipientId: recipient.id,
        periodKey: period.key,
        periodStart: period.start,
        periodEnd: period.end,
        windowFrom: window.from,
        windowTo: window.to,
        dueOn: due.due,
        deadlineRuleId: due.ruleId,
        dueToVerify: due.toVerify,
        blocWork: JSON.stringify(blocWork),
        createdById: actor.userId,
        consolidatedFrom: JSON.stringify(merged?.ids ?? []),
        generalMood: merged?.mood ?? "",
        issues: { create: (merged?.issues ?? []).map((i, n) => ({ ...i, sortOrder: n })) },
        recommendations: { create: (merged?.recommendations ?? []).map((r, n) => ({ ...r, sortOrder: n })) },
      },
    });
    return {
      entityType: "Report",
      entityId: created.id,
      unitId: unit.id,
      after: { regime: regime.code, periodKey: created.periodKey, dueOn: created.dueOn, ruleVersion: due.version },
      message: `Đã lập báo cáo kỳ ${created.periodKey}; hạn gửi ${formatDate(created.dueOn)}.${merged?.count ? ` Đã tổng hợp ${merged.count} báo cáo của các xã.` : ""}`,
      redirectTo: `/reports/${created.id}`,
      data: { reportId: created.id, version: created.version },
    };
  },
};

export type ReportLoaded = Loaded & {
  report: Prisma.ReportGetPayload<{
    include: {
      unit: { select: { id: true; path: true; name: true; type: true; level: true; bloc: { select: { model: true } } } };
      recipient: { select: { path: true; name: true; type: true } };
      regime: { select: { name: true } };
    };
  }>;
};

export async function loadReport(db: Db, reportId: string, side: "writer" | "reviewer", scope: Prisma.ReportWhereInput): Promise<ReportLoaded | null> {
  const report = await db.report.findFirst({
    where: { id: reportId, ...scope },
    include: {
      unit: { select: { id: true, path: true, name: true, type: true, level: true, bloc: { select: { model: true } } } },
      recipient: { select: { path: true, name: true, type: true } },
      regime: { select: { name: true } },
    },
  });
  if (!report) return null;
  // The writer reaches its own unit; the reviewer reaches the unit the report is sent to.
  return {
    entityType: "Report",
    entityId: report.id,
    unitId: report.unitId,
    target: { unitPath: side === "writer" ? report.unit.path : report.recipient.path },
    report,
  };
}

export const saveReport: ActionDefinition<typeof saveReportSchema, ReportLoaded, undefined> = {
  name: "report.save",
  permission: "report.write",
  schema: saveReportSchema,
  personalText: /^(generalMood|forecast|issue_\d+_(description|location|scale|handling)|rec_\d+_content|work_[A-Z_]+)$/,
  load: (db, input, actor, permission) => loadReport(db, input.reportId, "writer", reportScope(actor, permission)),
  async write(tx, { input, loaded }) {
    const before = loaded.report;
    if (!EDITABLE_REPORT.includes(before.status)) throw new RefusedError(`Báo cáo đang ở trạng thái “${REPORT_STATUS_LABEL[before.status]}”: không sửa được.`);
    const topics = new Set((await tx.topic.findMany({ select: { id: true } })).map((t) => t.id));
    if (input.issues.some((i) => !topics.has(i.topicId))) throw new RefusedError(INVALID, { issues: ["Có vấn đề với lĩnh vực không hợp lệ."] });
    await updateAtVersion(
      tx.report,
      { id: before.id, version: input.version },
      {
        generalMood: input.generalMood,
        forecast: input.forecast,
        blocWork: JSON.stringify({ ...JSON.parse(before.blocWork), ...input.blocWork }),
      },
    );
    // The lists are the form's: replaced as a whole (the audit keeps the previous ones).
    const oldIssues = await tx.reportIssue.findMany({ where: { reportId: before.id } });
    const oldRecs = await tx.reportRecommendation.findMany({ where: { reportId: before.id } });
    await tx.reportIssue.deleteMany({ where: { reportId: before.id } });
    await tx.reportRecommendation.deleteMany({ where: { reportId: before.id } });
    await tx.reportIssue.createMany({
      data: input.issues.map((i, n) => ({
        reportId: before.id,
        topicId: i.topicId,
        description: i.description,
        location: i.location,
        scale: i.scale,
        channel: i.channel,
        hotSpot: i.hotSpot === "on",
        handling: i.handling,
        citizenName: i.citizenName,
        citizenNameFolded: fold(i.citizenName),
        citizenPhone: i.citizenPhone,
        citizenIdNumber: i.citizenIdNumber,
        citizenAddress: i.citizenAddress,
        sortOrder: n,
      })),
    });
    await tx.reportRecommendation.createMany({
      data: input.recommendations.map((r, n) => ({ reportId: before.id, content: r.content, addressee: r.addressee, sortOrder: n })),
    });
    return {
      entityType: "Report",
      entityId: before.id,
      unitId: before.unitId,
      before: { generalMood: before.generalMood, forecast: before.forecast, issues: oldIssues.length, recommendations: oldRecs.length },
      after: { generalMood: input.generalMood, forecast: input.forecast, issues: input.issues.length, recommendations: input.recommendations.length },
      message: "Đã lưu.",
      data: { reportId: before.id, version: input.version + 1 },
    };
  },
};

/**
 * Adds to a district's report the commune reports of its period accepted since it was opened (or last
 * brought up to date): their issues and recommendations after the ones already there, their mood lines
 * after the general mood. The district's own edits stay.
 */
export const reconsolidateReport: ActionDefinition<typeof reconsolidateSchema, ReportLoaded, undefined> = {
  name: "report.consolidate",
  permission: "report.write",
  schema: reconsolidateSchema,
  load: (db, input, actor, permission) => loadReport(db, input.reportId, "writer", reportScope(actor, permission)),
  async write(tx, { input, loaded }) {
    const before = loaded.report;
    if (before.version !== input.version) throw new ConflictError();
    if (!EDITABLE_REPORT.includes(before.status))
      throw new RefusedError(`Báo cáo đang ở trạng thái “${REPORT_STATUS_LABEL[before.status]}”: không bổ sung được.`);
    const merged: string[] = JSON.parse(before.consolidatedFrom);
    const more = await consolidate(tx, before.regimeId, before.unitId, before.periodKey, merged);
    if (!more.count) throw new RefusedError("Không có báo cáo nào của các xã mới được tiếp nhận để bổ sung.");
    const issues = await tx.reportIssue.count({ where: { reportId: before.id } });
    const recs = await tx.reportRecommendation.count({ where: { reportId: before.id } });
    await updateAtVersion(
      tx.report,
      { id: before.id, version: before.version },
      {
        generalMood: [before.generalMood, more.mood.replace(/^Tổng hợp từ/, "Bổ sung từ")].filter(Boolean).join("\n"),
        consolidatedFrom: JSON.stringify([...merged, ...more.ids]),
      },
    );
    await tx.reportIssue.createMany({ data: more.issues.map((i, n) => ({ ...i, reportId: before.id, sortOrder: issues + n })) });
    await tx.reportRecommendation.createMany({ data: more.recommendations.map((r, n) => ({ ...r, reportId: before.id, sortOrder: recs + n })) });
    return {
      entityType: "Report",
      entityId: before.id,
      unitId: before.unitId,
      before: { consolidatedFrom: merged.length },
      after: { added: more.ids, issues: more.issues.length, recommendations: more.recommendations.length },
      message: `Đã bổ sung ${more.count} báo cáo của các xã (${more.issues.length} vấn đề, ${more.recommendations.length} kiến nghị).`,
      redirectTo: `/reports/${before.id}`,
    };
  },
};
