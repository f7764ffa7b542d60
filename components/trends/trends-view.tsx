// A unit's trends (decision 0037): the window switch, the downloads, a chart per figure and, beside each,
// the same figures in a table. Renders what lib/trends/queries.ts read.
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { Table, Td, Th } from "@/components/ui/table";
import { TrendChart, type ChartSeries } from "@/components/trends/trend-chart";
import { formatDate } from "@/lib/time/business-date";
import { percent } from "@/lib/percent";
import { FIGURE_LABEL, rowsOf, trendRows, type Figure, type TrendRow } from "@/lib/trends/rows";
import { DROP_POINTS, DROP_WEEKS, TREND_WINDOWS } from "@/lib/trends/series";
import type { Trends } from "@/lib/trends/queries";

const BLUE = "fill-brand-700";
const AMBER = "fill-amber-600";

const rate = (v: number | null) => (v === null ? "–" : `${v.toLocaleString("vi-VN")}%`);

function average(rows: TrendRow[]) {
  const whole = rows.reduce((n, r) => n + r.whole, 0);
  const part = rows.reduce((n, r) => n + r.part, 0);
  return percent(part, whole);
}

function summary(rows: TrendRow[], name: string) {
  const last = [...rows].reverse().find((r) => r.rate !== null);
  return `${name}: cả kỳ ${rate(average(rows))}${last ? `, gần nhất (${last.label}) ${rate(last.rate)}` : ", chưa có số liệu"}.`;
}

/** One row per period: for each figure, what was reached of what was expected, and the share. */
function FigureTable({ caption, figures, rows, open }: { caption: string; figures: Figure[]; rows: TrendRow[]; open: boolean }) {
  const columns = figures.map((f) => rowsOf(rows, f));
  return (
    <details open={open} className="group">
      <summary className="cursor-pointer text-sm font-semibold text-brand-700 underline">Bảng số liệu: {caption.toLowerCase()}</summary>
      <div className="mt-2">
        <Table caption={caption}>
          <thead>
            <tr>
              <Th>Kỳ</Th>
              {figures.map((f) => (
                <Th key={f} className="text-right">
                  {FIGURE_LABEL[f].name}
                  <span className="block text-xs font-normal">
                    {FIGURE_LABEL[f].part.toLowerCase()} / {FIGURE_LABEL[f].whole.toLowerCase()}
                  </span>
                </Th>
              ))}
            </tr>
          </thead>
          <tbody>
            {columns[0].map((r, i) => (
              <tr key={r.label}>
                <Td>
                  {r.label}
                  <span className="block text-xs text-slate-600">
                    {formatDate(r.from)}–{formatDate(r.to)}
                  </span>
                </Td>
                {columns.map((c) => (
                  <Td key={c[i].figure} className="text-right tabular-nums">
                    <span className="font-semibold">{rate(c[i].rate)}</span>
                    <span className="block text-xs text-slate-600">
                      {c[i].part} / {c[i].whole}
                    </span>
                  </Td>
                ))}
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
    </details>
  );
}

interface Props {
  trends: Trends;
  /** The page's own address, for the window switch. */
  basePath: string;
  /** The unit's code, for the download. */
  unitCode: string;
  /** Whether the unit is an area (a district or the province): its communes' figures summed. */
  area: boolean;
}

export function TrendsView({ trends, basePath, unitCode, area }: Props) {
  const rows = trendRows(trends);
  // A quarter's tables are short enough to show; a year's (52 rows) open on request.
  const open = trends.window === 13;
  const chart = (id: string, title: string, figures: Figure[], fills: string[]) => {
    const list = figures.map((f) => rowsOf(rows, f));
    const series: ChartSeries[] = figures.map((f, i) => ({ name: FIGURE_LABEL[f].name, fill: fills[i], values: list[i].map((r) => r.rate) }));
    return (
      <TrendChart
        id={id}
        title={title}
        labels={list[0].map((r) => r.short)}
        series={series}
        summary={list.map((l, i) => summary(l, FIGURE_LABEL[figures[i]].name)).join(" ")}
      />
    );
  };
  const exportHref = `/api/export/trends.csv?unit=${unitCode}&weeks=${trends.window}`;
  return (
    <div className="space-y-6">
      <nav aria-label="Khoảng thời gian" className="flex flex-wrap items-center gap-3 text-sm">
        {TREND_WINDOWS.map((w) => (
          <Link
            key={w}
            href={`${basePath}?weeks=${w}`}
            aria-current={w === trends.window ? "page" : undefined}
            className={
              w === trends.window ? "rounded bg-brand-700 px-3 py-1 font-semibold text-white" : "rounded border border-brand-700 px-3 py-1 text-brand-700"
            }
          >
            {w} tuần gần nhất
          </Link>
        ))}
        <a className="text-brand-700 underline" href={exportHref}>
          Tải CSV
        </a>
        <a className="text-brand-700 underline" href={`${exportHref}&format=xlsx`}>
          Tải Excel
        </a>
      </nav>
      {trends.dropped ? (
        <Notice tone="warning">
          Chỉ số giảm {DROP_WEEKS} tuần liền: mỗi tuần trong {DROP_WEEKS} tuần gần nhất đều thấp hơn mức trung bình của các tuần trước đó từ {DROP_POINTS} điểm
          phần trăm trở lên (giao ban và nhiệm vụ xong đúng hạn).
        </Notice>
      ) : null}
      <section aria-labelledby="weekly-h" className="space-y-3">
        <h2 id="weekly-h" className="text-lg font-semibold">
          Theo tuần
        </h2>
        <p className="text-sm text-slate-700">
          Các tuần đã kết thúc, tuần này chưa tính.
          {area ? ` Tỷ lệ trên các xã có khối đang hoạt động (${trends.communes} xã trong kỳ).` : ""} Nhiệm vụ tính theo hạn ban đầu; xong đúng hạn là đã báo
          cáo xong trước hoặc đúng hạn.
        </p>
        {chart("chart-meetings", area ? "Tỷ lệ xã có giao ban trong tuần" : "Tuần có giao ban", ["meetings"], [BLUE])}
        {chart("chart-tasks", "Nhiệm vụ xong đúng hạn", ["tasks"], [AMBER])}
        <FigureTable caption="Giao ban và nhiệm vụ theo tuần" figures={["meetings", "tasks"]} rows={rows} open={open} />
      </section>
      <section aria-labelledby="monthly-h" className="space-y-3">
        <h2 id="monthly-h" className="text-lg font-semibold">
          Theo tháng
        </h2>
        {rowsOf(rows, "reports").length ? (
          <>
            {chart("chart-reports", "Báo cáo tình hình nhân dân hằng tháng", ["reports", "reportsOnTime"], [BLUE, AMBER])}
            <FigureTable caption="Báo cáo tháng theo kỳ" figures={["reports", "reportsOnTime"]} rows={rows} open={open} />
          </>
        ) : (
          <p className="text-sm">Chưa có kỳ báo cáo tháng nào hết hạn trong khoảng này.</p>
        )}
        {chart("chart-recommendations", "Kiến nghị giám sát được trả lời đúng hạn (theo tháng gửi)", ["recommendations"], [BLUE])}
        <FigureTable caption="Kiến nghị giám sát theo tháng gửi" figures={["recommendations"]} rows={rows} open={open} />
      </section>
    </div>
  );
}
