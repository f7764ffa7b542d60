import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/current";
import { nationalOverview, type AreaActivity } from "@/lib/dashboards/areas";
import type { Rates } from "@/lib/reports/rules";
import { today } from "@/lib/time/today";
import { formatDate } from "@/lib/time/business-date";
import { percent } from "@/lib/percent";

export const metadata: Metadata = { title: "Toàn quốc" };

const pct = (n: number, d: number) => {
  const p = percent(n, d);
  return p === null ? "—" : `${p}%`;
};
const number = (n: number) => n.toLocaleString("vi-VN");

function Cells({ a, reports }: { a: AreaActivity; reports: Rates | null }) {
  return (
    <>
      <Td className="text-right tabular-nums">{number(a.communes)}</Td>
      <Td className="text-right tabular-nums">{number(a.held3)}</Td>
      <Td className="text-right tabular-nums">
        {number(a.communesMeetingLastMonth)} ({pct(a.communesMeetingLastMonth, a.communes)})
      </Td>
      <Td className="text-right tabular-nums">{number(a.tasksAssigned3)}</Td>
      <Td className="text-right tabular-nums">{reports ? `${reports.reportingRate ?? 0}% / ${reports.onTimeRate ?? 0}%` : "—"}</Td>
      <Td className="text-right tabular-nums">
        {number(a.recSent12)} · {pct(a.recAnsweredOnTime12, a.recSent12)}
      </Td>
    </>
  );
}

/** Every province side by side, from the layered month rollups (one row per province and month). */
export default async function NationalPage() {
  const actor = await requireActor();
  const day = today();
  const overview = await nationalOverview(actor, day);
  if (!overview.rows.length) notFound();
  const { rows, total, periods } = overview;
  return (
    <>
      <PageHeader title="Toàn quốc" kicker={`Số liệu đến ngày ${formatDate(day)}`}>
        <p className="text-sm text-slate-700">
          {rows.length} tỉnh, thành phố; {number(total.communes)} đơn vị cấp xã đang hoạt động.
        </p>
      </PageHeader>
      <div className="space-y-4">
        {rows.length === 1 ? <Notice tone="info">Tài khoản của bạn chỉ xem được một tỉnh.</Notice> : null}
        <Table caption="Các tỉnh, thành phố: giao ban, nhiệm vụ, báo cáo, kiến nghị">
          <thead>
            <tr>
              <Th>Mã</Th>
              <Th>Tỉnh, thành phố</Th>
              <Th className="text-right">Số xã</Th>
              <Th className="text-right">Cuộc giao ban 3 tháng</Th>
              <Th className="text-right">Xã có giao ban tháng trước</Th>
              <Th className="text-right">Nhiệm vụ giao 3 tháng</Th>
              <Th className="text-right">
                Báo cáo tháng{" "}
                {periods
                  .map((p) => p.key)
                  .reverse()
                  .join(", ")}
                : đã gửi / đúng hạn
              </Th>
              <Th className="text-right">Kiến nghị 12 tháng · trả lời đúng hạn</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <Td className="tabular-nums">{r.code}</Td>
                <Td>{r.name}</Td>
                <Cells a={r} reports={r.reports} />
              </tr>
            ))}
            <tr className="font-semibold">
              <Td> </Td>
              <Td>Cộng</Td>
              <Cells a={total} reports={total.reports} />
            </tr>
          </tbody>
        </Table>
      </div>
    </>
  );
}
