import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { MeetingsTable } from "@/components/meetings/meetings-table";
import { requireActor } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { unitMeetings } from "@/lib/meetings/queries";
import { toIsoDate } from "@/lib/time/business-date";
import { today } from "@/lib/time/today";
import { getUnitByCode } from "@/lib/units/queries";
import { unitTitle } from "@/lib/units/labels";
import { FullDownload } from "@/components/privacy/full-download";
import { seesInFull } from "@/lib/privacy/reader";

export const metadata: Metadata = { title: "Các cuộc họp giao ban" };

export default async function CommuneMeetingsPage({ params }: { params: Promise<{ code: string }> }) {
  const actor = await requireActor();
  const day = today();
  const unit = await getUnitByCode(actor, "COMMUNE", (await params).code, day);
  if (!unit) notFound();
  const meetings = await unitMeetings(actor, unit.id);
  const from = toIsoDate(new Date(Date.UTC(day.getUTCFullYear() - 1, day.getUTCMonth(), day.getUTCDate())));
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        <Link href={`/communes/${unit.code}`} className="text-brand-700 underline">
          {unit.name}
        </Link>
        <span aria-hidden="true"> › </span>
        <span>Cuộc họp</span>
      </nav>
      <PageHeader title="Các cuộc họp giao ban" kicker={unitTitle(unit)}>
        <div className="flex flex-wrap gap-4 text-sm">
          {can(actor, "meeting.manage", { unitPath: unit.path }) ? (
            <Link className="font-semibold text-brand-700 underline" href={`/communes/${unit.code}/meetings/new`}>
              Ghi cuộc họp mới
            </Link>
          ) : null}
          <a className="text-brand-700 underline" href={`/api/export/meetings.csv?commune=${unit.code}&from=${from}`}>
            Tải CSV
          </a>
          <a className="text-brand-700 underline" href={`/api/export/meetings.csv?commune=${unit.code}&from=${from}&format=xlsx`}>
            Tải Excel
          </a>
          {seesInFull(actor, unit.path) ? (
            <FullDownload id="meetings-full" href={`/api/export/meetings.csv?commune=${unit.code}&from=${from}&format=xlsx`} />
          ) : null}
        </div>
      </PageHeader>
      <MeetingsTable meetings={meetings} caption={`Cuộc họp của ${unitTitle(unit)}, mới nhất trước`} />
    </>
  );
}
