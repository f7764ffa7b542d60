import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { RegimeForm, TopicForm, type RegimeValues } from "@/components/reports/admin-forms";
import { requirePermission } from "@/lib/auth/guard";
import { reportingReference } from "@/lib/reports/queries";
import { formatDate, toIsoDate } from "@/lib/time/business-date";
import { today } from "@/lib/time/today";
import { periodOf, windowOf, type PeriodType } from "@/lib/time/windows";

export const metadata: Metadata = { title: "Chế độ báo cáo và lĩnh vực" };

const PERIOD_LABEL: Record<string, string> = {
  WEEKLY: "hằng tuần",
  MONTHLY: "hằng tháng",
  QUARTERLY: "hằng quý",
  SIX_MONTH: "6 tháng",
  NINE_MONTH: "9 tháng",
  ANNUAL: "hằng năm",
};

export default async function ReportingAdminPage() {
  await requirePermission("reference.manage");
  const [regimes, topics, rules] = await reportingReference();
  const ruleOptions = rules.map((r) => ({ value: r.code, label: `${r.subject} (${r.code})` }));
  const day = today();
  const blank: RegimeValues = {
    id: "",
    version: 0,
    code: "",
    name: "",
    kind: "SITUATION",
    periodType: "MONTHLY",
    windowRule: "CALENDAR",
    windowFromDay: null,
    windowFromPrevMonth: false,
    windowToDay: null,
    reporterLevel: "COMMUNE",
    deadlineRuleCode: rules[0]?.code ?? "",
    onTimeRule: "Gửi lần đầu không muộn hơn ngày hết hạn",
    legalBasis: "",
    startsOn: toIsoDate(day),
    active: true,
  };
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        <Link href="/admin" className="text-brand-700 underline">
          Quản trị
        </Link>
        <span aria-hidden="true"> › </span>
        <span>Chế độ báo cáo</span>
      </nav>
      <PageHeader title="Chế độ báo cáo và lĩnh vực" kicker="Sửa chế độ tạo phiên bản mới; các kỳ đã lập giữ kỳ số liệu, nơi nhận và hạn đã tính" />
      <div className="space-y-8">
        <section aria-labelledby="regimes-h" className="space-y-3">
          <h2 id="regimes-h" className="text-lg font-semibold">
            Chế độ báo cáo ({regimes.length})
          </h2>
          <ul className="space-y-3">
            {regimes.map((r) => {
              const w = windowOf(periodOf(r.periodType as PeriodType, day), r);
              return (
                <li key={r.id} className="space-y-2 rounded border border-slate-200 bg-white p-4">
                  <h3 className="font-semibold">{r.name}</h3>
                  <p className="flex flex-wrap items-center gap-2 text-sm">
                    <code className="rounded bg-slate-100 px-1">{r.code}</code>
                    <span>
                      Kỳ {PERIOD_LABEL[r.periodType]}, phiên bản {r.version}
                    </span>
                    {r.active ? <Badge tone="success">Đang áp dụng</Badge> : <Badge tone="neutral">Ngừng áp dụng</Badge>}
                    <span>{r._count.reports} báo cáo</span>
                  </p>
                  <p className="text-sm">
                    Kỳ hiện tại: số liệu {formatDate(w.from)} – {formatDate(w.to)}. Hạn: quy tắc <code>{r.deadlineRuleCode}</code>. Căn cứ: {r.legalBasis}
                  </p>
                  <details className="rounded border border-slate-200 p-3">
                    <summary className="cursor-pointer font-semibold">Sửa</summary>
                    <div className="mt-3">
                      <RegimeForm rules={ruleOptions} regime={{ ...r, windowFromPrevMonth: r.windowFromPrevMonth, startsOn: toIsoDate(r.startsOn) }} />
                    </div>
                  </details>
                </li>
              );
            })}
          </ul>
          <details className="rounded border border-slate-200 bg-white p-4">
            <summary className="cursor-pointer font-semibold">Thêm chế độ báo cáo</summary>
            <div className="mt-3">
              <RegimeForm regime={blank} rules={ruleOptions} />
            </div>
          </details>
        </section>
        <section aria-labelledby="topics-h" className="space-y-3">
          <h2 id="topics-h" className="text-lg font-semibold">
            Lĩnh vực của báo cáo tình hình nhân dân ({topics.length})
          </h2>
          <p className="text-sm text-slate-700">Lĩnh vực ngừng dùng không còn hiện trong biểu mẫu; các báo cáo cũ giữ nguyên.</p>
          <ul className="space-y-2">
            {topics.map((t) => (
              <li key={t.id} className="rounded border border-slate-200 bg-white p-3">
                <p className="mb-1 text-xs text-slate-600">
                  {t._count.issues} vấn đề đã báo cáo{t.active ? "" : " · ngừng dùng"}
                </p>
                <TopicForm topic={t} />
              </li>
            ))}
          </ul>
          <div className="rounded border border-slate-200 bg-white p-3">
            <h3 className="mb-2 font-semibold">Thêm lĩnh vực</h3>
            <TopicForm topic={{ id: "", code: "", name: "", sortOrder: (topics.at(-1)?.sortOrder ?? 0) + 1, active: true }} />
          </div>
        </section>
      </div>
    </>
  );
}
