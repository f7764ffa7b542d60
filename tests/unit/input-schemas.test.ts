// Every action's input schema, found through the action definitions (a new action joins this test),
// against arbitrary and hostile input: it never throws, refuses with messages rather than crashing, and
// whatever it accepts carries no control character (null bytes included) in any string.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { z } from "zod";

const LIB = path.resolve(import.meta.dirname, "..", "..", "lib");
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Modules that define actions: every lib file declaring an ActionDefinition (except the action path itself). */
function definitionModules(dir = LIB): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return definitionModules(p);
    return e.name.endsWith(".ts") && !["run-action.ts", "server-action.ts"].includes(e.name) && readFileSync(p, "utf8").includes("ActionDefinition<")
      ? [p]
      : [];
  });
}

type Definition = { name: string; permission: string; schema: z.ZodType };

async function definitions(): Promise<Definition[]> {
  const out: Definition[] = [];
  for (const file of definitionModules()) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const value of Object.values(mod)) {
      const d = value as Partial<Definition> | null;
      if (
        d &&
        typeof d === "object" &&
        typeof d.name === "string" &&
        typeof d.permission === "string" &&
        d.schema &&
        typeof (d.schema as z.ZodType).safeParse === "function"
      )
        out.push(d as Definition);
    }
  }
  return out;
}

const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.constantFrom(
    "\u0000",
    "a\u0000b",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    '=HYPERLINK("http://x")',
    "\u202Eabc",
    "e\u0301\u0301\u0301",
    "🏛️👩‍👩‍👧",
    "   ",
    "x".repeat(1_000_001),
    "2018-02-30",
    "-1",
    "1e309",
    "NaN",
    "null",
    "__proto__",
    '{"a":1}',
  ),
);
const wrongType = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.object({ maxDepth: 1 }));

function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object" && !(value instanceof Date)) return Object.values(value).flatMap(stringsIn);
  return [];
}

function keysOf(schema: z.ZodType): string[] {
  // The form fields a schema reads (through a preprocess step, if any).
  const def = (schema as unknown as { def?: { shape?: Record<string, unknown>; out?: z.ZodType; in?: z.ZodType; type?: string } }).def;
  if (def?.shape) return Object.keys(def.shape);
  const out = def?.out ? keysOf(def.out) : [];
  return out.length ? out : def?.in ? keysOf(def.in) : [];
}

describe("input schemas of every action", () => {
  it("are found through the action definitions", async () => {
    const defs = await definitions();
    expect(defs.length).toBeGreaterThan(30);
    // Each schema's fields are known, so the property below fills them.
    expect(defs.filter((d) => keysOf(d.schema).length === 0).map((d) => d.name)).toEqual([]);
    expect(new Set(defs.map((d) => d.name)).size).toBe(defs.length);
  });

  it("never throw on arbitrary and hostile input, and accept no control character", async () => {
    const defs = await definitions();
    for (const def of defs) {
      const keys = [
        ...keysOf(def.schema),
        "item_0_subject",
        "member_0_name",
        "issue_0_description",
        "rec_0_content",
        "task_r1_title",
        "task_r1_ownerId",
        "task_r1_dueOn",
        "extra",
      ];
      // Some fields, or every field at once, with hostile strings or values of the wrong type.
      const everyField = fc.record(Object.fromEntries(keys.map((k) => [k, fc.oneof(hostile, wrongType)])));
      fc.assert(
        fc.property(fc.oneof(fc.dictionary(fc.constantFrom(...keys), fc.oneof(hostile, wrongType), { maxKeys: keys.length }), everyField), (input) => {
          const result = def.schema.safeParse(input);
          if (result.success) {
            for (const s of stringsIn(result.data)) expect(CONTROL.test(s), `${def.name} accepted a control character`).toBe(false);
          } else {
            expect(result.error.issues.length, def.name).toBeGreaterThan(0);
            for (const issue of result.error.issues) expect(typeof issue.message === "string" && issue.message.length > 0, def.name).toBe(true);
          }
        }),
        { numRuns: 200, seed: 20181113 },
      );
    }
  }, 120_000);
});
