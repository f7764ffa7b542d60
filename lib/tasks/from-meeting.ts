// The tasks a meeting's form assigns, created in the meeting's own transaction with their rollups.
import type { Tx } from "../db";
import type { AuditRecord } from "../audit/write";
import type { Actor } from "../auth/actor";
import { addTask } from "./definitions";
import { applyNewTaskRollups } from "./rollups";
import type { saveMeetingSchema } from "../meetings/schema";
import type { MeetingRow } from "../meetings/write-rules";
import type { z } from "../validation";
import { notify } from "../notifications/notify";
import { taskAssigned, taskFromAgency } from "../notifications/events";
import { agencyName } from "../blocs/labels";
import type { CommuneOwner } from "../meetings/agency";

type NewTask = z.infer<typeof saveMeetingSchema>["tasks"][number];

/**
 * Creates the tasks the form assigns and their rollups (one statement per rollup table and due date), all in
 * the meeting's transaction; returns each task's audit event (as the task dialog writes it), written with
 * the meeting's. A row already stored (the same form sent again) is not created twice: its key is its
 * submission id. At an agency's giao ban a row owned by a commune's Front committee (`communes`) is that
 * commune's task, in its bloc: its list shows it and its giao ban carries it; its head is told.
 */
export async function assignTasks(
  tx: Tx,
  meeting: MeetingRow,
  unit: { id: string; code: string; name: string; type: string; level?: string },
  rows: NewTask[],
  existing: boolean,
  actor: Actor,
  communes: ReadonlyMap<string, CommuneOwner> = new Map(),
): Promise<AuditRecord[]> {
  if (!rows.length) return [];
  const stored = existing
    ? new Set(
        (await tx.task.findMany({ where: { meetingId: meeting.id, submissionId: { in: rows.map((r) => r.key) } }, select: { submissionId: true } })).map(
          (t) => t.submissionId,
        ),
      )
    : new Set<string>();
  const fresh = rows.filter((r) => !stored.has(r.key));
  if (!fresh.length) return [];
  const tasks = await tx.task.createManyAndReturn({
    data: fresh.map((r) => ({
      submissionId: r.key,
      blocId: communes.get(r.ownerId)?.blocId ?? meeting.blocId,
      unitId: communes.get(r.ownerId)?.commune.id ?? meeting.unitId,
      meetingId: meeting.id,
      title: r.title,
      ownerId: r.ownerId,
      assignedOn: meeting.heldOn,
      dueOn: r.dueOn,
      originalDueOn: r.dueOn,
      createdById: actor.userId,
    })),
  });
  await applyNewTaskRollups(tx, tasks);
  await notify(
    tx,
    tasks.flatMap((t) => {
      const commune = communes.get(t.ownerId)?.commune;
      return commune ? [taskAssigned(commune, t), taskFromAgency(commune, t, agencyName(unit))] : [taskAssigned(unit, t)];
    }),
  );
  return tasks.map((t) => ({
    action: addTask.name,
    entityType: "Task",
    entityId: t.id,
    unitId: t.unitId,
    after: { title: t.title, ownerId: t.ownerId, coOwners: [], dueOn: t.dueOn, meetingId: meeting.id },
  }));
}
