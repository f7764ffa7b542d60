"use client";
// A map's drawing from compact values the server computed (components/units/unit-map-svg.tsx,
// components/blocs/district-map-svg.tsx): a client component so that the page's data for the browser
// carries each area's values once rather than its element tree (see components/blocs/commune-bloc-rows.tsx).
// The outlines come from the cached sprite. Every area is a link to its unit's page, with a visible focus
// ring and a tooltip that a keyboard shows as well as a mouse (Escape hides it).
import { useState } from "react";

export interface MapArea {
  code: string;
  name: string;
  /** The area's shape in the sprite ("u-06811", "d-193"). */
  spriteId: string;
  /** The unit's page. */
  href: string;
  fill: string;
  /** What a reader hears and sees in the tooltip: "<name>: <figure>[ (ranh giới gần đúng)]". */
  label: string;
  approximate?: boolean;
  labelX: number;
  labelY: number;
}

export function AreaMap({
  width,
  height,
  spriteUrl,
  unassignedId,
  areas,
  ariaLabel,
  fontSize = 9,
}: {
  width: number;
  height: number;
  spriteUrl: string;
  unassignedId?: string | null;
  areas: MapArea[];
  ariaLabel: string;
  fontSize?: number;
}) {
  const [active, setActive] = useState<MapArea | null>(null);
  const show = (a: MapArea) => () => setActive(a);
  const hide = () => setActive(null);
  return (
    <div className="relative" onKeyDown={(e) => e.key === "Escape" && hide()}>
      <svg viewBox={`0 0 ${width} ${height}`} className="area-map h-auto w-full" role="group" aria-label={ariaLabel}>
        {unassignedId ? (
          <g fill="#e2e8f0" stroke="#ffffff" strokeWidth={0.6}>
            <title>Xã năm 2018 chưa rõ đơn vị kế thừa (nguồn không nêu)</title>
            <use href={`${spriteUrl}#${unassignedId}`} />
          </g>
        ) : null}
        {/* Shared presentation attributes once on a group, not on each area and label. */}
        <g fillOpacity={0.8} stroke="#ffffff" strokeWidth={0.6}>
          {areas.map((s) => (
            <a
              key={s.code}
              href={s.href}
              aria-label={s.label}
              aria-describedby={active?.code === s.code ? "area-map-tip" : undefined}
              onFocus={show(s)}
              onBlur={hide}
              onMouseEnter={show(s)}
              onMouseLeave={hide}
            >
              <use href={`${spriteUrl}#${s.spriteId}`} fill={s.fill} strokeDasharray={s.approximate ? "3 2" : undefined} />
            </a>
          ))}
        </g>
        <g
          textAnchor="middle"
          fontSize={fontSize}
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
      {active ? (
        <div
          id="area-map-tip"
          role="tooltip"
          className="pointer-events-none absolute z-10 max-w-[16rem] -translate-x-1/2 -translate-y-full rounded bg-slate-900 px-2 py-1 text-xs text-white shadow"
          style={{ left: `${(active.labelX / width) * 100}%`, top: `${(active.labelY / height) * 100}%` }}
        >
          {active.label}
        </div>
      ) : null}
    </div>
  );
}
