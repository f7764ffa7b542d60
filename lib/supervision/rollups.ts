// Rollup rows the supervision writes keep current in their own transaction (docs/ARCHITECTURE.md): each write passes
// the record before and after, and only the difference of their contributions is applied.
//  - RecommendationDueRollup: open recommendations per unit and response due date;
//  - SupervisionMonthRollup: activities by form (by start month, cancelled ones not counted), and
//    recommendations sent, answered and answered on time, counted in the month they were sent.
import type { ActivityStatus, RecommendationStatus, SupervisionForm } from "../../generated/prisma/sqlite/enums";
import type { Tx } from "../db";
import { addAreaChange, applyAreaChanges, areaDifference, monthKey, type AreaChanges } from "../rollups/area";

const monthOf = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));

const FORM_FIELD: Record<SupervisionForm, "documents" | "delegation" | "communityBoard" | "joint"> = {
  DOCUMENTS: "documents",
  DELEGATION: "delegation",
  COMMUNITY_BOARD: "communityBoard",
  JOINT: "joint",
};
type MonthField = "documents" | "delegation" | "communityBoard" | "joint" | "sent" | "answered" | "answeredOnTime";

/** Contributions as "unitId|month|field" → count. */
type Contribution = Map<string, number>;

function add(c: Contribution, unitId: string, month: Date, field: MonthField) {
  const key = `${unitId}|${month.toISOString()}|${field}`;
  c.set(key, (c.get(key) ?? 0) + 1);
}

async function applyMonths(tx: Tx, before: Contribution, after: Contribution) {
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const delta = (after.get(key) ?? 0) - (before.get(key) ?? 0);
    if (!delta) continue;
    const [unitId, iso, field] = key.split("|");
    const id = { unitId, month: new Date(iso) };
    await tx.supervisionMonthRollup.upsert({ where: { unitId_month: id }, create: { ...id, [field]: delta }, update: { [field]: { increment: delta } } });
  }
}

type ActivityFacts = { unitId: string; form: SupervisionForm; startOn: Date; status: ActivityStatus } | null;

export async function applyActivityRollup(tx: Tx, before: ActivityFacts, after: ActivityFacts) {
  const contribution = (a: ActivityFacts) => {
    const c: Contribution = new Map();
    if (a && a.status !== "CANCELLED") add(c, a.unitId, monthOf(a.startOn), FORM_FIELD[a.form]);
    return c;
  };
  await applyMonths(tx, contribution(before), contribution(after));
}

type RecommendationFacts = { unitId: string; sentOn: Date; dueOn: Date; status: RecommendationStatus; respondedOn: Date | null } | null;

export async function applyRecommendationRollup(tx: Tx, before: RecommendationFacts, after: RecommendationFacts) {
  const months = (r: RecommendationFacts) => {
    const c: Contribution = new Map();
    if (!r) return c;
    const month = monthOf(r.sentOn);
    add(c, r.unitId, month, "sent");
    if (r.status === "ANSWERED") {
      add(c, r.unitId, month, "answered");
      if (r.respondedOn && r.respondedOn <= r.dueOn) add(c, r.unitId, month, "answeredOnTime");
    }
    return c;
  };
  await applyMonths(tx, months(before), months(after));
  const area = (r: RecommendationFacts) => {
    const c: AreaChanges = new Map();
    if (!r) return c;
    const month = monthKey(r.sentOn);
    addAreaChange(c, r.unitId, month, "recSent", 1);
    if (r.status === "ANSWERED") {
      addAreaChange(c, r.unitId, month, "recAnswered", 1);
      if (r.respondedOn && r.respondedOn <= r.dueOn) addAreaChange(c, r.unitId, month, "recAnsweredOnTime", 1);
    }
    return c;
  };
  await applyAreaChanges(tx, areaDifference(area(before), area(after)));
  const open = (r: RecommendationFacts) => (r && r.status === "OPEN" ? { unitId: r.unitId, dueOn: r.dueOn } : null);
  const a = open(before);
  const b = open(after);
  if (a && b && a.unitId === b.unitId && a.dueOn.getTime() === b.dueOn.getTime()) return;
  if (a) await tx.recommendationDueRollup.update({ where: { unitId_dueOn: a }, data: { open: { decrement: 1 } } });
  if (b) await tx.recommendationDueRollup.upsert({ where: { unitId_dueOn: b }, create: { ...b, open: 1 }, update: { open: { increment: 1 } } });
}
