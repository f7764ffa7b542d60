// A meeting's documents on its page: the minutes (print view, DOCX, the signed scan and its upload) and,
// once the minutes are approved, the chair's conclusions notice with its own number (lib/meetings/notice.ts).
import Link from "next/link";
import type { MeetingDetail } from "@/lib/meetings/queries";
import { formatDate } from "@/lib/time/business-date";
import { IssueNoticeForm } from "./meeting-moves";
import { FullDownload } from "../privacy/full-download";

/** `full`: the reader works the meeting and may take its documents with citizens' data in full. */
export function MinutesSection({ meeting, manage, full }: { meeting: MeetingDetail; manage: boolean; full: boolean }) {
  const approved = meeting.status === "APPROVED";
  return (
    <section aria-labelledby="minutes-h" className="space-y-2 rounded border border-slate-200 bg-white p-4">
      <h2 id="minutes-h" className="text-lg font-semibold">
        Biên bản và thông báo kết luận
      </h2>
      <div className="flex flex-wrap gap-4 text-sm">
        <Link className="text-brand-700 underline" href={`/meetings/${meeting.id}/minutes`}>
          Xem bản in (A4)
        </Link>
        <a className="text-brand-700 underline" href={`/api/meetings/${meeting.id}/minutes.docx`}>
          Tải biên bản (DOCX)
        </a>
        {meeting.minutesScan ? (
          <a className="text-brand-700 underline" href={`/api/files/${meeting.minutesScan.id}`}>
            Bản quét đã ký: {meeting.minutesScan.originalName}
          </a>
        ) : null}
        {full ? <FullDownload id="minutes-full" href={`/api/meetings/${meeting.id}/minutes.docx`} label="Tải biên bản đầy đủ dữ liệu cá nhân" /> : null}
      </div>
      {!approved ? <p className="text-sm text-slate-700">Số biên bản được cấp khi duyệt; bản tải trước khi duyệt là bản dự thảo.</p> : null}
      {manage && approved ? (
        <form action={`/api/meetings/${meeting.id}/minutes-scan`} method="post" encType="multipart/form-data" className="flex flex-wrap items-end gap-3">
          <div className="flex flex-col gap-1">
            <label htmlFor="minutes-scan" className="text-sm">
              Bản quét biên bản đã ký (PDF hoặc ảnh, tối đa 20 MB)
            </label>
            <input id="minutes-scan" name="scan" type="file" required accept="application/pdf,image/png,image/jpeg,image/webp" className="text-sm" />
          </div>
          <button type="submit" className="rounded border border-slate-300 bg-white px-3 py-2 text-sm font-semibold">
            Tải lên
          </button>
        </form>
      ) : null}
      {meeting.notice ? (
        <p className="text-sm">
          Thông báo kết luận số <strong>{meeting.notice.label}</strong> ngày {formatDate(meeting.notice.issuedOn)} ·{" "}
          <a className="text-brand-700 underline" href={`/api/meetings/${meeting.id}/notice.docx`}>
            Tải thông báo kết luận (DOCX)
          </a>
        </p>
      ) : approved && meeting.conclusions.trim() ? (
        <div className="space-y-2 border-t border-slate-100 pt-2">
          <p className="text-sm text-slate-700">
            Người chủ trì ban hành thông báo kết luận gửi các tổ chức thành viên; thông báo nhận số tiếp theo trong sổ thông báo của cơ quan.{" "}
            <a className="text-brand-700 underline" href={`/api/meetings/${meeting.id}/notice.docx`}>
              Xem bản dự thảo (DOCX)
            </a>
          </p>
          {manage ? <IssueNoticeForm meetingId={meeting.id} version={meeting.version} /> : null}
        </div>
      ) : null}
    </section>
  );
}
