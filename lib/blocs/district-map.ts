// The 2018 district boundaries (prisma/data/quang-ninh-districts.geojson) as SVG paths, projected once per
// process: longitude scaled by the cosine of the mean latitude, latitude flipped. The shapes reach the
// browser as one static file (public/maps/, made by `npm run maps`, cached for good under a versioned
// address); the page carries only each district's colour and label, not 50 KB of outlines twice.
import { readFileSync } from "node:fs";
import path from "node:path";
import { polygonsOf, projection, sprite, versionedUrl, type Feature } from "../maps/project";

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
export const spriteUrlOf = (content: string) => versionedUrl(SPRITE_PATH, content);

/** The shapes file: each district's outline as a path with the id `d-<code>`, unpainted (the page paints). */
export const districtSprite = (map: Pick<DistrictMap, "width" | "height" | "shapes">) => sprite(map, "d");

let cached: DistrictMap | undefined;

export function districtMap(): DistrictMap {
  if (cached) return cached;
  const file = path.join(process.cwd(), "prisma", "data", "quang-ninh-districts.geojson");
  const features = (JSON.parse(readFileSync(file, "utf8")) as { features: Feature<{ code: string; name: string }>[] }).features;
  const project = projection(features);
  const shapes = features.map((f) => {
    const polygons = polygonsOf(f);
    const largest = polygons.reduce((a, b) => (b[0].length > a[0].length ? b : a));
    const [labelX, labelY] = project.centre(largest[0]);
    return { code: f.properties.code, name: f.properties.name, d: polygons.map(project.path).join(""), labelX, labelY };
  });
  const { width, height } = project;
  cached = { width, height, shapes, spriteUrl: spriteUrlOf(districtSprite({ width, height, shapes })) };
  return cached;
}
