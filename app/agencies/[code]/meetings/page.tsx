import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { MeetingsTable } from "@/components/meetings/meetings-table";
import { requireActor } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { unitMeetings } from "@/lib/meetings/queries";
import { agencyOpenTasks, agencyUnitByCode } from "@/lib/meetings/agency-queries";
import { OPERATING } from "@/lib/meetings/rules";
import { isOverdue, TASK_STATUS_LABEL } from "@/lib/tasks/rules";
import { MODEL_LABEL, STATUS_LABEL } from "@/lib/blocs/labels";
import { formatDate } from "@/lib/time/business-date";
import { today } from "@/lib/time/today";
import { tasksHref, unitHref, unitTitle } from "@/lib/units/labels";

export const metadata: Metadata = { title: "Giao ban của cơ quan khối" };

/** The giao ban of the agency above the communes (a district's Cơ quan khối, the province's body): decision 0035. */
export default async function AgencyMeetingsPage({ params }: { params: Promise<{ code: string }> }) {
  const actor = await requireActor();
  const day = today();
  const unit = await agencyUnitByCode(actor, (await params).code, day);
  if (!unit) notFound();
  const [meetings, tasks] = await Promise.all([unitMeetings(actor, unit.id), agencyOpenTasks(actor, unit.id)]);
  const operating = unit.bloc && OPERATING.includes(unit.bloc.status);
  const manage = can(actor, "meeting.manage", { unitPath: unit.path });
  const title = unit.bloc ? MODEL_LABEL[unit.bloc.model] : "Cơ quan khối";
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        <Link href={unitHref(unit)} className="text-brand-700 underline">
          {unitTitle(unit)}
        </Link>
        <span aria-hidden="true"> › </span>
        <span>Giao ban cơ quan khối</span>
      </nav>
      <PageHeader title={`Giao ban ${title.toLowerCase()}`} kicker={unitTitle(unit)}>
        {manage && operating ? (
          <p className="text-sm">
            <Link className="font-semibold text-brand-700 underline" href={`/agencies/${unit.code}/meetings/new`}>
              Ghi cuộc họp mới
            </Link>
          </p>
        ) : null}
      </PageHeader>
      <div className="space-y-5">
        {!operating ? (
          <Notice tone="warning">
            {unit.bloc ? `Cơ quan khối đang ở trạng thái “${STATUS_LABEL[unit.bloc.status]}”` : "Chưa ghi nhận cơ quan khối"}: chỉ ghi cuộc họp khi cơ quan khối
            đang hoạt động. Ghi nhận ở{" "}
            <Link className="underline" href={unitHref(unit)}>
              trang của {unitTitle(unit)}
            </Link>
            .
          </Notice>
        ) : null}
        <section aria-labelledby="tasks-h" className="space-y-2">
          <h2 id="tasks-h" className="text-lg font-semibold">
            Nhiệm vụ đã giao chưa xong ({tasks.length})
          </h2>
          {tasks.length ? (
            <Table caption="Nhiệm vụ các cuộc giao ban đã giao, chưa xong, hạn gần nhất trước">
              <thead>
                <tr>
                  <Th>Nhiệm vụ</Th>
                  <Th>Giao cho</Th>
                  <Th>Hạn</Th>
                  <Th>Trạng thái</Th>
                </tr>
              </thead>
              <tbody>
                {tasks.map((t) => (
                  <tr key={t.id}>
                    <Td>
                      {t.title}
                      <Link className="block text-xs text-brand-700 underline" href={`/meetings/${t.meeting!.id}`}>
                        Giao ban ngày {formatDate(t.meeting!.heldOn)}
                      </Link>
                    </Td>
                    <Td>
                      {t.unitId === unit.id ? (
                        t.owner.name
                      ) : (
                        <Link className="text-brand-700 underline" href={tasksHref(t.unit)}>
                          {unitTitle(t.unit)}
                        </Link>
                      )}
                      {t.progressNote ? <span className="block text-xs text-slate-600">Tiến độ: {t.progressNote}</span> : null}
                    </Td>
                    <Td>{formatDate(t.dueOn)}</Td>
                    <Td>
                      <Badge tone="muted">{TASK_STATUS_LABEL[t.status]}</Badge> {isOverdue(t, day) ? <Badge tone="danger">Quá hạn</Badge> : null}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <p className="text-sm text-slate-700">Không có nhiệm vụ nào đang mở.</p>
          )}
        </section>
        <section aria-labelledby="meetings-h" className="space-y-2">
          <h2 id="meetings-h" className="text-lg font-semibold">
            Các cuộc giao ban
          </h2>
          <MeetingsTable meetings={meetings} caption={`Cuộc giao ban của ${title.toLowerCase()} ${unitTitle(unit)}, mới nhất trước`} />
        </section>
      </div>
    </>
  );
}
