// The commune workspace's activity: this week's meeting, tasks not closed by organisation, the last meetings.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/time/business-date";
import { formatIsoWeek, isoWeekOf } from "@/lib/time/iso-week";
import { MEETING_STATUS_LABEL } from "@/lib/meetings/rules";
import { isFlagged, isOverdue, TASK_STATUS_LABEL } from "@/lib/tasks/rules";
import type { communeActivity } from "@/lib/meetings/queries";

type Activity = Awaited<ReturnType<typeof communeActivity>>;

export function CommuneActivity({ code, activity, day, canLog }: { code: string; activity: Activity; day: Date; canLog: boolean }) {
  const regular = activity.thisWeek.find((m) => m.kind === "REGULAR" && m.status !== "POSTPONED");
  const byOwner = new Map<string, { name: string; tasks: Activity["tasks"] }>();
  for (const t of activity.tasks) {
    const entry = byOwner.get(t.owner.id) ?? byOwner.set(t.owner.id, { name: t.owner.name, tasks: [] }).get(t.owner.id)!;
    entry.tasks.push(t);
  }
  const overdue = activity.tasks.filter((t) => isOverdue(t, day)).length;
  return (
    <>
      <section aria-labelledby="week-h" className="space-y-2 rounded border border-slate-200 bg-white p-4">
        <h2 id="week-h" className="text-lg font-semibold">
          Giao ban {formatIsoWeek(isoWeekOf(day))}
        </h2>
        {regular ? (
          <p className="flex flex-wrap items-center gap-2">
            <Badge tone={regular.status === "APPROVED" ? "success" : "neutral"}>{MEETING_STATUS_LABEL[regular.status]}</Badge>
            <span>ngày {formatDate(regular.heldOn)}</span>
            <Link className="font-semibold text-brand-700 underline" href={`/meetings/${regular.id}`}>
              {regular.status === "DRAFT" || regular.status === "HELD" ? "Tiếp tục ghi" : "Xem cuộc họp"}
            </Link>
          </p>
        ) : (
          <div className="flex flex-wrap items-center gap-3">
            <Badge tone="warning">Chưa ghi</Badge>
            {canLog ? (
              <Link href={`/communes/${code}/meetings/new`} className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
                Ghi giao ban tuần này
              </Link>
            ) : null}
          </div>
        )}
        {activity.thisWeek
          .filter((m) => m !== regular)
          .map((m) => (
            <p key={m.id} className="text-sm">
              <Link className="text-brand-700 underline" href={`/meetings/${m.id}`}>
                {m.kind === "EXTRAORDINARY" ? "Họp đột xuất" : "Cuộc họp"} ngày {formatDate(m.heldOn)}
              </Link>{" "}
              — {MEETING_STATUS_LABEL[m.status]}
            </p>
          ))}
        <p className="text-sm">
          <Link className="text-brand-700 underline" href={`/communes/${code}/contributions`}>
            Đóng góp của các tổ chức thành viên cho giao ban tuần này →
          </Link>
        </p>
      </section>

      <section aria-labelledby="tasks-h" className="space-y-2">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="tasks-h" className="text-lg font-semibold">
            Nhiệm vụ chưa hoàn thành ({activity.tasks.length}
            {overdue ? `, ${overdue} quá hạn` : ""})
          </h2>
          <Link className="text-sm text-brand-700 underline" href={`/communes/${code}/tasks`}>
            Tất cả nhiệm vụ
          </Link>
        </div>
        {byOwner.size ? (
          <ul className="space-y-3">
            {[...byOwner.values()].map((g) => (
              <li key={g.name} className="rounded border border-slate-200 bg-white p-3">
                <h3 className="font-semibold">
                  {g.name}{" "}
                  <span className="font-normal text-slate-600">
                    — {g.tasks.length} việc{g.tasks.some((t) => isOverdue(t, day)) ? `, ${g.tasks.filter((t) => isOverdue(t, day)).length} quá hạn` : ""}
                  </span>
                </h3>
                <ul className="mt-1 space-y-1 text-sm">
                  {g.tasks.slice(0, 5).map((t) => (
                    <li key={t.id} className="flex flex-wrap items-baseline gap-x-2">
                      <span>{t.title}</span>
                      <span className="text-slate-600">hạn {formatDate(t.dueOn)}</span>
                      <Badge tone="muted">{TASK_STATUS_LABEL[t.status]}</Badge>
                      {isOverdue(t, day) ? <Badge tone="danger">Quá hạn</Badge> : null}
                      {isFlagged(t) ? <Badge tone="warning">Chuyển tiếp {t.carryCount} lần</Badge> : null}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-700">Không có nhiệm vụ nào đang mở.</p>
        )}
      </section>

      <section aria-labelledby="recent-h" className="space-y-2">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="recent-h" className="text-lg font-semibold">
            Các cuộc họp gần đây
          </h2>
          <Link className="text-sm text-brand-700 underline" href={`/communes/${code}/meetings`}>
            Tất cả cuộc họp
          </Link>
        </div>
        {activity.recent.length ? (
          <ul className="divide-y divide-slate-100 rounded border border-slate-200 bg-white text-sm">
            {activity.recent.map((m) => (
              <li key={m.id} className="flex flex-wrap items-center gap-2 p-2">
                <Link className="font-medium text-brand-700 underline" href={`/meetings/${m.id}`}>
                  {formatDate(m.heldOn)}
                  {m.kind === "EXTRAORDINARY" ? " (đột xuất)" : ""}
                </Link>
                <Badge tone={m.status === "APPROVED" ? "success" : "muted"}>{MEETING_STATUS_LABEL[m.status]}</Badge>
                {m.minutesLabel ? <span>Biên bản {m.minutesLabel}</span> : null}
                <span className="text-slate-600">{m._count.tasks} nhiệm vụ</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-700">Chưa có cuộc họp nào được ghi.</p>
        )}
      </section>
    </>
  );
}
