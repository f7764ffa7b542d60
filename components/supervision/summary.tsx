// The headline figures of supervision (from the rollups): open and overdue recommendations, the response
// rate, and activities by form.
import type { SupervisionFigures } from "@/lib/supervision/queries";

export function SupervisionSummary({ figures, year }: { figures: SupervisionFigures; year: number }) {
  const items = [
    ["Kiến nghị chờ trả lời", String(figures.open)],
    ["Quá hạn trả lời", String(figures.overdue)],
    [`Tỷ lệ được trả lời (gửi năm ${year})`, figures.responseRate === null ? "—" : `${figures.responseRate}% (${figures.answered}/${figures.sent})`],
    ["Trả lời đúng hạn", `${figures.answeredOnTime}`],
    [
      "Hoạt động: văn bản / đoàn / ban / phối hợp",
      `${figures.byForm.documents} / ${figures.byForm.delegation} / ${figures.byForm.communityBoard} / ${figures.byForm.joint}`,
    ],
  ];
  return (
    <dl className="grid gap-2 sm:grid-cols-5" aria-label="Số liệu giám sát">
      {items.map(([label, value]) => (
        <div key={label} className={`rounded border bg-white p-3 ${label === "Quá hạn trả lời" && figures.overdue ? "border-red-300" : "border-slate-200"}`}>
          <dt className="text-xs text-slate-700">{label}</dt>
          <dd className="text-lg font-semibold tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
