import Link from "next/link";
import { Table, Th } from "@/components/ui/table";
import { BADGE_TONES } from "@/components/ui/badge";
import { CommuneBlocRows, type BlocRowView } from "@/components/blocs/commune-bloc-rows";
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
 * header is rendered here; the rows by a client component from values computed here (see
 * components/blocs/commune-bloc-rows.tsx for why). The rows' links are plain anchors: 54 rows of today's
 * province made 216 `Link`s, each serialised into the page's payload and prefetched by the browser when it
 * scrolls into view (a storm of requests on a phone).
 */
export function CommuneBlocTable({
  rows,
  filter,
  baseHref,
  today,
  caption,
  selectable,
  activity,
  reportRates,
  formerOf,
  dropped,
}: {
  rows: CommuneBlocRow[];
  filter: DistrictFilter;
  baseHref: (sort: Sort, desc: boolean) => string;
  today: Date;
  caption: string;
  selectable?: boolean;
  /** Today's communes: the district each belonged to before 1/7/2025. */
  formerOf?: Map<string, FormerDistrict> | null;
  /** Per commune id, from the rollups; absent when the view is not of today. */
  activity?: Map<string, Activity>;
  /** Per commune id: the monthly situation report's rates over its recent closed periods. */
  reportRates?: Map<string, Rates>;
  /** The communes whose figures dropped for 4 weeks, marked beside their meetings. */
  dropped?: Set<string>;
}) {
  const header = (sort: Sort, label: string, className?: string) => {
    const active = filter.sort === sort;
    return (
      <Th className={className}>
        <Link
          href={baseHref(sort, active ? !filter.desc : false)}
          className="underline-offset-2 hover:underline"
          aria-label={`${label}: sắp xếp ${active && !filter.desc ? "giảm dần" : "tăng dần"}`}
        >
          {label}
          {active ? (filter.desc ? " ↓" : " ↑") : ""}
        </Link>
      </Th>
    );
  };
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          {selectable ? (
            <Th>
              <span className="sr-only">Chọn</span>
            </Th>
          ) : null}
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
      <CommuneBlocRows rows={rows.map((r) => rowView(r, today, formerOf, activity, reportRates, dropped))} selectable={!!selectable} />
    </Table>
  );
}

function rowView(
  r: CommuneBlocRow,
  today: Date,
  formerOf: Map<string, FormerDistrict> | null | undefined,
  activity: Map<string, Activity> | undefined,
  reportRates: Map<string, Rates> | undefined,
  dropped: Set<string> | undefined,
): BlocRowView {
  const former = formerOf?.get(r.unitId);
  const a = activity ? (activity.get(r.unitId) ?? NO_ACTIVITY) : null;
  const q = reportRates?.get(r.unitId);
  return {
    unitId: r.unitId,
    code: r.code,
    name: r.name,
    typeLabel: UNIT_TYPE_LABEL[r.type],
    former: former ? `trước 01/07/2025: ${former.name}${former.spans.length ? `, gồm cả xã của ${former.spans.map((d) => d.name).join(", ")}` : ""}` : null,
    model: r.model ? MODEL_SHORT[r.model] : "Chưa ghi nhận",
    districtModel: !r.model && r.districtModel ? MODEL_SHORT[r.districtModel] : null,
    statusClass: BADGE_TONES[STATUS_TONE[r.status as keyof typeof STATUS_TONE] ?? "neutral"],
    statusLabel: STATUS_LABEL[r.status],
    statusSince: r.statusSince ? formatDate(r.statusSince) : null,
    decision: r.decision ? { number: r.decision.number, issuedOn: formatDate(r.decision.issuedOn) } : null,
    head: r.head,
    mismatch: r.headMismatch ? `${r.headMismatch.needs}${r.headMismatch.reason ? ` (lý do: ${r.headMismatch.reason})` : ""}` : null,
    days: daysSince(r, today),
    activity: a ? [a.held4, a.held13, a.open, a.overdue] : null,
    rates: q ? [q.onTime, q.expected, q.actual] : null,
    dropped: dropped?.has(r.unitId) ?? false,
  };
}
