import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { SupervisionSummary } from "@/components/supervision/summary";
import { OverdueRecommendations, SupervisionTable } from "@/components/supervision/overview";
import { requireActor } from "@/lib/auth/current";
import { overdueRecommendations, sumFigures, supervisionFigures } from "@/lib/supervision/queries";
import { today } from "@/lib/time/today";
import { childUnits, getUnitByCode } from "@/lib/units/queries";
import { unitTitle } from "@/lib/units/labels";
import { FullDownload } from "@/components/privacy/full-download";
import { seesInFull } from "@/lib/privacy/reader";

export const metadata: Metadata = { title: "Giám sát, phản biện của các xã" };

export default async function DistrictSupervisionPage({ params }: { params: Promise<{ code: string }> }) {
  const actor = await requireActor();
  const day = today();
  const district = await getUnitByCode(actor, "DISTRICT", (await params).code, day);
  if (!district) notFound();
  const year = day.getUTCFullYear();
  const communes = await childUnits(actor, district.id, "COMMUNE", day);
  const [figures, overdue] = await Promise.all([
    supervisionFigures(
      communes.map((c) => c.id),
      day,
      new Date(Date.UTC(year, 0, 1)),
    ),
    overdueRecommendations(actor, district.path, day),
  ]);
  const rows = communes.map((c) => ({ key: c.id, name: c.name, href: `/communes/${c.code}/supervision`, figures: figures.get(c.id)! }));
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        <Link href={`/districts/${district.code}`} className="text-brand-700 underline">
          {district.name}
        </Link>
        <span aria-hidden="true"> › </span>
        <span>Giám sát, phản biện</span>
      </nav>
      <PageHeader title="Giám sát, phản biện của các xã" kicker={`${unitTitle(district)} · năm ${year}`}>
        <div className="flex flex-wrap gap-4 text-sm">
          <a className="text-brand-700 underline" href={`/api/export/recommendations.csv?unit=${district.code}`}>
            Tải CSV kiến nghị
          </a>
          <a className="text-brand-700 underline" href={`/api/export/recommendations.csv?unit=${district.code}&format=xlsx`}>
            Tải Excel
          </a>
          {seesInFull(actor, district.path) ? <FullDownload id="recs-full" href={`/api/export/recommendations.csv?unit=${district.code}&format=xlsx`} /> : null}
        </div>
      </PageHeader>
      <div className="space-y-8">
        <SupervisionSummary figures={sumFigures(rows.map((r) => r.figures))} year={year} />
        <OverdueRecommendations items={overdue} day={day} />
        <section aria-labelledby="by-commune-h" className="space-y-2">
          <h2 id="by-commune-h" className="text-lg font-semibold">
            Theo xã
          </h2>
          <SupervisionTable rows={rows} unitLabel="Xã" caption={`Giám sát, kiến nghị theo xã năm ${year}`} />
        </section>
      </div>
    </>
  );
}
