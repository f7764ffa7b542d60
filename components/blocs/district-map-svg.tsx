import type { DistrictMap } from "@/lib/blocs/district-map";
import { MODEL_COLOUR, MODEL_LABEL, type BlocModel } from "@/lib/blocs/labels";

/**
 * Districts coloured by their commune-level model, rendered on the server; the outlines come from the
 * static shapes file (lib/blocs/district-map.ts). The table beside it is the accessible alternative (and
 * the way to each district's page); the figure itself is one labelled image.
 */
export function DistrictMapSvg({ map, modelOf }: { map: DistrictMap; modelOf: Map<string, BlocModel | null> }) {
  const used = [...new Set([...modelOf.values()].filter((m): m is BlocModel => m !== null))];
  return (
    <figure className="rounded border border-slate-200 bg-white p-3">
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        className="h-auto w-full"
        role="img"
        aria-label="Bản đồ các huyện, thị xã, thành phố tô màu theo mô hình khối cấp xã; xem bảng bên dưới để có cùng thông tin."
      >
        {map.shapes.map((s) => {
          const model = modelOf.get(s.code) ?? null;
          return (
            <g key={s.code} fill={model ? MODEL_COLOUR[model] : "#cbd5e1"} fillOpacity={0.75} stroke="#ffffff" strokeWidth={1.2}>
              <title>{`${s.name}: ${model ? MODEL_LABEL[model] : "chưa có dữ liệu"}`}</title>
              <use href={`${map.spriteUrl}#d-${s.code}`} />
            </g>
          );
        })}
        {map.shapes.map((s) => (
          <text
            key={`l-${s.code}`}
            x={s.labelX}
            y={s.labelY}
            textAnchor="middle"
            fontSize={15}
            fontWeight={600}
            fill="#0f172a"
            stroke="#ffffff"
            strokeWidth={3}
            paintOrder="stroke"
            aria-hidden="true"
          >
            {s.name}
          </text>
        ))}
      </svg>
      <figcaption className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {used.map((m) => (
          <span key={m} className="inline-flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm" style={{ background: MODEL_COLOUR[m] }} />
            {MODEL_LABEL[m]}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
