import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { AsOfForm } from "@/components/units/as-of-form";
import { UnitTable } from "@/components/units/unit-table";
import { ValidityNotice } from "@/components/units/validity-notice";
import { asOfQuery, resolveAsOf } from "@/lib/units/as-of";
import { getUnitByCode, listChildren } from "@/lib/units/queries";
import { formatDate } from "@/lib/time/business-date";
import { unitTitle } from "@/lib/units/labels";
import { requireActor } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ asOf?: string | string[] }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const actor = await requireActor();
  const district = await getUnitByCode(actor, "DISTRICT", (await params).code, resolveAsOf((await searchParams).asOf).date);
  return { title: district ? unitTitle(district) : "Không tìm thấy" };
}

export default async function DistrictPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const { code } = await params;
  const asOf = resolveAsOf((await searchParams).asOf);
  const district = await getUnitByCode(actor, "DISTRICT", code, asOf.date);
  if (!district) notFound();
  const communes = await listChildren(actor, district.id, asOf.date);
  const query = asOfQuery(asOf);
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        {district.parent && can(actor, "unit.read", { unitPath: district.parent.path }) ? (
          <>
            <Link href={`/province${query}`} className="text-brand-700 underline">Toàn tỉnh</Link>
            <span aria-hidden="true"> › </span>
          </>
        ) : null}
        <span>{district.name}</span>
      </nav>
      <PageHeader title={unitTitle(district)} kicker={`Mã ${district.code} · ${district.parent ? unitTitle(district.parent) : ""}`}>
        <p className="text-sm text-slate-700">
          Hiệu lực từ {formatDate(district.validFrom)}
          {district.validTo ? ` đến ${formatDate(district.validTo)}` : ""}.
        </p>
      </PageHeader>
      <div className="space-y-4">
        {asOf.error ? <Notice tone="error">{asOf.error}</Notice> : null}
        <ValidityNotice unit={district} day={asOf.date} />
        <AsOfForm asOf={asOf} action={`/districts/${district.code}`} />
        <section aria-labelledby="communes-heading" className="space-y-2">
          <h2 id="communes-heading" className="text-lg font-semibold">
            Các xã, phường, thị trấn ({communes.length})
          </h2>
          {communes.length ? (
            <UnitTable caption={`Đơn vị cấp xã của ${unitTitle(district)}`} units={communes} query={query} />
          ) : (
            <Notice>Không có đơn vị cấp xã nào của {unitTitle(district)} vào ngày {formatDate(asOf.date)}.</Notice>
          )}
        </section>
      </div>
    </>
  );
}
