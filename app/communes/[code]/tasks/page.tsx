import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { OpenTaskCard } from "@/components/tasks/open-task-card";
import { requireActor } from "@/lib/auth/current";
import { can, officerOrganisation } from "@/lib/auth/permissions";
import { openTasks, recentlyClosedTasks } from "@/lib/tasks/queries";
import { receivedFrom } from "@/lib/handover/queries";
import { communeOrganisations } from "@/lib/blocs/queries";
import { isOverdue, movesFor, TASK_MOVES, TASK_STATUS_LABEL } from "@/lib/tasks/rules";
import { addDays, formatDate, toIsoDate } from "@/lib/time/business-date";
import { today } from "@/lib/time/today";
import { getUnitByCode } from "@/lib/units/queries";
import { unitTitle } from "@/lib/units/labels";
import { FullDownload } from "@/components/privacy/full-download";
import { seesInFull } from "@/lib/privacy/reader";

export const metadata: Metadata = { title: "Nhiệm vụ" };

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ org?: string }> };

export default async function TasksPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const day = today();
  const unit = await getUnitByCode(actor, "COMMUNE", (await params).code, day);
  if (!unit) notFound();
  // An organisation's officer sees its own organisation's tasks ("my tasks"); the head sees all.
  const own = officerOrganisation(actor, unit.path) ?? undefined;
  const query = await searchParams;
  const organisationId = own ?? (typeof query.org === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(query.org) ? query.org : undefined);
  const [tasks, closed, organisations] = await Promise.all([
    openTasks(actor, { unitId: unit.id, organisationId }),
    recentlyClosedTasks(actor, { unitId: unit.id, organisationId }, day),
    communeOrganisations(actor, unit.id, day),
  ]);
  const received = await receivedFrom(
    "TASK",
    tasks.map((t) => t.id),
  );
  const overdue = tasks.filter((t) => isOverdue(t, day));
  const dueSoon = tasks.filter((t) => !isOverdue(t, day) && t.dueOn <= addDays(day, 7));
  const later = tasks.filter((t) => !overdue.includes(t) && !dueSoon.includes(t));
  const from = toIsoDate(addDays(day, -365));
  const groups = [
    { key: "overdue", title: "Quá hạn", items: overdue },
    { key: "soon", title: "Đến hạn trong 7 ngày", items: dueSoon },
    { key: "later", title: "Hạn sau", items: later },
  ];
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        <Link href={`/communes/${unit.code}`} className="text-brand-700 underline">
          {unit.name}
        </Link>
        <span aria-hidden="true"> › </span>
        <span>Nhiệm vụ</span>
      </nav>
      <PageHeader title={own ? "Nhiệm vụ của tổ chức tôi" : "Nhiệm vụ"} kicker={unitTitle(unit)}>
        <div className="flex flex-wrap gap-4 text-sm">
          <span>
            {tasks.length} việc chưa xong · {overdue.length} quá hạn
          </span>
          <a className="text-brand-700 underline" href={`/api/export/tasks.csv?commune=${unit.code}&from=${from}`}>
            Tải CSV
          </a>
          <a className="text-brand-700 underline" href={`/api/export/tasks.csv?commune=${unit.code}&from=${from}&format=xlsx`}>
            Tải Excel
          </a>
          {seesInFull(actor, unit.path) ? <FullDownload id="tasks-full" href={`/api/export/tasks.csv?commune=${unit.code}&from=${from}&format=xlsx`} /> : null}
        </div>
      </PageHeader>
      <div className="space-y-6">
        {!tasks.length ? <Notice>Không có nhiệm vụ nào đang mở.</Notice> : null}
        {groups
          .filter((g) => g.items.length)
          .map((g) => (
            <section key={g.key} aria-labelledby={`${g.key}-h`} className="space-y-2">
              <h2 id={`${g.key}-h`} className="text-lg font-semibold">
                {g.title} ({g.items.length})
              </h2>
              <ul className="space-y-3">
                {g.items.map((t) => (
                  <OpenTaskCard
                    key={t.id}
                    task={t}
                    day={day}
                    moves={movesFor(t.status).filter((m) => can(actor, TASK_MOVES[m].permission, { unitPath: unit.path, organisationId: t.ownerId }))}
                    received={received.get(t.id) ?? null}
                    own={own ?? null}
                    organisations={organisations}
                  />
                ))}
              </ul>
            </section>
          ))}
        {closed.length ? (
          <section aria-labelledby="closed-h" className="space-y-2">
            <h2 id="closed-h" className="text-lg font-semibold">
              Đã khép lại trong 30 ngày qua
            </h2>
            <ul className="space-y-1 text-sm">
              {closed.map((t) => (
                <li key={t.id}>
                  {t.title} — {t.owner.name} · {TASK_STATUS_LABEL[t.status]}
                  {t.closedOn ? ` ngày ${formatDate(t.closedOn)}` : ""}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </>
  );
}
