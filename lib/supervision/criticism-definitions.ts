// Writing social criticism of same-level draft documents: the case (the draft, its drafting body, the
// lead time checked against the rule, with a warning when it is short), then the opinion prepared by one
// account and signed and sent by another (its explanation due date from the rule), the drafting body's
// explanation, and the close.
import { updateAtVersion } from "../actions/versioned";
import type { ActionDefinition, Loaded } from "../actions/run-action";
import { ConflictError, RefusedError } from "../actions/result";
import type { Db } from "../db";
import { bodySigner, issueNumber, liveEntry } from "../registers/issue";
import { requireSigner } from "../signoff/rules";
import type { Prisma } from "../../generated/prisma/sqlite/client";
import { daysBetween, formatDate } from "../time/business-date";
import { today } from "../time/today";
import { CRITICISM_STATUS_LABEL, LEAD_DAYS } from "./rules";
import { criticismStepSchema, saveCriticismSchema } from "./schema";
import { checkPlanLink, due, loadCommune, refuse, type UnitRow } from "./common-definitions";
import { unitScope } from "../auth/scope";
import { criticismScope } from "../auth/records";

type CaseRow = Prisma.CriticismCaseGetPayload<object>;
type CaseLoaded = Loaded & { unit: UnitRow; kase: CaseRow | null };

async function loadCase(db: Db, caseId: string, scope: Prisma.CriticismCaseWhereInput) {
  const c = await db.criticismCase.findFirst({
    where: { id: caseId, ...scope },
    include: { unit: { select: { id: true, name: true, type: true, path: true, parentId: true } } },
  });
  if (!c) return null;
  const { unit, ...kase } = c;
  return { entityType: "CriticismCase", entityId: c.id, unitId: unit.id, target: { unitPath: unit.path }, unit, kase };
}

export const saveCriticism: ActionDefinition<typeof saveCriticismSchema, CaseLoaded, undefined> = {
  name: "criticism.save",
  permission: "supervision.manage",
  schema: saveCriticismSchema,
  async load(db, input, actor, permission) {
    if (input.caseId) {
      const loaded = await loadCase(db, input.caseId, criticismScope(actor, permission));
      return loaded && loaded.unit.id === input.unitId ? loaded : null;
    }
    const commune = await loadCommune(db, input.unitId, "CriticismCase", unitScope(actor, permission));
    return commune ? { ...commune, kase: null } : null;
  },
  async write(tx, { input, loaded, actor }) {
    const before = loaded.kase;
    if (!before) {
      const retried = await tx.criticismCase.findUnique({ where: { submissionId: input.submissionId } });
      if (retried)
        return {
          entityType: "CriticismCase",
          entityId: retried.id,
          unitId: retried.unitId,
          after: { duplicateOf: retried.id },
          message: "Đã lưu.",
          redirectTo: `/criticism/${retried.id}`,
        };
    } else {
      if (before.status === "CLOSED") throw new RefusedError("Việc phản biện đã kết thúc: không sửa được.");
      if (before.version !== input.version) throw new ConflictError();
    }
    const errors: Record<string, string[]> = {};
    await checkPlanLink(tx, loaded.unit.id, input.planItemId, input.outsidePlanReason, errors);
    if (input.receivedOn > today()) errors.receivedOn = ["Ngày nhận không được sau hôm nay."];
    if (input.plannedSubmissionOn <= input.receivedOn) errors.plannedSubmissionOn = ["Ngày dự kiến trình phải sau ngày nhận dự thảo."];
    refuse(errors);
    // The draft should arrive by the lead-time rule's day; a later arrival is kept with a warning.
    const lead = await due(tx, "criticism.lead_time", input.plannedSubmissionOn);
    const tooShort = input.receivedOn > lead.due;
    const data = {
      planItemId: input.planItemId,
      outsidePlanReason: input.planItemId ? null : input.outsidePlanReason,
      title: input.title,
      draftingBody: input.draftingBody,
      receivedOn: input.receivedOn,
      plannedSubmissionOn: input.plannedSubmissionOn,
      leadDueOn: lead.due,
      leadTooShort: tooShort,
      form: input.form,
      participants: input.participants,
    };
    let id: string;
    if (before) {
      await updateAtVersion(tx.criticismCase, { id: before.id, version: before.version }, data);
      id = before.id;
    } else {
      id = (await tx.criticismCase.create({ data: { ...data, submissionId: input.submissionId, unitId: loaded.unit.id, createdById: actor.userId } })).id;
    }
    const days = daysBetween(input.receivedOn, input.plannedSubmissionOn);
    return {
      entityType: "CriticismCase",
      entityId: id,
      unitId: loaded.unit.id,
      before: before ? { title: before.title, receivedOn: before.receivedOn, plannedSubmissionOn: before.plannedSubmissionOn } : undefined,
      after: { title: data.title, receivedOn: data.receivedOn, plannedSubmissionOn: data.plannedSubmissionOn, leadTooShort: tooShort },
      message: tooShort
        ? `Đã lưu. Lưu ý: dự thảo đến chỉ ${days} ngày trước ngày dự kiến trình (phải gửi chậm nhất ${formatDate(lead.due)}, ít nhất ${LEAD_DAYS} ngày).`
        : "Đã lưu việc phản biện.",
      redirectTo: `/criticism/${id}`,
    };
  },
};

export const criticismStep: ActionDefinition<typeof criticismStepSchema, CaseLoaded & { kase: CaseRow }, undefined> = {
  name: "criticism.step",
  permission: "supervision.manage",
  schema: criticismStepSchema,
  load: (db, input, actor, permission) => loadCase(db, input.caseId, criticismScope(actor, permission)),
  async write(tx, { input, loaded, actor }) {
    const before = loaded.kase;
    if (before.version !== input.version) throw new ConflictError();
    const now = today();
    const expected = { prepare: "RECEIVED", opinion: "RECEIVED", explanation: "OPINION_SENT", close: "EXPLAINED" } as const;
    if (before.status !== expected[input.step]) {
      throw new RefusedError(`Việc phản biện đang ở bước “${CRITICISM_STATUS_LABEL[before.status]}”: không thể làm bước này.`);
    }
    let data: Prisma.CriticismCaseUpdateManyMutationInput;
    let message: string;
    let dualPost = false;
    if (input.step === "prepare") {
      // The preparer's step: the opinion's text, put up for signing by another account (lib/signoff).
      if (!input.opinionContent) refuse({ opinionContent: ["Hãy nhập ý kiến phản biện."] });
      data = { opinionContent: input.opinionContent!, opinionPreparedById: actor.userId, opinionPreparedAt: new Date() };
      message = "Đã trình ký ý kiến phản biện: người có thẩm quyền ký và gửi bằng tài khoản của mình.";
    } else if (input.step === "opinion") {
      const errors: Record<string, string[]> = {};
      if (!input.opinionSentOn) errors.opinionSentOn = ["Hãy nhập ngày gửi ý kiến."];
      else if (input.opinionSentOn < before.receivedOn || input.opinionSentOn > now)
        errors.opinionSentOn = [`Ngày gửi ý kiến phải từ ngày nhận dự thảo (${formatDate(before.receivedOn)}) đến hôm nay.`];
      if (!input.opinionContent) errors.opinionContent = ["Hãy nhập ý kiến phản biện."];
      refuse(errors);
      // Signing and sending: not by the account that prepared it, unless it holds both posts.
      dualPost = (
        await requireSigner(tx, { unitId: before.unitId, preparedById: before.opinionPreparedById, signerId: actor.userId, document: "ý kiến phản biện" })
      ).dualPost;
      // The drafting body's explanation is due from the day it receives the opinion (taken as the day sent).
      const d = await due(tx, "criticism.explanation", input.opinionSentOn!);
      data = {
        status: "OPINION_SENT",
        opinionSentOn: input.opinionSentOn,
        opinionContent: input.opinionContent!,
        explanationDueOn: d.due,
        explanationRuleId: d.ruleId,
        opinionSignedById: actor.userId,
        opinionSignedAt: new Date(),
      };
      // Sending the opinion is issuing the Front's document: the next number of its register, once.
      const number = (await liveEntry(tx, "CriticismCase", before.id))
        ? null
        : await issueNumber(tx, {
            unit: loaded.unit,
            bodyKind: "FRONT_COMMITTEE",
            kind: "CRITICISM",
            issuedOn: input.opinionSentOn!,
            summary: `Phản biện dự thảo “${before.title}”`,
            ...(await bodySigner(tx, loaded.unit.id, actor.displayName, "FRONT")),
            entityType: "CriticismCase",
            entityId: before.id,
            issuedById: actor.userId,
          });
      message = `Đã ký và gửi ý kiến phản biện${number ? ` (văn bản số ${number.label})` : ""}; hạn giải trình ${formatDate(d.due)}.`;
    } else if (input.step === "explanation") {
      const errors: Record<string, string[]> = {};
      if (!input.explanationOn) errors.explanationOn = ["Hãy nhập ngày nhận giải trình."];
      else if (input.explanationOn < before.opinionSentOn! || input.explanationOn > now)
        errors.explanationOn = [`Ngày nhận giải trình phải từ ngày gửi ý kiến (${formatDate(before.opinionSentOn!)}) đến hôm nay.`];
      if (!input.explanationContent) errors.explanationContent = ["Hãy nhập nội dung giải trình."];
      refuse(errors);
      data = { status: "EXPLAINED", explanationOn: input.explanationOn, explanationContent: input.explanationContent };
      message =
        before.explanationDueOn && input.explanationOn! > before.explanationDueOn
          ? `Đã ghi giải trình (muộn ${daysBetween(before.explanationDueOn, input.explanationOn!)} ngày).`
          : "Đã ghi giải trình.";
    } else {
      data = { status: "CLOSED" };
      message = "Đã kết thúc việc phản biện.";
    }
    await updateAtVersion(tx.criticismCase, { id: before.id, version: before.version }, data);
    return {
      entityType: "CriticismCase",
      entityId: before.id,
      unitId: before.unitId,
      before: { status: before.status },
      after: dualPost ? { ...data, signedUnderDualPost: true } : (data as Record<string, unknown>),
      message,
      redirectTo: `/criticism/${before.id}`,
    };
  },
};
