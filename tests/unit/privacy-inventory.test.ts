// Every text field of the schema has a decision about personal data (lib/privacy/inventory.ts), and
// docs/PRIVACY.md says what the inventory says.
import { readFileSync } from "node:fs";
import path from "node:path";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { FIELDS, textFieldsOf } from "@/lib/privacy/inventory";
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
