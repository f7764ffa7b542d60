import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { ReviewQueue } from "@/components/reports/review-queue";
import { RatesSection } from "@/components/reports/rates-section";
import { requireActor } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { ratesByUnit, ratesQuery, regimeChoices, reviewQueue } from "@/lib/reports/queries";
import { sumRates } from "@/lib/reports/rules";
import { today } from "@/lib/time/today";
import { toIsoDate } from "@/lib/time/business-date";
import { childUnits, getProvince } from "@/lib/units/queries";
import { unitTitle } from "@/lib/units/labels";

export const metadata: Metadata = { title: "Báo cáo toàn tỉnh" };

type Props = { searchParams: Promise<{ regime?: string; from?: string; to?: string }> };

export default async function ProvinceReportsPage({ searchParams }: Props) {
  const actor = await requireActor();
  const day = today();
  const province = await getProvince(actor, day);
  if (!province || !actor.assignments.some((a) => a.unitLevel === "PROVINCE")) notFound();
  const { regimeCode, range, rangeError } = ratesQuery(await searchParams, day);
  const districts = await childUnits(actor, province.id, "DISTRICT", day);
  // Today (no district level) the communes report to the province itself: rates per commune.
  const twoLevel = districts.length === 0;
  const [queue, rates, regimes] = await Promise.all([
    reviewQueue(actor, province.id),
    ratesByUnit(actor, regimeCode, twoLevel ? [province.id] : districts.map((d) => d.id), day, range ?? undefined),
    regimeChoices(),
  ]);
  const reviewer = can(actor, "report.review", { unitPath: province.path });
  const rows =
    rates && twoLevel
      ? rates.rows.map((r) => ({
          key: r.unit.id,
          name: r.unit.name,
          href: `/communes/${r.unit.code}/reports`,
          rates: r.rates,
          late: r.late.slice(0, 4).join("; ") + (r.late.length > 4 ? `; và ${r.late.length - 4} kỳ khác` : ""),
        }))
      : rates
        ? districts.map((d) => {
            const communes = rates.rows.filter((r) => r.unit.parentId === d.id);
            const lagging = communes.filter((r) => r.late.length);
            const late = lagging.length ? `${lagging.length} xã: ${lagging.map((r) => `${r.unit.name} (${r.late.length} kỳ)`).join(", ")}` : "";
            return {
              key: d.id,
              name: d.name,
              href: `/districts/${d.code}/reports?${new URLSearchParams({ regime: regimeCode, ...(range ? { from: toIsoDate(range.from), to: toIsoDate(range.to) } : {}) })}`,
              rates: sumRates(communes.map((r) => r.rates)),
              late,
            };
          })
        : [];
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        <Link href="/province" className="text-brand-700 underline">
          {province.name}
        </Link>
        <span aria-hidden="true"> › </span>
        <span>Báo cáo</span>
      </nav>
      <PageHeader title="Báo cáo toàn tỉnh" kicker={unitTitle(province)}>
        <p className="text-sm">
          {queue.filter((r) => r.status === "SUBMITTED").length} báo cáo của các {twoLevel ? "xã" : "huyện"} chờ xem xét.
        </p>
      </PageHeader>
      <div className="space-y-8">
        {twoLevel ? null : <p className="text-sm text-slate-700">Tỷ lệ của mỗi huyện tính trên báo cáo của các xã trong huyện gửi huyện.</p>}
        <ReviewQueue
          queue={queue}
          day={day}
          reviewer={reviewer}
          unitLabel={twoLevel ? "Xã" : "Huyện"}
          caption={`Báo cáo các ${twoLevel ? "xã" : "huyện"} gửi tỉnh: mọi báo cáo chờ xem xét, rồi các báo cáo đã xem xét gần nhất`}
          title={`Báo cáo gửi ${unitTitle(province)}, theo hạn`}
        />
        {rates ? (
          <RatesSection
            action="/province/reports"
            unitCode={province.code}
            regimes={regimes}
            regimeCode={rates.regime.code}
            regimeName={rates.regime.name}
            periods={rates.periods.map((p) => p.key).reverse()}
            range={range}
            error={rangeError}
            unitLabel={twoLevel ? "xã" : "huyện"}
            total={sumRates(rows.map((r) => r.rates))}
            rows={rows}
          />
        ) : (
          <Notice tone="error">Không có chế độ báo cáo này.</Notice>
        )}
      </div>
    </>
  );
}
