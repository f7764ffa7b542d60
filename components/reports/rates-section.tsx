// Completeness and timeliness over a chosen range of periods: a plain GET form (regime, from, to) and a
// table of rows (communes of a district, or districts of the province), with the downloads of the same
// selection.
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { Table, Td, Th } from "@/components/ui/table";
import type { Rates } from "@/lib/reports/rules";
import { toIsoDate } from "@/lib/time/business-date";

export interface RatesRow {
  key: string;
  name: string;
  href: string;
  rates: Rates;
  /** Who is late and by how much, as the cell shows it. */
  late: string;
}

interface Props {
  action: string;
  unitCode: string;
  regimes: { code: string; name: string }[];
  regimeCode: string;
  regimeName: string;
  periods: string[];
  range: { from: Date; to: Date } | null;
  error?: string;
  unitLabel: string;
  rows: RatesRow[];
  total: Rates;
}

const pct = (n: number | null) => (n === null ? "—" : `${n}%`);

export function RatesSection(p: Props) {
  const query = `unit=${p.unitCode}&regime=${p.regimeCode}${p.range ? `&from=${toIsoDate(p.range.from)}&to=${toIsoDate(p.range.to)}` : ""}`;
  return (
    <section aria-labelledby="rates-h" className="space-y-3">
      <h2 id="rates-h" className="text-lg font-semibold">
        Tỷ lệ báo cáo: {p.regimeName}
      </h2>
      <form method="get" action={p.action} className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="rates-regime" className="text-sm font-semibold text-slate-700">
            Chế độ báo cáo
          </label>
          <select id="rates-regime" name="regime" defaultValue={p.regimeCode} className="rounded border border-slate-300 px-3 py-2 text-sm">
            {p.regimes.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="rates-from" className="text-sm font-semibold text-slate-700">
            Kỳ chốt số liệu từ ngày
          </label>
          <input
            id="rates-from"
            name="from"
            type="date"
            defaultValue={p.range ? toIsoDate(p.range.from) : ""}
            className="rounded border border-slate-300 px-3 py-2 text-sm"
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="rates-to" className="text-sm font-semibold text-slate-700">
            đến ngày
          </label>
          <input
            id="rates-to"
            name="to"
            type="date"
            defaultValue={p.range ? toIsoDate(p.range.to) : ""}
            className="rounded border border-slate-300 px-3 py-2 text-sm"
          />
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
          Xem
        </button>
        <p className="w-full text-xs text-slate-600">
          Để trống hai ngày: các kỳ gần nhất. Một kỳ được tính khi ngày chốt số liệu của nó nằm trong khoảng đã chọn.
        </p>
      </form>
      {p.error ? <Notice tone="error">{p.error}</Notice> : null}
      <p className="flex gap-4 text-sm">
        <a className="text-brand-700 underline" href={`/api/export/reporting-rates.csv?${query}`}>
          Tải CSV
        </a>
        <a className="text-brand-700 underline" href={`/api/export/reporting-rates.csv?${query}&format=xlsx`}>
          Tải Excel
        </a>
      </p>
      {p.periods.length ? (
        <>
          <p className="text-sm text-slate-700">
            {p.periods.length} kỳ: {p.periods.length > 8 ? `${p.periods[0]} … ${p.periods.at(-1)}` : p.periods.join(", ")}. Tỷ lệ báo cáo = số báo cáo đã gửi /
            số báo cáo phải gửi; đúng hạn = gửi lần đầu không muộn hơn hạn.
            {` Tổng: ${p.total.actual}/${p.total.expected} báo cáo (${pct(p.total.reportingRate)}), đúng hạn ${p.total.onTime} (${pct(p.total.onTimeRate)}).`}
          </p>
          <Table caption={`Tỷ lệ báo cáo theo ${p.unitLabel}: ${p.regimeName}`}>
            <thead>
              <tr>
                <Th>{p.unitLabel[0].toUpperCase() + p.unitLabel.slice(1)}</Th>
                <Th className="text-right">Phải gửi</Th>
                <Th className="text-right">Đã gửi</Th>
                <Th className="text-right">Đúng hạn</Th>
                <Th className="text-right">Tỷ lệ</Th>
                <Th className="text-right">Đúng hạn (%)</Th>
                <Th>Thiếu hoặc muộn</Th>
              </tr>
            </thead>
            <tbody>
              {p.rows.map((r) => (
                <tr key={r.key}>
                  <Td>
                    <Link className="text-brand-700 underline" href={r.href}>
                      {r.name}
                    </Link>
                  </Td>
                  <Td className="text-right tabular-nums">{r.rates.expected}</Td>
                  <Td className="text-right tabular-nums">{r.rates.actual}</Td>
                  <Td className="text-right tabular-nums">{r.rates.onTime}</Td>
                  <Td className="text-right tabular-nums">{pct(r.rates.reportingRate)}</Td>
                  <Td className="text-right tabular-nums">{pct(r.rates.onTimeRate)}</Td>
                  <Td className="text-xs">{r.late || "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      ) : (
        <p className="text-sm text-slate-700">Không có kỳ nào đã chốt số liệu trong khoảng này.</p>
      )}
    </section>
  );
}
