import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import type { CommuneBlocRow } from "@/lib/blocs/queries";
import { daysSince, type DistrictFilter, type Sort } from "@/lib/blocs/district-table";
import { MODEL_SHORT, STATUS_LABEL } from "@/lib/blocs/labels";
import { formatDate } from "@/lib/time/business-date";
import { UNIT_TYPE_LABEL } from "@/lib/units/labels";
import { NO_ACTIVITY, type Activity } from "@/lib/meetings/activity";
import type { Rates } from "@/lib/reports/rules";
import type { FormerDistrict } from "@/lib/units/former-districts";

const STATUS_TONE = { ESTABLISHED: "success", NOT_STARTED: "muted", SUSPENDED: "warning", DISSOLVED: "muted", SUPERSEDED: "muted" } as const;

/**
 * One row per commune: model, status, decision, head, days since the last change, activity to come. The
 * rows' links are plain anchors: 54 rows of today's province made 216 `Link`s, each serialised into the page's
 * payload and prefetched by the browser when it scrolls into view (a storm of requests on a phone).
 */
export function CommuneBlocTable({ rows, filter, baseHref, today, caption, selectable, activity, reportRates, formerOf }: {
  rows: CommuneBlocRow[]; filter: DistrictFilter; baseHref: (sort: Sort, desc: boolean) => string; today: Date; caption: string; selectable?: boolean;
  /** Today's communes: the district each belonged to before 1/7/2025. */
  formerOf?: Map<string, FormerDistrict> | null;
  /** Per commune id, from the rollups; absent when the view is not of today. */
  activity?: Map<string, Activity>;
  /** Per commune id: the monthly situation report's rates over its recent closed periods. */
  reportRates?: Map<string, Rates>;
}) {
  const header = (sort: Sort, label: string, className?: string) => {
    const active = filter.sort === sort;
    return (
      <Th className={className}>
        <Link href={baseHref(sort, active ? !filter.desc : false)} className="underline-offset-2 hover:underline"
          aria-label={`${label}: sắp xếp ${active && !filter.desc ? "giảm dần" : "tăng dần"}`}>
          {label}{active ? (filter.desc ? " ↓" : " ↑") : ""}
        </Link>
      </Th>
    );
  };
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          {selectable ? <Th><span className="sr-only">Chọn</span></Th> : null}
          {header("code", "Mã")}
          {header("name", "Xã, phường")}
          <Th>Mô hình</Th>
          {header("status", "Trạng thái")}
          <Th>Quyết định</Th>
          <Th>Trưởng khối</Th>
          {header("days", "Ngày từ lần thay đổi cuối")}
          {activity ? header("held4", "Giao ban 4 / 13 tuần", "text-right") : <Th className="text-right">Giao ban 4 / 13 tuần</Th>}
          {activity ? header("overdue", "Nhiệm vụ mở / quá hạn", "text-right") : <Th className="text-right">Nhiệm vụ mở / quá hạn</Th>}
          {reportRates ? header("onTime", "Báo cáo tháng đúng hạn", "text-right") : <Th className="text-right">Báo cáo tháng đúng hạn</Th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const days = daysSince(r, today);
          const a = activity?.get(r.unitId) ?? (activity ? NO_ACTIVITY : null);
          const q = reportRates?.get(r.unitId);
          return (
            <tr key={r.unitId}>
              {selectable ? (
                <Td><input type="checkbox" name="unitCodes" value={r.code} form="bulk-form" aria-label={`Chọn ${r.name}`} className="h-5 w-5" /></Td>
              ) : null}
              <Td className="tabular-nums text-slate-600">{r.code}</Td>
              <Td>
                <a href={`/communes/${r.code}/bloc`} className="font-semibold text-brand-700 underline-offset-2 hover:underline">{r.name}</a>
                <span className="block text-xs text-slate-600">{UNIT_TYPE_LABEL[r.type]}</span>
                {formerOf?.get(r.unitId) ? (
                  <span className="block text-xs text-slate-600">
                    trước 01/07/2025: {formerOf.get(r.unitId)!.name}
                    {formerOf.get(r.unitId)!.spans.length ? `, gồm cả xã của ${formerOf.get(r.unitId)!.spans.map((d) => d.name).join(", ")}` : ""}
                  </span>
                ) : null}
              </Td>
              <Td>{r.model ? MODEL_SHORT[r.model] : "Chưa ghi nhận"}{!r.model && r.districtModel ? <span className="block text-xs text-slate-600">huyện chọn: {MODEL_SHORT[r.districtModel]}</span> : null}</Td>
              <Td><Badge tone={STATUS_TONE[r.status as keyof typeof STATUS_TONE] ?? "neutral"}>{STATUS_LABEL[r.status]}</Badge>
                {r.statusSince ? <span className="block text-xs text-slate-600">từ {formatDate(r.statusSince)}</span> : null}</Td>
              <Td>{r.decision ? <>{r.decision.number}<span className="block text-xs text-slate-600">{formatDate(r.decision.issuedOn)}</span></> : "—"}</Td>
              <Td>{r.head ?? "—"}{r.headMismatch ? (
                <span className="block text-xs font-semibold text-red-800">⚠ Không đúng quy định: cần {r.headMismatch.needs}{r.headMismatch.reason ? ` (lý do: ${r.headMismatch.reason})` : ""}</span>
              ) : null}</Td>
              <Td className="tabular-nums">{days ?? "—"}</Td>
              <Td className="text-right tabular-nums">{a ? <a href={`/communes/${r.code}/meetings`} className="underline-offset-2 hover:underline">{a.held4} / {a.held13}</a> : "—"}</Td>
              <Td className="text-right tabular-nums">{a ? <a href={`/communes/${r.code}/tasks`} className="underline-offset-2 hover:underline">{a.open} / <span className={a.overdue ? "font-semibold text-red-800" : ""}>{a.overdue}</span></a> : "—"}</Td>
              <Td className="text-right tabular-nums">{q ? <a href={`/communes/${r.code}/reports`} className="underline-offset-2 hover:underline" title={`Đã gửi ${q.actual}/${q.expected}`}>{q.onTime}/{q.expected}</a> : "—"}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
