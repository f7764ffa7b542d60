import type { DistrictMap } from "@/lib/blocs/district-map";
import { MODEL_COLOUR, MODEL_LABEL, type BlocModel } from "@/lib/blocs/labels";
import { AreaMap } from "@/components/ui/area-map";

/**
 * Districts coloured by their commune-level model, each a link to its district's page (with the date the
 * page is viewed at); the outlines come from the static shapes file (lib/blocs/district-map.ts). The table
 * beside it is the accessible alternative with the same information.
 */
export function DistrictMapSvg({ map, modelOf, query = "" }: { map: DistrictMap; modelOf: Map<string, BlocModel | null>; query?: string }) {
  const used = [...new Set([...modelOf.values()].filter((m): m is BlocModel => m !== null))];
  return (
    <figure className="rounded border border-slate-200 bg-white p-3">
      <AreaMap
        width={map.width}
        height={map.height}
        spriteUrl={map.spriteUrl}
        fontSize={15}
        ariaLabel="Bản đồ các huyện, thị xã, thành phố tô màu theo mô hình khối cấp xã, mỗi vùng dẫn tới trang của địa phương; bảng bên dưới có cùng thông tin."
        areas={map.shapes.map((s) => {
          const model = modelOf.get(s.code) ?? null;
          return {
            code: s.code,
            name: s.name,
            spriteId: `d-${s.code}`,
            href: `/districts/${s.code}${query}`,
            fill: model ? MODEL_COLOUR[model] : "#cbd5e1",
            label: `${s.name}: ${model ? MODEL_LABEL[model] : "chưa có dữ liệu"}`,
            labelX: s.labelX,
            labelY: s.labelY,
          };
        })}
      />
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
