// Supervision across units (communes of a district, or districts of the province), from the rollups, and
// the recommendations past their response date that district staff can act on.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { escalatedRecommendations, overdueRecommendations, SupervisionFigures } from "@/lib/supervision/queries";
import { daysBetween, formatDate } from "@/lib/time/business-date";

export function SupervisionTable({
  rows,
  unitLabel,
  caption,
}: {
  rows: { key: string; name: string; href: string; figures: SupervisionFigures }[];
  unitLabel: string;
  caption: string;
}) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{unitLabel}</Th>
          <Th className="text-right">Chờ trả lời</Th>
          <Th className="text-right">Quá hạn</Th>
          <Th className="text-right">Đã gửi</Th>
          <Th className="text-right">Được trả lời</Th>
          <Th className="text-right">Tỷ lệ trả lời</Th>
          <Th className="text-right">Đúng hạn</Th>
          <Th className="text-right">Hoạt động (văn bản/đoàn/ban/phối hợp)</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <Td>
              <Link className="text-brand-700 underline" href={r.href}>
                {r.name}
              </Link>
            </Td>
            <Td className="text-right tabular-nums">{r.figures.open}</Td>
            <Td className="text-right tabular-nums">{r.figures.overdue ? <Badge tone="danger">{r.figures.overdue}</Badge> : "0"}</Td>
            <Td className="text-right tabular-nums">{r.figures.sent}</Td>
            <Td className="text-right tabular-nums">{r.figures.answered}</Td>
            <Td className="text-right tabular-nums">{r.figures.responseRate === null ? "—" : `${r.figures.responseRate}%`}</Td>
            <Td className="text-right tabular-nums">{r.figures.answeredOnTime}</Td>
            <Td className="text-right tabular-nums">
              {r.figures.byForm.documents}/{r.figures.byForm.delegation}/{r.figures.byForm.communityBoard}/{r.figures.byForm.joint}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export function OverdueRecommendations({
  items,
  day,
  showCommune = true,
}: {
  items: Awaited<ReturnType<typeof overdueRecommendations>>;
  day: Date;
  showCommune?: boolean;
}) {
  return (
    <section aria-labelledby="overdue-h" className="space-y-2">
      <h2 id="overdue-h" className="text-lg font-semibold">
        Kiến nghị quá hạn trả lời ({items.length})
      </h2>
      {items.length ? (
        <ul className="space-y-2">
          {items.map((r) => {
            const href = r.activity ? `/supervision/${r.activity.id}#kien-nghi-${r.id}` : `/criticism/${r.criticismCase!.id}#kien-nghi-${r.id}`;
            return (
              <li key={r.id} className="rounded border border-red-200 bg-white p-3 text-sm">
                <p className="flex flex-wrap items-center gap-2">
                  <Badge tone="danger">Quá hạn {daysBetween(r.dueOn, day)} ngày</Badge>
                  {showCommune ? <span className="font-semibold">{r.unit.name}</span> : null}
                  <span>
                    · gửi {r.addressee}, hạn {formatDate(r.dueOn)}
                  </span>
                </p>
                <p className="mt-1">
                  <Link className="text-brand-700 underline" href={href}>
                    {r.content.length > 160 ? `${r.content.slice(0, 160)}…` : r.content}
                  </Link>
                </p>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-sm text-slate-700">Không có kiến nghị nào quá hạn trả lời.</p>
      )}
    </section>
  );
}

export function EscalatedRecommendations({ items, year }: { items: Awaited<ReturnType<typeof escalatedRecommendations>>; year: number }) {
  return (
    <section aria-labelledby="escalated-h" className="space-y-2">
      <h2 id="escalated-h" className="text-lg font-semibold">
        Kiến nghị đã chuyển lên cấp trên năm {year} ({items.length})
      </h2>
      {items.length ? (
        <ul className="space-y-2">
          {items.map((r) => {
            const href = r.activity ? `/supervision/${r.activity.id}#kien-nghi-${r.id}` : `/criticism/${r.criticismCase!.id}#kien-nghi-${r.id}`;
            return (
              <li key={r.id} className="rounded border border-amber-200 bg-white p-3 text-sm">
                <p className="flex flex-wrap items-center gap-2">
                  <Badge tone="warning">Đã chuyển lên {r.escalatedTo}</Badge>
                  <span className="font-semibold">{r.unit.name}</span>
                  <span>
                    · ngày {formatDate(r.escalatedOn!)}, ban đầu gửi {r.addressee}
                  </span>
                </p>
                <p className="mt-1">
                  <Link className="text-brand-700 underline" href={href}>
                    {r.content.length > 160 ? `${r.content.slice(0, 160)}…` : r.content}
                  </Link>
                </p>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-sm text-slate-700">Chưa có kiến nghị nào được chuyển lên cấp trên.</p>
      )}
    </section>
  );
}
