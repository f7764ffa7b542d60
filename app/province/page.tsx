import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { AsOfForm } from "@/components/units/as-of-form";
import { UnitTable } from "@/components/units/unit-table";
import { asOfQuery, resolveAsOf } from "@/lib/units/as-of";
import { getProvince, listChildren } from "@/lib/units/queries";
import { formatDate } from "@/lib/time/business-date";
import { unitTitle } from "@/lib/units/labels";
import { requireActor } from "@/lib/auth/current";
import { notFound } from "next/navigation";

export const metadata: Metadata = { title: "Toàn tỉnh" };

const PRESETS = [
  { iso: "2018-08-13", label: "Ngày 13/08/2018 (14 huyện)" },
  { iso: "2025-07-01", label: "Từ 01/07/2025 (54 xã, phường, đặc khu)" },
];

export default async function ProvincePage({ searchParams }: { searchParams: Promise<{ asOf?: string | string[] }> }) {
  const actor = await requireActor();
  const asOf = resolveAsOf((await searchParams).asOf);
  const province = await getProvince(actor, asOf.date);
  if (!province) {
    // Out of scope is "not found"; in scope but before the data begin is a message.
    if (!actor.assignments.some((a) => a.unitLevel === "PROVINCE")) notFound();
    return (
      <>
        <PageHeader title="Toàn tỉnh" />
        {asOf.error ? <Notice tone="error">{asOf.error}</Notice> : null}
        <div className="mt-4 space-y-4">
          <Notice tone="warning">Chưa có dữ liệu đơn vị hành chính vào ngày {formatDate(asOf.date)}.</Notice>
          <AsOfForm asOf={asOf} action="/province" presets={PRESETS} />
        </div>
      </>
    );
  }
  const children = await listChildren(actor, province.id, asOf.date);
  const districts = children.filter((c) => c.level === "DISTRICT");
  const communes = children.filter((c) => c.level === "COMMUNE");
  const query = asOfQuery(asOf);
  return (
    <>
      <PageHeader title={unitTitle(province)} kicker={`Mã ${province.code} · cơ cấu ngày ${formatDate(asOf.date)}`}>
        <p className="text-sm text-slate-700">
          {districts.length > 0
            ? `${districts.length} đơn vị cấp huyện, ${districts.reduce((n, d) => n + d.childCount, 0)} đơn vị cấp xã.`
            : `${communes.length} đơn vị cấp xã trực thuộc tỉnh (không tổ chức cấp huyện).`}
        </p>
      </PageHeader>
      <div className="space-y-4">
        {asOf.error ? <Notice tone="error">{asOf.error}</Notice> : null}
        <AsOfForm asOf={asOf} action="/province" presets={PRESETS} />
        {districts.length > 0 ? (
          <section aria-labelledby="districts-heading" className="space-y-2">
            <h2 id="districts-heading" className="text-lg font-semibold">Các huyện, thị xã, thành phố</h2>
            <UnitTable caption="Đơn vị cấp huyện" units={districts} query={query} childLabel="Số xã, phường, thị trấn" />
          </section>
        ) : null}
        {communes.length > 0 ? (
          <section aria-labelledby="communes-heading" className="space-y-2">
            <h2 id="communes-heading" className="text-lg font-semibold">Các xã, phường, đặc khu trực thuộc tỉnh</h2>
            <UnitTable caption="Đơn vị cấp xã trực thuộc tỉnh" units={communes} query={query} />
          </section>
        ) : null}
      </div>
    </>
  );
}
