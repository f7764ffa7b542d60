import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { UnitReports } from "@/components/reports/unit-reports";
import { requireActor } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { ratesByUnit, reviewQueue, unitReports } from "@/lib/reports/queries";
import { daysLate, REPORT_STATUS_LABEL, sumRates } from "@/lib/reports/rules";
import { formatDate } from "@/lib/time/business-date";
import { today } from "@/lib/time/today";
import { getUnitByCode } from "@/lib/units/queries";
import { unitTitle } from "@/lib/units/labels";

export const metadata: Metadata = { title: "Báo cáo của các xã" };

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ regime?: string }> };

export default async function DistrictReportsPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const day = today();
  const district = await getUnitByCode(actor, "DISTRICT", (await params).code, day);
  if (!district) notFound();
  const regimeCode = typeof (await searchParams).regime === "string" && /^[a-z0-9_.]{3,80}$/.test((await searchParams).regime!) ? (await searchParams).regime! : "situation.monthly";
  const [queue, rates, own] = await Promise.all([reviewQueue(actor, district.id), ratesByUnit(actor, regimeCode, [district.id], day), unitReports(actor, district.id, day)]);
  const reviewer = can(actor, "report.review", { unitPath: district.path });
  const total = rates ? sumRates(rates.rows.map((r) => r.rates)) : null;
  const waiting = queue.filter((r) => r.status === "SUBMITTED");
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        <Link href={`/districts/${district.code}`} className="text-brand-700 underline">{district.name}</Link>
        <span aria-hidden="true"> › </span><span>Báo cáo</span>
      </nav>
      <PageHeader title="Báo cáo của các xã" kicker={unitTitle(district)}>
        <p className="text-sm">{waiting.length} báo cáo chờ xem xét.</p>
      </PageHeader>
      <div className="space-y-8">
        <section aria-labelledby="queue-h" className="space-y-2">
          <h2 id="queue-h" className="text-lg font-semibold">Báo cáo gửi {unitTitle(district)}, theo hạn</h2>
          {queue.length ? (
            <Table caption="Báo cáo đã gửi tới huyện: chờ xem xét trước, theo hạn gửi">
              <thead><tr><Th>Xã</Th><Th>Báo cáo</Th><Th>Kỳ</Th><Th>Hạn</Th><Th>Gửi lần đầu</Th><Th>Trạng thái</Th><Th>Điểm nóng</Th></tr></thead>
              <tbody>
                {queue.map((r) => {
                  const late = daysLate(r, day);
                  return (
                    <tr key={r.id}>
                      <Td>{r.unit.name}</Td>
                      <Td><Link className="text-brand-700 underline" href={`/reports/${r.id}`}>{r.regime.name}</Link></Td>
                      <Td className="tabular-nums">{r.periodKey}</Td>
                      <Td className="tabular-nums">{formatDate(r.dueOn)}</Td>
                      <Td className="tabular-nums">{r.firstSubmittedOn ? formatDate(r.firstSubmittedOn) : "—"}{late ? <span className="block text-xs text-red-800">muộn {late} ngày</span> : null}</Td>
                      <Td><Badge tone={r.status === "SUBMITTED" ? "warning" : r.status === "ACCEPTED" ? "success" : "neutral"}>{r.status === "SUBMITTED" && reviewer ? "Chờ xem xét" : REPORT_STATUS_LABEL[r.status]}</Badge></Td>
                      <Td className="tabular-nums">{r._count.issues ? <Badge tone="danger">{r._count.issues}</Badge> : "—"}</Td>
                    </tr>
                  );
                })}
              </tbody>
            </Table>
          ) : <p className="text-sm text-slate-700">Chưa có báo cáo nào được gửi.</p>}
        </section>

        {rates ? (
          <section aria-labelledby="rates-h" className="space-y-2">
            <h2 id="rates-h" className="text-lg font-semibold">Tỷ lệ báo cáo: {rates.regime.name}</h2>
            <p className="flex gap-4 text-sm">
              <a className="text-brand-700 underline" href={`/api/export/reporting-rates.csv?unit=${district.code}`}>Tải CSV tỷ lệ báo cáo (12 tháng)</a>
              <a className="text-brand-700 underline" href={`/api/export/reporting-rates.csv?unit=${district.code}&format=xlsx`}>Tải Excel</a>
            </p>
            <p className="text-sm text-slate-700">Các kỳ {rates.periods.map((p) => p.key).reverse().join(", ")}. Tỷ lệ báo cáo = số báo cáo đã gửi / số báo cáo phải gửi; đúng hạn = gửi lần đầu không muộn hơn hạn.
              {total ? ` Toàn huyện: ${total.actual}/${total.expected} báo cáo (${total.reportingRate ?? 0}%), đúng hạn ${total.onTime} (${total.onTimeRate ?? 0}%).` : ""}</p>
            <Table caption={`Tỷ lệ báo cáo theo xã: ${rates.regime.name}`}>
              <thead><tr><Th>Xã</Th><Th className="text-right">Phải gửi</Th><Th className="text-right">Đã gửi</Th><Th className="text-right">Đúng hạn</Th><Th className="text-right">Tỷ lệ</Th><Th className="text-right">Đúng hạn (%)</Th></tr></thead>
              <tbody>
                {rates.rows.map((r) => (
                  <tr key={r.unit.id}>
                    <Td><Link className="text-brand-700 underline" href={`/communes/${r.unit.code}/reports`}>{r.unit.name}</Link></Td>
                    <Td className="text-right tabular-nums">{r.rates.expected}</Td>
                    <Td className="text-right tabular-nums">{r.rates.actual}</Td>
                    <Td className="text-right tabular-nums">{r.rates.onTime}</Td>
                    <Td className="text-right tabular-nums">{r.rates.reportingRate ?? "—"}%</Td>
                    <Td className="text-right tabular-nums">{r.rates.onTimeRate ?? "—"}%</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </section>
        ) : null}

        {own ? (
          <section aria-labelledby="own-h" className="space-y-2">
            <h2 id="own-h" className="text-lg font-semibold">Báo cáo của huyện gửi tỉnh</h2>
            <UnitReports unitId={district.id} regimes={own} day={day} canWrite={can(actor, "report.write", { unitPath: district.path })} />
          </section>
        ) : null}
      </div>
    </>
  );
}
