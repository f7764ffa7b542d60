// The reorganisation hand-over (lib/handover): the units that closed on 30/6/2025 hand their open work to
// their successors. In the 2018 world (business date 2018-08-13) only the administrator reaches both a closed
// commune and its 2025 successor: the district's staff reach the closed commune, not the successor. The
// targets are closed communes the other cases do not use (Cẩm Thủy of Cẩm Phả for "sibling", Yên Thanh of
// Uông Bí for "otherDistrict"), each given a fresh open criticism case so that a hand-over has work to move.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { applyHandOvers } from "@/lib/handover/apply";
import { parseIsoDate } from "@/lib/time/business-date";
import type { Actor } from "@/lib/auth/actor";
import type { Case } from "../harness";

export const REORGANISED = "2025-07-01";
const DATE = parseIsoDate(REORGANISED)!;
const CLOSED = { sibling: "06784", otherDistrict: "06826" } as const;

/** A closed commune of 30/6/2025 with a fresh open item, and its successor. */
export async function closedWithWork(code: string) {
  const unit = await db.unit.findFirstOrThrow({ where: { code, validTo: parseIsoDate("2025-06-30")! } });
  const on = parseIsoDate("2025-06-10")!;
  const item = await db.criticismCase.create({
    data: {
      submissionId: randomUUID(),
      unitId: unit.id,
      title: `Dự thảo ${randomUUID().slice(0, 6)}`,
      draftingBody: "UBND xã",
      receivedOn: on,
      plannedSubmissionOn: on,
      leadDueOn: on,
      form: "WRITTEN",
      createdById: "matrix",
    },
  });
  const link = await db.unitLineage.findFirstOrThrow({ where: { predecessorId: unit.id, effectiveFrom: DATE }, orderBy: { successor: { code: "asc" } } });
  return { unit, item, successorId: link.successorId };
}

/** A hand-over already made (by someone allowed), for its reversal. */
export async function handedOver(code: string, actor: Actor) {
  const { item, successorId } = await closedWithWork(code);
  await db.$transaction((tx) =>
    applyHandOvers(tx, actor, DATE, DATE, [{ kind: "CRITICISM_CASE", itemId: item.id, toUnitId: successorId, version: item.version }]),
  );
  return db.handOver.findFirstOrThrow({ where: { itemId: item.id, reversedOn: null } });
}

export const itemsForm = async (code: string) => {
  const { item, successorId } = await closedWithWork(code);
  return {
    form: { date: REORGANISED, unitCode: code, item: [`CRITICISM_CASE:${item.id}`], choice: [`CRITICISM_CASE:${item.id}:${item.version}:${successorId}`] },
  };
};
export const unitsForm = async (code: string) => {
  await closedWithWork(code);
  return { form: { date: REORGANISED, unitCodes: [code] } };
};

const POSITIONS = ["sibling", "otherDistrict"] as const;
const closedAt = (at: string) => CLOSED[at as keyof typeof CLOSED];

export const handOverCases: Record<string, Case> = {
  "lib/handover/actions.ts#handOverUnitsAction": {
    positions: POSITIONS,
    allow: { ADMIN: POSITIONS },
    build: async (_w, at) => unitsForm(closedAt(at)),
  },
  "lib/handover/actions.ts#handOverItemsAction": {
    positions: POSITIONS,
    allow: { ADMIN: POSITIONS },
    build: async (_w, at) => itemsForm(closedAt(at)),
  },
  "lib/handover/actions.ts#reverseHandOverAction": {
    positions: POSITIONS,
    allow: { ADMIN: POSITIONS },
    build: async (w, at) => ({ form: { handOverId: (await handedOver(closedAt(at), w.owners.admin.actor)).id } }),
  },
};
