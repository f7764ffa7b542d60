import { describe, expect, it } from "vitest";
import { checkQuery, fold, MAX_QUERY_LENGTH } from "@/lib/text/fold";

describe("accent-insensitive folding", () => {
  it("matches without diacritics or case", () => {
    expect(fold("Đầm Hà")).toBe("dam ha");
    expect(fold("ĐẦM HÀ")).toBe("dam ha");
    expect(fold("Quảng Ninh")).toBe("quang ninh");
  });

  it("treats old and new tone placement alike (Hoà = Hòa), in NFC and NFD", () => {
    expect(fold("Nam Hoà")).toBe(fold("Nam Hòa"));
    expect(fold("Hòa".normalize("NFD"))).toBe("hoa");
  });

  it("collapses punctuation and spaces", () => {
    expect(fold("  Thị trấn   Trới, (Hoành Bồ) ")).toBe("thi tran troi hoanh bo");
  });
});

describe("search input", () => {
  it("refuses an over-long query instead of truncating it", () => {
    expect(checkQuery("a".repeat(MAX_QUERY_LENGTH + 1))).toEqual({ ok: false, reason: "too-long" });
    expect(checkQuery("a".repeat(100_000))).toEqual({ ok: false, reason: "too-long" });
  });

  it("drops control characters and reports an empty query", () => {
    expect(checkQuery("\u0000\u0001 \t")).toEqual({ ok: false, reason: "empty" });
    expect(checkQuery("dam\u0000ha")).toEqual({ ok: true, folded: "dam ha" });
    expect(checkQuery(undefined)).toEqual({ ok: false, reason: "empty" });
  });

  it("keeps SQL wildcards and quotes out of the folded text", () => {
    expect(checkQuery("%' OR 1=1 --")).toEqual({ ok: true, folded: "or 1 1" });
  });
});
