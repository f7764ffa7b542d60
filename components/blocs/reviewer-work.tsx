// The reviewer's work lists on an area page of today: reports waiting for review and recommendations the
// communes escalated, each a link to where the work is done.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { reviewQueue } from "@/lib/reports/queries";
import type { escalatedRecommendations } from "@/lib/supervision/queries";
import { daysLate } from "@/lib/reports/rules";
import { formatDate } from "@/lib/time/business-date";

export function ReviewerWork({
  waiting,
  escalated,
  day,
  reportsHref,
  supervisionHref,
}: {
  waiting: Awaited<ReturnType<typeof reviewQueue>>;
  escalated: Awaited<ReturnType<typeof escalatedRecommendations>>;
  day: Date;
  reportsHref: string;
  supervisionHref: string;
}) {
  const first = waiting.slice(0, 6);
  return (
    <section aria-labelledby="work-h" className="grid gap-4 rounded border border-slate-200 bg-white p-4 md:grid-cols-2">
      <h2 id="work-h" className="text-lg font-semibold md:col-span-2">
        Việc cần xử lý
      </h2>
      <div className="space-y-2">
        <h3 className="font-semibold">
          Báo cáo chờ xem xét <Badge tone={waiting.length ? "warning" : "success"}>{waiting.length}</Badge>
        </h3>
        {first.length ? (
          <ul className="space-y-1 text-sm">
            {first.map((r) => {
              const late = daysLate(r, day);
              return (
                <li key={r.id}>
                  <Link className="text-brand-700 underline" href={`/reports/${r.id}`}>
                    {r.unit.name} · kỳ {r.periodKey}
                  </Link>
                  <span className="text-slate-700">
                    {" "}
                    · {r.regime.name.toLowerCase()}, hạn {formatDate(r.dueOn)}
                    {late ? `, gửi muộn ${late} ngày` : ""}
                  </span>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="text-sm text-slate-700">Không có báo cáo nào chờ xem xét.</p>
        )}
        <p className="text-sm">
          <Link className="font-semibold text-brand-700 underline" href={reportsHref}>
            Tất cả báo cáo và tỷ lệ báo cáo →
          </Link>
        </p>
      </div>
      <div className="space-y-2">
        <h3 className="font-semibold">
          Kiến nghị các xã đã chuyển lên cấp trên (90 ngày) <Badge tone={escalated.length ? "warning" : "neutral"}>{escalated.length}</Badge>
        </h3>
        {escalated.length ? (
          <ul className="space-y-1 text-sm">
            {escalated.slice(0, 6).map((r) => {
              const href = r.activity ? `/supervision/${r.activity.id}#kien-nghi-${r.id}` : `/criticism/${r.criticismCase!.id}#kien-nghi-${r.id}`;
              return (
                <li key={r.id}>
                  <Link className="text-brand-700 underline" href={href}>
                    {r.unit.name}: {r.content.length > 90 ? `${r.content.slice(0, 90)}…` : r.content}
                  </Link>
                  <span className="text-slate-700">
                    {" "}
                    · lên {r.escalatedTo}, ngày {formatDate(r.escalatedOn!)}
                  </span>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="text-sm text-slate-700">Chưa có kiến nghị nào được chuyển lên.</p>
        )}
        <p className="text-sm">
          <Link className="font-semibold text-brand-700 underline" href={supervisionHref}>
            Giám sát, phản biện: kiến nghị quá hạn, tỷ lệ trả lời →
          </Link>
        </p>
      </div>
    </section>
  );
}
