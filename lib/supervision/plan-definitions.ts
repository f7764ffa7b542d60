// Writing the yearly supervision plan and approving it, through the one action path (runAction).
import { validDuring } from "../units/validity";
import { updateAtVersion } from "../actions/versioned";
import type { ActionDefinition, Loaded } from "../actions/run-action";
import { ConflictError, MESSAGES, RefusedError } from "../actions/result";
import type { Prisma } from "../../generated/prisma/sqlite/client";
import { formatDate } from "../time/business-date";
import { today } from "../time/today";
import { approvePlanSchema, savePlanSchema } from "./schema";
import { type UnitLoaded, loadCommune, refuse } from "./common-definitions";
import { unitScope } from "../auth/scope";
import { unitRecordScope } from "../auth/records";
import { bodySigner, issueNumber, liveEntry } from "../registers/issue";

const INVALID = MESSAGES.invalid;

export const savePlan: ActionDefinition<typeof savePlanSchema, UnitLoaded, undefined> = {
  name: "supervision_plan.save",
  permission: "supervision.manage",
  schema: savePlanSchema,
  load: (db, input, actor, permission) => loadCommune(db, input.unitId, "SupervisionPlan", unitScope(actor, permission)),
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
    const orgs = new Set(
      (
        await tx.organisation.findMany({
          where: { unitId: unit.id, ...validDuring(yearStart, yearEnd) },
          select: { id: true },
        })
      ).map((o) => o.id),
    );
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
      const activities = droppedIds.length
        ? await tx.supervisionActivity.findMany({
            where: { unitId: unit.id, planItemId: { in: droppedIds } },
            select: { planItemId: true },
            distinct: ["planItemId"],
          })
        : [];
      const cases = droppedIds.length
        ? await tx.criticismCase.findMany({
            where: { unitId: unit.id, planItemId: { in: droppedIds } },
            select: { planItemId: true },
            distinct: ["planItemId"],
          })
        : [];
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
      entityType: "SupervisionPlan",
      entityId: planId,
      unitId: unit.id,
      before: existing ? { status: existing.status, items: existing.items.map((i) => `${i.subject}: ${i.content}`) } : undefined,
      after: { year: input.year, items: input.items.map((i) => `${i.subject}: ${i.content}`) },
      message: existing?.status === "APPROVED" ? "Đã lưu kế hoạch; kế hoạch đã sửa cần được phê duyệt lại." : `Đã lưu kế hoạch năm ${input.year}.`,
      redirectTo: undefined,
    };
  },
};

type PlanLoaded = Loaded & { plan: Prisma.SupervisionPlanGetPayload<{ include: { unit: { select: { id: true; type: true; name: true; path: true } } } }> };

export const approvePlan: ActionDefinition<typeof approvePlanSchema, PlanLoaded, undefined> = {
  name: "supervision_plan.approve",
  permission: "supervision.manage",
  schema: approvePlanSchema,
  async load(db, input, actor, permission) {
    const plan = await db.supervisionPlan.findFirst({
      where: { id: input.planId, ...unitRecordScope(actor, permission) },
      include: { unit: { select: { id: true, type: true, name: true, path: true } } },
    });
    return plan ? { entityType: "SupervisionPlan", entityId: plan.id, unitId: plan.unitId, target: { unitPath: plan.unit.path }, plan } : null;
  },
  async write(tx, { input, loaded, actor }) {
    const { plan } = loaded;
    if (input.approvalDate > today()) refuse({ approvalDate: ["Ngày phê duyệt không được sau hôm nay."] });
    if (input.approvalDate.getUTCFullYear() < plan.year - 1 || input.approvalDate.getUTCFullYear() > plan.year)
      refuse({ approvalDate: [`Ngày phê duyệt phải trong năm ${plan.year - 1} hoặc ${plan.year}.`] });
    await updateAtVersion(
      tx.supervisionPlan,
      { id: plan.id, version: input.version },
      {
        status: "APPROVED",
        approvalNumber: input.approvalNumber,
        approvalDate: input.approvalDate,
        approvalBody: input.approvalBody,
      },
    );
    // Approved, the plan is issued by the Front committee: the next number of its plans' register (KH), once;
    // recording a corrected approval keeps it.
    const number = (await liveEntry(tx, "SupervisionPlan", plan.id))
      ? null
      : await issueNumber(tx, {
          unit: plan.unit,
          bodyKind: "FRONT_COMMITTEE",
          kind: "PLAN",
          issuedOn: today(),
          summary: `Kế hoạch giám sát, phản biện xã hội năm ${plan.year}`,
          ...(await bodySigner(tx, plan.unitId, actor.displayName, "FRONT")),
          entityType: "SupervisionPlan",
          entityId: plan.id,
          issuedById: actor.userId,
        });
    return {
      entityType: "SupervisionPlan",
      entityId: plan.id,
      unitId: plan.unitId,
      before: { status: plan.status },
      after: {
        status: "APPROVED",
        approvalNumber: input.approvalNumber,
        approvalDate: input.approvalDate,
        approvalBody: input.approvalBody,
        number: number?.label,
      },
      message: `Đã ghi nhận phê duyệt kế hoạch (${input.approvalNumber}, ${formatDate(input.approvalDate)})${number ? `; kế hoạch số ${number.label}` : ""}.`,
    };
  },
};

// ---- Activities --------------------------------------------------------------------------------------
