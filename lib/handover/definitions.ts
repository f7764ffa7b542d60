// The hand-over page's writes, each through the one action path (lib/actions/run-action.ts): load the closed
// units from the database and check them against the actor's reach, then move and audit in one transaction
// (the moves themselves check every item and successor again: lib/handover/apply.ts).
import "server-only";
import type { ActionDefinition, Loaded } from "../actions/run-action";
import { RefusedError } from "../actions/result";
import { can } from "../auth/permissions";
import { addDays, formatDate } from "../time/business-date";
import { today } from "../time/today";
import { unitTitle, type UnitType } from "../units/labels";
import { applyHandOvers, type Choice } from "./apply";
import { reverseHandOver as reverse } from "./reverse";
import { handOverPlan, successorsOf } from "./plan";
import type { Db } from "../db";
import type { Actor } from "../auth/actor";
import { handOverItemsSchema, handOverUnitsSchema, reverseHandOverSchema } from "./schema";
import type { HandOverKind } from "../../generated/prisma/sqlite/enums";

type ClosedRef = { id: string; code: string; name: string; type: UnitType; path: string; parentId: string | null };
const closedSelect = { id: true, code: true, name: true, type: true, path: true, parentId: true } as const;

/** The target a denial names: the first unit out of reach, or the first unit. */
function targetOf(units: ClosedRef[], reachable: (unit: ClosedRef) => boolean) {
  const unit = units.find((u) => !reachable(u)) ?? units[0];
  return { entityType: "HandOver", entityId: null, unitId: unit.id, target: { unitPath: reachable(unit) ? unit.path : OUT_OF_REACH } };
}

/** A path no one's assignment covers (a unit whose successors are all out of the actor's reach is denied as not found). */
const OUT_OF_REACH = "/∅/";

/** A closed unit is the actor's to hand over when it and at least one of its successors on `date` are in reach. */
async function reachableClosed(db: Db, actor: Actor, units: ClosedRef[], date: Date) {
  const successors = await successorsOf(db, units, date);
  return (u: ClosedRef) =>
    can(actor, "handover.apply", { unitPath: u.path }) &&
    (successors.get(u.id)?.successors ?? []).some((s) => can(actor, "handover.apply", { unitPath: s.path }));
}

export const handOverUnits: ActionDefinition<typeof handOverUnitsSchema, Loaded & { units: ClosedRef[] }, undefined> = {
  name: "handover.apply_units",
  permission: "handover.apply",
  schema: handOverUnitsSchema,
  async load(db, input, actor) {
    const units = await db.unit.findMany({ where: { code: { in: input.unitCodes }, validTo: addDays(input.date, -1) }, select: closedSelect });
    // Every selected unit must have closed the day before the date: a code from elsewhere makes the request unknown.
    if (!units.length || units.length !== new Set(input.unitCodes).size) return null;
    return { ...targetOf(units, await reachableClosed(db, actor, units, input.date)), units };
  },
  async write(tx, { input, loaded, actor }) {
    const plan = await handOverPlan(tx, actor, input.date, { codes: loaded.units.map((u) => u.code) });
    const choices: Choice[] = plan.flatMap((p) =>
      p.successors[0]
        ? p.items.filter((i) => i.blocked === null).map((i) => ({ kind: i.kind, itemId: i.id, toUnitId: p.successors[0].id, version: i.version }))
        : [],
    );
    const waiting = plan.reduce((n, p) => n + p.items.filter((i) => i.blocked !== null).length, 0);
    if (!choices.length) {
      throw new RefusedError(
        waiting
          ? `Chưa mục nào chuyển được: ${waiting} mục còn chờ điều kiện (mở từng đơn vị để xem lý do).`
          : "Các đơn vị đã chọn không còn việc nào cần bàn giao.",
      );
    }
    const events = await applyHandOvers(tx, actor, input.date, today(), choices);
    const units = new Set(plan.filter((p) => p.successors[0] && p.items.some((i) => i.blocked === null)).map((p) => p.unit.code));
    return {
      entityType: "HandOver",
      entityId: null,
      unitId: loaded.unitId,
      after: { date: formatDate(input.date), units: [...units], items: choices.length, waiting },
      events,
      message: `Đã bàn giao ${choices.length} mục của ${units.size} đơn vị theo đề xuất${waiting ? `; ${waiting} mục chưa chuyển được (mở từng đơn vị để xem lý do)` : ""}.`,
    };
  },
};

export const handOverItems: ActionDefinition<typeof handOverItemsSchema, Loaded & { unit: ClosedRef }, undefined> = {
  name: "handover.apply_items",
  permission: "handover.apply",
  schema: handOverItemsSchema,
  async load(db, input, actor) {
    const unit = await db.unit.findFirst({ where: { code: input.unitCode, validTo: addDays(input.date, -1) }, select: closedSelect });
    if (!unit) return null;
    return { ...targetOf([unit], await reachableClosed(db, actor, [unit], input.date)), unit };
  },
  async write(tx, { input, loaded, actor }) {
    const rows = new Map(
      input.choice.map((c) => {
        const [kind, id, version, to] = c.split(":");
        return [`${kind}:${id}`, { kind: kind as HandOverKind, itemId: id, version: Number(version), toUnitId: to }];
      }),
    );
    const choices = [...new Set(input.item)].map((key) => {
      const row = rows.get(key);
      if (!row) throw new RefusedError("Hãy chọn đơn vị nhận cho từng mục đã đánh dấu.");
      return row;
    });
    const events = await applyHandOvers(tx, actor, input.date, today(), choices);
    return {
      entityType: "HandOver",
      entityId: null,
      unitId: loaded.unit.id,
      after: { date: formatDate(input.date), unit: loaded.unit.code, items: choices.length },
      events,
      message: `Đã bàn giao ${choices.length} mục của ${unitTitle(loaded.unit)}.`,
    };
  },
};

export const reverseHandOver: ActionDefinition<typeof reverseHandOverSchema, Loaded & { label: string }, undefined> = {
  name: "handover.reverse",
  permission: "handover.apply",
  schema: reverseHandOverSchema,
  async load(db, input, actor) {
    const h = await db.handOver.findUnique({
      where: { id: input.handOverId },
      select: { id: true, label: true, fromUnit: { select: closedSelect }, toUnit: { select: closedSelect } },
    });
    if (!h) return null;
    // Both ends must be in reach: the target names the one that is not.
    const units = [h.fromUnit, h.toUnit];
    return { ...targetOf(units, (u) => can(actor, "handover.apply", { unitPath: u.path })), entityId: h.id, label: h.label };
  },
  async write(tx, { input, loaded, actor }) {
    const { action: _action, ...record } = await reverse(tx, actor, input.handOverId, today());
    return { ...record, message: `Đã hoàn tác bàn giao “${loaded.label}”: mục trở lại đơn vị cũ và chờ bàn giao.` };
  },
};
