// Recognising an accepted "Dân vận khéo" model (decision 0043): at commune level by the commune's Front
// committee (its bloc head acts for it), at province level by the province's Front committee (its reviewer),
// each by a decision numbered in that body's register in the same transaction. Once per level; only an
// accepted model; the decision's date in the model's year or after, and not after today.
import type { ActionDefinition, Loaded } from "../actions/run-action";
import { ConflictError, MESSAGES, RefusedError } from "../actions/result";
import { updateAtVersion } from "../actions/versioned";
import type { ActorAssignment } from "../auth/permissions";
import { grantingAssignments } from "../auth/permissions";
import { bodySigner, ensureBody, issueNumber } from "../registers/issue";
import { formatDate } from "../time/business-date";
import { today } from "../time/today";
import { MODEL_LEVEL_LABEL, MODEL_STATUS_LABEL } from "./rules";
import { recogniseModelSchema } from "./schema";

type Loaded2 = Loaded & { model: { id: string; name: string; year: number; unitId: string }; body: { id: string; type: string; name: string; path: string } };

/** Who recognises at a level: the bloc head of the model's commune, or a reviewer assigned at its province. */
const recognises = (a: ActorAssignment & { role: string }, level: "COMMUNE" | "PROVINCE", communePath: string, provincePath: string) =>
  level === "COMMUNE" ? a.role === "BLOC_HEAD" && communePath.startsWith(a.unitPath) : a.role === "REVIEWER" && a.unitPath === provincePath;

export const recogniseModel: ActionDefinition<typeof recogniseModelSchema, Loaded2, undefined> = {
  name: "model.recognise",
  permission: "model.recognise",
  schema: recogniseModelSchema,
  async load(db, input, actor, permission) {
    const model = await db.skilfulModel.findFirst({
      where: { id: input.modelId },
      select: {
        id: true,
        name: true,
        year: true,
        unitId: true,
        unit: {
          select: {
            id: true,
            type: true,
            name: true,
            path: true,
            parent: {
              select: { id: true, type: true, name: true, path: true, level: true, parent: { select: { id: true, type: true, name: true, path: true } } },
            },
          },
        },
      },
    });
    if (!model) return null;
    // The province: the commune's parent today, its district's parent in 2018.
    const parent = model.unit.parent;
    const province = parent && (parent.level === "PROVINCE" ? parent : parent.parent);
    if (!province) return null;
    const body = input.level === "COMMUNE" ? model.unit : province;
    // Someone who may not recognise at this level is answered as for a record out of reach.
    if (!grantingAssignments(actor, permission).some((a) => recognises(a, input.level, model.unit.path, province.path))) return null;
    return { entityType: "SkilfulModel", entityId: model.id, unitId: model.unitId, target: { unitPath: body.path }, model, body };
  },
  async write(tx, { input, loaded: { model, body }, actor }) {
    const row = await tx.skilfulModel.findUniqueOrThrow({ where: { id: model.id }, select: { status: true, version: true } });
    if (row.version !== input.version) throw new ConflictError();
    if (row.status !== "ACCEPTED")
      throw new RefusedError(`Mô hình đang ở trạng thái “${MODEL_STATUS_LABEL[row.status]}”: chỉ công nhận mô hình đã được đánh giá đạt.`);
    const errors: Record<string, string[]> = {};
    if (input.issuedOn.getUTCFullYear() < model.year) errors.issuedOn = [`Ngày quyết định phải từ năm ${model.year} trở đi.`];
    if (input.issuedOn > today()) errors.issuedOn = [`Ngày quyết định không được sau hôm nay (${formatDate(today())}).`];
    if (await tx.modelRecognition.findUnique({ where: { modelId_level: { modelId: model.id, level: input.level } }, select: { id: true } }))
      errors.level = [`Mô hình đã được công nhận ${MODEL_LEVEL_LABEL[input.level]}.`];
    if (Object.keys(errors).length) throw new RefusedError(MESSAGES.invalid, errors);
    const issuer = await ensureBody(tx, body, "FRONT_COMMITTEE");
    const signer = await bodySigner(tx, body.id, actor.displayName, issuer.family);
    const issued = await issueNumber(tx, {
      unit: body,
      bodyKind: "FRONT_COMMITTEE",
      kind: "DECISION",
      issuedOn: input.issuedOn,
      summary: `Công nhận mô hình Dân vận khéo “${model.name}” năm ${model.year}`,
      ...signer,
      entityType: "SkilfulModel",
      entityId: model.id,
      issuedById: actor.userId,
    });
    await tx.modelRecognition.create({
      data: { modelId: model.id, level: input.level, entryId: issued.entryId, label: issued.label, issuedOn: input.issuedOn, recognisedById: actor.userId },
      select: { id: true },
    });
    await updateAtVersion(tx.skilfulModel, { id: model.id, version: input.version }, {});
    return {
      entityType: "SkilfulModel",
      entityId: model.id,
      unitId: model.unitId,
      after: { level: input.level, decision: issued.label, issuedOn: input.issuedOn },
      message: `Đã công nhận mô hình ${MODEL_LEVEL_LABEL[input.level]}: quyết định số ${issued.label} ngày ${formatDate(input.issuedOn)}.`,
      redirectTo: `/models/${model.id}?recognised=1`,
    };
  },
};
