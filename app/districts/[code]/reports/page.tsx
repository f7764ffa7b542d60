import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { UnitReports } from "@/components/reports/unit-reports";
import { requireActor } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { Notice } from "@/components/ui/notice";
import { RatesSection } from "@/components/reports/rates-section";
import { ratesByUnit, ratesQuery, regimeChoices, reviewQueue, unitReports } from "@/lib/reports/queries";
import { sumRates } from "@/lib/reports/rules";
import { ReviewQueue } from "@/components/reports/review-queue";
import { today } from "@/lib/time/today";
import { getUnitByCode } from "@/lib/units/queries";
import { unitTitle } from "@/lib/units/labels";

export const metadata: Metadata = { title: "Báo cáo của các xã" };

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ regime?: string; from?: string; to?: string }> };

export default async function DistrictReportsPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const day = today();
  const district = await getUnitByCode(actor, "DISTRICT", (await params).code, day);
  if (!district) notFound();
  const { regimeCode, range, rangeError } = ratesQuery(await searchParams, day);
  const [queue, rates, own, regimes] = await Promise.all([
    reviewQueue(actor, district.id),
    ratesByUnit(actor, regimeCode, [district.id], day, range ?? undefined),
    unitReports(actor, district.id, day),
    regimeChoices(),
  ]);
  const reviewer = can(actor, "report.review", { unitPath: district.path });
  const waiting = queue.filter((r) => r.status === "SUBMITTED");
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        <Link href={`/districts/${district.code}`} className="text-brand-700 underline">
          {district.name}
        </Link>
        <span aria-hidden="true"> › </span>
        <span>Báo cáo</span>
      </nav>
      <PageHeader title="Báo cáo của các xã" kicker={unitTitle(district)}>
        <p className="text-sm">{waiting.length} báo cáo chờ xem xét.</p>
      </PageHeader>
      <div className="space-y-8">
        <ReviewQueue
          queue={queue}
          day={day}
          reviewer={reviewer}
          unitLabel="Xã"
          caption="Báo cáo đã gửi tới huyện: chờ xem xét trước, theo hạn gửi"
          title={`Báo cáo gửi ${unitTitle(district)}, theo hạn`}
        />

        {rates ? (
          <RatesSection
            action={`/districts/${district.code}/reports`}
            unitCode={district.code}
            regimes={regimes}
            regimeCode={rates.regime.code}
            regimeName={rates.regime.name}
            periods={rates.periods.map((p) => p.key).reverse()}
            range={range}
            error={rangeError}
            unitLabel="xã"
            total={sumRates(rates.rows.map((r) => r.rates))}
            rows={rates.rows.map((r) => ({
              key: r.unit.id,
              name: r.unit.name,
              href: `/communes/${r.unit.code}/reports`,
              rates: r.rates,
              late: r.late.slice(0, 4).join("; ") + (r.late.length > 4 ? `; và ${r.late.length - 4} kỳ khác` : ""),
            }))}
          />
        ) : (
          <Notice tone="error">Không có chế độ báo cáo này.</Notice>
        )}

        {own ? (
          <section aria-labelledby="own-h" className="space-y-2">
            <h2 id="own-h" className="text-lg font-semibold">
              Báo cáo của huyện gửi tỉnh
            </h2>
            <UnitReports unitId={district.id} regimes={own} day={day} canWrite={can(actor, "report.write", { unitPath: district.path })} />
          </section>
        ) : null}
      </div>
    </>
  );
}
