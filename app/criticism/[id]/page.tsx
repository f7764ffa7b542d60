import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { DocumentNumberLine } from "@/components/registers/document-number";
import { Notice } from "@/components/ui/notice";
import { AuditHistory } from "@/components/history/audit-history";
import { CriticismForm, CriticismStepForm } from "@/components/supervision/criticism-forms";
import { SignOffSteps } from "@/components/signoff/sign-off-steps";
import { signingRights, signOffRecord } from "@/lib/signoff/queries";
import { SendRecommendationForm } from "@/components/supervision/recommendation-forms";
import { fileNotice, RecommendationList } from "@/components/supervision/recommendation-list";
import { requireActor } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { historyOf } from "@/lib/audit/queries";
import { maskHistory } from "@/lib/privacy/present";
import { seesInFull } from "@/lib/privacy/reader";
import { criticismForReader } from "@/lib/supervision/present";
import { FullDownload } from "@/components/privacy/full-download";
import { criticismDetail, recommendationRights, supervisionChoices } from "@/lib/supervision/queries";
import { handOversOf } from "@/lib/handover/queries";
import { HandOverNote } from "@/components/handover/handover-note";
import { CRITICISM_FORM_LABEL, CRITICISM_STATUS_LABEL, LEAD_DAYS } from "@/lib/supervision/rules";
import { daysBetween, formatDate, toIsoDate } from "@/lib/time/business-date";
import { today } from "@/lib/time/today";
import { unitTitle } from "@/lib/units/labels";

export const metadata: Metadata = { title: "Phản biện xã hội" };

export default async function CriticismPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ fileSaved?: string; fileError?: string }>;
}) {
  const actor = await requireActor();
  const loaded = await criticismDetail(actor, (await params).id);
  if (!loaded) notFound();
  // Its texts' personal numbers masked for a reader who does not work it (decision 0039).
  const full = seesInFull(actor, loaded.unit.path);
  const c = criticismForReader(loaded, full);
  const day = today();
  const notice = fileNotice(await searchParams);
  const manage = can(actor, "supervision.manage", { unitPath: c.unit.path });
  const [choices, history, rights, handed, signOff, signing] = await Promise.all([
    supervisionChoices(c.unit.id, null, c.receivedOn.getUTCFullYear(), day),
    historyOf("CriticismCase", c.id).then((h) => (full ? h : maskHistory(h, []))),
    recommendationRights(actor, c, c.recommendations, day),
    handOversOf("CRITICISM_CASE", [c.id]),
    signOffRecord({ by: c.opinionPreparedById, at: c.opinionPreparedAt }, { by: c.opinionSignedById, at: c.opinionSignedAt }, true),
    manage && c.status === "RECEIVED" ? signingRights(actor, c.unit.id, c.opinionPreparedById) : null,
  ]);
  const step = ({ RECEIVED: "opinion", OPINION_SENT: "explanation", EXPLAINED: "close", CLOSED: null } as const)[c.status];
  const explanationLate = c.status === "OPINION_SENT" && c.explanationDueOn && c.explanationDueOn < day;
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        <Link href={`/communes/${c.unit.code}/supervision?year=${c.receivedOn.getUTCFullYear()}`} className="text-brand-700 underline">
          Giám sát, phản biện của {c.unit.name}
        </Link>
        <span aria-hidden="true"> › </span>
        <span>Phản biện</span>
      </nav>
      <PageHeader title={`Phản biện: ${c.title}`} kicker={`${unitTitle(c.unit)} · ${CRITICISM_FORM_LABEL[c.form]}`}>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <Badge tone={c.status === "CLOSED" ? "success" : "warning"}>{CRITICISM_STATUS_LABEL[c.status]}</Badge>
          <DocumentNumberLine number={c.number} unitId={c.unit.id} />
          <span>Cơ quan soạn thảo: {c.draftingBody}</span>
          <span>
            · Nhận {formatDate(c.receivedOn)}, dự kiến trình {formatDate(c.plannedSubmissionOn)}
          </span>
        </p>
      </PageHeader>
      <div className="space-y-6">
        {notice ? <Notice tone={notice.tone === "error" ? "error" : undefined}>{notice.text}</Notice> : null}
        {handed.has(c.id) ? (
          <Notice>
            <HandOverNote fact={handed.get(c.id)!} side="both" className="" />
          </Notice>
        ) : null}
        {c.leadTooShort ? (
          <Notice tone="warning">
            Dự thảo đến chỉ {daysBetween(c.receivedOn, c.plannedSubmissionOn)} ngày trước ngày dự kiến trình: cơ quan soạn thảo phải gửi chậm nhất ngày{" "}
            {formatDate(c.leadDueOn)} (ít nhất {LEAD_DAYS} ngày).
          </Notice>
        ) : null}
        {explanationLate ? (
          <Notice tone="error">
            Quá hạn giải trình {daysBetween(c.explanationDueOn!, day)} ngày (hạn {formatDate(c.explanationDueOn!)}).
          </Notice>
        ) : null}
        <section aria-labelledby="case-h" className="space-y-2 rounded border border-slate-200 bg-white p-4">
          <h2 id="case-h" className="text-lg font-semibold">
            Diễn biến
          </h2>
          <p className="text-sm">{c.planItem ? `Theo kế hoạch: ${c.planItem.subject}.` : `Ngoài kế hoạch: ${c.outsidePlanReason}`}</p>
          {c.participants ? <p className="text-sm">Thành phần: {c.participants}</p> : null}
          <p className="text-sm">
            <a className="text-brand-700 underline" href={`/api/criticism/${c.id}/opinion.docx`} download>
              Tải văn bản phản biện (Word, theo thể thức của cơ quan ban hành){c.opinionSentOn ? "" : ": bản dự thảo"}
            </a>
          </p>
          {full ? <FullDownload id="opinion-full" href={`/api/criticism/${c.id}/opinion.docx`} label="Tải văn bản đầy đủ dữ liệu cá nhân" /> : null}
          {c.opinionSentOn ? (
            <>
              <h3 className="font-semibold">Ý kiến phản biện (gửi ngày {formatDate(c.opinionSentOn)})</h3>
              <p className="whitespace-pre-line">{c.opinionContent}</p>
              <p className="text-sm">Hạn giải trình: {c.explanationDueOn ? formatDate(c.explanationDueOn) : "—"}</p>
            </>
          ) : c.opinionPreparedById ? (
            <>
              <h3 className="font-semibold">Ý kiến phản biện (dự thảo đã trình ký)</h3>
              <p className="whitespace-pre-line">{c.opinionContent}</p>
            </>
          ) : null}
          <SignOffSteps
            record={signOff}
            labels={{ first: "Soạn và trình ký ý kiến", second: "Ký và gửi" }}
            waiting={c.status === "RECEIVED" && signOff.first ? "chờ người có thẩm quyền ký và gửi (một người khác người đã trình ký)" : null}
          />
          {c.explanationOn ? (
            <>
              <h3 className="font-semibold">Giải trình của cơ quan soạn thảo (ngày {formatDate(c.explanationOn)})</h3>
              <p className="whitespace-pre-line">{c.explanationContent}</p>
            </>
          ) : null}
        </section>
        {manage && step ? (
          <section aria-labelledby="step-h" className="space-y-2 rounded border border-slate-200 bg-white p-4">
            <h2 id="step-h" className="text-lg font-semibold">
              Bước tiếp theo
            </h2>
            {step !== "opinion" ? (
              <CriticismStepForm caseId={c.id} version={c.version} step={step} today={toIsoDate(day)} />
            ) : (
              <>
                <p className="text-sm text-slate-700">
                  Người soạn ghi ý kiến rồi bấm “Trình ký”; người có thẩm quyền ký, bằng một tài khoản khác, ghi ngày gửi rồi bấm “Ký và gửi”.
                </p>
                {/* One form at a time: the signer's when this person may sign, otherwise the preparer's (revisable until signed). */}
                {signing?.maySign ? (
                  <CriticismStepForm caseId={c.id} version={c.version} step="opinion" today={toIsoDate(day)} content={c.opinionContent} />
                ) : !c.opinionPreparedById || signing?.preparedByMe ? (
                  <CriticismStepForm caseId={c.id} version={c.version} step="prepare" today={toIsoDate(day)} content={c.opinionContent} />
                ) : null}
              </>
            )}
          </section>
        ) : null}
        <section aria-labelledby="recs-h" className="space-y-3">
          <h2 id="recs-h" className="text-lg font-semibold">
            Kiến nghị ({c.recommendations.length})
          </h2>
          <RecommendationList recs={c.recommendations} day={day} rights={rights} />
          {manage ? (
            <details className="rounded border border-slate-200 bg-white p-3">
              <summary className="cursor-pointer font-semibold">Ghi kiến nghị mới</summary>
              <div className="mt-3">
                <SendRecommendationForm criticismCaseId={c.id} submissionId={randomUUID()} today={toIsoDate(day)} />
              </div>
            </details>
          ) : null}
        </section>
        {manage && c.status !== "CLOSED" ? (
          <details className="rounded border border-slate-200 bg-white p-3">
            <summary className="cursor-pointer font-semibold">Sửa thông tin dự thảo</summary>
            <div className="mt-3">
              <CriticismForm
                unitId={c.unit.id}
                submissionId={randomUUID()}
                planItems={choices.items.filter((i) => i.kind === "CRITICISM").map((i) => ({ value: i.id, label: i.subject }))}
                values={{
                  id: c.id,
                  version: c.version,
                  planItemId: c.planItemId ?? "",
                  outsidePlanReason: c.outsidePlanReason ?? "",
                  title: c.title,
                  draftingBody: c.draftingBody,
                  receivedOn: toIsoDate(c.receivedOn),
                  plannedSubmissionOn: toIsoDate(c.plannedSubmissionOn),
                  form: c.form,
                  participants: c.participants,
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
