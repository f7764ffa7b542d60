// Bulk writing for the data generator, past the ORM (which costs about 1 ms of CPU per operation): rows are
// buffered per table and written with the database's own bulk path, in the format Prisma reads back.
//  - SQLite (better-sqlite3): one prepared INSERT per table, run for every row inside one transaction per
//    flush; dates as Prisma stores them ("2018-08-13T00:00:00.000+00:00"), booleans as 1/0.
//  - PostgreSQL (pg): one INSERT … SELECT FROM unnest($1::type[], …) per flush, one array per column, the
//    column types read from the catalogue (enums included).
// Columns: those of the first row given for a table, plus createdAt/updatedAt (set to the generation time)
// where the table has them (their SQL default would not be in Prisma's format on SQLite).
import Database from "better-sqlite3";
import pg from "pg";
import { databaseKind, sqliteFile } from "../../lib/database-url";

type Row = Record<string, unknown>;

export interface Sink {
  add(table: string, rows: Row[]): Promise<void>;
  /** Writes every buffered row. */
  flush(): Promise<void>;
  close(): Promise<void>;
  /** Rows written so far, per table. */
  written: Record<string, number>;
}

const FLUSH_AT = 20_000;

/** Parents before children (foreign keys are checked at each statement). */
const ORDER = [
  "Unit",
  "Organisation",
  "Bloc",
  "BlocStatusChange",
  "BlocMember",
  "Person",
  "Meeting",
  "MeetingAttendance",
  "AgendaItem",
  "Task",
  "Report",
  "ReportIssue",
  "SupervisionActivity",
  "Recommendation",
  "DocumentCounter",
];
const rank = (table: string) => (ORDER.includes(table) ? ORDER.indexOf(table) : ORDER.length);
const inOrder = (buffers: Map<string, Row[]>) => [...buffers].sort(([a], [b]) => rank(a) - rank(b));

/** Buffers rows per table and writes them, parents first, with `write` once FLUSH_AT rows are waiting. */
function buffered(write: (tables: [string, Row[]][]) => Promise<void>, end: () => Promise<void>): Sink {
  const buffers = new Map<string, Row[]>();
  const written: Record<string, number> = {};
  let pending = 0;
  const flush = async () => {
    if (!pending) return;
    const tables = inOrder(buffers).filter(([, rows]) => rows.length);
    await write(tables);
    for (const [table, rows] of tables) written[table] = (written[table] ?? 0) + rows.length;
    buffers.clear();
    pending = 0;
  };
  return {
    written,
    async add(table, rows) {
      if (!rows.length) return;
      const b = buffers.get(table) ?? buffers.set(table, []).get(table)!;
      for (const r of rows) b.push(r);
      pending += rows.length;
      if (pending >= FLUSH_AT) await flush();
    },
    flush,
    async close() {
      await flush();
      await end();
    },
  };
}

const STAMPED = ["createdAt", "updatedAt"];

export async function openSink(url: string): Promise<Sink> {
  const now = new Date();
  if (databaseKind(url) === "sqlite") {
    const file = new Database(sqliteFile(url), { timeout: 5_000 });
    file.pragma("journal_mode = WAL");
    file.pragma("synchronous = OFF");
    const statements = new Map<string, { columns: string[]; run: (values: unknown[]) => void }>();
    const stamp = now.toISOString().replace("Z", "+00:00");
    const value = (v: unknown) =>
      v instanceof Date ? v.toISOString().replace("Z", "+00:00") : typeof v === "boolean" ? (v ? 1 : 0) : v === undefined ? null : v;
    const statementFor = (table: string, first: Row) => {
      let s = statements.get(table);
      if (!s) {
        const have = new Set((file.pragma(`table_info("${table}")`) as { name: string }[]).map((c) => c.name));
        const columns = [...Object.keys(first), ...STAMPED.filter((c) => have.has(c) && !(c in first))];
        const prepared = file.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`);
        s = { columns, run: (values) => prepared.run(values) };
        statements.set(table, s);
      }
      return s;
    };
    const writeAll = file.transaction((tables: [string, Row[]][]) => {
      for (const [table, rows] of tables) {
        const s = statementFor(table, rows[0]);
        for (const row of rows) s.run(s.columns.map((c) => (STAMPED.includes(c) && !(c in row) ? stamp : value(row[c]))));
      }
    });
    return buffered(
      async (tables) => writeAll(tables),
      async () => {
        file.pragma("synchronous = NORMAL");
        file.close();
      },
    );
  }

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const types = new Map<string, Map<string, string>>();
  const typesOf = async (table: string) => {
    let t = types.get(table);
    if (!t) {
      const { rows } = await client.query<{ column_name: string; udt_name: string }>(
        "SELECT column_name, udt_name FROM information_schema.columns WHERE table_name = $1 AND table_schema = current_schema()",
        [table],
      );
      t = new Map(rows.map((r) => [r.column_name, r.udt_name]));
      types.set(table, t);
    }
    return t;
  };
  // timestamp(3) without time zone holds UTC: send the UTC wall time, not a zoned instant.
  const value = (v: unknown) => (v instanceof Date ? v.toISOString().replace("T", " ").replace("Z", "") : v === undefined ? null : v);
  const stamp = value(now);
  return buffered(
    async (tables) => {
      await client.query("BEGIN");
      for (const [table, rows] of tables) {
        const t = await typesOf(table);
        const columns = [...Object.keys(rows[0]), ...STAMPED.filter((c) => t.has(c) && !(c in rows[0]))];
        const arrays = columns.map((c) => rows.map((r) => (STAMPED.includes(c) && !(c in r) ? stamp : value(r[c]))));
        await client.query(
          `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::"${t.get(c)}"[]`).join(", ")})`,
          arrays,
        );
      }
      await client.query("COMMIT");
    },
    () => client.end(),
  );
}
