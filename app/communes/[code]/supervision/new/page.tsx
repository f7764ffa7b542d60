import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { ActivityForm } from "@/components/supervision/activity-forms";
import { requireActor } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { supervisionChoices } from "@/lib/supervision/queries";
import { toIsoDate } from "@/lib/time/business-date";
import { today } from "@/lib/time/today";
import { getUnitByCode } from "@/lib/units/queries";
import { unitTitle } from "@/lib/units/labels";

export const metadata: Metadata = { title: "Thêm hoạt động giám sát" };

export default async function NewActivityPage({ params }: { params: Promise<{ code: string }> }) {
  const actor = await requireActor();
  const day = today();
  const unit = await getUnitByCode(actor, "COMMUNE", (await params).code, day);
  if (!unit || !can(actor, "supervision.manage", { unitPath: unit.path })) notFound();
  const choices = await supervisionChoices(unit.id, unit.parent?.id ?? null, day.getUTCFullYear(), day);
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        <Link href={`/communes/${unit.code}/supervision`} className="text-brand-700 underline">
          Giám sát, phản biện
        </Link>
        <span aria-hidden="true"> › </span>
        <span>Thêm hoạt động</span>
      </nav>
      <PageHeader title="Thêm hoạt động giám sát" kicker={unitTitle(unit)} />
      <ActivityForm
        unitId={unit.id}
        submissionId={randomUUID()}
        planItems={choices.items.filter((i) => i.kind === "SUPERVISION").map((i) => ({ value: i.id, label: `${i.subject}: ${i.content.slice(0, 80)}` }))}
        people={choices.people.map((p) => ({ value: p.id, label: p.fullName }))}
        values={{
          id: "",
          version: 0,
          planItemId: "",
          outsidePlanReason: "",
          form: "",
          subject: "",
          content: "",
          decisionNumber: "",
          decisionDate: "",
          startOn: toIsoDate(day),
          endOn: toIsoDate(day),
          subjectReport: "",
          findings: "",
          resultReport: "",
          resultReportOn: "",
          members: [],
        }}
      />
    </>
  );
}
