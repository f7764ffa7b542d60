import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { RuleRevisionForm } from "@/components/calendar/calendar-forms";
import { requirePermission } from "@/lib/auth/guard";
import { deadlineRules } from "@/lib/calendar/queries";
import { ANCHORS, describeRule } from "@/lib/time/deadlines";
import { formatDate, toIsoDate } from "@/lib/time/business-date";
import { today } from "@/lib/time/today";

export const metadata: Metadata = { title: "Quy tắc tính hạn" };

export default async function DeadlineRulesPage() {
  await requirePermission("reference.manage");
  const rules = await deadlineRules();
  const anchors = Object.entries(ANCHORS).map(([value, label]) => ({ value, label }));
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        <Link href="/admin" className="text-brand-700 underline">
          Quản trị
        </Link>
        <span aria-hidden="true"> › </span>
        <span>Quy tắc tính hạn</span>
      </nav>
      <PageHeader title="Quy tắc tính hạn" kicker="Mỗi lần sửa tạo một phiên bản mới; các hạn đã tính giữ phiên bản đã dùng" />
      <ul className="space-y-4">
        {rules.map(([current, ...older]) => (
          <li key={current.code} className="space-y-2 rounded border border-slate-200 bg-white p-4">
            <h2 className="font-semibold">{current.subject}</h2>
            <p className="flex flex-wrap items-center gap-2 text-sm">
              <code className="rounded bg-slate-100 px-1">{current.code}</code>
              <span>
                Phiên bản {current.version}, áp dụng từ {formatDate(current.validFrom)}
              </span>
              {current.verified ? <Badge tone="success">Đã xác minh</Badge> : <Badge tone="warning">Cần xác minh</Badge>}
            </p>
            <p>
              <span className="font-semibold">Hạn:</span> {describeRule(current)}
            </p>
            <p className="text-sm">
              Căn cứ: {current.legalBasis}
              {current.article ? `, ${current.article}` : ""}
            </p>
            {current.note ? <p className="text-sm text-slate-700">{current.note}</p> : null}
            {older.length ? (
              <details className="text-sm">
                <summary className="cursor-pointer">Các phiên bản trước ({older.length})</summary>
                <ul className="mt-1 list-disc pl-5">
                  {older.map((r) => (
                    <li key={r.id}>
                      Phiên bản {r.version} (từ {formatDate(r.validFrom)}): {describeRule(r)} — {r.legalBasis}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
            <details className="rounded border border-slate-200 p-3">
              <summary className="cursor-pointer font-semibold">Sửa (tạo phiên bản mới)</summary>
              <div className="mt-3">
                <RuleRevisionForm rule={current} anchors={anchors} today={toIsoDate(today())} />
              </div>
            </details>
          </li>
        ))}
      </ul>
    </>
  );
}
