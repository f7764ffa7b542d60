// Today's units (from 1/7/2025) drawn from the 2018 commune polygons (prisma/data/quang-ninh-communes-2018.geojson)
// through the lineage of prisma/data/quang-ninh-2025.json: each 2018 commune's outline goes to the unit that
// absorbed it. A 2018 commune split between several units is drawn with the one that kept its code (else the
// first named), and every unit that took only part of a 2018 commune is marked approximate. The communes
// dissolved in 2020 and 2024 whose receiving unit the sources do not state are drawn apart, unassigned.
// Like the district map, the outlines are one static file (public/maps/, `npm run maps`).
import { readFileSync } from "node:fs";
import path from "node:path";
import { polygonsOf, projection, sprite, versionedUrl, type Feature, type Ring } from "../maps/project";

export interface UnitShape {
  code: string;
  name: string;
  d: string;
  labelX: number;
  labelY: number;
  /** The unit took only part of a 2018 commune: its outline on this map is approximate. */
  approximate: boolean;
}

export interface UnitMap {
  width: number;
  height: number;
  shapes: UnitShape[];
  /** Outlines of 2018 communes whose successor the sources do not state (drawn grey, no link). */
  unassigned: string[];
  spriteUrl: string;
}

export const UNITS_SPRITE_PATH = "/maps/quang-ninh-units-2025.svg";
const UNASSIGNED = "chua-ro";

interface Lineage2025 {
  communes: { code: string; name: string; absorbed: { code: string; whole: boolean }[] }[];
  dissolvedSince2018: { code: string; newUnits2025: string[] | null }[];
}

const DATA = path.join(process.cwd(), "prisma", "data");
const read = <T>(file: string) => JSON.parse(readFileSync(path.join(DATA, file), "utf8")) as T;

/** The shapes file: each unit's outline (`u-<code>`) and the unassigned communes (`u-chua-ro`). */
export function unitSprite(map: Pick<UnitMap, "width" | "height" | "shapes" | "unassigned">): string {
  return sprite(
    { width: map.width, height: map.height, shapes: [...map.shapes, ...(map.unassigned.length ? [{ code: UNASSIGNED, d: map.unassigned.join("") }] : [])] },
    "u",
  );
}

export const unitSpriteUrlOf = (content: string) => versionedUrl(UNITS_SPRITE_PATH, content);
export const UNASSIGNED_ID = `u-${UNASSIGNED}`;

let cached: UnitMap | undefined;

export function unitMap(): UnitMap {
  if (cached) return cached;
  const features = read<{ features: Feature<{ code: string; name: string }>[] }>("quang-ninh-communes-2018.geojson").features;
  const lineage = read<Lineage2025>("quang-ninh-2025.json");
  const owners = new Map<string, { unit: string; whole: boolean }[]>();
  for (const u of lineage.communes) for (const a of u.absorbed) owners.set(a.code, [...(owners.get(a.code) ?? []), { unit: u.code, whole: a.whole }]);
  // Dissolved before 2025 into a unit that was then absorbed: the 2025 units the sources name, if any.
  for (const d of lineage.dissolvedSince2018) {
    if (!owners.has(d.code) && d.newUnits2025?.length)
      owners.set(
        d.code,
        d.newUnits2025.map((unit) => ({ unit, whole: d.newUnits2025!.length === 1 })),
      );
  }
  const project = projection(features);
  const parts = new Map<string, Ring[][]>();
  const approximate = new Set<string>();
  const unassigned: string[] = [];
  for (const f of features) {
    const list = owners.get(f.properties.code);
    if (!list?.length) {
      unassigned.push(polygonsOf(f).map(project.path).join(""));
      continue;
    }
    const main = list.find((o) => o.unit === f.properties.code) ?? list[0];
    for (const o of list) if (!o.whole || list.length > 1) approximate.add(o.unit);
    parts.set(main.unit, [...(parts.get(main.unit) ?? []), ...polygonsOf(f)]);
  }
  const shapes = lineage.communes
    .filter((u) => parts.has(u.code))
    .map((u) => {
      const polygons = parts.get(u.code)!;
      const largest = polygons.reduce((a, b) => (b[0].length > a[0].length ? b : a));
      const [labelX, labelY] = project.centre(largest[0]);
      return { code: u.code, name: u.name, d: polygons.map(project.path).join(""), labelX, labelY, approximate: approximate.has(u.code) };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
  const base = { width: project.width, height: project.height, shapes, unassigned };
  cached = { ...base, spriteUrl: unitSpriteUrlOf(unitSprite(base)) };
  return cached;
}
