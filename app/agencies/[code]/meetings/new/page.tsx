import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { CarriedList } from "@/components/meetings/carried-list";
import { requireActor } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { carryPreview, meetingFormContext } from "@/lib/meetings/queries";
import { agencyUnitByCode } from "@/lib/meetings/agency-queries";
import { valuesForNew } from "@/lib/meetings/form-values";
import { OPERATING } from "@/lib/meetings/rules";
import { addDays, toIsoDate } from "@/lib/time/business-date";
import { formatIsoWeek, isoWeekOf } from "@/lib/time/iso-week";
import { today } from "@/lib/time/today";
import { unitTitle } from "@/lib/units/labels";

export const metadata: Metadata = { title: "Ghi cuộc giao ban của cơ quan khối" };

export default async function NewAgencyMeetingPage({ params }: { params: Promise<{ code: string }> }) {
  const actor = await requireActor();
  const day = today();
  const unit = await agencyUnitByCode(actor, (await params).code, day);
  const context = unit ? await meetingFormContext(actor, unit.id, day) : null;
  if (!unit || !context) notFound();
  const allowed = can(actor, "meeting.manage", { unitPath: unit.path });
  const operating = context.bloc && OPERATING.includes(context.bloc.status);
  const carried = context.bloc && allowed ? await carryPreview(actor, context.bloc.id, day) : [];
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        <Link href={`/agencies/${unit.code}/meetings`} className="text-brand-700 underline">
          Giao ban cơ quan khối
        </Link>
        <span aria-hidden="true"> › </span>
        <span>Ghi cuộc họp</span>
      </nav>
      <PageHeader title="Ghi cuộc giao ban của cơ quan khối" kicker={`${unitTitle(unit)} · ${formatIsoWeek(isoWeekOf(day))}`} />
      {!allowed ? (
        <Notice tone="warning">Chỉ cán bộ của cơ quan khối ghi cuộc giao ban của cơ quan khối.</Notice>
      ) : !operating ? (
        <Notice tone="warning">Cơ quan khối chưa hoạt động: hãy ghi nhận cơ quan khối trên trang của {unitTitle(unit)} trước.</Notice>
      ) : (
        <div className="space-y-4">
          <CarriedList tasks={carried} day={day} caption="Nhiệm vụ của các thành viên chưa xong sẽ tự chuyển vào chương trình họp" />
          <p className="text-sm text-slate-700">
            Nhiệm vụ giao cho một xã thuộc danh sách nhiệm vụ của xã đó (Ủy ban MTTQ xã chủ trì) và được chuyển vào giao ban của xã đến khi xong.
          </p>
          <MeetingForm
            unitId={unit.id}
            meetingId={null}
            version={0}
            submissionId={randomUUID()}
            maxDate={toIsoDate(addDays(day, 7))}
            values={valuesForNew(day, context.defaults, context.attending)}
            organisations={context.attending}
            people={context.people}
            workGroups={context.workGroups.map((g) => ({ code: g.code, name: g.name }))}
            newTasks={{ owners: context.owners, firstKey: randomUUID() }}
          />
        </div>
      )}
    </>
  );
}
