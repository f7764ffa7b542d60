// The actor's scope as a Prisma where-clause on units, used by every list, count and search, so that an
// out-of-scope row matches nothing instead of being filtered late.
import type { Prisma } from "../../generated/prisma/sqlite/client";
import { reachOf, type Action, type PermissionSubject } from "./permissions";

/** Matches no row at all. */
export const NOTHING = { id: { in: [] as string[] } } satisfies Prisma.UnitWhereInput;

export function unitScope(actor: PermissionSubject | null | undefined, action: Action): Prisma.UnitWhereInput {
  if (!actor) return NOTHING;
  const paths: string[] = [];
  for (const a of actor.assignments) {
    const reach = reachOf(a.role, action);
    if (reach === "global") return {};
    // Organisation-bound reach still needs the unit: the caller adds the organisation condition.
    if (reach) paths.push(a.unitPath);
  }
  if (!paths.length) return NOTHING;
  return { OR: paths.map((path) => ({ path: { startsWith: path } })) };
}
