// A bloc's status on a viewing date, replayed from its dated status changes. A change whose date the
// source does not give (effectiveOn null) counts as known on every date.
import type { BlocStatus } from "../../generated/prisma/sqlite/enums";

export interface StatusChangeLike {
  toStatus: BlocStatus;
  effectiveOn: Date | null;
  createdAt: Date;
}

/** The change in force on `day` (the latest by effective date, then by entry), or null before the first. */
export function changeOn<T extends StatusChangeLike>(changes: T[], day: Date): T | null {
  let best: T | null = null;
  for (const c of changes) {
    if (c.effectiveOn !== null && c.effectiveOn > day) continue;
    if (
      best === null ||
      (c.effectiveOn?.getTime() ?? -Infinity) > (best.effectiveOn?.getTime() ?? -Infinity) ||
      ((c.effectiveOn?.getTime() ?? -Infinity) === (best.effectiveOn?.getTime() ?? -Infinity) && c.createdAt > best.createdAt)
    ) {
      best = c;
    }
  }
  return best;
}

export function statusOn(changes: StatusChangeLike[], day: Date): BlocStatus {
  return changeOn(changes, day)?.toStatus ?? "NOT_STARTED";
}
