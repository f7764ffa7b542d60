// Rollup rows the meeting writes keep current (the tasks' own: lib/tasks/rollups.ts) in their own transaction (docs/ARCHITECTURE.md): a write
// passes the record before and after, and only the difference of their contributions is applied, so
// every transition (and every date change) keeps the counts exact.
import type { MeetingStatus } from "../../generated/prisma/sqlite/enums";
import type { Tx } from "../db";
import { HELD_FAMILY, startOfIsoWeek } from "./rules";
import { addAreaChange, applyAreaChanges, areaDifference, monthKey, type AreaChanges } from "../rollups/area";

type MeetingFacts = { unitId: string; heldOn: Date; status: MeetingStatus } | null;

export async function applyMeetingRollup(tx: Tx, before: MeetingFacts, after: MeetingFacts) {
  const area = (m: MeetingFacts) => {
    const c: AreaChanges = new Map();
    if (m && HELD_FAMILY.includes(m.status)) addAreaChange(c, m.unitId, monthKey(m.heldOn), "held", 1);
    return c;
  };
  await applyAreaChanges(tx, areaDifference(area(before), area(after)));
  const contribution = (m: MeetingFacts) => (m && HELD_FAMILY.includes(m.status) ? { unitId: m.unitId, weekStart: startOfIsoWeek(m.heldOn) } : null);
  const a = contribution(before);
  const b = contribution(after);
  if (a && b && a.unitId === b.unitId && a.weekStart.getTime() === b.weekStart.getTime()) return;
  if (a) await tx.meetingWeekRollup.update({ where: { unitId_weekStart: a }, data: { held: { decrement: 1 } } });
  if (b) await tx.meetingWeekRollup.upsert({ where: { unitId_weekStart: b }, create: { ...b, held: 1 }, update: { held: { increment: 1 } } });
}
