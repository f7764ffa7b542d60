// Today's units on a map, coloured by a chosen figure, each area a link to its unit; rendered on the server
// from the static outlines (lib/units/unit-map.ts). The registry table below is the accessible alternative:
// the figure is one labelled image with a text legend, and each area's link is named in words.
import type { UnitMap } from "@/lib/units/unit-map";
import { UNASSIGNED_ID } from "@/lib/units/unit-map";

export interface MapPaint {
  /** Per unit code: the fill and the words a reader hears or sees on hover. */
  colourOf: Map<string, { fill: string; text: string }>;
  legend: { fill: string; label: string }[];
  caption: string;
}

export function UnitMapSvg({ map, paint }: { map: UnitMap; paint: MapPaint }) {
  return (
    <figure className="rounded border border-slate-200 bg-white p-3">
      <svg viewBox={`0 0 ${map.width} ${map.height}`} className="h-auto w-full" role="group" aria-label={`${paint.caption}; bảng bên dưới có cùng thông tin.`}>
        {map.unassigned.length ? (
          <g fill="#e2e8f0" stroke="#ffffff" strokeWidth={0.6}>
            <title>Xã năm 2018 chưa rõ đơn vị kế thừa (nguồn không nêu)</title>
            <use href={`${map.spriteUrl}#${UNASSIGNED_ID}`} />
          </g>
        ) : null}
        {map.shapes.map((s) => {
          const c = paint.colourOf.get(s.code) ?? { fill: "#cbd5e1", text: "chưa có dữ liệu" };
          const label = `${s.name}: ${c.text}${s.approximate ? " (ranh giới gần đúng)" : ""}`;
          return (
            <a key={s.code} href={`/communes/${s.code}`} aria-label={label}>
              <g fill={c.fill} fillOpacity={0.8} stroke="#ffffff" strokeWidth={0.6} strokeDasharray={s.approximate ? "3 2" : undefined}>
                <title>{label}</title>
                <use href={`${map.spriteUrl}#u-${s.code}`} />
              </g>
            </a>
          );
        })}
        {map.shapes.map((s) => (
          <text key={`l-${s.code}`} x={s.labelX} y={s.labelY} textAnchor="middle" fontSize={9} fontWeight={600}
            fill="#0f172a" stroke="#ffffff" strokeWidth={2} paintOrder="stroke" aria-hidden="true" pointerEvents="none">
            {s.name}
          </text>
        ))}
      </svg>
      <figcaption className="mt-2 space-y-1 text-sm">
        <p className="font-semibold">{paint.caption}</p>
        <p className="flex flex-wrap gap-x-4 gap-y-1">
          {paint.legend.map((l) => (
            <span key={l.label} className="inline-flex items-center gap-1.5">
              <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm" style={{ background: l.fill }} />
              {l.label}
            </span>
          ))}
        </p>
        <p className="text-xs text-slate-600">Vẽ từ ranh giới các xã năm 2018 theo danh sách sáp nhập; đơn vị viền nét đứt chỉ nhận một phần xã cũ nên ranh giới là gần đúng; vùng xám: xã cũ chưa rõ đơn vị kế thừa.</p>
      </figcaption>
    </figure>
  );
}
