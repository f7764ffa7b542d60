// Reports sent to a unit: those waiting for review first, by due date, with lateness and hot spots.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { reviewQueue } from "@/lib/reports/queries";
import { daysLate, REPORT_STATUS_LABEL } from "@/lib/reports/rules";
import { formatDate } from "@/lib/time/business-date";

interface Props {
  queue: Awaited<ReturnType<typeof reviewQueue>>;
  day: Date;
  reviewer: boolean;
  unitLabel: string;
  caption: string;
  title: string;
}

export function ReviewQueue({ queue, day, reviewer, unitLabel, caption, title }: Props) {
  return (
    <section aria-labelledby="queue-h" className="space-y-2">
      <h2 id="queue-h" className="text-lg font-semibold">
        {title}
      </h2>
      {queue.length ? (
        <Table caption={caption}>
          <thead>
            <tr>
              <Th>{unitLabel}</Th>
              <Th>Kỳ báo cáo</Th>
              <Th>Hạn</Th>
              <Th>Gửi lần đầu</Th>
              <Th>Trạng thái</Th>
              <Th>Điểm nóng</Th>
            </tr>
          </thead>
          <tbody>
            {queue.map((r) => {
              const late = daysLate(r, day);
              return (
                <tr key={r.id}>
                  <Td>{r.unit.name}</Td>
                  <Td>
                    <Link className="whitespace-nowrap text-brand-700 underline tabular-nums" href={`/reports/${r.id}`}>
                      Kỳ {r.periodKey}
                    </Link>
                    <span className="block min-w-32 text-xs text-slate-700">{r.regime.name}</span>
                  </Td>
                  <Td className="tabular-nums">{formatDate(r.dueOn)}</Td>
                  <Td className="tabular-nums">
                    {r.firstSubmittedOn ? formatDate(r.firstSubmittedOn) : "—"}
                    {late ? <span className="block text-xs text-red-800">muộn {late} ngày</span> : null}
                  </Td>
                  <Td>
                    <Badge tone={r.status === "SUBMITTED" ? "warning" : r.status === "ACCEPTED" ? "success" : "neutral"}>
                      {r.status === "SUBMITTED" && reviewer ? "Chờ xem xét" : REPORT_STATUS_LABEL[r.status]}
                    </Badge>
                  </Td>
                  <Td className="tabular-nums">{r._count.issues ? <Badge tone="danger">{r._count.issues}</Badge> : "—"}</Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      ) : (
        <p className="text-sm text-slate-700">Chưa có báo cáo nào được gửi.</p>
      )}
    </section>
  );
}
