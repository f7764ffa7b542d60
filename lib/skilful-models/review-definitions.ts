// Evaluating "Dân vận khéo" models (decision 0043): the administrator sets a year's criteria (weights adding
// up to 100, each criterion's top score) and its pass mark; the reviewer scores a registered model on each
// criterion and returns it for more evidence (saying what), accepts it (its weighted total at or above the
// pass mark) or does not; a returned model, completed, is sent again by those who registered it.
import type { ActionDefinition, Loaded } from "../actions/run-action";
import { ConflictError, MESSAGES, RefusedError } from "../actions/result";
import { checkMove } from "../actions/status-machine";
import { updateAtVersion } from "../actions/versioned";
import { lostRace } from "../actions/transaction";
import { unitScope } from "../auth/scope";
import { MODEL_MOVES, MODEL_STATUS_LABEL, weightedTotal } from "./rules";
import { evaluateModelSchema, parseCriteria, resubmitModelSchema, setCriteriaSchema } from "./schema";

export const setModelCriteria: ActionDefinition<typeof setCriteriaSchema, Loaded, undefined> = {
  name: "model.set_criteria",
  permission: "reference.manage",
  schema: setCriteriaSchema,
  async load(_db, input) {
    return { entityType: "ModelYear", entityId: String(input.year), target: { unitPath: "/" } };
  },
  async write(tx, { input, actor }) {
    const { criteria, problems } = parseCriteria(input.criteria);
    if (problems.length) throw new RefusedError(MESSAGES.invalid, { criteria: problems.slice(0, 10) });
    const year = await tx.modelYear.findUnique({ where: { year: input.year }, include: { criteria: { orderBy: { sortOrder: "asc" } } } });
    if ((year?.version ?? 0) !== input.version) throw new ConflictError();
    if (await tx.modelScore.findFirst({ where: { criterion: { year: input.year } }, select: { id: true } }))
      throw new RefusedError(`Đã có mô hình năm ${input.year} được chấm điểm: không sửa tiêu chí của năm này được nữa.`);
    if (year)
      await updateAtVersion(tx.modelYear, { year: input.year, version: input.version }, { passThreshold: input.passThreshold, updatedById: actor.userId });
    else await tx.modelYear.create({ data: { year: input.year, passThreshold: input.passThreshold, updatedById: actor.userId } }).catch(lostRace("model year"));
    await tx.modelCriterion.deleteMany({ where: { year: input.year } });
    await tx.modelCriterion.createMany({ data: criteria.map((c, i) => ({ ...c, year: input.year, sortOrder: i })) });
    return {
      entityType: "ModelYear",
      entityId: String(input.year),
      before: year && { passThreshold: year.passThreshold, criteria: year.criteria.map((c) => `${c.name}; ${c.weight}; ${c.maxScore}`) },
      after: { passThreshold: input.passThreshold, criteria: criteria.map((c) => `${c.name}; ${c.weight}; ${c.maxScore}`) },
      message: `Đã lưu ${criteria.length} tiêu chí đánh giá năm ${input.year}, ngưỡng đạt ${input.passThreshold} điểm.`,
    };
  },
};

type ModelLoaded = Loaded & { modelId: string };

async function loadModel(
  db: Parameters<ActionDefinition<typeof resubmitModelSchema, ModelLoaded, undefined>["load"]>[0],
  modelId: string,
  scope: ReturnType<typeof unitScope>,
): Promise<ModelLoaded | null> {
  const m = await db.skilfulModel.findFirst({
    where: { id: modelId, unit: scope },
    select: { id: true, unitId: true, organisationId: true, unit: { select: { path: true } } },
  });
  return (
    m && { entityType: "SkilfulModel", entityId: m.id, unitId: m.unitId, target: { unitPath: m.unit.path, organisationId: m.organisationId }, modelId: m.id }
  );
}

export const evaluateModel: ActionDefinition<typeof evaluateModelSchema, ModelLoaded, undefined> = {
  name: "model.evaluate",
  permission: "model.evaluate",
  schema: evaluateModelSchema,
  load: (db, input, actor, permission) => loadModel(db, input.modelId, unitScope(actor, permission)),
  async write(tx, { input, loaded, actor }) {
    const model = await tx.skilfulModel.findUniqueOrThrow({ where: { id: loaded.modelId }, select: { status: true, version: true, year: true, name: true } });
    if (model.version !== input.version) throw new ConflictError();
    checkMove("Mô hình", model.status, MODEL_STATUS_LABEL, MODEL_MOVES[input.move]);
    const year = await tx.modelYear.findUnique({ where: { year: model.year }, include: { criteria: { orderBy: { sortOrder: "asc" } } } });
    if (!year?.criteria.length) throw new RefusedError(`Chưa có tiêu chí đánh giá năm ${model.year}: quản trị viên đặt tiêu chí trước khi chấm.`);
    const errors: Record<string, string[]> = {};
    const given = new Map(input.scores.filter((s) => s.score !== "").map((s) => [s.criterionId, s.score as number]));
    for (const id of given.keys()) if (!year.criteria.some((c) => c.id === id)) errors._form = ["Tiêu chí không thuộc năm của mô hình."];
    for (const c of year.criteria) {
      const score = given.get(c.id);
      if (score === undefined) {
        if (input.move !== "return") errors[`score_${c.id}`] = [`Hãy chấm tiêu chí “${c.name}”.`];
      } else if (score < 0 || score > c.maxScore) errors[`score_${c.id}`] = [`Điểm của tiêu chí “${c.name}” phải từ 0 đến ${c.maxScore}.`];
    }
    if (input.move === "return" && !input.comment) errors.comment = ["Hãy nêu cần bổ sung minh chứng gì."];
    if (Object.keys(errors).length) throw new RefusedError(MESSAGES.invalid, errors);
    const total = given.size === year.criteria.length ? weightedTotal(year.criteria, given) : null;
    if (input.move === "accept" && total! < year.passThreshold)
      throw new RefusedError(MESSAGES.invalid, {
        move: [`Tổng điểm ${String(total).replace(".", ",")} dưới ngưỡng đạt ${year.passThreshold} của năm ${model.year}: chọn “Không đạt” hoặc xem lại điểm.`],
      });
    const status = MODEL_MOVES[input.move].to;
    await tx.modelScore.deleteMany({ where: { modelId: loaded.modelId } });
    await tx.modelScore.createMany({ data: [...given].map(([criterionId, score]) => ({ modelId: loaded.modelId, criterionId, score })) });
    await updateAtVersion(
      tx.skilfulModel,
      { id: loaded.modelId, version: input.version },
      { status, totalScore: total, reviewComment: input.comment || null, reviewedAt: new Date(), reviewedById: actor.userId },
    );
    return {
      entityType: "SkilfulModel",
      entityId: loaded.modelId,
      unitId: loaded.unitId,
      before: { status: model.status },
      after: { status, totalScore: total, scores: Object.fromEntries(year.criteria.map((c) => [c.name, given.get(c.id) ?? null])) },
      reason: input.comment || null,
      message: `Mô hình “${model.name}”: ${MODEL_STATUS_LABEL[status].toLowerCase()}${total === null ? "" : ` (${String(total).replace(".", ",")} điểm)`}.`,
      redirectTo: `/models/${loaded.modelId}?reviewed=1`,
    };
  },
};

export const resubmitModel: ActionDefinition<typeof resubmitModelSchema, ModelLoaded, undefined> = {
  name: "model.resubmit",
  permission: "model.register",
  schema: resubmitModelSchema,
  load: (db, input, actor, permission) => loadModel(db, input.modelId, unitScope(actor, permission)),
  async write(tx, { input, loaded }) {
    const model = await tx.skilfulModel.findUniqueOrThrow({ where: { id: loaded.modelId }, select: { status: true, version: true, name: true } });
    if (model.version !== input.version) throw new ConflictError();
    checkMove("Mô hình", model.status, MODEL_STATUS_LABEL, MODEL_MOVES.resubmit);
    await updateAtVersion(tx.skilfulModel, { id: loaded.modelId, version: input.version }, { status: "REGISTERED" });
    return {
      entityType: "SkilfulModel",
      entityId: loaded.modelId,
      unitId: loaded.unitId,
      before: { status: model.status },
      after: { status: "REGISTERED" },
      message: `Đã gửi lại mô hình “${model.name}” để cấp trên đánh giá.`,
      redirectTo: `/models/${loaded.modelId}?resubmitted=1`,
    };
  },
};
