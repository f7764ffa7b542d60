// The 2018 district boundaries (prisma/data/quang-ninh-districts.geojson) as SVG paths, projected once per
// process: longitude scaled by the cosine of the mean latitude, latitude flipped.
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
  const shapes = features.map((f) => {
    const polygons = polygonsOf(f);
    const d = polygons
      .map((rings) => rings.map((ring) => `M${ring.map(([lon, lat]) => `${x(lon).toFixed(1)},${y(lat).toFixed(1)}`).join("L")}Z`).join(""))
      .join("");
    const largest = polygons.reduce((a, b) => (b[0].length > a[0].length ? b : a));
    const xs = largest[0].map((p) => x(p[0]));
    const ys = largest[0].map((p) => y(p[1]));
    return {
      code: f.properties.code, name: f.properties.name, d,
      labelX: (Math.min(...xs) + Math.max(...xs)) / 2, labelY: (Math.min(...ys) + Math.max(...ys)) / 2,
    };
  });
  cached = { width: MAP_WIDTH, height, shapes };
  return cached;
}
