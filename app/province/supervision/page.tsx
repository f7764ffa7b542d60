import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { SupervisionSummary } from "@/components/supervision/summary";
import { EscalatedRecommendations, OverdueRecommendations, SupervisionTable } from "@/components/supervision/overview";
import { requireActor } from "@/lib/auth/current";
import { escalatedRecommendations, overdueRecommendations, sumFigures, supervisionFigures } from "@/lib/supervision/queries";
import { today } from "@/lib/time/today";
import { childUnits, communesUnder, formerDistricts, getProvince } from "@/lib/units/queries";
import { unitTitle } from "@/lib/units/labels";
import { FullDownload } from "@/components/privacy/full-download";
import { seesInFull } from "@/lib/privacy/reader";

export const metadata: Metadata = { title: "Giám sát, phản biện toàn tỉnh" };

export default async function ProvinceSupervisionPage() {
  const actor = await requireActor();
  const day = today();
  const province = await getProvince(actor, day);
  if (!province || !actor.assignments.some((a) => a.unitLevel === "PROVINCE")) notFound();
  const year = day.getUTCFullYear();
  const [communes, districts] = await Promise.all([communesUnder(actor, province.path, day), childUnits(actor, province.id, "DISTRICT", day)]);
  const [figures, overdue, escalated] = await Promise.all([
    supervisionFigures(
      communes.map((c) => c.id),
      day,
      new Date(Date.UTC(year, 0, 1)),
    ),
    overdueRecommendations(actor, province.path, day, 30),
    escalatedRecommendations(actor, province.path, new Date(Date.UTC(year, 0, 1)), 50),
  ]);
  // 2018: by district. Today (no district level): by commune, and summed by the district each belonged to on 30/6/2025.
  const twoLevel = districts.length === 0;
  const formers = twoLevel ? await formerDistricts(communes.map((c) => c.id)) : null;
  const rows = twoLevel
    ? communes.map((c) => ({ key: c.id, name: c.name, href: `/communes/${c.code}/supervision`, figures: figures.get(c.id)! }))
    : districts.map((d) => ({
        key: d.id,
        name: d.name,
        href: `/districts/${d.code}/supervision`,
        figures: sumFigures(communes.filter((c) => c.parentId === d.id).map((c) => figures.get(c.id)!)),
      }));
  const byFormer = formers
    ? [...new Map([...formers.values()].map((d) => [d.code, d])).values()]
        .sort((a, b) => a.code.localeCompare(b.code))
        .map((d) => ({
          key: d.code,
          name: d.name,
          href: `/districts/${d.code}/supervision?asOf=2025-06-30`,
          figures: sumFigures(communes.filter((c) => formers.get(c.id)?.code === d.code).map((c) => figures.get(c.id)!)),
        }))
    : [];
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        <Link href="/province" className="text-brand-700 underline">
          {province.name}
        </Link>
        <span aria-hidden="true"> › </span>
        <span>Giám sát, phản biện</span>
      </nav>
      <PageHeader title="Giám sát, phản biện toàn tỉnh" kicker={`${unitTitle(province)} · năm ${year}`}>
        <div className="flex flex-wrap gap-4 text-sm">
          <a className="text-brand-700 underline" href="/api/export/recommendations.csv">
            Tải CSV kiến nghị
          </a>
          <a className="text-brand-700 underline" href="/api/export/recommendations.csv?format=xlsx">
            Tải Excel
          </a>
          {seesInFull(actor, province.path) ? <FullDownload id="recs-full" href="/api/export/recommendations.csv?format=xlsx" /> : null}
        </div>
      </PageHeader>
      <div className="space-y-8">
        <SupervisionSummary figures={sumFigures(rows.map((r) => r.figures))} year={year} />
        <OverdueRecommendations items={overdue} day={day} />
        <EscalatedRecommendations items={escalated} year={year} />
        <section aria-labelledby="by-district-h" className="space-y-2">
          <h2 id="by-district-h" className="text-lg font-semibold">
            {twoLevel ? "Theo xã, phường, đặc khu" : "Theo huyện"}
          </h2>
          <SupervisionTable rows={rows} unitLabel={twoLevel ? "Xã" : "Huyện"} caption={`Giám sát, kiến nghị theo ${twoLevel ? "xã" : "huyện"} năm ${year}`} />
        </section>
        {byFormer.length ? (
          <section aria-labelledby="by-former-h" className="space-y-2">
            <h2 id="by-former-h" className="text-lg font-semibold">
              Theo huyện cũ (đến 30/06/2025)
            </h2>
            <SupervisionTable
              rows={byFormer}
              unitLabel="Huyện cũ"
              caption={`Giám sát, kiến nghị năm ${year}, cộng theo huyện mà các xã thuộc về đến 30/06/2025`}
            />
          </section>
        ) : null}
      </div>
    </>
  );
}
