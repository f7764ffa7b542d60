// Rollup rows the meeting and task writes keep current in their own transaction (docs/ARCHITECTURE.md): a write
// passes the record before and after, and only the difference of their contributions is applied, so
// every transition (and every date change) keeps the counts exact.
import type { MeetingStatus, TaskStatus } from "../../generated/prisma/sqlite/enums";
import type { Tx } from "../db";
import { HELD_FAMILY, startOfIsoWeek } from "./rules";
import { isClosed, PENDING_TASK } from "../tasks/rules";
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

type TaskFacts = { unitId: string; dueOn: Date; assignedOn: Date; status: TaskStatus } | null;

/** A task counts once in its unit's month of assignment. */
function addTaskArea(changes: AreaChanges, t: NonNullable<TaskFacts>) {
  addAreaChange(changes, t.unitId, monthKey(t.assignedOn), "tasksAssigned", 1);
}

/** The due-date row a task counts in, and in which column; none once it is closed. */
function dueContribution(t: TaskFacts) {
  if (!t || isClosed(t.status)) return null;
  return { key: { unitId: t.unitId, dueOn: t.dueOn }, field: PENDING_TASK.includes(t.status) ? ("pending" as const) : ("reported" as const) };
}

export async function applyTaskRollup(tx: Tx, before: TaskFacts, after: TaskFacts) {
  const area = (t: TaskFacts) => {
    const c: AreaChanges = new Map();
    if (t) addTaskArea(c, t);
    return c;
  };
  await applyAreaChanges(tx, areaDifference(area(before), area(after)));
  const a = dueContribution(before);
  const b = dueContribution(after);
  if (a && b && a.field === b.field && a.key.unitId === b.key.unitId && a.key.dueOn.getTime() === b.key.dueOn.getTime()) return;
  if (a) await tx.taskDueRollup.update({ where: { unitId_dueOn: a.key }, data: { [a.field]: { decrement: 1 } } });
  if (b) await tx.taskDueRollup.upsert({ where: { unitId_dueOn: b.key }, create: { ...b.key, [b.field]: 1 }, update: { [b.field]: { increment: 1 } } });
}

/** The rollups of tasks just created (all open): one statement per table and due date, however many tasks. */
export async function applyNewTaskRollups(tx: Tx, tasks: NonNullable<TaskFacts>[]) {
  const area: AreaChanges = new Map();
  const due = new Map<string, { unitId: string; dueOn: Date; pending: number; reported: number }>();
  for (const t of tasks) {
    addTaskArea(area, t);
    const c = dueContribution(t);
    if (!c) continue;
    const key = `${c.key.unitId}|${c.key.dueOn.getTime()}`;
    const row = due.get(key) ?? due.set(key, { ...c.key, pending: 0, reported: 0 }).get(key)!;
    row[c.field]++;
  }
  await applyAreaChanges(tx, area);
  for (const { unitId, dueOn, pending, reported } of due.values()) {
    await tx.taskDueRollup.upsert({ where: { unitId_dueOn: { unitId, dueOn } }, create: { unitId, dueOn, pending, reported }, update: { pending: { increment: pending }, reported: { increment: reported } } });
  }
}
