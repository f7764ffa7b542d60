import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { UnitReports } from "@/components/reports/unit-reports";
import { requireActor } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { unitReports } from "@/lib/reports/queries";
import { today } from "@/lib/time/today";
import { getUnitByCode } from "@/lib/units/queries";
import { unitTitle } from "@/lib/units/labels";

export const metadata: Metadata = { title: "Báo cáo định kỳ" };

export default async function CommuneReportsPage({ params }: { params: Promise<{ code: string }> }) {
  const actor = await requireActor();
  const day = today();
  const unit = await getUnitByCode(actor, "COMMUNE", (await params).code, day);
  const regimes = unit ? await unitReports(actor, unit.id, day) : null;
  if (!unit || !regimes) notFound();
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        <Link href={`/communes/${unit.code}`} className="text-brand-700 underline">
          {unit.name}
        </Link>
        <span aria-hidden="true"> › </span>
        <span>Báo cáo</span>
      </nav>
      <PageHeader title="Báo cáo định kỳ" kicker={`${unitTitle(unit)} · gửi ${unit.parent ? unitTitle(unit.parent) : "cấp trên"}`} />
      <UnitReports unitId={unit.id} regimes={regimes} day={day} canWrite={can(actor, "report.write", { unitPath: unit.path })} />
    </>
  );
}
