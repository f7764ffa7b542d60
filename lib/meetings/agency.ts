// The agencies above the communes hold their own giao ban (decision 0035): a district's Cơ quan khối in
// 2018, the province's bloc body from 1/7/2025. Their meetings follow the communes' rules; a task they
// assign goes either to one of their member bodies or to a commune below them, whose Front committee owns
// it in the commune's own list (its bloc carries it into the commune's giao ban).
import type { Db, Tx } from "../db";
import type { UnitType } from "../../generated/prisma/sqlite/enums";
import { validOn } from "../units/validity";

export const AGENCY_LEVELS = ["DISTRICT", "PROVINCE"] as const;

export interface CommuneOwner {
  /** The commune's Front committee, which owns the task in the commune. */
  organisationId: string;
  commune: { id: string; code: string; name: string; type: UnitType; validTo: Date | null };
  blocId: string | null;
}

/**
 * The communes directly below an agency on `day`, each with its Front committee in force that day and its
 * bloc: who a task of the agency's giao ban can go to. `only` narrows the read to these organisations.
 */
export async function communeOwners(client: Db | Tx, agencyUnitId: string, day: Date, only?: string[]): Promise<CommuneOwner[]> {
  const orgs = await client.organisation.findMany({
    where: {
      ...(only ? { id: { in: only } } : {}),
      ...validOn(day),
      type: { code: "MTTQ" },
      unit: { parentId: agencyUnitId, level: "COMMUNE", ...validOn(day) },
    },
    select: { id: true, unit: { select: { id: true, code: true, name: true, type: true, validTo: true, bloc: { select: { id: true } } } } },
    orderBy: { unit: { code: "asc" } },
  });
  return orgs.map((o) => {
    const { bloc, ...commune } = o.unit;
    return { organisationId: o.id, commune, blocId: bloc?.id ?? null };
  });
}
