import type { Metadata } from "next";
import Link from "next/link";
import { Fragment } from "react";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { DocumentNumberLine } from "@/components/registers/document-number";
import { Notice } from "@/components/ui/notice";
import { AuditHistory } from "@/components/history/audit-history";
import { ReportForm } from "@/components/reports/report-forms";
import { ReconsolidateForm, ReviewForms, SignReportForm } from "@/components/reports/report-moves";
import { SignOffSteps } from "@/components/signoff/sign-off-steps";
import { signingRights, signOffRecord } from "@/lib/signoff/queries";
import { requireActor } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { historyOf } from "@/lib/audit/queries";
import { handOversOf } from "@/lib/handover/queries";
import { HandOverNote } from "@/components/handover/handover-note";
import { pendingSources, reportDetail, topics, workGroups } from "@/lib/reports/queries";
import { daysLate, EDITABLE_REPORT, REPORT_STATUS_LABEL, SECTIONS } from "@/lib/reports/rules";
import { formatDate } from "@/lib/time/business-date";
import { today } from "@/lib/time/today";
import { unitTitle } from "@/lib/units/labels";
import { CitizenLine } from "@/components/privacy/citizen-line";
import { auditFullView, seesInFull } from "@/lib/privacy/reader";
import { citizenNames, reportForReader } from "@/lib/reports/present";
import { maskHistory } from "@/lib/privacy/present";
import { FullDownload } from "@/components/privacy/full-download";

export const metadata: Metadata = { title: "Báo cáo" };

const SIGN_LABELS = { first: "Soạn và trình ký", second: "Ký và gửi" };

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const report = await reportDetail(actor, (await params).id);
  if (!report) notFound();
  const day = today();
  const write = can(actor, "report.write", { unitPath: report.unit.path });
  const review = can(actor, "report.review", { unitPath: report.recipient.path });
  const editable = write && EDITABLE_REPORT.includes(report.status);
  const [topicList, groups, history, pending, handed, signOff, signing] = await Promise.all([
    topics(),
    workGroups(),
    historyOf("Report", report.id),
    editable && report.unit.level === "DISTRICT" ? pendingSources(report) : [],
    handOversOf("REPORT", [report.id]),
    signOffRecord({ by: report.preparedById, at: report.preparedAt }, { by: report.signedById, at: report.signedAt }, true),
    editable ? signingRights(actor, report.unit.id, report.preparedById) : null,
  ]);
  // Citizens in full for those working the report (each such view audited), masked for other readers.
  const full = seesInFull(actor, report.unit.path);
  if (full) await auditFullView(actor, { entityType: "Report", entityId: report.id, unitId: report.unit.id }, report.issues);
  const shown = reportForReader(report, full);
  const work = JSON.parse(shown.blocWork) as Record<string, string>;
  const late = daysLate(report, day);
  const returns = report.reviews.filter((r) => r.action === "RETURN");
  const lastReturnAt = returns[0]?.createdAt;
  const currentReasons = lastReturnAt ? returns.filter((r) => r.createdAt.getTime() === lastReturnAt.getTime()) : [];
  const unitHref = report.unit.level === "DISTRICT" ? `/districts/${report.unit.code}/reports` : `/communes/${report.unit.code}/reports`;
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        <Link href={unitHref} className="text-brand-700 underline">
          Báo cáo của {report.unit.name}
        </Link>
        <span aria-hidden="true"> › </span>
        <span>Kỳ {report.periodKey}</span>
      </nav>
      <PageHeader title={`${report.regime.name} — kỳ ${report.periodKey}`} kicker={`${unitTitle(report.unit)} gửi ${unitTitle(report.recipient)}`}>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <Badge tone={report.status === "ACCEPTED" ? "success" : report.status === "RETURNED" ? "warning" : "neutral"}>
            {REPORT_STATUS_LABEL[report.status]}
          </Badge>
          <DocumentNumberLine number={report.number} unitId={report.unit.id} />
          <span>
            Kỳ số liệu {formatDate(report.windowFrom)} – {formatDate(report.windowTo)}
          </span>
          <span>
            · Hạn gửi {formatDate(report.dueOn)}
            {report.dueToVerify ? " (dự kiến: lịch nghỉ năm chưa xác nhận)" : ""}
          </span>
          {report.firstSubmittedOn ? <span>· Gửi lần đầu {formatDate(report.firstSubmittedOn)}</span> : null}
          {late ? <Badge tone="danger">{report.firstSubmittedOn ? `Gửi muộn ${late} ngày` : `Quá hạn ${late} ngày`}</Badge> : null}
        </p>
        {editable ? null : <SignOffSteps record={signOff} labels={SIGN_LABELS} />}
        <p className="text-sm">
          <a className="text-brand-700 underline" href={`/api/reports/${report.id}/report.docx`} download>
            Tải báo cáo (Word, theo thể thức của cơ quan ban hành)
          </a>
        </p>
        {full ? <FullDownload id="report-full" href={`/api/reports/${report.id}/report.docx`} label="Tải báo cáo đầy đủ dữ liệu cá nhân" /> : null}
      </PageHeader>
      <div className="space-y-6">
        {handed.has(report.id) ? (
          <Notice>
            <HandOverNote fact={handed.get(report.id)!} side="both" className="" />
          </Notice>
        ) : null}
        {report.status === "RETURNED" && currentReasons.length ? (
          <Notice tone="warning">
            <p className="font-semibold">Báo cáo bị trả lại ngày {formatDate(lastReturnAt!)}; cần sửa:</p>
            <ul className="list-disc pl-5">
              {currentReasons.map((r) => (
                <li key={r.id}>
                  {SECTIONS[r.section as keyof typeof SECTIONS] ?? r.section}: {r.reason}
                </li>
              ))}
            </ul>
          </Notice>
        ) : null}
        {editable ? (
          <>
            {pending.length ? <ReconsolidateForm reportId={report.id} version={report.version} names={pending.map((p) => p.unit.name)} /> : null}
            <ReportForm
              key={report.consolidatedFrom}
              reportId={report.id}
              version={report.version}
              generalMood={report.generalMood}
              forecast={report.forecast}
              issues={report.issues.map((i) => ({
                topicId: i.topicId,
                description: i.description,
                location: i.location,
                scale: i.scale,
                channel: i.channel,
                hotSpot: i.hotSpot,
                handling: i.handling,
                citizenName: i.citizenName,
                citizenPhone: i.citizenPhone,
                citizenIdNumber: i.citizenIdNumber,
                citizenAddress: i.citizenAddress,
              }))}
              recommendations={report.recommendations.map((r) => ({ content: r.content, addressee: r.addressee }))}
              blocWork={groups.map((g) => ({ code: g.code, name: g.name, text: work[g.code] ?? "" }))}
              topics={topicList.map((t) => ({ id: t.id, name: t.name }))}
            />
            <section aria-labelledby="send-h" className="space-y-2 rounded border border-slate-200 bg-white p-4">
              <h2 id="send-h" className="font-semibold">
                Trình ký và gửi
              </h2>
              <p className="text-sm text-slate-700">
                Người soạn lưu báo cáo rồi bấm “Trình ký”; người có thẩm quyền ký, bằng một tài khoản khác, kiểm tra rồi bấm “Ký và gửi”. Sau khi gửi, báo cáo
                chỉ sửa được nếu bị trả lại.
              </p>
              <SignOffSteps
                record={signOff}
                labels={SIGN_LABELS}
                waiting={signOff.first ? "chờ người có thẩm quyền ký và gửi (một người khác người đã trình ký)" : null}
              />
              <div className="flex flex-wrap items-start gap-3">
                {!report.preparedById ? <SignReportForm reportId={report.id} version={report.version} move="prepare" label="Trình ký" /> : null}
                {signing?.maySign ? (
                  <SignReportForm
                    reportId={report.id}
                    version={report.version}
                    move="submit"
                    label={`Ký và gửi tới ${unitTitle(report.recipient)}${signing.preparedByMe || !report.preparedById ? " (kiêm nhiệm)" : ""}`}
                  />
                ) : null}
              </div>
            </section>
          </>
        ) : (
          <section aria-labelledby="content-h" className="space-y-3 rounded border border-slate-200 bg-white p-4">
            <h2 id="content-h" className="text-lg font-semibold">
              Nội dung báo cáo
            </h2>
            <h3 className="font-semibold">{SECTIONS.mood}</h3>
            <p className="whitespace-pre-line">{shown.generalMood || "—"}</p>
            <h3 className="font-semibold">{SECTIONS.issues}</h3>
            {shown.issues.length ? (
              <ul className="space-y-2">
                {shown.issues.map((i) => (
                  <li key={i.id} className="rounded border border-slate-100 p-2">
                    <p>
                      <span className="font-semibold">{i.topic.name}</span>
                      {i.location ? ` — ${i.location}` : ""} {i.hotSpot ? <Badge tone="danger">Điểm nóng</Badge> : null}
                    </p>
                    <p className="whitespace-pre-line">{i.description}</p>
                    <CitizenLine citizen={i} />
                    <p className="text-sm text-slate-700">
                      {[i.scale && `Quy mô: ${i.scale}`, i.channel && `Nguồn: ${i.channel}`, i.handling && `Giải quyết: ${i.handling}`]
                        .filter(Boolean)
                        .join(" · ")}
                    </p>
                  </li>
                ))}
              </ul>
            ) : (
              <p>—</p>
            )}
            <h3 className="font-semibold">{SECTIONS.recommendations}</h3>
            {shown.recommendations.length ? (
              <ul className="list-disc pl-5">
                {shown.recommendations.map((r) => (
                  <li key={r.id}>
                    {r.content} <span className="text-slate-700">(gửi {r.addressee})</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p>—</p>
            )}
            <h3 className="font-semibold">{SECTIONS.forecast}</h3>
            <p className="whitespace-pre-line">{shown.forecast || "—"}</p>
            <h3 className="font-semibold">{SECTIONS.blocWork}</h3>
            <dl className="grid gap-1 text-sm sm:grid-cols-[16rem_1fr]">
              {groups
                .filter((g) => work[g.code])
                .map((g) => (
                  <Fragment key={g.code}>
                    <dt className="font-semibold">{g.name}</dt>
                    <dd className="whitespace-pre-line">{work[g.code]}</dd>
                  </Fragment>
                ))}
            </dl>
          </section>
        )}
        {review && (report.status === "SUBMITTED" || report.status === "ACCEPTED") ? (
          <section aria-labelledby="review-h" className="space-y-2 rounded border border-slate-200 bg-white p-4">
            <h2 id="review-h" className="text-lg font-semibold">
              Xem xét báo cáo
            </h2>
            <ReviewForms
              reportId={report.id}
              version={report.version}
              status={report.status}
              sections={Object.entries(SECTIONS).map(([key, label]) => ({ key, label }))}
            />
          </section>
        ) : null}
        <section aria-labelledby="history-h" className="space-y-2">
          <h2 id="history-h" className="text-lg font-semibold">
            Lịch sử
          </h2>
          <AuditHistory entries={full ? history : maskHistory(history, citizenNames(report.issues))} />
        </section>
      </div>
    </>
  );
}
