"use client";
// The map's drawing, from compact values the server computed (components/units/unit-map-svg.tsx): a client
// component so that the page's data for the browser carries each area's values once rather than its element
// tree (see components/blocs/commune-bloc-rows.tsx). The outlines themselves come from the cached sprite.

export interface MapArea {
  code: string;
  name: string;
  fill: string;
  /** What a reader hears or sees on hover: "<name>: <figure>[ (ranh giới gần đúng)]". */
  label: string;
  approximate: boolean;
  labelX: number;
  labelY: number;
}

export function UnitMapDrawing({
  width,
  height,
  spriteUrl,
  unassignedId,
  areas,
  ariaLabel,
}: {
  width: number;
  height: number;
  spriteUrl: string;
  unassignedId: string | null;
  areas: MapArea[];
  ariaLabel: string;
}) {
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full" role="group" aria-label={ariaLabel}>
      {unassignedId ? (
        <g fill="#e2e8f0" stroke="#ffffff" strokeWidth={0.6}>
          <title>Xã năm 2018 chưa rõ đơn vị kế thừa (nguồn không nêu)</title>
          <use href={`${spriteUrl}#${unassignedId}`} />
        </g>
      ) : null}
      {/* Shared presentation attributes once on a group, not on each of the 54 areas and labels. */}
      <g fillOpacity={0.8} stroke="#ffffff" strokeWidth={0.6}>
        {areas.map((s) => (
          <a key={s.code} href={`/communes/${s.code}`} aria-label={s.label}>
            <title>{s.label}</title>
            <use href={`${spriteUrl}#u-${s.code}`} fill={s.fill} strokeDasharray={s.approximate ? "3 2" : undefined} />
          </a>
        ))}
      </g>
      <g
        textAnchor="middle"
        fontSize={9}
        fontWeight={600}
        fill="#0f172a"
        stroke="#ffffff"
        strokeWidth={2}
        paintOrder="stroke"
        aria-hidden="true"
        pointerEvents="none"
      >
        {areas.map((s) => (
          <text key={s.code} x={s.labelX} y={s.labelY}>
            {s.name}
          </text>
        ))}
      </g>
    </svg>
  );
}
