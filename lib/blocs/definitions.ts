// Changing a bloc: its model, status (dated, with a reason) and establishing decision; one commune, or
// model and status for a selection of a district's communes at once.
import { updateAtVersion } from "../actions/versioned";
import type { ActionDefinition, Loaded } from "../actions/run-action";
import { ConflictError, MESSAGES, RefusedError } from "../actions/result";
import { auditChange } from "../audit/write";
import type { Tx } from "../db";
import type { BlocModel, BlocStatus, DocumentFamily, HeadRule } from "../../generated/prisma/sqlite/enums";
import { MODEL_HEAD_RULE } from "./head-rule";
import { normaliseDecisionNumber, NUMBER_EXAMPLE } from "../documents/decision-number";
import { formatDate, parseIsoDate } from "../time/business-date";
import { today } from "../time/today";
import { validOn } from "../units/validity";
import { bulkBlocSchema, setBlocSchema } from "./schema";
import { agencyModelOf, COMMUNE_MODELS, MODEL_LABEL, STATUS_LABEL } from "./labels";
import { unitHref } from "../units/labels";
import type { z } from "../validation";
import { unitScope } from "../auth/scope";

const INVALID = MESSAGES.invalid;

const TERMINAL: BlocStatus[] = ["DISSOLVED", "SUPERSEDED"];

type Unit = { id: string; path: string; validFrom: Date; validTo: Date | null; name: string };

function checkEffective(effectiveOn: Date, unit: Unit) {
  const now = today();
  if (effectiveOn > now) throw new RefusedError(INVALID, { effectiveOn: [`Ngày hiệu lực không được sau hôm nay (${formatDate(now)}).`] });
  if (effectiveOn < unit.validFrom) throw new RefusedError(INVALID, { effectiveOn: [`${unit.name} chỉ có từ ngày ${formatDate(unit.validFrom)}.`] });
  if (unit.validTo && effectiveOn > unit.validTo)
    throw new RefusedError(INVALID, { effectiveOn: [`${unit.name} đã thôi tồn tại sau ngày ${formatDate(unit.validTo)}.`] });
}

type DecisionInput = Pick<z.infer<typeof setBlocSchema>, "decisionFamily" | "decisionNumber" | "decisionDate" | "decisionIssuer" | "decisionScanId">;

/** Finds or creates the decision the form names; null when the form names none. */
async function decisionFrom(tx: Tx, input: DecisionInput, unit: Unit, effectiveOn: Date): Promise<string | null> {
  const any = input.decisionNumber || input.decisionDate || input.decisionIssuer || input.decisionScanId;
  if (!any) return null;
  const errors: Record<string, string[]> = {};
  const family = (input.decisionFamily ?? "PARTY") as DocumentFamily;
  const number = input.decisionNumber ? normaliseDecisionNumber(input.decisionNumber, family) : null;
  if (!input.decisionNumber) errors.decisionNumber = ["Hãy nhập số quyết định."];
  else if (!number)
    errors.decisionNumber = [
      `Số quyết định không đúng thể thức ${family === "PARTY" ? "văn bản Đảng" : "văn bản hành chính"}, ví dụ ${NUMBER_EXAMPLE[family]}.`,
    ];
  const issuedOn = input.decisionDate ? parseIsoDate(input.decisionDate) : null;
  if (!issuedOn) errors.decisionDate = ["Hãy nhập ngày ký quyết định (dạng năm-tháng-ngày)."];
  else if (issuedOn > today()) errors.decisionDate = ["Ngày quyết định không được sau hôm nay."];
  else if (issuedOn < unit.validFrom) errors.decisionDate = [`Ngày quyết định trước khi ${unit.name} được thành lập (${formatDate(unit.validFrom)}).`];
  else if (issuedOn > effectiveOn) errors.decisionDate = ["Ngày quyết định không được sau ngày hiệu lực."];
  if (!input.decisionIssuer) errors.decisionIssuer = ["Hãy nhập cơ quan ban hành."];
  if (input.decisionScanId && !(await tx.storedFile.findUnique({ where: { id: input.decisionScanId } })))
    errors.decisionScanId = ["Bản quét không còn; hãy tải lên lại."];
  if (Object.keys(errors).length) throw new RefusedError(INVALID, errors);
  const existing = await tx.decision.findUnique({ where: { unitId_number_issuedOn: { unitId: unit.id, number: number!, issuedOn: issuedOn! } } });
  if (existing) {
    if (input.decisionScanId && existing.scanId !== input.decisionScanId)
      await tx.decision.update({ where: { id: existing.id }, data: { scanId: input.decisionScanId } });
    return existing.id;
  }
  const created = await tx.decision.create({
    data: {
      unitId: unit.id,
      number: number!,
      issuedOn: issuedOn!,
      issuer: input.decisionIssuer!,
      family,
      scanId: input.decisionScanId,
      title: "Quyết định thành lập khối",
    },
  });
  return created.id;
}

type BlocRow = {
  model: BlocModel;
  status: BlocStatus;
  statusSince: Date | null;
  decisionId: string | null;
  headRule: HeadRule | null;
  headRuleReason: string | null;
  version: number;
};
const snapshot = (b: BlocRow | null) =>
  b
    ? {
        model: b.model,
        status: b.status,
        statusSince: b.statusSince,
        decisionId: b.decisionId,
        headRule: b.headRule,
        headRuleReason: b.headRuleReason,
        version: b.version,
      }
    : null;

/** Refusal for a commune whose model is neither chosen nor recorded (no 2018 district's choice above it). */
export const NO_MODEL = (name: string) => `Chưa ghi nhận mô hình khối của ${name}: hãy chọn mô hình.`;

/** Applies a change to one commune's bloc; returns before and after for the audit trail. */
async function changeBloc(
  tx: Tx,
  unit: Unit & { defaultModel: BlocModel | null },
  change: {
    model: BlocModel | null;
    status: BlocStatus | null;
    effectiveOn: Date;
    reason: string;
    decisionId: string | null;
    version: number | null;
    actorId: string;
    headRule?: { rule: HeadRule | null; reason: string | null };
  },
) {
  const before = await tx.bloc.findUnique({ where: { unitId: unit.id } });
  if (change.version !== null && (before?.version ?? 0) !== change.version) throw new ConflictError();
  const status = change.status ?? before?.status ?? "NOT_STARTED";
  if (before && TERMINAL.includes(before.status) && change.status && change.status !== before.status) {
    throw new RefusedError(`Khối của ${unit.name} đã ${STATUS_LABEL[before.status].toLowerCase()}; không thể chuyển trạng thái nữa.`);
  }
  if (
    before?.status === "ESTABLISHED" &&
    change.status === "ESTABLISHED" &&
    change.decisionId &&
    before.decisionId &&
    change.decisionId !== before.decisionId
  ) {
    throw new RefusedError(`Khối của ${unit.name} đang ở trạng thái đã thành lập theo quyết định khác: hãy ghi nhận kiện toàn, giải thể hoặc thay thế trước.`);
  }
  if (status === "ESTABLISHED" && !change.decisionId && !before?.decisionId) {
    throw new RefusedError(INVALID, { decisionNumber: ["Trạng thái “Đã thành lập” cần quyết định thành lập (số, ngày, cơ quan ban hành)."] });
  }
  const statusChanged = status !== (before?.status ?? "NOT_STARTED");
  // Nothing defaults to a model but a 2018 district's recorded choice: a commune of today's province has none.
  const model = change.model ?? before?.model ?? unit.defaultModel;
  if (!model) throw new RefusedError(NO_MODEL(unit.name), { model: [NO_MODEL(unit.name)] });
  const data = {
    model,
    status,
    statusSince: statusChanged ? change.effectiveOn : (before?.statusSince ?? null),
    decisionId: change.decisionId ?? before?.decisionId ?? null,
    ...(change.headRule ? { headRule: change.headRule.rule, headRuleReason: change.headRule.reason } : {}),
  };
  let after;
  if (!before) {
    after = await tx.bloc.create({ data: { unitId: unit.id, ...data } });
  } else {
    await updateAtVersion(tx.bloc, { id: before.id, version: before.version }, data);
    after = await tx.bloc.findUniqueOrThrow({ where: { id: before.id } });
  }
  if (statusChanged || !before) {
    await tx.blocStatusChange.create({
      data: {
        blocId: after.id,
        fromStatus: before?.status ?? null,
        toStatus: status,
        effectiveOn: change.effectiveOn,
        reason: change.reason,
        decisionId: change.decisionId,
        createdById: change.actorId,
      },
    });
  }
  return { blocId: after.id, before: snapshot(before), after: snapshot(after) };
}

type OneLoaded = Loaded & { unit: Unit & { code: string; level: string; defaultModel: BlocModel | null } };

export const setBloc: ActionDefinition<typeof setBlocSchema, OneLoaded, undefined> = {
  name: "bloc.set",
  permission: "bloc.manage",
  schema: setBlocSchema,
  async load(db, input, actor, permission) {
    const unit = await db.unit.findFirst({
      where: { AND: [{ id: input.unitId, level: { in: ["COMMUNE", "DISTRICT", "PROVINCE"] } }, unitScope(actor, permission)] },
      select: {
        id: true,
        code: true,
        level: true,
        path: true,
        validFrom: true,
        validTo: true,
        name: true,
        bloc: { select: { id: true } },
        parent: { select: { blocPolicy: { select: { communeModel: true } } } },
      },
    });
    if (!unit) return null;
    const defaultModel = agencyModelOf(unit.level) ?? unit.parent?.blocPolicy?.communeModel ?? null;
    return { entityType: "Bloc", entityId: unit.bloc?.id ?? null, unitId: unit.id, target: { unitPath: unit.path }, unit: { ...unit, defaultModel } };
  },
  async write(tx, { input, loaded, actor }) {
    const agencyModel = agencyModelOf(loaded.unit.level);
    const agency = agencyModel !== null;
    if (agencyModel ? input.model !== agencyModel : !(COMMUNE_MODELS as readonly string[]).includes(input.model)) {
      throw new RefusedError(INVALID, {
        model: [
          agencyModel ? `Cấp ${loaded.unit.level === "PROVINCE" ? "tỉnh" : "huyện"} chỉ có ${MODEL_LABEL[agencyModel]}.` : "Hãy chọn một mô hình cấp xã.",
        ],
      });
    }
    checkEffective(input.effectiveOn, loaded.unit);
    const own = MODEL_HEAD_RULE[input.model as BlocModel];
    // An exception to the model's head rule is recorded with its reason; choosing the model's own rule is no exception.
    const headRule = input.headRule && input.headRule !== own ? input.headRule : null;
    if (headRule && !input.headRuleReason)
      throw new RefusedError(INVALID, { headRuleReason: ["Hãy nêu lý do của ngoại lệ về người đứng đầu (ví dụ văn bản của cấp ủy cho phép)."] });
    const decisionId = await decisionFrom(tx, input, loaded.unit, input.effectiveOn);
    const result = await changeBloc(tx, loaded.unit, {
      model: input.model,
      status: input.status as BlocStatus,
      effectiveOn: input.effectiveOn,
      reason: input.reason,
      decisionId,
      version: input.version,
      actorId: actor.userId,
      headRule: agency ? undefined : { rule: headRule, reason: headRule ? input.headRuleReason : null },
    });
    return {
      entityType: "Bloc",
      entityId: result.blocId,
      unitId: loaded.unit.id,
      before: result.before,
      after: result.after,
      reason: input.reason,
      redirectTo: agency ? `${unitHref(loaded.unit)}?saved=1` : `/communes/${loaded.unit.code}/bloc?saved=1`,
    };
  },
};

type BulkLoaded = Loaded & { area: { code: string; level: string }; units: (Unit & { defaultModel: BlocModel | null })[] };

export const bulkUpdateBlocs: ActionDefinition<typeof bulkBlocSchema, BulkLoaded, undefined> = {
  name: "bloc.bulk_update",
  permission: "bloc.manage",
  schema: bulkBlocSchema,
  async load(db, input, actor, permission) {
    const day = today();
    // The district (2018) or the province (two-level government) whose communes sit directly under it.
    const area = await db.unit.findFirst({
      where: { AND: [{ code: input.areaCode, level: { in: ["DISTRICT", "PROVINCE"] }, ...validOn(day) }, unitScope(actor, permission)] },
      select: { id: true, code: true, level: true, path: true, blocPolicy: { select: { communeModel: true } } },
    });
    if (!area) return null;
    const units = await db.unit.findMany({
      where: { code: { in: input.unitCodes }, parentId: area.id, level: "COMMUNE", ...validOn(day) },
      select: { id: true, path: true, validFrom: true, validTo: true, name: true },
    });
    // Every selected commune must be one of this area's: a code from elsewhere makes the whole request unknown.
    if (units.length !== new Set(input.unitCodes).size) return null;
    const defaultModel = area.blocPolicy?.communeModel ?? null;
    return {
      entityType: area.level === "DISTRICT" ? "District" : "Province",
      entityId: area.id,
      unitId: area.id,
      target: { unitPath: area.path },
      area,
      units: units.map((u) => ({ ...u, defaultModel })),
    };
  },
  async write(tx, { input, loaded, actor, ctx }) {
    if (!input.model && !input.status) throw new RefusedError(INVALID, { model: ["Hãy chọn mô hình hoặc trạng thái cần áp dụng."] });
    if (input.status === "ESTABLISHED")
      throw new RefusedError(INVALID, { status: ["“Đã thành lập” cần quyết định riêng của từng xã: hãy ghi nhận ở trang khối của xã."] });
    for (const unit of loaded.units) {
      checkEffective(input.effectiveOn, unit);
      const result = await changeBloc(tx, unit, {
        model: input.model,
        status: input.status as BlocStatus | null,
        effectiveOn: input.effectiveOn,
        reason: input.reason,
        decisionId: null,
        version: null,
        actorId: actor.userId,
      });
      await auditChange(
        tx,
        actor,
        { action: "bloc.set", entityType: "Bloc", entityId: result.blocId, unitId: unit.id, before: result.before, after: result.after, reason: input.reason },
        ctx,
      );
    }
    return {
      entityType: loaded.entityType,
      entityId: loaded.entityId,
      unitId: loaded.unitId,
      after: { communes: input.unitCodes, model: input.model, status: input.status, effectiveOn: input.effectiveOn },
      reason: input.reason,
      message: `Đã cập nhật ${loaded.units.length} xã.`,
    };
  },
};
