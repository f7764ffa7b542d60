import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { Notice } from "@/components/ui/notice";
import { AuditHistory } from "@/components/history/audit-history";
import { ActivityForm, ActivityMoveForm } from "@/components/supervision/activity-forms";
import { SendRecommendationForm } from "@/components/supervision/recommendation-forms";
import { fileNotice, RecommendationList } from "@/components/supervision/recommendation-list";
import { requireActor } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { historyOf } from "@/lib/audit/queries";
import { maskHistory } from "@/lib/privacy/present";
import { seesInFull } from "@/lib/privacy/reader";
import { activityForReader } from "@/lib/supervision/present";
import { activityDetail, recommendationRights, supervisionChoices } from "@/lib/supervision/queries";
import { handOversOf } from "@/lib/handover/queries";
import { HandOverNote } from "@/components/handover/handover-note";
import { ACTIVITY_MOVES, ACTIVITY_STATUS_LABEL, EDITABLE_ACTIVITY, FORM_LABEL, type ActivityMove } from "@/lib/supervision/rules";
import { formatDate, toIsoDate } from "@/lib/time/business-date";
import { today } from "@/lib/time/today";
import { unitTitle } from "@/lib/units/labels";

export const metadata: Metadata = { title: "Hoạt động giám sát" };

export default async function ActivityPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ fileSaved?: string; fileError?: string }>;
}) {
  const actor = await requireActor();
  const loaded = await activityDetail(actor, (await params).id);
  if (!loaded) notFound();
  // Its texts' personal numbers masked for a reader who does not work it (decision 0039).
  const full = seesInFull(actor, loaded.unit.path);
  const a = activityForReader(loaded, full);
  const day = today();
  const notice = fileNotice(await searchParams);
  const manage = can(actor, "supervision.manage", { unitPath: a.unit.path });
  const editable = manage && EDITABLE_ACTIVITY.includes(a.status);
  const [choices, history, rights, handed] = await Promise.all([
    supervisionChoices(a.unit.id, null, a.startOn.getUTCFullYear(), day),
    historyOf("SupervisionActivity", a.id).then((h) => (full ? h : maskHistory(h, []))),
    recommendationRights(actor, a, a.recommendations, day),
    handOversOf("SUPERVISION_ACTIVITY", [a.id]),
  ]);
  const moves = (Object.entries(ACTIVITY_MOVES) as [ActivityMove, (typeof ACTIVITY_MOVES)[ActivityMove]][]).filter(([, m]) =>
    (m.from as readonly string[]).includes(a.status),
  );
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        <Link href={`/communes/${a.unit.code}/supervision?year=${a.startOn.getUTCFullYear()}`} className="text-brand-700 underline">
          Giám sát, phản biện của {a.unit.name}
        </Link>
        <span aria-hidden="true"> › </span>
        <span>{a.subject}</span>
      </nav>
      <PageHeader title={`Giám sát: ${a.subject}`} kicker={`${unitTitle(a.unit)} · ${FORM_LABEL[a.form]}`}>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <Badge tone={a.status === "CLOSED" ? "success" : a.status === "CANCELLED" ? "neutral" : "warning"}>{ACTIVITY_STATUS_LABEL[a.status]}</Badge>
          <span>
            {formatDate(a.startOn)} – {formatDate(a.endOn)}
          </span>
          {a.noticeDueOn ? <span>· Thông báo cho đối tượng trước {formatDate(a.noticeDueOn)}</span> : null}
          {a.resultDueOn ? (
            <span>
              · Báo cáo kết quả trước {formatDate(a.resultDueOn)}
              {a.dueToVerify ? " (dự kiến)" : ""}
            </span>
          ) : null}
        </p>
      </PageHeader>
      <div className="space-y-6">
        {notice ? <Notice tone={notice.tone === "error" ? "error" : undefined}>{notice.text}</Notice> : null}
        {handed.has(a.id) ? (
          <Notice>
            <HandOverNote fact={handed.get(a.id)!} side="both" className="" />
          </Notice>
        ) : null}
        <section aria-labelledby="about-h" className="space-y-2 rounded border border-slate-200 bg-white p-4">
          <h2 id="about-h" className="text-lg font-semibold">
            Nội dung
          </h2>
          <p className="whitespace-pre-line">{a.content}</p>
          <p className="text-sm">
            {a.planItem ? `Theo kế hoạch năm ${a.planItem.plan.year}: ${a.planItem.subject}.` : `Ngoài kế hoạch: ${a.outsidePlanReason}`}
          </p>
          {a.decisionNumber ? (
            <p className="text-sm">
              Quyết định thành lập đoàn số {a.decisionNumber}
              {a.decisionDate ? ` ngày ${formatDate(a.decisionDate)}` : ""}.
            </p>
          ) : null}
          {a.members.length ? (
            <p className="text-sm">Thành viên: {a.members.map((m) => `${m.person.fullName} (${m.role.toLowerCase()})`).join(", ")}.</p>
          ) : null}
          {a.findings ? (
            <>
              <h3 className="font-semibold">Kết quả, phát hiện</h3>
              <p className="whitespace-pre-line">{a.findings}</p>
            </>
          ) : null}
          {a.resultReport ? (
            <>
              <h3 className="font-semibold">Báo cáo kết quả{a.resultReportOn ? ` (ngày ${formatDate(a.resultReportOn)})` : ""}</h3>
              <p className="whitespace-pre-line">{a.resultReport}</p>
            </>
          ) : null}
        </section>

        {manage && moves.length ? (
          <section aria-labelledby="moves-h" className="space-y-2 rounded border border-slate-200 bg-white p-4">
            <h2 id="moves-h" className="text-lg font-semibold">
              Trạng thái
            </h2>
            <div className="flex flex-wrap items-start gap-6">
              {moves.map(([key, m]) => (
                <ActivityMoveForm
                  key={key}
                  activityId={a.id}
                  version={a.version}
                  move={key}
                  label={m.label}
                  tone={key === "cancel" ? "danger" : key === "reopen" ? "secondary" : "primary"}
                  needsReason={key === "cancel" || key === "reopen"}
                />
              ))}
            </div>
          </section>
        ) : null}

        <section aria-labelledby="recs-h" className="space-y-3">
          <h2 id="recs-h" className="text-lg font-semibold">
            Kiến nghị ({a.recommendations.length})
          </h2>
          <RecommendationList recs={a.recommendations} day={day} rights={rights} />
          {manage && a.status !== "CANCELLED" ? (
            <details className="rounded border border-slate-200 bg-white p-3">
              <summary className="cursor-pointer font-semibold">Ghi kiến nghị mới</summary>
              <div className="mt-3">
                <SendRecommendationForm activityId={a.id} submissionId={randomUUID()} today={toIsoDate(day)} />
              </div>
            </details>
          ) : null}
        </section>

        {editable ? (
          <details className="rounded border border-slate-200 bg-white p-3">
            <summary className="cursor-pointer font-semibold">Sửa hoạt động, đoàn giám sát, kết quả</summary>
            <div className="mt-3">
              <ActivityForm
                unitId={a.unit.id}
                submissionId={randomUUID()}
                planItems={choices.items
                  .filter((i) => i.kind === "SUPERVISION")
                  .map((i) => ({ value: i.id, label: `${i.subject}: ${i.content.slice(0, 80)}` }))}
                people={choices.people.map((p) => ({ value: p.id, label: p.fullName }))}
                values={{
                  id: a.id,
                  version: a.version,
                  planItemId: a.planItemId ?? "",
                  outsidePlanReason: a.outsidePlanReason ?? "",
                  form: a.form,
                  subject: a.subject,
                  content: a.content,
                  decisionNumber: a.decisionNumber ?? "",
                  decisionDate: a.decisionDate ? toIsoDate(a.decisionDate) : "",
                  startOn: toIsoDate(a.startOn),
                  endOn: toIsoDate(a.endOn),
                  subjectReport: a.subjectReport,
                  findings: a.findings,
                  resultReport: a.resultReport,
                  resultReportOn: a.resultReportOn ? toIsoDate(a.resultReportOn) : "",
                  members: a.members.map((m) => ({ personId: m.personId, role: m.role })),
                }}
              />
            </div>
          </details>
        ) : null}
        <section aria-labelledby="history-h" className="space-y-2">
          <h2 id="history-h" className="text-lg font-semibold">
            Lịch sử
          </h2>
          <AuditHistory entries={history} />
        </section>
      </div>
    </>
  );
}
