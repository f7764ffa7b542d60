// Recommendations with their due date, status and follow-up, and the forms the viewer may use on them.
import { randomUUID } from "node:crypto";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDate, toIsoDate, daysBetween } from "@/lib/time/business-date";
import { answeredLate, isRecOverdue, OUTCOME_LABEL, REC_STATUS_LABEL } from "@/lib/supervision/rules";
import type { ActivityDetail } from "@/lib/supervision/queries";
import { TASK_STATUS_LABEL } from "@/lib/tasks/rules";
import { CloseRecommendationForm, EscalateRecommendationForm, NoteRecommendationForm, RecommendationTaskForm } from "./forms";

type Rec = ActivityDetail["recommendations"][number];

export function RecommendationList({ recs, day, manage, follow, organisations, communeCode }: {
  recs: Rec[]; day: Date; manage: boolean; follow: boolean; organisations: { value: string; label: string }[]; communeCode: string;
}) {
  if (!recs.length) return <p className="text-sm text-slate-700">Chưa có kiến nghị.</p>;
  return (
    <ol className="space-y-3">
      {recs.map((r, n) => {
        const overdue = isRecOverdue(r, day);
        return (
          <li key={r.id} id={`kien-nghi-${r.id}`} className={`space-y-2 rounded border bg-white p-3 ${overdue ? "border-red-300" : "border-slate-200"}`}>
            <p className="flex flex-wrap items-center gap-2 text-sm">
              <span className="font-semibold">Kiến nghị {n + 1}</span>
              <Badge tone={r.status === "OPEN" ? (overdue ? "danger" : "warning") : "success"}>{overdue ? `Quá hạn ${daysBetween(r.dueOn, day)} ngày` : REC_STATUS_LABEL[r.status]}</Badge>
              {answeredLate(r) ? <Badge tone="warning">Trả lời muộn {daysBetween(r.dueOn, r.respondedOn!)} ngày</Badge> : null}
            </p>
            <p className="whitespace-pre-line">{r.content}</p>
            <p className="text-sm text-slate-700">Gửi {r.addressee} ngày {formatDate(r.sentOn)} · hạn trả lời {formatDate(r.dueOn)}{r.dueToVerify ? " (dự kiến)" : ""}</p>
            {r.status === "ANSWERED" ? <p className="text-sm">Trả lời ngày {formatDate(r.respondedOn!)} ({OUTCOME_LABEL[r.responseOutcome!]}): {r.responseContent}</p> : null}
            {r.status === "ESCALATED" ? <p className="text-sm">Đã kiến nghị {r.escalatedTo} ngày {formatDate(r.escalatedOn!)}.</p> : null}
            {r.status === "WITHDRAWN" ? <p className="text-sm">Đã rút: {r.withdrawnReason}</p> : null}
            {r.notes.length ? <ul className="list-disc pl-5 text-sm">{r.notes.map((x) => <li key={x.id}>{formatDate(x.notedOn)}: {x.note}</li>)}</ul> : null}
            {r.tasks.length ? (
              <p className="text-sm">Nhiệm vụ: {r.tasks.map((t) => `${t.title} (${TASK_STATUS_LABEL[t.status].toLowerCase()}, hạn ${formatDate(t.dueOn)})`).join("; ")} · <Link className="text-brand-700 underline" href={`/communes/${communeCode}/tasks`}>Nhiệm vụ của khối</Link></p>
            ) : null}
            {r.status === "OPEN" && (manage || follow) ? (
              <details className="rounded border border-slate-200 p-2">
                <summary className="cursor-pointer text-sm font-semibold">Theo dõi, kết thúc kiến nghị</summary>
                <div className="mt-2 space-y-4">
                  {manage ? <CloseRecommendationForm id={r.id} version={r.version} /> : null}
                  {follow ? <EscalateRecommendationForm id={r.id} version={r.version} /> : null}
                  {follow ? <NoteRecommendationForm id={r.id} today={toIsoDate(day)} /> : null}
                  {manage ? <RecommendationTaskForm id={r.id} submissionId={randomUUID()} organisations={organisations} /> : null}
                </div>
              </details>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
