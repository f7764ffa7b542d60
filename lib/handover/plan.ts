// A reorganisation's hand-over plan: the units that closed the day before a reorganisation's date, their
// successors from the lineage, and the open work each left behind, with the successor proposed for every
// item and why an item could not move there. The page and `npm run handover` read the same plan
// (docs/decisions/0022-reorganisation-hand-over.md).
import type { Db, Tx } from "../db";
import type { HandOverKind } from "../../generated/prisma/sqlite/enums";
import { can, type PermissionSubject } from "../auth/permissions";
import { unitScope } from "../auth/scope";
import { addDays } from "../time/business-date";
import { unitTitle } from "../units/labels";
import { validOn } from "../units/validity";
import { openWork, reversibleIds, type OpenItem, type UnitRef } from "./open-work";
import { blockedReason, targetFacts, unitSelect } from "./targets";

export interface Successor extends UnitRef {
  /** Took the whole of the closed unit (the lineage's `whole`); false for a part, null when no lineage names it. */
  whole: boolean | null;
  /** Kept the closed unit's code: proposed first when the unit was split. */
  keptCode: boolean;
}

export interface ClosedUnit {
  unit: UnitRef;
  /** The unit it sat under on its last day (a 2018 district), for grouping. */
  parentTitle: string | null;
  /** The lineage's resolution, when a lineage names the successors. */
  legalBasis: string | null;
  /** Proposed first: the one that kept the code, then whole absorptions, then by code. */
  successors: Successor[];
  items: OpenItem[];
  /** Items already handed over on this date and not reversed. */
  handed: { id: string; kind: HandOverKind; itemId: string; label: string; toUnitId: string; appliedOn: Date; reversible: boolean }[];
}

/**
 * The units in the actor's hand-over scope that closed on the day before `date` (their last day), with their
 * successors and open work. `codes` narrows to some closed units.
 */
export async function handOverPlan(db: Db | Tx, actor: PermissionSubject, date: Date, { codes }: { codes?: string[] } = {}): Promise<ClosedUnit[]> {
  const closingDay = addDays(date, -1);
  const units = await db.unit.findMany({
    where: { AND: [{ validTo: closingDay }, unitScope(actor, "handover.apply"), codes?.length ? { code: { in: codes } } : {}] },
    select: { ...unitSelect, parent: { select: { name: true, type: true } } },
    orderBy: [{ path: "asc" }],
  });
  if (!units.length) return [];
  const successors = await successorsOf(
    db,
    units.map(({ parent: _p, ...u }) => u),
    date,
  );
  const work = await openWork(
    db,
    units.map((u) => u.id),
    date,
  );
  const targets = await targetFacts(db, [...new Set([...successors.values()].flatMap((line) => line.successors.map((s) => s.id)))], date);
  const handed = await db.handOver.findMany({
    where: { fromUnitId: { in: units.map((u) => u.id) }, effectiveOn: date, reversedOn: null },
    select: { id: true, kind: true, itemId: true, label: true, fromUnitId: true, toUnitId: true, appliedOn: true, versionAfter: true },
    orderBy: [{ appliedOn: "asc" }, { id: "asc" }],
  });
  const reversible = await reversibleIds(db, handed);
  return units.map((unit) => {
    const line = successors.get(unit.id);
    const list = (line?.successors ?? []).filter((s) => can(actor, "handover.apply", { unitPath: s.path }));
    const proposed = list[0] ?? null;
    const { parent, ...ref } = unit;
    return {
      unit: ref,
      parentTitle: parent ? unitTitle(parent) : null,
      legalBasis: line?.legalBasis ?? null,
      successors: list,
      items: (work.get(unit.id) ?? []).map((w) => ({
        ...w.item,
        blocked: proposed ? blockedReason(w, proposed, targets) : "Không có đơn vị kế thừa trong phạm vi của bạn.",
      })),
      handed: handed.filter((h) => h.fromUnitId === unit.id).map(({ fromUnitId: _f, versionAfter: _v, ...h }) => ({ ...h, reversible: reversible.has(h.id) })),
    };
  });
}

/**
 * The successors of each closed unit on `date`: its lineage links that take effect that day, the one that
 * kept the old code first; with no lineage (a district of 2025), the nearest ancestor in force that day.
 */
export async function successorsOf(db: Db | Tx, units: UnitRef[], date: Date): Promise<Map<string, { successors: Successor[]; legalBasis: string | null }>> {
  const links = await db.unitLineage.findMany({
    where: { predecessorId: { in: units.map((u) => u.id) }, effectiveFrom: date },
    select: { predecessorId: true, whole: true, legalBasis: true, successor: { select: unitSelect } },
  });
  const out = new Map<string, { successors: Successor[]; legalBasis: string | null }>();
  const byId = new Map(units.map((u) => [u.id, u]));
  for (const l of links) {
    const closed = byId.get(l.predecessorId)!;
    const line = out.get(closed.id) ?? out.set(closed.id, { successors: [], legalBasis: l.legalBasis }).get(closed.id)!;
    line.successors.push({ ...l.successor, whole: l.whole, keptCode: l.successor.code === closed.code });
  }
  const orphans = units.filter((u) => !out.has(u.id));
  if (orphans.length) {
    const ancestorIds = [...new Set(orphans.flatMap((u) => u.path.split("/").filter(Boolean).slice(0, -1)))];
    const ancestors = await db.unit.findMany({ where: { id: { in: ancestorIds }, ...validOn(date) }, select: unitSelect });
    for (const u of orphans) {
      const nearest = u.path
        .split("/")
        .filter(Boolean)
        .slice(0, -1)
        .reverse()
        .map((id) => ancestors.find((a) => a.id === id))
        .find(Boolean);
      if (nearest) out.set(u.id, { successors: [{ ...nearest, whole: null, keptCode: false }], legalBasis: null });
    }
  }
  for (const { successors } of out.values())
    successors.sort((a, b) => Number(b.keptCode) - Number(a.keptCode) || Number(b.whole) - Number(a.whole) || a.code.localeCompare(b.code));
  return out;
}
