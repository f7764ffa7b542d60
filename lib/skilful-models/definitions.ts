// Registering a "Dân vận khéo" model for a year (decision 0043): the commune's bloc, or one of its member
// organisations for itself, through the one action path. Refused for a unit that no longer exists (after a
// reorganisation its successor registers), for a year other than this one or the next, for an organisation
// not of the commune, for a name the commune already registered that year.
import type { ActionDefinition, Loaded } from "../actions/run-action";
import { MESSAGES, RefusedError } from "../actions/result";
import { unitScope } from "../auth/scope";
import { addDays, formatDate } from "../time/business-date";
import { today } from "../time/today";
import { isValidOn, validOn } from "../units/validity";
import { registrableYears } from "./rules";
import { registerModelSchema } from "./schema";

type UnitLoaded = Loaded & { unit: { id: string; name: string; path: string; validFrom: Date; validTo: Date | null } };

export const registerModel: ActionDefinition<typeof registerModelSchema, UnitLoaded, undefined> = {
  name: "model.register",
  permission: "model.register",
  schema: registerModelSchema,
  personalText: /^(goals|participants|targetGroup)$/,
  async load(db, input, actor, permission) {
    const unit = await db.unit.findFirst({
      where: { AND: [{ id: input.unitId, level: "COMMUNE" }, unitScope(actor, permission)] },
      select: { id: true, name: true, path: true, validFrom: true, validTo: true },
    });
    // An officer registers for their own organisation: the target carries it (lib/auth/permissions.ts).
    return unit && { entityType: "SkilfulModel", unitId: unit.id, target: { unitPath: unit.path, organisationId: input.organisationId }, unit };
  },
  async write(tx, { input, loaded: { unit }, actor }) {
    const day = today();
    if (!isValidOn(unit, day))
      throw new RefusedError(
        `${unit.name} không còn là đơn vị hành chính từ ${formatDate(addDays(unit.validTo ?? day, 1))}: mô hình đăng ký ở đơn vị kế tiếp (xã, phường mới sau sắp xếp). Chưa có gì được lưu.`,
      );
    const errors: Record<string, string[]> = {};
    const years = registrableYears(day);
    if (!years.includes(input.year)) errors.year = [`Chỉ đăng ký cho năm ${years.join(" hoặc năm ")}.`];
    if (input.startOn.getUTCFullYear() > input.year) errors.startOn = [`Mô hình đăng ký năm ${input.year} phải bắt đầu trong hoặc trước năm đó.`];
    if (input.organisationId) {
      const org = await tx.organisation.findFirst({ where: { id: input.organisationId, unitId: unit.id, ...validOn(day) }, select: { id: true } });
      if (!org) errors.organisationId = ["Tổ chức không thuộc đơn vị này."];
    }
    if (input.continuesId) {
      // The model it continues: an earlier year's, of this unit or of a unit it was formed from.
      const sources = (await tx.unitLineage.findMany({ where: { successorId: unit.id }, select: { predecessorId: true } })).map((l) => l.predecessorId);
      const earlier = await tx.skilfulModel.findFirst({
        where: { id: input.continuesId, unitId: { in: [unit.id, ...sources] }, year: { lt: input.year } },
        select: { id: true },
      });
      if (!earlier) errors.continuesId = ["Mô hình tiếp nối phải là mô hình của năm trước, của đơn vị này hoặc đơn vị trước sắp xếp."];
    }
    const same = await tx.skilfulModel.findFirst({ where: { unitId: unit.id, year: input.year, name: input.name }, select: { id: true } });
    if (same) errors.name = [`${unit.name} đã đăng ký mô hình “${input.name}” năm ${input.year}.`];
    if (Object.keys(errors).length) throw new RefusedError(MESSAGES.invalid, errors);
    const { unitId: _u, ...data } = input;
    const model = await tx.skilfulModel.create({ data: { ...data, unitId: unit.id, createdById: actor.userId }, select: { id: true } });
    return {
      entityType: "SkilfulModel",
      entityId: model.id,
      unitId: unit.id,
      after: { year: input.year, name: input.name, field: input.field, organisationId: input.organisationId, continuesId: input.continuesId },
      message: `Đã đăng ký mô hình “${input.name}” năm ${input.year}.`,
      redirectTo: `/models/${model.id}?registered=1`,
    };
  },
};
