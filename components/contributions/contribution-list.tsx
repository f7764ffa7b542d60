// Who of the bloc's member organisations has contributed to the week's giao ban, and what each wrote, as
// they wrote it (the head's view before the meeting, and the record beside the minutes).
import { Badge } from "@/components/ui/badge";
import type { WeekContribution } from "@/lib/contributions/queries";
import { formatDateTime } from "@/lib/time/business-date";

export function ContributionList({ list, heading = "Các tổ chức thành viên" }: { list: WeekContribution[]; heading?: string }) {
  if (!list.length) return null;
  return (
    <section aria-labelledby="contributions-h" className="space-y-2">
      <h2 id="contributions-h" className="text-lg font-semibold">
        {heading} ({list.filter((o) => o.contribution).length}/{list.length} đã gửi)
      </h2>
      <ul className="space-y-2">
        {list.map((o) => (
          <li key={o.organisationId} className="rounded border border-slate-200 bg-white p-3 text-sm">
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-semibold">{o.organisation}</span>
              {o.contribution ? (
                <>
                  <Badge tone="success">Đã gửi</Badge>
                  <span className="text-slate-600">
                    {o.contribution.author}, {formatDateTime(o.contribution.updatedAt)}
                  </span>
                </>
              ) : (
                <Badge tone="muted">Chưa gửi</Badge>
              )}
            </p>
            {o.contribution ? (
              <dl className="mt-1 grid gap-x-3 gap-y-1 sm:grid-cols-[12rem_1fr]">
                {(
                  [
                    ["Kết quả trong tuần", o.contribution.results],
                    ["Đề xuất, kiến nghị", o.contribution.proposals],
                    ["Điểm nóng", o.contribution.hotSpots],
                  ] as const
                )
                  .filter(([, v]) => v)
                  .map(([k, v]) => (
                    <div key={k} className="contents">
                      <dt className="font-semibold text-slate-700">{k}</dt>
                      <dd className="whitespace-pre-line">{v}</dd>
                    </div>
                  ))}
              </dl>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
