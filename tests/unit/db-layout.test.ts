import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { derivePostgres, migrationSlug, migrationTimestamp, POSTGRES_SCHEMA, SOURCE_SCHEMA } from "@/scripts/db/layout";

describe("database tool", () => {
  it("derives the PostgreSQL schema by provider and output only", () => {
    const source = readFileSync(SOURCE_SCHEMA, "utf8");
    const derived = derivePostgres(source);
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).toContain('"../../generated/prisma/postgres"');
    expect(derived.match(/^model /gm)?.length).toBe(source.match(/^model /gm)?.length);
    expect(readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(derived);
  });

  it("names migrations like prisma migrate dev", () => {
    expect(migrationTimestamp(new Date("2026-01-26T09:30:05Z"))).toBe("20260126093005");
    expect(migrationSlug("Thêm bảng Đơn vị!")).toBe("them_bang_don_vi");
    expect(() => migrationSlug("")).toThrow(/name/);
  });
});
