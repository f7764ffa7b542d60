// Today's units on a map, coloured by a chosen figure, each area a link to its unit: the figure, legend and
// colours are worked out on the server from the static outlines (lib/units/unit-map.ts), the drawing is a
// client component fed compact values (components/ui/area-map.tsx). The registry table below is
// the accessible alternative: the figure is one labelled image with a text legend, and each area's link is
// named in words.
import type { UnitMap } from "@/lib/units/unit-map";
import { UNASSIGNED_ID } from "@/lib/units/unit-map";
import { AreaMap } from "@/components/ui/area-map";

export interface MapPaint {
  /** Per unit code: the fill and the words a reader hears or sees on hover. */
  colourOf: Map<string, { fill: string; text: string }>;
  legend: { fill: string; label: string }[];
  caption: string;
}

export function UnitMapSvg({ map, paint }: { map: UnitMap; paint: MapPaint }) {
  return (
    <figure className="rounded border border-slate-200 bg-white p-3">
      <AreaMap
        width={map.width}
        height={map.height}
        spriteUrl={map.spriteUrl}
        unassignedId={map.unassigned.length ? UNASSIGNED_ID : null}
        ariaLabel={`${paint.caption}; bảng bên dưới có cùng thông tin.`}
        areas={map.shapes.map((s) => {
          const c = paint.colourOf.get(s.code) ?? { fill: "#cbd5e1", text: "chưa có dữ liệu" };
          return {
            code: s.code,
            name: s.name,
            spriteId: `u-${s.code}`,
            href: `/communes/${s.code}`,
            fill: c.fill,
            label: `${s.name}: ${c.text}${s.approximate ? " (ranh giới gần đúng)" : ""}`,
            approximate: s.approximate,
            labelX: s.labelX,
            labelY: s.labelY,
          };
        })}
      />
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
        <p className="text-xs text-slate-600">
          Vẽ từ ranh giới các xã năm 2018 theo danh sách sáp nhập; đơn vị viền nét đứt chỉ nhận một phần xã cũ nên ranh giới là gần đúng; vùng xám: xã cũ chưa
          rõ đơn vị kế thừa.
        </p>
      </figcaption>
    </figure>
  );
}
