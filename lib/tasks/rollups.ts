// Rollup rows the task writes keep current in their own transaction (docs/ARCHITECTURE.md): a write passes
// the task before and after, and only the difference of their contributions is applied.
import type { TaskStatus } from "../../generated/prisma/sqlite/enums";
import type { Tx } from "../db";
import { isClosed, PENDING_TASK } from "./rules";
import { addAreaChange, applyAreaChanges, areaDifference, monthKey, type AreaChanges } from "../rollups/area";

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
    await tx.taskDueRollup.upsert({
      where: { unitId_dueOn: { unitId, dueOn } },
      create: { unitId, dueOn, pending, reported },
      update: { pending: { increment: pending }, reported: { increment: reported } },
    });
  }
}
