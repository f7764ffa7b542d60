// The actor's scope as a Prisma where-clause on units, used by every list, count and search, so that an
// out-of-scope row matches nothing instead of being filtered late.
import type { Prisma } from "../../generated/prisma/sqlite/client";
import { grantingAssignments, reachOf, type Action, type PermissionSubject } from "./permissions";

/** Matches no row at all. */
export const NOTHING = { id: { in: [] as string[] } } satisfies Prisma.UnitWhereInput;
/**
 * Matches every row, also as one branch of an OR: Prisma reads `OR: [{}, …]` as matching nothing (on
 * both databases), so a global reach must not be the empty filter. Found by the authorisation matrix: the
 * administrator could not open a report's DOCX.
 */
export const EVERYTHING = { id: { notIn: [] as string[] } } satisfies Prisma.UnitWhereInput;

export function unitScope(actor: PermissionSubject | null | undefined, action: Action): Prisma.UnitWhereInput {
  if (!actor) return NOTHING;
  const clauses: Prisma.UnitWhereInput[] = [];
  for (const a of grantingAssignments(actor, action)) {
    const reach = reachOf(a.role, action);
    if (reach === "global") return EVERYTHING;
    if (reach === "unit") clauses.push({ path: a.unitPath });
    // Organisation-bound reach still needs the unit: the caller adds the organisation condition.
    else if (reach) clauses.push({ path: { startsWith: a.unitPath } });
  }
  if (!clauses.length) return NOTHING;
  return { OR: clauses };
}
