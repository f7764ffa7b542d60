// Hot spots raised in submitted reports, with the commune, topic, place and the report they come from.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/time/business-date";
import type { hotSpots } from "@/lib/reports/queries";

export function HotSpots({ items, showDistrict }: { items: Awaited<ReturnType<typeof hotSpots>>; showDistrict?: boolean }) {
  return (
    <section aria-labelledby="hot-h" className="space-y-2">
      <h2 id="hot-h" className="text-lg font-semibold">
        Điểm nóng trong báo cáo gần đây ({items.length})
      </h2>
      {items.length ? (
        <ul className="space-y-2">
          {items.map((i) => (
            <li key={i.id} className="rounded border border-red-200 bg-white p-3 text-sm">
              <p className="flex flex-wrap items-center gap-2">
                <Badge tone="danger">Điểm nóng</Badge>
                <span className="font-semibold">
                  {i.report.unit.name}
                  {showDistrict && i.report.unit.parent ? ` (${i.report.unit.parent.name})` : ""}
                </span>
                <span>
                  · {i.topic.name}
                  {i.location ? ` · ${i.location}` : ""}
                </span>
              </p>
              <p className="mt-1">{i.description}</p>
              <p className="text-slate-700">
                <Link className="text-brand-700 underline" href={`/reports/${i.report.id}`}>
                  Báo cáo kỳ {i.report.periodKey}
                </Link>
                {i.report.submittedOn ? `, gửi ngày ${formatDate(i.report.submittedOn)}` : ""}
                {i.handling ? ` · Giải quyết: ${i.handling}` : ""}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-700">Không có điểm nóng nào trong các báo cáo đã gửi 2 tháng qua.</p>
      )}
    </section>
  );
}
