// Every text field of the schema has a decision about personal data (lib/privacy/inventory.ts), and
// docs/PRIVACY.md says what the inventory says.
import { readFileSync } from "node:fs";
import path from "node:path";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { FIELDS, textFieldsOf, type RecordKind } from "@/lib/privacy/inventory";
import { citizenFieldsOf, cutoffOf, RECORDS } from "@/lib/privacy/retention";
import { CITIZEN_FIELD_LABEL } from "@/lib/privacy/labels";
import { names, parsePersonQuery } from "@/lib/privacy/person";
import { privacyDocument } from "@/lib/privacy/document";

const root = path.resolve(import.meta.dirname, "..", "..");
const schema = readFileSync(path.join(root, "prisma", "schema.prisma"), "utf8");

describe("the inventory of personal data", () => {
  it("decides every text field of the schema, and names no field the schema lacks", () => {
    const fields = textFieldsOf(schema);
    expect(fields.length).toBeGreaterThan(100);
    const undecided = fields.filter((f) => !(f in FIELDS));
    expect(undecided, `Quyết định các trường này trong lib/privacy/inventory.ts: ${undecided.join(", ")}`).toEqual([]);
    expect(Object.keys(FIELDS).filter((f) => !fields.includes(f))).toEqual([]);
  });

  it("finds a new free-text field", () => {
    const grown = schema.replace(/^model Meeting \{\n/m, 'model Meeting {\n  citizenNote String @default("")\n');
    expect(textFieldsOf(grown)).toContain("Meeting.citizenNote");
    expect(textFieldsOf(grown).filter((f) => !(f in FIELDS))).toEqual(["Meeting.citizenNote"]);
  });

  it("is what docs/PRIVACY.md says (npm run privacy:doc writes it)", async () => {
    const file = path.join(root, "docs", "PRIVACY.md");
    const options = (await prettier.resolveConfig(file)) ?? {};
    const expected = await prettier.format(privacyDocument(), { ...options, filepath: file });
    expect(readFileSync(file, "utf8"), "docs/PRIVACY.md differs from the inventory: run npm run privacy:doc").toBe(expected);
  });
});

describe("anonymisation when the retention period ends", () => {
  it("reaches every citizen field of the inventory through its kind of record", () => {
    const unreached = Object.entries(FIELDS)
      .filter(([, d]) => d.class === "citizen")
      .filter(([name, d]) => !RECORDS[(d as { kind: RecordKind }).kind].parts.some((p) => p.model === name.split(".")[0]));
    expect(
      unreached.map(([name]) => name),
      "Thêm mô hình của các trường này vào RECORDS (lib/privacy/retention.ts)",
    ).toEqual([]);
    for (const kind of Object.keys(RECORDS) as RecordKind[]) expect(citizenFieldsOf(kind).size, kind).toBeGreaterThan(0);
  });

  it("counts the period from the same calendar day, years back", () => {
    expect(
      cutoffOf(new Date(Date.UTC(2026, 11, 7)), 5)
        .toISOString()
        .slice(0, 10),
    ).toBe("2021-12-07");
  });
});

describe("a person's request", () => {
  it("names every citizen field in the administrator's words", () => {
    const citizen = Object.entries(FIELDS)
      .filter(([, d]) => d.class === "citizen")
      .map(([name]) => name);
    expect(citizen.filter((f) => !CITIZEN_FIELD_LABEL[f])).toEqual([]);
    expect(Object.keys(CITIZEN_FIELD_LABEL).filter((f) => !citizen.includes(f))).toEqual([]);
  });

  it("finds a name with or without accents as whole words, and a number written whole or in groups", () => {
    const q = parsePersonQuery("nguyen van an", "0912.345.678");
    if ("error" in q) throw new Error(q.error);
    expect(names("Ông Nguyễn Văn An phản ánh", q)).toBe(true);
    expect(names("Ông NGUYỄN VĂN AN", q)).toBe(true);
    expect(names("Ông Nguyễn Văn Anh", { ...q, digits: "" })).toBe(false);
    expect(names("gọi 0912 345 678", { ...q, folded: "" })).toBe(true);
    expect(names("gọi +84912345678", { ...q, folded: "" })).toBe(true);
    expect(parsePersonQuery("An", "")).toEqual({ error: expect.stringMatching(/ít nhất hai tiếng/) });
    expect(parsePersonQuery("", "12345")).toEqual({ error: expect.stringMatching(/9 hoặc 12 chữ số/) });
  });
});
