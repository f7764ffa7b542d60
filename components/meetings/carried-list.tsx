// Tasks carried over from earlier meetings: status, owner, due date, overdue and the repeat flag.
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/time/business-date";
import { isFlagged, isOverdue, TASK_STATUS_LABEL, type TaskStatus } from "@/lib/tasks/rules";

export interface CarriedTask {
  id: string;
  title: string;
  status: TaskStatus;
  dueOn: Date;
  carryCount: number;
  owner: { name: string };
  /** "Nhận bàn giao từ …": a task a closed unit handed over. */
  receivedFrom?: string | null;
}

export function CarriedList({ tasks, day, caption }: { tasks: CarriedTask[]; day: Date; caption: string }) {
  if (!tasks.length) return null;
  return (
    <section aria-label={caption} className="rounded border border-slate-200 bg-white p-3">
      <h2 className="mb-2 font-semibold">
        {caption} ({tasks.length})
      </h2>
      <ul className="space-y-2 text-sm">
        {tasks.map((t) => (
          <li key={t.id} className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
            <span className="font-medium">{t.title}</span>
            <span className="text-slate-600">
              — {t.owner.name}, hạn {formatDate(t.dueOn)}
            </span>
            <Badge tone="muted">{TASK_STATUS_LABEL[t.status]}</Badge>
            {isOverdue(t, day) ? <Badge tone="danger">Quá hạn</Badge> : null}
            {isFlagged(t) ? <Badge tone="warning">Chuyển tiếp {t.carryCount} lần</Badge> : null}
            {t.receivedFrom ? <span className="w-full text-xs text-slate-600">{t.receivedFrom}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
