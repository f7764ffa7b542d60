// A bar chart drawn on the server as SVG (no script, readable on a slow phone): one or two series of
// percentages over weeks or months, a bar's value in its tooltip, a summary in the chart's description.
// The figures themselves are in the table beside it, which is what a screen reader reads.

export interface ChartSeries {
  name: string;
  /** A Tailwind fill class. */
  fill: string;
  values: (number | null)[];
}

interface Props {
  id: string;
  title: string;
  /** One label per bar group, e.g. "T33" or "08/2018". */
  labels: string[];
  series: ChartSeries[];
  summary: string;
}

const W = 420;
const H = 160;
const LEFT = 32;
const BOTTOM = 20;
const TOP = 8;

export function TrendChart({ id, title, labels, series, summary }: Props) {
  const plotW = W - LEFT - 4;
  const plotH = H - TOP - BOTTOM;
  const slot = plotW / Math.max(1, labels.length);
  const bar = Math.max(1.5, (slot * 0.75) / series.length);
  // A label under every bar of a quarter; a year's every fourth week (or third month).
  const every = Math.ceil(labels.length / 13);
  const y = (v: number) => TOP + plotH - (plotH * v) / 100;
  return (
    <figure className="space-y-1">
      <figcaption id={`${id}-t`} className="font-semibold">
        {title}
      </figcaption>
      {series.length > 1 ? (
        <p className="flex flex-wrap gap-3 text-xs text-slate-700">
          {series.map((s) => (
            <span key={s.name} className="inline-flex items-center gap-1">
              <svg width="12" height="12" aria-hidden="true">
                <rect width="12" height="12" className={s.fill} />
              </svg>
              {s.name}
            </span>
          ))}
        </p>
      ) : null}
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full max-w-xl" role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <desc id={`${id}-d`}>{summary}</desc>
        {[0, 50, 100].map((v) => (
          <g key={v}>
            <line x1={LEFT} x2={W - 4} y1={y(v)} y2={y(v)} className="stroke-slate-300" strokeWidth={v === 0 ? 1 : 0.5} />
            <text x={LEFT - 4} y={y(v) + 4} textAnchor="end" className="fill-slate-600 text-[11px]">
              {v}%
            </text>
          </g>
        ))}
        {labels.map((label, i) => (
          <g key={label + i}>
            {series.map((s, k) => {
              const v = s.values[i];
              const x = LEFT + i * slot + (slot - bar * series.length) / 2 + k * bar;
              return v === null ? (
                <text key={s.name} x={x + bar / 2} y={y(0) - 3} textAnchor="middle" className="fill-slate-400 text-[10px]">
                  –
                </text>
              ) : (
                <rect key={s.name} x={x} y={y(v)} width={bar} height={Math.max(0.5, y(0) - y(v))} className={s.fill}>
                  <title>{`${label} · ${s.name}: ${v.toLocaleString("vi-VN")}%`}</title>
                </rect>
              );
            })}
            {i % every === 0 ? (
              <text x={LEFT + i * slot + slot / 2} y={H - 6} textAnchor="middle" className="fill-slate-600 text-[10px]">
                {label}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
    </figure>
  );
}
