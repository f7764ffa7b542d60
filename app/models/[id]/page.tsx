import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { Badge } from "@/components/ui/badge";
import { AuditHistory } from "@/components/history/audit-history";
import { EvidenceSection } from "@/components/skilful-models/evidence-section";
import { requireActor } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { historyOf } from "@/lib/audit/queries";
import { modelDetail, modelYearOf } from "@/lib/skilful-models/queries";
import { ReviewSection } from "@/components/skilful-models/review-section";
import { MODEL_FIELD_LABEL, MODEL_STATUS_LABEL } from "@/lib/skilful-models/rules";
import { formatDate, toIsoDate } from "@/lib/time/business-date";
import { today } from "@/lib/time/today";
import { unitTitle } from "@/lib/units/labels";

export const metadata: Metadata = { title: "Mô hình Dân vận khéo" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ registered?: string; evidenceSaved?: string; evidenceError?: string; reviewed?: string; resubmitted?: string; recognised?: string }>;
};

/** One "Dân vận khéo" model: what it is, its goals, its evidence and the years it continues (decision 0043). */
export default async function ModelPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const m = await modelDetail(actor, (await params).id);
  if (!m) notFound();
  const query = await searchParams;
  const manage = can(actor, "model.register", { unitPath: m.unit.path, organisationId: m.organisationId });
  const evaluate = can(actor, "model.evaluate", { unitPath: m.unit.path });
  // Who recognises at each level (lib/skilful-models/recognition-definitions.ts): not yet recognised there.
  const provincePath = `/${m.unit.path.split("/")[1]}/`;
  const recognise = (["COMMUNE", "PROVINCE"] as const).filter(
    (level) =>
      !m.recognitions.some((r) => r.level === level) &&
      actor.assignments.some((a) =>
        level === "COMMUNE" ? a.role === "BLOC_HEAD" && m.unit.path.startsWith(a.unitPath) : a.role === "REVIEWER" && a.unitPath === provincePath,
      ),
  );
  const [history, year] = await Promise.all([historyOf("SkilfulModel", m.id), modelYearOf(m.year)]);
  const goals = m.goals.split(/\r?\n/).filter((l) => l.trim());
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        <Link href={`/communes/${m.unit.code}`} className="text-brand-700 underline">
          {m.unit.name}
        </Link>
        <span aria-hidden="true"> › </span>
        <Link href={`/communes/${m.unit.code}/models`} className="text-brand-700 underline">
          Dân vận khéo
        </Link>
        <span aria-hidden="true"> › </span>
        <span>Năm {m.year}</span>
      </nav>
      <PageHeader title={m.name} kicker={`Mô hình Dân vận khéo năm ${m.year} · ${unitTitle(m.unit)}`}>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <Badge tone={m.status === "ACCEPTED" ? "success" : m.status === "RETURNED" ? "warning" : m.status === "NOT_ACCEPTED" ? "danger" : "neutral"}>
            {MODEL_STATUS_LABEL[m.status]}
          </Badge>
          <span>{MODEL_FIELD_LABEL[m.field]}</span>
          <span>· {m.organisation?.name ?? "Khối (chung của các tổ chức)"}</span>
          <span>· bắt đầu {formatDate(m.startOn)}</span>
        </p>
      </PageHeader>
      <div className="space-y-6">
        {query.registered ? <Notice>Đã đăng ký. Hãy thêm văn bản, hình ảnh minh chứng để cấp trên đánh giá.</Notice> : null}
        {query.reviewed ? <Notice>Đã lưu đánh giá.</Notice> : null}
        {query.resubmitted ? <Notice>Đã gửi lại để cấp trên đánh giá.</Notice> : null}
        {query.recognised ? <Notice>Đã công nhận và cấp số quyết định.</Notice> : null}
        <section aria-labelledby="about-h" className="space-y-2 rounded border border-slate-200 bg-white p-4">
          <h2 id="about-h" className="text-lg font-semibold">
            Nội dung
          </h2>
          <dl className="grid gap-2 text-sm sm:grid-cols-[12rem_1fr]">
            <dt className="font-semibold">Đối tượng hướng tới</dt>
            <dd>{m.targetGroup}</dd>
            <dt className="font-semibold">Đơn vị, tổ chức tham gia</dt>
            <dd className="whitespace-pre-line">{m.participants}</dd>
            <dt className="font-semibold">Mục tiêu, chỉ tiêu</dt>
            <dd>
              <ul className="list-disc pl-5">
                {goals.map((g, i) => (
                  <li key={i}>{g}</li>
                ))}
              </ul>
            </dd>
            {m.continues ? (
              <>
                <dt className="font-semibold">Tiếp nối</dt>
                <dd>
                  <Link className="text-brand-700 underline" href={`/models/${m.continues.id}`}>
                    {m.continues.name} (năm {m.continues.year})
                  </Link>
                </dd>
              </>
            ) : null}
            {m.continuedBy.length ? (
              <>
                <dt className="font-semibold">Tiếp tục ở</dt>
                <dd className="flex flex-wrap gap-3">
                  {m.continuedBy.map((n) => (
                    <Link key={n.id} className="text-brand-700 underline" href={`/models/${n.id}`}>
                      năm {n.year}
                    </Link>
                  ))}
                </dd>
              </>
            ) : null}
          </dl>
        </section>
        <EvidenceSection model={m} manage={manage} saved={Boolean(query.evidenceSaved)} error={query.evidenceError} />
        <ReviewSection model={m} year={year} evaluate={evaluate} manage={manage} recognise={recognise} today={toIsoDate(today())} />
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
