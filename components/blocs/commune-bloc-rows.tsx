"use client";
// The rows of the communes' table, rendered from compact values the server computed
// (components/blocs/commune-bloc-table.tsx). A client component on purpose: the page's data for the
// browser then carries each row's values once (about 0.3 KB) instead of every cell's element tree
// (about 2.5 KB a row), which the server had to build, serialise and render again as HTML; for today's
// 54 units that was most of the page's time (docs/BENCHMARKS.md). Nothing here runs after hydration but React.

export interface BlocRowView {
  unitId: string;
  code: string;
  name: string;
  typeLabel: string;
  /** Today's communes: "trước 01/07/2025: <district>[, gồm cả xã của …]". */
  former: string | null;
  model: string;
  /** The 2018 district's choice while the commune's own model is not recorded. */
  districtModel: string | null;
  statusClass: string;
  statusLabel: string;
  statusSince: string | null;
  decision: { number: string; issuedOn: string } | null;
  head: string | null;
  /** The head rule the head in office does not meet, in words. */
  mismatch: string | null;
  days: number | null;
  /** held4, held13, open, overdue; null on a view without activity. */
  activity: [number, number, number, number] | null;
  /** onTime, expected, actual; null when there are no rates for the unit. */
  rates: [number, number, number] | null;
  /** Whether the commune's figures dropped for 4 weeks (lib/trends/series.ts). */
  dropped: boolean;
}

export function CommuneBlocRows({ rows, selectable }: { rows: BlocRowView[]; selectable: boolean }) {
  return (
    <tbody>
      {rows.map((r) => (
        <tr key={r.unitId}>
          {selectable ? (
            <td>
              <input type="checkbox" name="unitCodes" value={r.code} form="bulk-form" aria-label={`Chọn ${r.name}`} className="h-5 w-5" />
            </td>
          ) : null}
          <td className="tabular-nums text-slate-600">{r.code}</td>
          <td>
            <a href={`/communes/${r.code}/bloc`} className="font-semibold text-brand-700">
              {r.name}
            </a>
            <small>{r.typeLabel}</small>
            {r.former ? <small>{r.former}</small> : null}
          </td>
          <td>
            {r.model}
            {r.districtModel ? <small>huyện chọn: {r.districtModel}</small> : null}
          </td>
          <td>
            <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${r.statusClass}`}>{r.statusLabel}</span>
            {r.statusSince ? <small>từ {r.statusSince}</small> : null}
          </td>
          <td>
            {r.decision ? (
              <>
                {r.decision.number}
                <small>{r.decision.issuedOn}</small>
              </>
            ) : (
              "—"
            )}
          </td>
          <td>
            {r.head ?? "—"}
            {r.mismatch ? <small className="font-semibold text-red-800">⚠ Không đúng quy định: cần {r.mismatch}</small> : null}
          </td>
          <td className="tabular-nums">{r.days ?? "—"}</td>
          <td className="text-right tabular-nums">
            {r.activity ? <a href={`/communes/${r.code}/meetings`}>{`${r.activity[0]} / ${r.activity[1]}`}</a> : "—"}
            {r.dropped ? (
              <a href={`/communes/${r.code}/trends`} className="ml-1 block text-xs font-semibold whitespace-nowrap text-red-800">
                ↓ Giảm 4 tuần liền
              </a>
            ) : null}
          </td>
          <td className="text-right tabular-nums">
            {r.activity ? (
              <a href={`/communes/${r.code}/tasks`}>
                {`${r.activity[2]} / `}
                <span className={r.activity[3] ? "font-semibold text-red-800" : ""}>{r.activity[3]}</span>
              </a>
            ) : (
              "—"
            )}
          </td>
          <td className="text-right tabular-nums">
            {r.rates ? <a href={`/communes/${r.code}/reports`} title={`Đã gửi ${r.rates[2]}/${r.rates[1]}`}>{`${r.rates[0]}/${r.rates[1]}`}</a> : "—"}
          </td>
        </tr>
      ))}
    </tbody>
  );
}
