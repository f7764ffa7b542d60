// Ids of rows written by one INSERT (lib/sql-insert.ts) are shaped like the client's cuid() ids, unique, and
// sort by time of creation; table and column names that are not plain identifiers are refused.
import { describe, expect, it } from "vitest";
import { insertRows, newId } from "@/lib/sql-insert";

describe("newId", () => {
  it("makes 200,000 distinct 25-character ids that sort by the time they were made", async () => {
    const ids = Array.from({ length: 200_000 }, newId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids.slice(0, 100)) expect(id).toMatch(/^c[0-9a-z]{24}$/);
    const earlier = newId();
    await new Promise((r) => setTimeout(r, 5));
    expect(newId() > earlier).toBe(true);
  });
});

describe("insertRows", () => {
  const tx = { $executeRaw: () => 0 } as never;
  it("refuses a name that is not a plain identifier, and an empty list of rows", () => {
    expect(() => insertRows(tx, 'Task"; DROP TABLE "Task', { id: "id" }, [{ id: "x" }])).toThrow(/Not a table or column name/);
    expect(() => insertRows(tx, "Task", { id: "id) VALUES (1); --" }, [{ "id) VALUES (1); --": "x" }])).toThrow(/Not a table or column name/);
    expect(() => insertRows(tx, "Task", { id: "id" }, [])).toThrow(/No rows/);
  });
});
