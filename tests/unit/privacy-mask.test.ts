// What a reader who does not work the record sees of a citizen (lib/privacy/mask.ts).
import { describe, expect, it } from "vitest";
import { looksMasked, maskAddress, maskName, maskNumber, maskText } from "@/lib/privacy/mask";
import { maskHistory } from "@/lib/privacy/present";

describe("masking a citizen's data", () => {
  it("turns a name into its initials, with Vietnamese letters", () => {
    expect(maskName("Nguyễn Văn An")).toBe("N. V. A");
    expect(maskName("  Đỗ   thị Ánh ")).toBe("Đ. T. Á");
    expect(maskName("")).toBe("");
  });

  it("keeps the ends of a phone or identity number", () => {
    expect(maskNumber("0912 345 678")).toBe("09******78");
    expect(maskNumber("001234567890")).toBe("00********90");
    expect(maskNumber("123")).toBe("***");
  });

  it("keeps only the last part of an address", () => {
    expect(maskAddress("Số 12, thôn Đông, xã Quảng Hà")).toBe("…, xã Quảng Hà");
    expect(maskAddress("thôn Đông")).toBe("…");
  });

  it("masks personal numbers and the record's names in free text, and nothing else", () => {
    const text = "Ông Nguyễn Văn An (0912.345.678, CCCD 022012345678) phản ánh 120 hộ, năm 2018, mã 06922.";
    expect(maskText(text, ["Nguyễn Văn An"])).toBe("Ông N. V. A (09******78, CCCD 02********78) phản ánh 120 hộ, năm 2018, mã 06922.");
    expect(maskText("ông nguyễn văn an đến", ["Nguyễn Văn An"])).toBe("ông N. V. A đến");
    expect(maskText("CMND 012345678 cũ")).toBe("CMND 01*****78 cũ");
    expect(maskText("ĐT 0912 345 678, +84912345678, số 001 234 567 890")).toBe("ĐT 09******78, 84*******78, số 00********90");
    // Amounts, dates and codes are not identity numbers.
    expect(maskText("Ghi 2018-08-13 1234567a, mã 06922, 12345678")).toBe("Ghi 2018-08-13 1234567a, mã 06922, 12345678");
    expect(maskText("Hỗ trợ 150.000.000 đồng, 150000000 đ, 120000000 VNĐ")).toBe("Hỗ trợ 150.000.000 đồng, 150000000 đ, 120000000 VNĐ");
  });

  it("recognises a masked value pasted back", () => {
    expect(looksMasked("N. V. A")).toBe(true);
    expect(looksMasked("N. V. A.")).toBe(true);
    expect(looksMasked("09******78")).toBe(true);
    expect(looksMasked("…, xã Quảng Hà")).toBe(true);
    expect(looksMasked("Nguyễn Văn An")).toBe(false);
    expect(looksMasked("0912345678")).toBe(false);
  });

  it("reaches the texts a record's history copied", () => {
    const [entry] = maskHistory(
      [
        {
          reason: "Gọi 0912345678",
          changes: [
            { field: "generalMood", before: null, after: "Ông Nguyễn Văn An phản ánh" },
            { field: "issues", before: 0, after: { n: ["Nguyễn Văn An"] } },
          ],
        },
      ],
      ["Nguyễn Văn An"],
    );
    expect(entry.reason).toBe("Gọi 09******78");
    expect(entry.changes.map((c) => c.after)).toEqual(["Ông N. V. A phản ánh", { n: ["N. V. A"] }]);
  });
});
