// The province map draws each district from the static shapes file by id: the file in public/ must be the one
// the boundaries make today, with one outline per district the page colours.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { districtMap, districtSprite, SPRITE_PATH, spriteUrlOf } from "@/lib/blocs/district-map";

describe("district map", () => {
  it("serves the outlines the boundaries make (npm run maps rewrites the file), one per district", () => {
    const map = districtMap();
    const served = readFileSync(path.join(process.cwd(), "public", SPRITE_PATH), "utf8");
    expect(served).toBe(districtSprite(map));
    const ids = [...served.matchAll(/<path id="d-(\d+)" d="M[^"]+"\/>/g)].map((m) => m[1]);
    expect(ids).toEqual(map.shapes.map((s) => s.code));
    expect(ids).toHaveLength(14);
  });

  it("addresses the file by a digest of its content, so a changed file is fetched again", () => {
    const map = districtMap();
    const served = readFileSync(path.join(process.cwd(), "public", SPRITE_PATH), "utf8");
    expect(map.spriteUrl).toBe(spriteUrlOf(served));
    expect(map.spriteUrl).toMatch(new RegExp(`^${SPRITE_PATH}\\?v=[0-9a-f]{12}$`));
    expect(spriteUrlOf(districtSprite({ ...map, shapes: map.shapes.slice(1) }))).not.toBe(map.spriteUrl);
  });
});
