// The reference seed is idempotent and never touches what users added.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedReference } from "@/prisma/seed/reference";

describe("reference seed", () => {
  it("changes nothing on a second run", async () => {
    const before = await db.unit.count();
    expect(await seedReference(db)).toEqual({ created: 0, updated: 0 });
    expect(await db.unit.count()).toBe(before);
  });

  it("keeps an organisation a commune added and restores a corrected reference fact", async () => {
    const commune = (await db.unit.findFirst({ where: { code: "06934" } }))!;
    const optional = (await db.organisationType.findUnique({ where: { code: "HOI_NGUOI_CAO_TUOI" } }))!;
    const added = await db.organisation.create({
      data: { unitId: commune.id, typeId: optional.id, name: "Hội Người cao tuổi xã Quảng Thắng", validFrom: commune.validFrom },
    });
    await db.unit.update({ where: { id: commune.id }, data: { name: "Tên sai" } });

    expect(await seedReference(db)).toEqual({ created: 0, updated: 1 });
    expect((await db.unit.findUnique({ where: { id: commune.id } }))!.name).toBe("Quảng Thắng");
    expect(await db.organisation.findUnique({ where: { id: added.id } })).not.toBeNull();
  });

  it("holds the counts the platform promises", async () => {
    expect(await db.workGroup.count()).toBe(7);
    expect(await db.legalDocument.count({ where: { number: "44-QĐ/TU" } })).toBe(1);
    const lineage2025 = await db.unitLineage.count({ where: { legalBasis: "1679/NQ-UBTVQH15" } });
    expect(lineage2025).toBeGreaterThanOrEqual(171);
  });
});
