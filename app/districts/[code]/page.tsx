import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { Badge } from "@/components/ui/badge";
import { AsOfForm } from "@/components/units/as-of-form";
import { ValidityNotice } from "@/components/units/validity-notice";
import { SetBlocForm } from "@/components/blocs/set-bloc-form";
import { AddPostForm, EndPostForm } from "@/components/blocs/people-forms";
import { isValidOn } from "@/lib/units/validity";
import { HotSpots } from "@/components/reports/hot-spots";
import { OverdueRecommendations } from "@/components/supervision/overview";
import { asOfQuery, resolveAsOf } from "@/lib/units/as-of";
import { getUnitByCode } from "@/lib/units/queries";
import { districtBloc, scanSummary } from "@/lib/blocs/queries";
import { areaCommunes } from "@/lib/blocs/area-view";
import { AreaCommunes } from "@/components/blocs/area-communes";
import { HEAD_RULE_LABEL, MODEL_LABEL, STATUS_LABEL } from "@/lib/blocs/labels";
import { formatDate, toIsoDate } from "@/lib/time/business-date";
import { unitTitle } from "@/lib/units/labels";
import { requireActor } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const actor = await requireActor();
  const district = await getUnitByCode(actor, "DISTRICT", (await params).code, resolveAsOf((await searchParams).asOf).date);
  return { title: district ? unitTitle(district) : "Không tìm thấy" };
}

export default async function DistrictPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const { code } = await params;
  const search = await searchParams;
  const asOf = resolveAsOf(search.asOf);
  const district = await getUnitByCode(actor, "DISTRICT", code, asOf.date);
  if (!district) notFound();
  const [area, own] = await Promise.all([areaCommunes(actor, district, asOf, search), districtBloc(actor, district.id)]);
  const { rows, day, spots, overdue, manage } = area;
  const activity = area.current ? area.activity : undefined;
  const query = asOfQuery(asOf);
  const established = rows.filter((r) => r.status === "ESTABLISHED").length;
  const agencyPosts = own?.agency?.posts ?? [];
  const pendingScan = typeof search.scan === "string" ? await scanSummary(search.scan) : null;
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        {district.parent && can(actor, "unit.read", { unitPath: district.parent.path }) ? (
          <>
            <Link href={`/province${query}`} className="text-brand-700 underline">
              Toàn tỉnh
            </Link>
            <span aria-hidden="true"> › </span>
          </>
        ) : null}
        <span>{district.name}</span>
      </nav>
      <PageHeader title={unitTitle(district)} kicker={`Mã ${district.code} · ${district.parent ? unitTitle(district.parent) : ""}`}>
        <p className="text-sm text-slate-700">
          <Link href={`/districts/${district.code}/reports`} className="font-semibold text-brand-700 underline">
            Báo cáo của các xã và tỷ lệ báo cáo
          </Link>
          {" · "}
          <Link href={`/registers/${district.id}`} className="font-semibold text-brand-700 underline">
            Sổ đăng ký văn bản
          </Link>
          {" · "}
          <Link href={`/districts/${district.code}/trends`} className="font-semibold text-brand-700 underline">
            Xu hướng
          </Link>
          {" · "}
          {rows.length} đơn vị cấp xã · {established} đã thành lập khối · hiệu lực từ {formatDate(district.validFrom)}
          {district.validTo ? ` đến ${formatDate(district.validTo)}` : ""}.
        </p>
      </PageHeader>
      <div className="space-y-5">
        {asOf.error ? <Notice tone="error">{asOf.error}</Notice> : null}
        <ValidityNotice unit={district} day={asOf.date} />
        {search.saved ? <Notice>Đã lưu thông tin Cơ quan khối.</Notice> : null}
        {search.scanError ? <Notice tone="error">Không nhận được bản quét: chỉ nhận PDF hoặc ảnh (PNG, JPEG, WebP), tối đa 20 MB.</Notice> : null}

        <section aria-labelledby="agency-h" className="grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-3">
          <h2 id="agency-h" className="text-lg font-semibold sm:col-span-3">
            Cơ quan khối cấp huyện và mô hình cấp xã
          </h2>
          <div>
            <p className="text-sm text-slate-600">Cơ quan khối (44-QĐ/TU)</p>
            <p>
              {own?.agency ? (
                <Badge tone={own.agency.status === "ESTABLISHED" ? "success" : "neutral"}>{STATUS_LABEL[own.agency.status]}</Badge>
              ) : (
                "Chưa ghi nhận"
              )}
            </p>
            {own?.agency?.decision ? (
              <p className="text-sm">
                Quyết định {own.agency.decision.number}, {formatDate(own.agency.decision.issuedOn)}
              </p>
            ) : null}
            {own?.agency?.source ? <p className="text-xs text-slate-600">Nguồn: {own.agency.source}</p> : null}
            <p className="text-sm">
              <Link className="text-brand-700 underline" href={`/agencies/${district.code}/meetings`}>
                Giao ban của Cơ quan khối
              </Link>
            </p>
          </div>
          <div>
            <p className="text-sm text-slate-600">Mô hình cấp xã của huyện</p>
            <p className="font-semibold">{own?.policy ? MODEL_LABEL[own.policy.communeModel] : "Chưa xác định"}</p>
          </div>
          <div>
            <p className="text-sm text-slate-600">Trưởng khối / trưởng bộ phận</p>
            <p>{own?.policy ? HEAD_RULE_LABEL[own.policy.headRule] : "—"}</p>
          </div>
          <div className="sm:col-span-3">
            <h3 className="text-sm font-semibold">Lãnh đạo Cơ quan khối</h3>
            {agencyPosts.length ? (
              <ul className="mt-1 space-y-2 text-sm">
                {agencyPosts.map((p) => (
                  <li key={p.id} className="flex flex-wrap items-start justify-between gap-2 border-b border-slate-100 pb-2">
                    <span>
                      <span className="font-semibold">{p.person.fullName}</span> — {p.role === "HEAD" ? "Trưởng" : "Phó"} Cơ quan khối, {p.title}
                      {" · "}từ {formatDate(p.termStart)}
                      {p.termEnd ? ` đến ${formatDate(p.termEnd)}` : ""}
                      {isValidOn({ validFrom: p.termStart, validTo: p.termEnd }, day) ? (
                        <>
                          {" "}
                          <Badge tone="success">Đương nhiệm</Badge>
                        </>
                      ) : null}
                    </span>
                    {manage && !p.termEnd ? (
                      <details>
                        <summary className="cursor-pointer text-brand-700 underline">Kết thúc nhiệm kỳ</summary>
                        <EndPostForm postId={p.id} today={toIsoDate(day)} label={p.person.fullName} />
                      </details>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-700">Chưa ghi nhận trưởng, phó Cơ quan khối.</p>
            )}
            {manage ? (
              <details className="mt-2">
                <summary className="cursor-pointer font-semibold">Ghi nhận trưởng hoặc phó Cơ quan khối</summary>
                <div className="mt-3">
                  <AddPostForm
                    unitId={district.id}
                    organisations={[]}
                    today={toIsoDate(day)}
                    people={[...new Map(agencyPosts.map((p) => [p.person.id, { id: p.person.id, label: `${p.person.fullName} — ${p.title}` }])).values()]}
                  />
                </div>
              </details>
            ) : null}
          </div>
          {manage ? (
            <details className="sm:col-span-3" open={Boolean(pendingScan)}>
              <summary className="cursor-pointer font-semibold">Ghi nhận thay đổi của Cơ quan khối</summary>
              <div className="mt-3 space-y-3">
                {pendingScan ? <Notice>Đã tải lên “{pendingScan.originalName}”. Bản quét sẽ gắn với quyết định khi bạn lưu.</Notice> : null}
                <form action={`/api/blocs/${district.id}/scan`} method="post" encType="multipart/form-data" className="flex flex-wrap items-end gap-3">
                  <div className="flex flex-col gap-1">
                    <label htmlFor="agency-scan" className="text-sm">
                      Bản quét quyết định (PDF hoặc ảnh, tối đa 20 MB)
                    </label>
                    <input id="agency-scan" name="scan" type="file" required accept="application/pdf,image/png,image/jpeg,image/webp" className="text-sm" />
                  </div>
                  <button type="submit" className="rounded border border-slate-300 bg-white px-3 py-2 text-sm font-semibold">
                    Tải lên
                  </button>
                </form>
                <SetBlocForm
                  agency
                  unitId={district.id}
                  version={own?.agency?.version ?? 0}
                  model="DISTRICT_BLOC_AGENCY"
                  status={own?.agency?.status ?? "NOT_STARTED"}
                  today={toIsoDate(day)}
                  scan={pendingScan ? { id: pendingScan.id, name: pendingScan.originalName } : null}
                />
              </div>
            </details>
          ) : null}
        </section>

        {activity ? <HotSpots items={spots} /> : null}
        {activity ? (
          <div className="space-y-1">
            <OverdueRecommendations items={overdue} day={day} />
            <p className="text-sm">
              <Link href={`/districts/${district.code}/supervision`} className="text-brand-700 underline">
                Giám sát, phản biện của các xã: kiến nghị, tỷ lệ trả lời, hoạt động theo hình thức
              </Link>
            </p>
          </div>
        ) : null}

        <AsOfForm asOf={asOf} action={`/districts/${district.code}`} />

        <AreaCommunes data={area} area={{ code: district.code, title: unitTitle(district) }} basePath={`/districts/${district.code}`} asOf={asOf} />
      </div>
    </>
  );
}
