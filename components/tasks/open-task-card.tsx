// One open task as its list shows it (the commune's tasks, an officer's contribution page): title, owner and
// co-owners, due date, status, where it came from, the latest result, and the moves the reader may make.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { TaskMoveForm } from "@/components/meetings/task-forms";
import type { openTasks } from "@/lib/tasks/queries";
import { isFlagged, isOverdue, TASK_STATUS_LABEL, type TaskMove } from "@/lib/tasks/rules";
import { formatDate } from "@/lib/time/business-date";
import { agencyName } from "@/lib/blocs/labels";

type OpenTask = Awaited<ReturnType<typeof openTasks>>[number];

export function OpenTaskCard({
  task: t,
  day,
  moves,
  received,
  own,
  organisations,
}: {
  task: OpenTask;
  day: Date;
  /** The moves the reader may make on it. */
  moves: TaskMove[];
  /** Where a task handed over by a closed unit came from. */
  received: string | null;
  /** The reader's own organisation, when an officer reads. */
  own: string | null;
  organisations: { id: string; name: string }[];
}) {
  return (
    <li className="space-y-2 rounded border border-slate-200 bg-white p-3">
      <p className="font-medium">{t.title}</p>
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <span>
          {t.owner.name}
          {t.coOwners.length ? ` (phối hợp: ${t.coOwners.map((c) => c.organisation.name).join(", ")})` : ""}
        </span>
        <span>
          · hạn {formatDate(t.dueOn)}
          {t.dueOn.getTime() !== t.originalDueOn.getTime() ? ` (hạn đầu ${formatDate(t.originalDueOn)})` : ""}
        </span>
        <Badge tone="muted">{TASK_STATUS_LABEL[t.status]}</Badge>
        {isOverdue(t, day) ? <Badge tone="danger">Quá hạn</Badge> : null}
        {isFlagged(t) ? <Badge tone="warning">Chuyển tiếp {t.carryCount} lần</Badge> : null}
        {t.meeting && !received && t.meeting.unitId !== t.unitId ? (
          // Given at the giao ban of the agency above (decision 0035): its minutes are the agency's.
          <span>
            {agencyName(t.meeting.unit)} giao ngày {formatDate(t.meeting.heldOn)}
          </span>
        ) : t.meeting && !received ? (
          <Link className="text-brand-700 underline" href={`/meetings/${t.meeting.id}`}>
            giao ngày {formatDate(t.meeting.heldOn)}
          </Link>
        ) : null}
        {t.meeting && received ? <span>giao ngày {formatDate(t.meeting.heldOn)}</span> : null}
      </p>
      {received ? <p className="text-xs text-slate-600">{received}</p> : null}
      {t.progressNote ? <p className="text-sm">Kết quả: {t.progressNote}</p> : null}
      {own && t.ownerId !== own ? <p className="text-xs text-slate-600">Tổ chức của bạn phối hợp thực hiện.</p> : null}
      {moves.length ? (
        <div className="flex flex-wrap items-start gap-2">
          {moves.map((m) => (
            <TaskMoveForm
              key={m}
              taskId={t.id}
              version={t.version}
              move={m}
              label={t.title}
              organisations={organisations.filter((o) => o.id !== t.ownerId).map((o) => ({ value: o.id, label: o.name }))}
            />
          ))}
        </div>
      ) : null}
    </li>
  );
}
