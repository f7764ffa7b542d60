// The 2018 district boundaries (prisma/data/quang-ninh-districts.geojson) as SVG paths, projected once per
// process: longitude scaled by the cosine of the mean latitude, latitude flipped. The shapes reach the
// browser as one static file (public/maps/, made by `npm run maps`, cached for good under a versioned
// address); the page carries only each district's colour and label, not 50 KB of outlines twice.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

type Ring = [number, number][];
interface Feature {
  properties: { code: string; name: string };
  geometry: { type: "Polygon"; coordinates: Ring[] } | { type: "MultiPolygon"; coordinates: Ring[][] };
}

export interface DistrictShape {
  code: string;
  name: string;
  d: string;
  /** Where to put the label: the centre of the largest polygon's bounding box. */
  labelX: number;
  labelY: number;
}

export interface DistrictMap {
  width: number;
  height: number;
  shapes: DistrictShape[];
  /** The shapes file's address with its version (a digest of its content). */
  spriteUrl: string;
}

/** Where the shapes file is served from (public/). */
export const SPRITE_PATH = "/maps/quang-ninh-districts-2018.svg";

/** The shapes file's address, versioned by a digest of its content. */
export const spriteUrlOf = (sprite: string) => `${SPRITE_PATH}?v=${createHash("sha256").update(sprite).digest("hex").slice(0, 12)}`;

/** The shapes file: each district's outline as a path with the id `d-<code>`, unpainted (the page paints). */
export function districtSprite(map: Pick<DistrictMap, "width" | "height" | "shapes">): string {
  const paths = map.shapes.map((s) => `<path id="d-${s.code}" d="${s.d}"/>`).join("\n");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}">\n<defs>\n${paths}\n</defs>\n</svg>\n`;
}

export const MAP_WIDTH = 800;

let cached: DistrictMap | undefined;

export function districtMap(): DistrictMap {
  if (cached) return cached;
  const file = path.join(process.cwd(), "prisma", "data", "quang-ninh-districts.geojson");
  const features = (JSON.parse(readFileSync(file, "utf8")) as { features: Feature[] }).features;
  const polygonsOf = (f: Feature): Ring[][] => (f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates);
  const points = features.flatMap((f) => polygonsOf(f).flat(2));
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [minLon, maxLon, minLat, maxLat] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const scale = MAP_WIDTH / ((maxLon - minLon) * k);
  const height = Math.ceil((maxLat - minLat) * scale);
  const x = (lon: number) => (lon - minLon) * k * scale;
  const y = (lat: number) => (maxLat - lat) * scale;
  // Whole pixels of an 800-pixel-wide figure, points closer than 2 px to the last kept one dropped, relative
  // moves: the province page carries the map twice (HTML and the RSC payload), and the full-precision
  // boundaries made it 200 KB; a ring that shrinks below a triangle (a rock off the coast) is left out.
  const ringPath = (ring: Ring) => {
    const kept: [number, number][] = [];
    for (const [lon, lat] of ring) {
      const p: [number, number] = [Math.round(x(lon)), Math.round(y(lat))];
      const last = kept.at(-1);
      if (!last || Math.abs(p[0] - last[0]) + Math.abs(p[1] - last[1]) >= 2) kept.push(p);
    }
    if (kept.length < 3) return "";
    return `M${kept[0][0]} ${kept[0][1]}${kept.slice(1).map((p, i) => `l${p[0] - kept[i][0]} ${p[1] - kept[i][1]}`).join("")}z`;
  };
  const shapes = features.map((f) => {
    const polygons = polygonsOf(f);
    const d = polygons.map((rings) => rings.map(ringPath).join("")).join("");
    const largest = polygons.reduce((a, b) => (b[0].length > a[0].length ? b : a));
    const xs = largest[0].map((p) => x(p[0]));
    const ys = largest[0].map((p) => y(p[1]));
    return {
      code: f.properties.code, name: f.properties.name, d,
      labelX: (Math.min(...xs) + Math.max(...xs)) / 2, labelY: (Math.min(...ys) + Math.max(...ys)) / 2,
    };
  });
  cached = { width: MAP_WIDTH, height, shapes, spriteUrl: spriteUrlOf(districtSprite({ width: MAP_WIDTH, height, shapes })) };
  return cached;
}
