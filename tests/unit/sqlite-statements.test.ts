// The SQLite connection keeps its prepared statements (lib/sqlite-serial.ts): the adapter prepares a text,
// binds its arguments once per statement object and runs it; a kept statement must answer each call with
// that call's arguments, readers as raw rows, and the number kept stays bounded.
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { keepPreparedStatements } from "@/lib/sqlite-serial";

type AdapterView = {
  prepare(sql: string): {
    reader: boolean;
    run(): unknown;
    bind(args: unknown[]): { reader: boolean; run(): { changes: number }; columns(): { name: string }[]; raw(): { all(): unknown[][] } };
  };
};

function connection(size?: number) {
  const client = new Database(":memory:");
  client.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)");
  const kept = keepPreparedStatements(client, size);
  return { client: client as unknown as AdapterView, kept };
}

describe("kept prepared statements", () => {
  it("the same text with other arguments answers with each call's own rows", () => {
    const { client, kept } = connection();
    const insert = "INSERT INTO t (id, name) VALUES (?, ?)";
    expect(client.prepare(insert).bind([1, "Hạ Long"]).run().changes).toBe(1);
    expect(client.prepare(insert).bind([2, "Cẩm Phả"]).run().changes).toBe(1);
    const select = "SELECT id, name FROM t WHERE id = ?";
    const first = client.prepare(select).bind([1]);
    expect(first.reader).toBe(true);
    expect(first.columns().map((c) => c.name)).toEqual(["id", "name"]);
    expect(first.raw().all()).toEqual([[1, "Hạ Long"]]);
    expect(client.prepare(select).bind([2]).raw().all()).toEqual([[2, "Cẩm Phả"]]);
    expect(client.prepare(select).bind([3]).raw().all()).toEqual([]);
    // Two texts were compiled, each once.
    expect(kept.size).toBe(2);
  });

  it("statements without arguments run as before (BEGIN, COMMIT)", () => {
    const { client } = connection();
    client.prepare("BEGIN").run();
    client.prepare("INSERT INTO t (id, name) VALUES (?, ?)").bind([1, "Uông Bí"]).run();
    client.prepare("ROLLBACK").run();
    expect(client.prepare("SELECT COUNT(*) FROM t").bind([]).raw().all()).toEqual([[0]]);
  });

  it("keeps at most the bound, dropping the least recently used text", () => {
    const { client, kept } = connection(3);
    for (let i = 0; i < 10; i++) client.prepare(`SELECT ${i} AS n`).bind([]).raw().all();
    expect(kept.size).toBe(3);
    expect([...kept.keys()]).toEqual(["SELECT 7 AS n", "SELECT 8 AS n", "SELECT 9 AS n"]);
    client.prepare("SELECT 7 AS n").bind([]).raw().all();
    client.prepare("SELECT 10 AS n").bind([]).raw().all();
    expect([...kept.keys()]).toEqual(["SELECT 9 AS n", "SELECT 7 AS n", "SELECT 10 AS n"]);
  });

  it("an error in a kept statement surfaces and the statement still works afterwards", () => {
    const { client } = connection();
    const insert = "INSERT INTO t (id, name) VALUES (?, ?)";
    client.prepare(insert).bind([1, "Móng Cái"]).run();
    expect(() => client.prepare(insert).bind([1, "Móng Cái"]).run()).toThrow(/UNIQUE/);
    expect(client.prepare(insert).bind([2, "Đông Triều"]).run().changes).toBe(1);
  });
});
