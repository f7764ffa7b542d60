// GeoJSON polygons as SVG path data for a static shapes file (public/maps/): longitude scaled by the cosine
// of the mean latitude, latitude flipped, whole pixels of a figure 800 pixels wide, points closer than 2 px to
// the last kept one dropped, relative moves. A ring that shrinks below a triangle (a rock off the coast) is
// left out. The page then carries only colours, labels and links, not the outlines (decision 0021).
import { createHash } from "node:crypto";

export type Ring = [number, number][];
export interface Feature<P> {
  properties: P;
  geometry: { type: "Polygon"; coordinates: Ring[] } | { type: "MultiPolygon"; coordinates: Ring[][] };
}

export const MAP_WIDTH = 800;

export const polygonsOf = <P>(f: Feature<P>): Ring[][] => (f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates);

export interface Projection {
  width: number;
  height: number;
  /** One polygon (outer ring and holes) as path data. */
  path: (rings: Ring[]) => string;
  /** The centre of a ring's bounding box, in the figure's pixels. */
  centre: (ring: Ring) => [number, number];
}

export function projection(features: Feature<unknown>[]): Projection {
  const points = features.flatMap((f) => polygonsOf(f).flat(2));
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [minLon, maxLon, minLat, maxLat] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const scale = MAP_WIDTH / ((maxLon - minLon) * k);
  const x = (lon: number) => (lon - minLon) * k * scale;
  const y = (lat: number) => (maxLat - lat) * scale;
  const ringPath = (ring: Ring) => {
    const kept: [number, number][] = [];
    for (const [lon, lat] of ring) {
      const p: [number, number] = [Math.round(x(lon)), Math.round(y(lat))];
      const last = kept.at(-1);
      if (!last || Math.abs(p[0] - last[0]) + Math.abs(p[1] - last[1]) >= 2) kept.push(p);
    }
    if (kept.length < 3) return "";
    return `M${kept[0][0]} ${kept[0][1]}${kept
      .slice(1)
      .map((p, i) => `l${p[0] - kept[i][0]} ${p[1] - kept[i][1]}`)
      .join("")}z`;
  };
  return {
    width: MAP_WIDTH,
    height: Math.ceil((maxLat - minLat) * scale),
    path: (rings) => rings.map(ringPath).join(""),
    centre: (ring) => {
      const xs = ring.map((p) => x(p[0]));
      const ys = ring.map((p) => y(p[1]));
      return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
    },
  };
}

/** A shapes file: each shape's outline as a path with the id `<prefix>-<code>`, unpainted (the page paints). */
export function sprite(map: { width: number; height: number; shapes: { code: string; d: string }[] }, prefix: string): string {
  const paths = map.shapes.map((s) => `<path id="${prefix}-${s.code}" d="${s.d}"/>`).join("\n");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}">\n<defs>\n${paths}\n</defs>\n</svg>\n`;
}

/** A shapes file's address, versioned by a digest of its content (cached for good). */
export const versionedUrl = (file: string, content: string) => `${file}?v=${createHash("sha256").update(content).digest("hex").slice(0, 12)}`;
