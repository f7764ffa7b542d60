import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { AsOfForm } from "@/components/units/as-of-form";
import { HeadlineFigures } from "@/components/blocs/headline-figures";
import { DistrictMapSvg } from "@/components/blocs/district-map-svg";
import { LocalityTable } from "@/components/blocs/locality-table";
import { activityByDistrict } from "@/lib/meetings/activity";
import { HotSpots } from "@/components/reports/hot-spots";
import { hotSpots } from "@/lib/reports/queries";
import { areaReportRates } from "@/lib/dashboards/areas";
import { today } from "@/lib/time/today";
import { toIsoDate } from "@/lib/time/business-date";
import { requireActor } from "@/lib/auth/current";
import { provinceOverview, provinceStructure } from "@/lib/blocs/overview";
import { agencyBloc } from "@/lib/meetings/agency-queries";
import { AgencyPanel } from "@/components/blocs/agency-panel";
import { districtMap } from "@/lib/blocs/district-map";
import { asOfQuery, resolveAsOf } from "@/lib/units/as-of";
import { formatDate } from "@/lib/time/business-date";
import { unitTitle } from "@/lib/units/labels";
import { AreaCommunes } from "@/components/blocs/area-communes";
import { UnitMapSvg } from "@/components/units/unit-map-svg";
import { modelCounts } from "@/lib/skilful-models/counts";
import { unitMap } from "@/lib/units/unit-map";
import { MAP_FIGURES, mapPaint, parseMapFigure, type MapFigure } from "@/lib/units/map-figures";
import { ReviewerWork } from "@/components/blocs/reviewer-work";
import { OverdueRecommendations } from "@/components/supervision/overview";
import { areaCommunes } from "@/lib/blocs/area-view";
import { registryFigures } from "@/lib/blocs/overview";
import { reviewQueue } from "@/lib/reports/queries";
import { escalatedRecommendations } from "@/lib/supervision/queries";
import { can } from "@/lib/auth/permissions";
import { addDays } from "@/lib/time/business-date";
import type { Actor } from "@/lib/auth/actor";
import type { AsOf } from "@/lib/units/as-of";

export const metadata: Metadata = { title: "Toàn tỉnh" };

const PRESETS = [
  { iso: "2018-08-13", label: "Ngày 13/08/2018 (14 huyện)" },
  { iso: "2025-07-01", label: "Từ 01/07/2025 (54 xã, phường, đặc khu)" },
];

type SearchParams = Record<string, string | string[] | undefined>;

export default async function ProvincePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const search = await searchParams;
  const asOf = resolveAsOf(search.asOf);
  const structure = await provinceStructure(actor, asOf.date);
  if (!structure) {
    // Out of scope is "not found"; in scope but before the data begin is a message.
    if (!actor.assignments.some((a) => a.unitLevel === "PROVINCE")) notFound();
    return (
      <>
        <PageHeader title="Toàn tỉnh" />
        <div className="space-y-4">
          {asOf.error ? <Notice tone="error">{asOf.error}</Notice> : null}
          <Notice tone="warning">Chưa có dữ liệu đơn vị hành chính vào ngày {formatDate(asOf.date)}.</Notice>
          <AsOfForm asOf={asOf} action="/province" presets={PRESETS} />
        </div>
      </>
    );
  }
  // The two-level government (from 1/7/2025): the communes sit directly under the province, and the
  // province's reviewer works them as a district's staff worked theirs in 2018.
  if (structure.twoLevel) return <TwoLevelProvince actor={actor} province={structure.province} asOf={asOf} search={search} />;
  const { province, rows, figures } = (await provinceOverview(actor, asOf.date))!;
  const query = asOfQuery(asOf);
  const districts = rows.filter((r) => r.level === "DISTRICT");
  // Activity is today's, from the rollups: shown when the page views today's structure.
  const day = today();
  const current = districts.length > 0 && (!asOf.explicit || asOf.iso === toIsoDate(day));
  const ids = districts.map((d) => d.id);
  const [activity, monthly, spots] = current
    ? await Promise.all([activityByDistrict(ids, day), areaReportRates("situation.monthly", ids, day), hotSpots(actor, province.path, day)])
    : [undefined, null, []];
  const reportRates = monthly?.rates;
  const exportQuery = `?asOf=${asOf.iso}`;
  return (
    <>
      <PageHeader title={unitTitle(province)} kicker={`Mã ${province.code} · cơ cấu ngày ${formatDate(asOf.date)}`}>
        <p className="text-sm text-slate-700">
          {districts.length > 0
            ? `${districts.length} đơn vị cấp huyện, ${districts.reduce((n, d) => n + d.communes, 0)} đơn vị cấp xã.`
            : `${rows.length} đơn vị cấp xã trực thuộc tỉnh (không tổ chức cấp huyện).`}
        </p>
      </PageHeader>
      <div className="space-y-5">
        {asOf.error ? <Notice tone="error">{asOf.error}</Notice> : null}
        <AsOfForm asOf={asOf} action="/province" presets={PRESETS} />
        {current ? (
          <p className="flex flex-wrap gap-4 text-sm">
            <Link className="text-brand-700 underline" href="/province/reports">
              Báo cáo của các huyện, tỷ lệ báo cáo theo kỳ
            </Link>
            <Link className="text-brand-700 underline" href={`/registers/${province.id}`}>
              Sổ đăng ký văn bản của tỉnh
            </Link>
            <Link className="text-brand-700 underline" href="/province/supervision">
              Giám sát, phản biện: kiến nghị quá hạn, tỷ lệ trả lời
            </Link>
            <Link className="text-brand-700 underline" href="/province/trends">
              Xu hướng toàn tỉnh qua 13 và 52 tuần
            </Link>
            <Link className="text-brand-700 underline" href="/province/models">
              Mô hình Dân vận khéo theo đơn vị, lĩnh vực
            </Link>
          </p>
        ) : null}
        {figures.length ? (
          <section aria-labelledby="figures-h" className="space-y-2">
            <h2 id="figures-h" className="text-lg font-semibold">
              Mô hình khối theo địa phương
            </h2>
            <HeadlineFigures figures={figures} />
          </section>
        ) : null}
        {districts.length ? <DistrictMapSvg map={districtMap()} modelOf={new Map(districts.map((d) => [d.code, d.communeModel]))} query={query} /> : null}
        <section aria-labelledby="localities-h" className="space-y-2">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="localities-h" className="text-lg font-semibold">
              {districts.length ? "Các huyện, thị xã, thành phố" : "Các xã, phường, đặc khu trực thuộc tỉnh"}
            </h2>
            <p className="flex gap-3 text-sm">
              <a className="text-brand-700 underline" href={`/api/export/${districts.length ? "districts" : "communes"}.csv${exportQuery}`}>
                Tải CSV
              </a>
              <a className="text-brand-700 underline" href={`/api/export/${districts.length ? "districts" : "communes"}.csv${exportQuery}&format=xlsx`}>
                Tải Excel
              </a>
            </p>
          </div>
          <LocalityTable rows={rows} query={query} activity={activity} reportRates={reportRates} />
          {activity ? (
            <div className="mt-6">
              <HotSpots items={spots} showDistrict />
            </div>
          ) : null}
        </section>
      </div>
    </>
  );
}

async function TwoLevelProvince({
  actor,
  province,
  asOf,
  search,
}: {
  actor: Actor;
  province: NonNullable<Awaited<ReturnType<typeof provinceStructure>>>["province"];
  asOf: AsOf;
  search: SearchParams;
}) {
  const figure = parseMapFigure(search.map);
  // The reviewer's lists are today's: read beside the area's rows and figures, not after them.
  const current = !asOf.explicit || asOf.iso === toIsoDate(today());
  const [area, models, waiting, escalated, agency] = await Promise.all([
    areaCommunes(actor, province, asOf, search),
    figure === "models" ? modelCounts(actor, province.path, asOf.date.getUTCFullYear()) : [],
    current ? reviewQueue(actor, province.id, 0) : [],
    current ? escalatedRecommendations(actor, province.path, addDays(today(), -90)) : [],
    current ? agencyBloc(actor, province.id) : null,
  ]);
  const reviewer = can(actor, "report.review", { unitPath: province.path }) || can(actor, "bloc.manage", { unitPath: province.path });
  return (
    <>
      <PageHeader title={unitTitle(province)} kicker={`Mã ${province.code} · cơ cấu ngày ${formatDate(asOf.date)}`}>
        <p className="text-sm text-slate-700">{area.rows.length} đơn vị cấp xã trực thuộc tỉnh (không tổ chức cấp huyện).</p>
      </PageHeader>
      <div className="space-y-5">
        {asOf.error ? <Notice tone="error">{asOf.error}</Notice> : null}
        <AsOfForm asOf={asOf} action="/province" presets={PRESETS} />
        {area.current && reviewer ? (
          <>
            <ReviewerWork waiting={waiting} escalated={escalated} day={area.day} reportsHref="/province/reports" supervisionHref="/province/supervision" />
            <AgencyPanel unit={province} bloc={agency} manage={can(actor, "bloc.manage", { unitPath: province.path })} today={toIsoDate(area.day)} />
            {can(actor, "handover.apply", { unitPath: province.path }) ? (
              <p className="text-sm">
                <Link className="font-semibold text-brand-700 underline" href="/handover">
                  Bàn giao công việc của các đơn vị đã kết thúc hoạt động khi sắp xếp →
                </Link>
              </p>
            ) : null}
            <p className="text-sm">
              <Link className="font-semibold text-brand-700 underline" href="/province/trends">
                Xu hướng toàn tỉnh qua 13 và 52 tuần →
              </Link>
            </p>
          </>
        ) : area.current ? (
          <p className="flex flex-wrap gap-4 text-sm">
            <Link className="text-brand-700 underline" href="/province/reports">
              Báo cáo của các xã, tỷ lệ báo cáo theo kỳ
            </Link>
            <Link className="text-brand-700 underline" href={`/registers/${province.id}`}>
              Sổ đăng ký văn bản của tỉnh
            </Link>
            <Link className="text-brand-700 underline" href="/province/supervision">
              Giám sát, phản biện: kiến nghị quá hạn, tỷ lệ trả lời
            </Link>
            <Link className="text-brand-700 underline" href="/province/trends">
              Xu hướng toàn tỉnh qua 13 và 52 tuần
            </Link>
            <Link className="text-brand-700 underline" href="/province/models">
              Mô hình Dân vận khéo theo đơn vị, lĩnh vực
            </Link>
          </p>
        ) : null}
        <section aria-labelledby="figures-h" className="space-y-2">
          <h2 id="figures-h" className="text-lg font-semibold">
            Khối cấp xã toàn tỉnh ngày {formatDate(asOf.date)}
          </h2>
          <HeadlineFigures figures={registryFigures(area.rows)} />
        </section>
        <section aria-labelledby="map-h" className="space-y-2">
          <div className="flex flex-wrap items-end justify-between gap-2">
            <h2 id="map-h" className="text-lg font-semibold">
              Bản đồ
            </h2>
            <form method="get" action="/province" className="flex flex-wrap items-end gap-2">
              {asOf.explicit ? <input type="hidden" name="asOf" value={asOf.iso} /> : null}
              <div className="flex flex-col gap-1">
                <label htmlFor="map-figure" className="text-sm font-semibold">
                  Tô màu theo
                </label>
                <select id="map-figure" name="map" defaultValue={figure} className="rounded border border-slate-300 px-3 py-2 text-sm">
                  {(Object.keys(MAP_FIGURES) as MapFigure[])
                    .filter((f) => area.current || f === "model" || f === "status")
                    .map((f) => (
                      <option key={f} value={f}>
                        {MAP_FIGURES[f]}
                      </option>
                    ))}
                </select>
              </div>
              <button type="submit" className="rounded border border-slate-300 bg-white px-3 py-2 text-sm font-semibold">
                Xem
              </button>
            </form>
          </div>
          <UnitMapSvg
            map={unitMap()}
            paint={mapPaint(figure, area.rows, { activity: area.activity, rates: area.reportRates, models: new Map(models.map((m) => [m.unitId, m.total])) })}
          />
        </section>
        <AreaCommunes data={area} area={{ code: province.code, title: unitTitle(province) }} basePath="/province" asOf={asOf} />
        {area.current ? (
          <div className="grid gap-5 lg:grid-cols-2">
            <OverdueRecommendations items={area.overdue} day={area.day} />
            <HotSpots items={area.spots} />
          </div>
        ) : null}
      </div>
    </>
  );
}
