// Today's communes grouped by the district they belonged to before the district level was abolished, from
// the lineage: the parent, on the day before the unit was created, of the predecessor whose code the unit
// kept (else of its first predecessor by code). A unit built from communes of two districts belongs to the
// district of the one whose code it kept, and is marked as spanning the others, so that the former
// localities stay comparable across the reorganisation.
import type { Db } from "../db";
import { addDays } from "../time/business-date";
import { isValidOn } from "./validity";

export interface FormerDistrict {
  id: string;
  code: string;
  name: string;
  type: string;
  /** The other districts whose communes the unit also took (empty for most). */
  spans: { code: string; name: string }[];
}

export async function formerDistrictsOf(db: Db, unitIds: string[]): Promise<Map<string, FormerDistrict>> {
  const out = new Map<string, FormerDistrict>();
  if (!unitIds.length) return out;
  const links = await db.unitLineage.findMany({
    where: { successorId: { in: unitIds } },
    select: {
      successorId: true,
      effectiveFrom: true,
      successor: { select: { code: true } },
      predecessor: {
        select: { code: true, parent: { select: { id: true, code: true, name: true, type: true, level: true, validFrom: true, validTo: true } } },
      },
    },
    orderBy: { predecessor: { code: "asc" } },
  });
  const bySuccessor = new Map<string, typeof links>();
  for (const l of links) bySuccessor.set(l.successorId, [...(bySuccessor.get(l.successorId) ?? []), l]);
  for (const [unitId, own] of bySuccessor) {
    const districts = own.flatMap((l) => {
      const p = l.predecessor.parent;
      return p && p.level === "DISTRICT" && isValidOn(p, addDays(l.effectiveFrom, -1)) ? [{ ...p, kept: l.predecessor.code === l.successor.code }] : [];
    });
    if (!districts.length) continue;
    const main = districts.find((d) => d.kept) ?? districts[0];
    const spans = [...new Map(districts.filter((d) => d.id !== main.id).map((d) => [d.id, { code: d.code, name: d.name }])).values()];
    out.set(unitId, { id: main.id, code: main.code, name: main.name, type: main.type, spans });
  }
  return out;
}
