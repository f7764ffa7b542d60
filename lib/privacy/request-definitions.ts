// A person's request about their data (decision 0042), by the administrator: anonymise a record that names
// them, or correct their details in a report issue's marked fields. Each refused while the record is under
// review (its reviewer would decide on something else than what was sent) or once it is anonymised; each
// audited with the request it rests on.
import "server-only";
import type { ActionDefinition, Loaded } from "../actions/run-action";
import { RefusedError } from "../actions/result";
import { fold } from "../text/fold";
import { RECORD_KIND_LABEL, type RecordKind } from "./inventory";
import { underReview } from "./person";
import { anonymise, RECORDS } from "./retention";
import { anonymiseRecordSchema, correctCitizenSchema } from "./schema";

export const UNDER_REVIEW =
  "Hồ sơ đang chờ xem xét (báo cáo đã gửi, biên bản đã trình, nhiệm vụ đã báo cáo xong): chưa thể ẩn danh hay sửa. Hãy làm lại sau khi hồ sơ được trả lại hoặc chấp nhận; chưa có gì thay đổi.";
export const ALREADY = "Hồ sơ này đã được ẩn danh; không còn dữ liệu của người dân để sửa hay ẩn danh.";

type Delegate = { findFirst(args: object): Promise<{ id: string; unitId: string; anonymisedAt: Date | null; status?: string; unit: { path: string } } | null> };

export const anonymiseRecord: ActionDefinition<typeof anonymiseRecordSchema, Loaded, undefined> = {
  name: "privacy.anonymise_request",
  permission: "privacy.manage",
  schema: anonymiseRecordSchema,
  async load(db, input) {
    const kind = input.kind as RecordKind;
    const model = RECORDS[kind].entityType;
    const row = await (db as unknown as Record<string, Delegate>)[model[0].toLowerCase() + model.slice(1)].findFirst({
      where: { id: input.id },
      select: { id: true, unitId: true, unit: { select: { path: true } } },
    });
    return row && { entityType: model, entityId: row.id, unitId: row.unitId, target: { unitPath: row.unit.path } };
  },
  async write(tx, { input }) {
    const kind = input.kind as RecordKind;
    const model = RECORDS[kind].entityType;
    // Read again inside the transaction: the status decides, as it stands now.
    const row = await (tx as unknown as Record<string, Delegate>)[model[0].toLowerCase() + model.slice(1)].findFirst({
      where: { id: input.id },
      select: { id: true, unitId: true, anonymisedAt: true, unit: { select: { path: true } }, ...(kind === "contribution" ? {} : { status: true }) },
    });
    if (!row) throw new RefusedError(ALREADY);
    if (row.anonymisedAt) throw new RefusedError(ALREADY);
    if (underReview(kind, row.status ?? null)) throw new RefusedError(UNDER_REVIEW);
    await anonymise(tx, kind, [row.id], new Date(), { request: true });
    return {
      entityType: model,
      entityId: row.id,
      unitId: row.unitId,
      after: { kind, anonymised: true },
      reason: input.reason,
      message: `Đã ẩn danh dữ liệu của người dân trong hồ sơ (${RECORD_KIND_LABEL[kind].toLowerCase()}).`,
    };
  },
};

type IssueLoaded = Loaded & { reportId: string };

export const correctCitizen: ActionDefinition<typeof correctCitizenSchema, IssueLoaded, undefined> = {
  name: "privacy.correct",
  permission: "privacy.manage",
  schema: correctCitizenSchema,
  async load(db, input) {
    const issue = await db.reportIssue.findUnique({
      where: { id: input.issueId },
      select: { reportId: true, report: { select: { unitId: true, unit: { select: { path: true } } } } },
    });
    return (
      issue && {
        entityType: "Report",
        entityId: issue.reportId,
        unitId: issue.report.unitId,
        target: { unitPath: issue.report.unit.path },
        reportId: issue.reportId,
      }
    );
  },
  async write(tx, { input, loaded }) {
    const issue = await tx.reportIssue.findUnique({ where: { id: input.issueId }, include: { report: { select: { status: true, anonymisedAt: true } } } });
    if (!issue || issue.report.anonymisedAt) throw new RefusedError(ALREADY);
    if (underReview("report", issue.report.status)) throw new RefusedError(UNDER_REVIEW);
    const { citizenName, citizenPhone, citizenIdNumber, citizenAddress } = input;
    await tx.reportIssue.update({
      where: { id: issue.id },
      data: { citizenName, citizenPhone, citizenIdNumber, citizenAddress, citizenNameFolded: fold(citizenName) },
      select: { id: true },
    });
    await tx.report.update({ where: { id: loaded.reportId }, data: { version: { increment: 1 } }, select: { id: true } });
    return {
      entityType: "Report",
      entityId: loaded.reportId,
      unitId: loaded.unitId,
      before: {
        issue: issue.id,
        citizenName: issue.citizenName,
        citizenPhone: issue.citizenPhone,
        citizenIdNumber: issue.citizenIdNumber,
        citizenAddress: issue.citizenAddress,
      },
      after: { issue: issue.id, citizenName, citizenPhone, citizenIdNumber, citizenAddress },
      reason: input.reason,
      message: "Đã sửa thông tin của người dân theo yêu cầu.",
    };
  },
};
