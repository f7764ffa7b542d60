// The map of today's units: built from the 2018 commune outlines through the lineage, served as one static
// file that must be the one the data make today (npm run maps rewrites it).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { UNITS_SPRITE_PATH, unitMap, unitSprite, unitSpriteUrlOf } from "@/lib/units/unit-map";
import { mapPaint } from "@/lib/units/map-figures";

describe("map of today's units", () => {
  it("serves one outline per unit of 2025 and the unassigned 2018 communes apart", () => {
    const map = unitMap();
    const served = readFileSync(path.join(process.cwd(), "public", UNITS_SPRITE_PATH), "utf8");
    expect(served).toBe(unitSprite(map));
    expect(map.spriteUrl).toBe(unitSpriteUrlOf(served));
    expect(map.shapes).toHaveLength(54);
    expect([...served.matchAll(/<path id="u-(\d{5})" d="M[^"]+"\/>/g)]).toHaveLength(54);
    // The ten communes dissolved in 2020 and 2024 whose receiving unit the sources do not state.
    expect(map.unassigned).toHaveLength(10);
  });

  it("marks a unit approximate when it took only part of a 2018 commune, and not otherwise", () => {
    const byCode = new Map(unitMap().shapes.map((s) => [s.code, s]));
    // An Sinh took part of phường Đức Chính (whole: false); Đông Triều took the rest.
    expect(byCode.get("07090")?.approximate).toBe(true);
    expect(byCode.get("07093")?.approximate).toBe(true);
    // Quảng Hà took Quảng Long only in part; Cô Tô took its communes whole.
    expect(byCode.get("06922")?.approximate).toBe(true);
    expect(byCode.get("07192")?.approximate).toBe(false);
  });

  it("colours by the chosen figure, with a word for each area", () => {
    const row = (code: string, model: "DAN_VAN_BLOC" | null) =>
      ({ unitId: `id-${code}`, code, model, status: "ESTABLISHED" }) as Parameters<typeof mapPaint>[1][number];
    const paint = mapPaint("overdue", [row("06652", "DAN_VAN_BLOC"), row("06658", null)], { activity: new Map([["id-06652", { held4: 3, overdue: 7 }]]) });
    expect(paint.colourOf.get("06652")?.text).toBe("7 nhiệm vụ quá hạn");
    expect(paint.colourOf.get("06658")?.text).toBe("0 nhiệm vụ quá hạn");
    expect(mapPaint("model", [row("06658", null)], {}).colourOf.get("06658")?.text).toBe("chưa ghi nhận mô hình");
  });
});
