import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { SupervisionSummary } from "@/components/supervision/summary";
import { OverdueRecommendations, SupervisionTable } from "@/components/supervision/overview";
import { requireActor } from "@/lib/auth/current";
import { overdueRecommendations, sumFigures, supervisionFigures } from "@/lib/supervision/queries";
import { today } from "@/lib/time/today";
import { childUnits, communesUnder, getProvince } from "@/lib/units/queries";
import { unitTitle } from "@/lib/units/labels";

export const metadata: Metadata = { title: "Giám sát, phản biện toàn tỉnh" };

export default async function ProvinceSupervisionPage() {
  const actor = await requireActor();
  const day = today();
  const province = await getProvince(actor, day);
  if (!province || !actor.assignments.some((a) => a.unitLevel === "PROVINCE")) notFound();
  const year = day.getUTCFullYear();
  const [communes, districts] = await Promise.all([communesUnder(actor, province.path, day), childUnits(actor, province.id, "DISTRICT", day)]);
  const [figures, overdue] = await Promise.all([supervisionFigures(communes.map((c) => c.id), day, new Date(Date.UTC(year, 0, 1))), overdueRecommendations(actor, province.path, day, 30)]);
  const rows = districts.map((d) => ({
    key: d.id, name: d.name, href: `/districts/${d.code}/supervision`,
    figures: sumFigures(communes.filter((c) => c.parentId === d.id).map((c) => figures.get(c.id)!)),
  }));
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        <Link href="/province" className="text-brand-700 underline">{province.name}</Link>
        <span aria-hidden="true"> › </span><span>Giám sát, phản biện</span>
      </nav>
      <PageHeader title="Giám sát, phản biện toàn tỉnh" kicker={`${unitTitle(province)} · năm ${year}`}>
        <p className="flex gap-4 text-sm">
          <a className="text-brand-700 underline" href="/api/export/recommendations.csv">Tải CSV kiến nghị</a>
          <a className="text-brand-700 underline" href="/api/export/recommendations.csv?format=xlsx">Tải Excel</a>
        </p>
      </PageHeader>
      <div className="space-y-8">
        <SupervisionSummary figures={sumFigures(rows.map((r) => r.figures))} year={year} />
        <section aria-labelledby="by-district-h" className="space-y-2">
          <h2 id="by-district-h" className="text-lg font-semibold">Theo huyện</h2>
          <SupervisionTable rows={rows} unitLabel="Huyện" caption={`Giám sát, kiến nghị theo huyện năm ${year}`} />
        </section>
        <OverdueRecommendations items={overdue} day={day} />
      </div>
    </>
  );
}
