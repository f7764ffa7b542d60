import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { CarriedList } from "@/components/meetings/carried-list";
import { ContributionList } from "@/components/contributions/contribution-list";
import { weekContributions } from "@/lib/contributions/queries";
import { meetingTextFrom } from "@/lib/contributions/rules";
import { requireActor } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { carryPreview, meetingFormContext } from "@/lib/meetings/queries";
import { valuesForNew } from "@/lib/meetings/form-values";
import { OPERATING } from "@/lib/meetings/rules";
import { STATUS_LABEL } from "@/lib/blocs/labels";
import { addDays, toIsoDate } from "@/lib/time/business-date";
import { formatIsoWeek, isoWeekOf, startOfIsoWeek } from "@/lib/time/iso-week";
import { today } from "@/lib/time/today";
import { getUnitByCode } from "@/lib/units/queries";
import { unitTitle } from "@/lib/units/labels";

export const metadata: Metadata = { title: "Ghi cuộc họp giao ban" };

type Props = { params: Promise<{ code: string }> };

export default async function NewMeetingPage({ params }: Props) {
  const actor = await requireActor();
  const day = today();
  const unit = await getUnitByCode(actor, "COMMUNE", (await params).code, day);
  const context = unit ? await meetingFormContext(actor, unit.id, day) : null;
  if (!unit || !context) notFound();
  const allowed = can(actor, "meeting.manage", { unitPath: unit.path });
  const operating = context.bloc && OPERATING.includes(context.bloc.status);
  const [carried, contributions] = await Promise.all([
    context.bloc ? carryPreview(actor, context.bloc.id, day) : [],
    weekContributions(actor, unit.id, startOfIsoWeek(day)),
  ]);
  // The form starts from what the member organisations contributed this week; they stay as written.
  const contributed = meetingTextFrom((contributions ?? []).flatMap((o) => (o.contribution ? [{ organisation: o.organisation, ...o.contribution }] : [])));
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        <Link href={`/communes/${unit.code}`} className="text-brand-700 underline">
          {unit.name}
        </Link>
        <span aria-hidden="true"> › </span>
        <span>Ghi cuộc họp</span>
      </nav>
      <PageHeader title="Ghi cuộc họp giao ban" kicker={`${unitTitle(unit)} · ${formatIsoWeek(isoWeekOf(day))}`} />
      {!allowed ? (
        <Notice tone="warning">Chỉ trưởng khối của xã ghi cuộc họp giao ban.</Notice>
      ) : !operating ? (
        <Notice tone="warning">
          Khối của xã đang ở trạng thái “{STATUS_LABEL[context.bloc?.status ?? "NOT_STARTED"]}”: chỉ ghi cuộc họp của khối đang hoạt động. Huyện ghi nhận trạng
          thái khối ở trang{" "}
          <Link className="underline" href={`/communes/${unit.code}/bloc`}>
            Khối
          </Link>
          .
        </Notice>
      ) : (
        <div className="space-y-4">
          <CarriedList tasks={carried} day={day} caption="Nhiệm vụ chưa xong sẽ tự chuyển vào chương trình họp" />
          {contributions?.length ? (
            <details className="rounded border border-slate-200 bg-white p-3" open={contributions.some((o) => o.contribution)}>
              <summary className="cursor-pointer font-semibold">
                Đóng góp của các tổ chức tuần này: {contributions.filter((o) => o.contribution).length}/{contributions.length} đã gửi (đã đưa vào ô thảo luận và
                điểm nóng bên dưới)
              </summary>
              <div className="mt-3">
                <ContributionList list={contributions} heading="Từng tổ chức" />
                <p className="mt-2 text-sm">
                  <Link className="text-brand-700 underline" href={`/communes/${unit.code}/contributions`}>
                    Trang đóng góp cho giao ban
                  </Link>
                </p>
              </div>
            </details>
          ) : null}
          <MeetingForm
            unitId={unit.id}
            meetingId={null}
            version={0}
            submissionId={randomUUID()}
            maxDate={toIsoDate(addDays(day, 7))}
            values={valuesForNew(day, context.defaults, context.attending, contributed)}
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
