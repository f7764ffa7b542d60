// Recommendations with their due date, status and follow-up, and the forms the viewer may use on them.
import { randomUUID } from "node:crypto";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDate, toIsoDate, daysBetween } from "@/lib/time/business-date";
import { answeredLate, isRecOverdue, OUTCOME_LABEL, REC_STATUS_LABEL } from "@/lib/supervision/rules";
import type { ActivityDetail, RecommendationRights } from "@/lib/supervision/queries";
import { HandOverNote } from "@/components/handover/handover-note";
import { TASK_STATUS_LABEL } from "@/lib/tasks/rules";
import { CloseRecommendationForm, EscalateRecommendationForm, NoteRecommendationForm, RecommendationTaskForm } from "./recommendation-forms";

type Rec = ActivityDetail["recommendations"][number];

export function RecommendationList({
  recs,
  day,
  rights,
}: {
  recs: Rec[];
  day: Date;
  /** What the viewer may do with each recommendation, by its own unit (lib/supervision/queries.ts). */
  rights: Map<string, RecommendationRights>;
}) {
  if (!recs.length) return <p className="text-sm text-slate-700">Chưa có kiến nghị.</p>;
  return (
    <ol className="space-y-3">
      {recs.map((r, n) => {
        const overdue = isRecOverdue(r, day);
        const { manage, follow, organisations, communeCode, higherBody, handOver } = rights.get(r.id)!;
        return (
          <li key={r.id} id={`kien-nghi-${r.id}`} className={`space-y-2 rounded border bg-white p-3 ${overdue ? "border-red-300" : "border-slate-200"}`}>
            <p className="flex flex-wrap items-center gap-2 text-sm">
              <span className="font-semibold">Kiến nghị {n + 1}</span>
              <Badge tone={r.status === "OPEN" ? (overdue ? "danger" : "warning") : "success"}>
                {overdue ? `Quá hạn ${daysBetween(r.dueOn, day)} ngày` : REC_STATUS_LABEL[r.status]}
              </Badge>
              {answeredLate(r) ? <Badge tone="warning">Trả lời muộn {daysBetween(r.dueOn, r.respondedOn!)} ngày</Badge> : null}
            </p>
            {handOver ? <HandOverNote fact={handOver.fact} side={handOver.side} className="text-sm text-slate-700" /> : null}
            <p className="whitespace-pre-line">{r.content}</p>
            <p className="text-sm text-slate-700">
              Gửi {r.addressee} ngày {formatDate(r.sentOn)} · hạn trả lời {formatDate(r.dueOn)}
              {r.dueToVerify ? " (dự kiến)" : ""}
            </p>
            {r.status === "ANSWERED" ? (
              <p className="text-sm">
                Trả lời ngày {formatDate(r.respondedOn!)} ({OUTCOME_LABEL[r.responseOutcome!]}): {r.responseContent}
              </p>
            ) : null}
            {r.responseFileId ? (
              <p className="text-sm">
                <a className="text-brand-700 underline" href={`/api/files/${r.responseFileId}`}>
                  Văn bản trả lời (bản quét)
                </a>
              </p>
            ) : null}
            {r.status === "ANSWERED" && manage ? (
              <form
                action={`/api/recommendations/${r.id}/response-file`}
                method="post"
                encType="multipart/form-data"
                className="flex flex-wrap items-end gap-3"
              >
                <div className="flex flex-col gap-1">
                  <label htmlFor={`response-file-${r.id}`} className="text-sm">
                    {r.responseFileId ? "Thay văn bản trả lời" : "Đính kèm văn bản trả lời"} (PDF hoặc ảnh, tối đa 20 MB)
                  </label>
                  <input
                    id={`response-file-${r.id}`}
                    name="file"
                    type="file"
                    required
                    accept="application/pdf,image/png,image/jpeg,image/webp"
                    className="text-sm"
                  />
                </div>
                <button type="submit" className="rounded border border-slate-300 bg-white px-3 py-2 text-sm font-semibold">
                  Tải lên
                </button>
              </form>
            ) : null}
            {r.status === "ESCALATED" ? (
              <p className="text-sm">
                Đã kiến nghị {r.escalatedTo} ngày {formatDate(r.escalatedOn!)}.
              </p>
            ) : null}
            {r.status === "WITHDRAWN" ? <p className="text-sm">Đã rút: {r.withdrawnReason}</p> : null}
            {r.notes.length ? (
              <ul className="list-disc pl-5 text-sm">
                {r.notes.map((x) => (
                  <li key={x.id}>
                    {formatDate(x.notedOn)}: {x.note}
                  </li>
                ))}
              </ul>
            ) : null}
            {r.tasks.length ? (
              <p className="text-sm">
                Nhiệm vụ: {r.tasks.map((t) => `${t.title} (${TASK_STATUS_LABEL[t.status].toLowerCase()}, hạn ${formatDate(t.dueOn)})`).join("; ")} ·{" "}
                <Link className="text-brand-700 underline" href={`/communes/${communeCode}/tasks`}>
                  Nhiệm vụ của khối
                </Link>
              </p>
            ) : null}
            {r.status === "OPEN" && (manage || follow) ? (
              <details className="rounded border border-slate-200 p-2">
                <summary className="cursor-pointer text-sm font-semibold">Theo dõi, kết thúc kiến nghị</summary>
                <div className="mt-2 space-y-4">
                  {manage ? <CloseRecommendationForm id={r.id} version={r.version} /> : null}
                  {follow ? <EscalateRecommendationForm id={r.id} version={r.version} higherBody={higherBody} today={toIsoDate(day)} /> : null}
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

const FILE_ERRORS: Record<string, string> = {
  size: "Tệp quá lớn: tối đa 20 MB.",
  type: "Chỉ nhận văn bản PDF hoặc ảnh (PNG, JPEG, WebP).",
  empty: "Hãy chọn tệp.",
  form: "Biểu mẫu gửi lên không hợp lệ; hãy thử lại.",
  status: "Chỉ đính kèm văn bản trả lời sau khi đã ghi nhận trả lời.",
};

/** The outcome of a response file upload, from the page's query. */
export function fileNotice(query: { fileSaved?: string; fileError?: string }): { tone: "error" | "success"; text: string } | null {
  if (query.fileSaved) return { tone: "success", text: "Đã lưu văn bản trả lời." };
  const error = FILE_ERRORS[String(query.fileError ?? "")];
  return error ? { tone: "error", text: error } : null;
}
