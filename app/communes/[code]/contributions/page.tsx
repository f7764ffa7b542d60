import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { Notice } from "@/components/ui/notice";
import { ContributionForm } from "@/components/contributions/contribution-form";
import { ContributionList } from "@/components/contributions/contribution-list";
import { OpenTaskCard } from "@/components/tasks/open-task-card";
import { requireActor } from "@/lib/auth/current";
import { can, officerOrganisation } from "@/lib/auth/permissions";
import { communeOrganisations } from "@/lib/blocs/queries";
import { weekContributions, weekMeeting } from "@/lib/contributions/queries";
import { contributionWeeks } from "@/lib/contributions/rules";
import { MEETING_STATUS_LABEL } from "@/lib/meetings/rules";
import { openTasks } from "@/lib/tasks/queries";
import { movesFor, TASK_MOVES } from "@/lib/tasks/rules";
import { addDays, formatDate, toIsoDate } from "@/lib/time/business-date";
import { formatIsoWeek, isoWeekOf } from "@/lib/time/iso-week";
import { today } from "@/lib/time/today";
import { getUnitByCode } from "@/lib/units/queries";
import { unitTitle } from "@/lib/units/labels";

export const metadata: Metadata = { title: "Đóng góp cho giao ban" };

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ week?: string }> };

/**
 * The week's giao ban before the meeting: each member organisation's officer writes its results, proposals
 * and hot spots and reports on its tasks; everyone who reads the commune sees who has contributed.
 */
export default async function ContributionsPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const day = today();
  const unit = await getUnitByCode(actor, "COMMUNE", (await params).code, day);
  if (!unit) notFound();
  const [thisWeek, nextWeek] = contributionWeeks(day);
  const next = (await searchParams).week === "next";
  const week = next ? nextWeek : thisWeek;
  const own = officerOrganisation(actor, unit.path);
  const writes = own !== null && can(actor, "contribution.write", { unitPath: unit.path, organisationId: own });
  const [list, meeting, tasks, organisations] = await Promise.all([
    weekContributions(actor, unit.id, week),
    weekMeeting(actor, unit.id, week),
    own ? openTasks(actor, { unitId: unit.id, organisationId: own }) : [],
    own ? communeOrganisations(actor, unit.id, day) : [],
  ]);
  if (!list) notFound();
  const mine = own ? list.find((o) => o.organisationId === own) : undefined;
  const closed = meeting?.status === "APPROVED";
  const label = `${formatIsoWeek(isoWeekOf(week))} (${formatDate(week)} – ${formatDate(addDays(week, 6))})`;
  const sent = list.filter((o) => o.contribution).length;
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        <Link href={`/communes/${unit.code}`} className="text-brand-700 underline">
          {unit.name}
        </Link>
        <span aria-hidden="true"> › </span>
        <span>Đóng góp cho giao ban</span>
      </nav>
      <PageHeader title="Đóng góp cho giao ban" kicker={`${unitTitle(unit)} · ${label}`}>
        <p className="flex flex-wrap items-center gap-3 text-sm">
          {next ? (
            <Link className="text-brand-700 underline" href="?">
              ← Tuần này
            </Link>
          ) : (
            <Link className="text-brand-700 underline" href="?week=next">
              Tuần sau →
            </Link>
          )}
          <span>
            {sent}/{list.length} tổ chức thành viên đã gửi
          </span>
          {meeting ? (
            <Link className="text-brand-700 underline" href={`/meetings/${meeting.id}`}>
              Cuộc họp ngày {formatDate(meeting.heldOn)}: {MEETING_STATUS_LABEL[meeting.status]}
            </Link>
          ) : null}
        </p>
      </PageHeader>
      <div className="space-y-6">
        {closed ? <Notice>Biên bản giao ban tuần này đã được duyệt: không nhận thêm đóng góp.</Notice> : null}
        {!list.length ? <Notice tone="warning">Khối của xã chưa ghi nhận tổ chức thành viên.</Notice> : null}
        {writes && mine && !closed ? (
          <section aria-labelledby="mine-h" className="space-y-2 rounded border border-slate-200 bg-white p-4">
            <h2 id="mine-h" className="text-lg font-semibold">
              Đóng góp của {mine.organisation}
            </h2>
            {mine.contribution ? (
              <p className="text-sm text-slate-700">
                <Badge tone="success">Đã gửi</Badge> lúc {formatDate(mine.contribution.updatedAt)}; có thể sửa đến khi biên bản được duyệt.
              </p>
            ) : null}
            <ContributionForm
              organisationId={mine.organisationId}
              organisation={mine.organisation}
              weekStart={toIsoDate(week)}
              version={mine.contribution?.version ?? 0}
              values={{
                results: mine.contribution?.results ?? "",
                proposals: mine.contribution?.proposals ?? "",
                hotSpots: mine.contribution?.hotSpots ?? "",
              }}
            />
          </section>
        ) : null}
        {own && !mine ? <Notice tone="warning">Tổ chức của bạn không phải thành viên của khối: không gửi đóng góp cho giao ban.</Notice> : null}
        <ContributionList list={list} />
        {own && tasks.length ? (
          <section aria-labelledby="tasks-h" className="space-y-2">
            <h2 id="tasks-h" className="text-lg font-semibold">
              Nhiệm vụ của tổ chức ({tasks.length})
            </h2>
            <ul className="space-y-3">
              {tasks.map((t) => (
                <OpenTaskCard
                  key={t.id}
                  task={t}
                  day={day}
                  moves={movesFor(t.status).filter((m) => can(actor, TASK_MOVES[m].permission, { unitPath: unit.path, organisationId: t.ownerId }))}
                  received={null}
                  own={own}
                  organisations={organisations}
                />
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </>
  );
}
