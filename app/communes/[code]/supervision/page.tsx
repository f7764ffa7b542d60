import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { ApprovePlanForm, PlanForm } from "@/components/supervision/plan-forms";
import { SupervisionSummary } from "@/components/supervision/summary";
import { requireActor } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { communeSupervision, planYearOf, supervisionChoices, supervisionFigures } from "@/lib/supervision/queries";
import { DocumentNumberLine } from "@/components/registers/document-number";
import { RECORD_ID } from "@/lib/validation";
import { ACTIVITY_STATUS_LABEL, CRITICISM_FORM_LABEL, CRITICISM_STATUS_LABEL, FORM_LABEL, isRecOverdue } from "@/lib/supervision/rules";
import { daysBetween, formatDate } from "@/lib/time/business-date";
import { today } from "@/lib/time/today";
import { getUnitByCode } from "@/lib/units/queries";
import { unitTitle } from "@/lib/units/labels";

export const metadata: Metadata = { title: "Giám sát, phản biện xã hội" };

export default async function CommuneSupervisionPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ year?: string; plan?: string }>;
}) {
  const actor = await requireActor();
  const day = today();
  const unit = await getUnitByCode(actor, "COMMUNE", (await params).code, day);
  if (!unit) notFound();
  const search = await searchParams;
  // A plan's number in the register links here by the plan (its year may differ from the register's).
  const planYear = search.plan && RECORD_ID.test(search.plan) ? await planYearOf(unit.id, search.plan) : null;
  const raw = planYear ?? Number(search.year);
  const year = Number.isInteger(raw) && raw >= 2015 && raw <= day.getUTCFullYear() + 1 ? raw : day.getUTCFullYear();
  const [data, choices, figures] = await Promise.all([
    communeSupervision(actor, unit.id, year),
    supervisionChoices(unit.id, null, year, day),
    supervisionFigures([unit.id], day, new Date(Date.UTC(year, 0, 1))),
  ]);
  if (!data) notFound();
  const manage = can(actor, "supervision.manage", { unitPath: unit.path });
  const { plan, planNumber, activities, cases, open } = data;
  const organisations = choices.organisations.map((o) => ({ value: o.id, label: o.name }));
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        <Link href={`/communes/${unit.code}`} className="text-brand-700 underline">
          {unit.name}
        </Link>
        <span aria-hidden="true"> › </span>
        <span>Giám sát, phản biện</span>
      </nav>
      <PageHeader title="Giám sát, phản biện xã hội" kicker={`${unitTitle(unit)} · năm ${year}`}>
        <p className="flex gap-3 text-sm">
          <Link className="text-brand-700 underline" href={`?year=${year - 1}`}>
            ← Năm {year - 1}
          </Link>
          {year < day.getUTCFullYear() ? (
            <Link className="text-brand-700 underline" href={`?year=${year + 1}`}>
              Năm {year + 1} →
            </Link>
          ) : null}
        </p>
      </PageHeader>
      <div className="space-y-8">
        <SupervisionSummary figures={figures.get(unit.id)!} year={year} />

        <section aria-labelledby="open-h" className="space-y-2">
          <h2 id="open-h" className="text-lg font-semibold">
            Kiến nghị chờ trả lời ({open.length})
          </h2>
          {open.length ? (
            <ul className="space-y-2">
              {open.map((r) => {
                const overdue = isRecOverdue(r, day);
                const href = r.activity ? `/supervision/${r.activity.id}#kien-nghi-${r.id}` : `/criticism/${r.criticismCase!.id}#kien-nghi-${r.id}`;
                return (
                  <li key={r.id} className={`rounded border bg-white p-3 text-sm ${overdue ? "border-red-300" : "border-slate-200"}`}>
                    <p className="flex flex-wrap items-center gap-2">
                      {overdue ? (
                        <Badge tone="danger">Quá hạn {daysBetween(r.dueOn, day)} ngày</Badge>
                      ) : (
                        <Badge tone="warning">Hạn {formatDate(r.dueOn)}</Badge>
                      )}
                      <Link className="text-brand-700 underline" href={href}>
                        {r.content.length > 120 ? `${r.content.slice(0, 120)}…` : r.content}
                      </Link>
                    </p>
                    <p className="text-slate-700">
                      Gửi {r.addressee} ngày {formatDate(r.sentOn)} ·{" "}
                      {r.activity ? `giám sát “${r.activity.subject}”` : `phản biện “${r.criticismCase!.title}”`}
                    </p>
                  </li>
                );
              })}
            </ul>
          ) : (
            <p className="text-sm text-slate-700">Không có kiến nghị nào đang chờ trả lời.</p>
          )}
        </section>

        <section aria-labelledby="activities-h" className="space-y-2">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="activities-h" className="text-lg font-semibold">
              Hoạt động giám sát năm {year} ({activities.length})
            </h2>
            {manage ? (
              <Link className="rounded bg-brand-700 px-3 py-2 text-sm font-semibold text-white" href={`/communes/${unit.code}/supervision/new`}>
                Thêm hoạt động giám sát
              </Link>
            ) : null}
          </div>
          {activities.length ? (
            <Table caption={`Hoạt động giám sát năm ${year}`}>
              <thead>
                <tr>
                  <Th>Đối tượng, nội dung</Th>
                  <Th>Hình thức</Th>
                  <Th>Thời gian</Th>
                  <Th>Trạng thái</Th>
                  <Th className="text-right">Kiến nghị chờ trả lời</Th>
                </tr>
              </thead>
              <tbody>
                {activities.map((a) => (
                  <tr key={a.id}>
                    <Td>
                      <Link className="text-brand-700 underline" href={`/supervision/${a.id}`}>
                        {a.subject}
                      </Link>
                      <span className="block text-xs text-slate-700">{a.content.slice(0, 100)}</span>
                    </Td>
                    <Td className="text-sm">{FORM_LABEL[a.form]}</Td>
                    <Td className="tabular-nums">
                      {formatDate(a.startOn)} – {formatDate(a.endOn)}
                    </Td>
                    <Td>
                      <Badge tone={a.status === "CLOSED" ? "success" : a.status === "CANCELLED" ? "neutral" : "warning"}>
                        {ACTIVITY_STATUS_LABEL[a.status]}
                      </Badge>
                    </Td>
                    <Td className="text-right tabular-nums">{a._count.recommendations || "—"}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <p className="text-sm text-slate-700">Chưa có hoạt động giám sát trong năm.</p>
          )}
        </section>

        <section aria-labelledby="criticism-h" className="space-y-2">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="criticism-h" className="text-lg font-semibold">
              Phản biện xã hội năm {year} ({cases.length})
            </h2>
            {manage ? (
              <Link className="rounded bg-brand-700 px-3 py-2 text-sm font-semibold text-white" href={`/communes/${unit.code}/criticism/new`}>
                Thêm việc phản biện
              </Link>
            ) : null}
          </div>
          {cases.length ? (
            <Table caption={`Phản biện xã hội năm ${year}`}>
              <thead>
                <tr>
                  <Th>Dự thảo</Th>
                  <Th>Hình thức</Th>
                  <Th>Nhận / trình</Th>
                  <Th>Trạng thái</Th>
                </tr>
              </thead>
              <tbody>
                {cases.map((c) => (
                  <tr key={c.id}>
                    <Td>
                      <Link className="text-brand-700 underline" href={`/criticism/${c.id}`}>
                        {c.title}
                      </Link>
                      <span className="block text-xs text-slate-700">{c.draftingBody}</span>
                    </Td>
                    <Td className="text-sm">{CRITICISM_FORM_LABEL[c.form]}</Td>
                    <Td className="tabular-nums">
                      {formatDate(c.receivedOn)} / {formatDate(c.plannedSubmissionOn)}
                      {c.leadTooShort ? <span className="block text-xs text-red-800">gửi chậm, dưới 15 ngày</span> : null}
                    </Td>
                    <Td>
                      <Badge tone={c.status === "CLOSED" ? "success" : "warning"}>{CRITICISM_STATUS_LABEL[c.status]}</Badge>
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <p className="text-sm text-slate-700">Chưa có việc phản biện trong năm.</p>
          )}
        </section>

        <section aria-labelledby="plan-h" className="space-y-3">
          <h2 id="plan-h" className="text-lg font-semibold">
            Kế hoạch giám sát, phản biện năm {year}
          </h2>
          {plan ? (
            <p className="flex flex-wrap items-center gap-2 text-sm">
              {plan.status === "APPROVED" ? (
                <>
                  <Badge tone="success">Đã phê duyệt</Badge>
                  <span>
                    {plan.approvalBody} phê duyệt, văn bản số {plan.approvalNumber} ngày {formatDate(plan.approvalDate!)}.
                  </span>
                  {planNumber ? <DocumentNumberLine number={planNumber} unitId={unit.id} /> : null}
                </>
              ) : (
                <Badge tone="warning">Chưa phê duyệt</Badge>
              )}
            </p>
          ) : (
            <p className="text-sm text-slate-700">Chưa có kế hoạch năm {year}.</p>
          )}
          {plan?.items.length ? (
            <p className="text-sm">
              <a className="text-brand-700 underline" href={`/api/supervision-plans/${plan.id}/plan.docx`} download>
                Tải kế hoạch (Word, theo thể thức của Ủy ban MTTQ){plan.status === "APPROVED" && planNumber?.current ? "" : ": bản dự thảo"}
              </a>
            </p>
          ) : null}
          {plan?.items.length ? (
            <Table caption={`Nội dung kế hoạch năm ${year}`}>
              <thead>
                <tr>
                  <Th>TT</Th>
                  <Th>Đối tượng, nội dung</Th>
                  <Th>Hình thức</Th>
                  <Th>Thời gian</Th>
                  <Th>Chủ trì</Th>
                </tr>
              </thead>
              <tbody>
                {plan.items.map((i, n) => (
                  <tr key={i.id}>
                    <Td className="tabular-nums">{n + 1}</Td>
                    <Td>
                      {i.subject}
                      <span className="block text-xs text-slate-700">{i.content}</span>
                    </Td>
                    <Td className="text-sm">{(FORM_LABEL as Record<string, string>)[i.form] ?? (CRITICISM_FORM_LABEL as Record<string, string>)[i.form]}</Td>
                    <Td>{i.intendedTime}</Td>
                    <Td className="text-sm">{i.leadOrganisation.name}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : null}
          {manage ? (
            <details className="rounded border border-slate-200 bg-white p-3">
              <summary className="cursor-pointer font-semibold">{plan ? "Sửa kế hoạch" : "Lập kế hoạch"}</summary>
              <div className="mt-3 space-y-4">
                <PlanForm
                  unitId={unit.id}
                  year={year}
                  version={plan?.version ?? 0}
                  organisations={organisations}
                  items={(plan?.items ?? []).map((i) => ({
                    id: i.id,
                    kind: i.kind,
                    form: i.form,
                    subject: i.subject,
                    content: i.content,
                    intendedTime: i.intendedTime,
                    leadOrganisationId: i.leadOrganisationId,
                  }))}
                />
                {plan && plan.status !== "APPROVED" ? (
                  <div className="border-t border-slate-200 pt-3">
                    <h3 className="mb-2 font-semibold">Phê duyệt của Đảng ủy</h3>
                    <ApprovePlanForm planId={plan.id} version={plan.version} />
                  </div>
                ) : null}
              </div>
            </details>
          ) : null}
        </section>
      </div>
    </>
  );
}
