// Rollups recomputed from raw rows (lib/rollups/recompute.ts), independently of the writes that maintain them (docs/ARCHITECTURE.md: every
// dashboard reads rollups; the writes keep them current in their own transaction). `rollupDifferences`
// compares the recomputed rows with the maintained ones; `rebuildRollups` replaces the maintained rows with
// the recomputed ones, table by table, each in one transaction. Raw rows are read in pages by id, so memory
// stays flat whatever the size.
import type { Db, Tx } from "../db";
import { AREA_FIELDS } from "./area";
import { keyPart, recomputeRollups, ROLLUP_TABLES, type RollupTable, type Table } from "./recompute";
import { rebuildStatements } from "./rebuild-sql";
import { databaseKind, type DatabaseKind } from "../database-url";
import { env } from "../env";

const FIELDS: Record<RollupTable, readonly string[]> = {
  meetingWeek: ["held"],
  taskDue: ["pending", "reported"],
  recommendationDue: ["open"],
  supervisionMonth: ["documents", "delegation", "communityBoard", "joint", "sent", "answered", "answeredOnTime"],
  areaMonth: AREA_FIELDS,
  reportPeriod: ["submitted", "onTime"],
};

/** Each table's key columns, in key order, and how a key part becomes a column value. */
const KEY: Record<RollupTable, [string, (part: string) => unknown][]> = {
  meetingWeek: [
    ["unitId", String],
    ["weekStart", (p) => new Date(p)],
  ],
  taskDue: [
    ["unitId", String],
    ["dueOn", (p) => new Date(p)],
  ],
  recommendationDue: [
    ["unitId", String],
    ["dueOn", (p) => new Date(p)],
  ],
  supervisionMonth: [
    ["unitId", String],
    ["month", (p) => new Date(p)],
  ],
  areaMonth: [
    ["unitId", String],
    ["month", Number],
  ],
  reportPeriod: [
    ["unitId", String],
    ["regimeId", String],
    ["periodKey", String],
    ["reporterLevel", String],
  ],
};
async function maintained(db: Db): Promise<Record<RollupTable, Table>> {
  const [weeks, dues, recs, months, areas, periods] = await Promise.all([
    db.meetingWeekRollup.findMany(),
    db.taskDueRollup.findMany(),
    db.recommendationDueRollup.findMany(),
    db.supervisionMonthRollup.findMany(),
    db.areaMonthRollup.findMany(),
    db.reportPeriodRollup.findMany(),
  ]);
  const table = (t: RollupTable, rows: object[]): Table =>
    new Map(
      rows.map((r) => {
        const row = r as Record<string, unknown>;
        return [KEY[t].map(([column]) => keyPart(row[column])).join("|"), Object.fromEntries(FIELDS[t].map((f) => [f, row[f] as number]))];
      }),
    );
  return {
    meetingWeek: table("meetingWeek", weeks),
    taskDue: table("taskDue", dues),
    recommendationDue: table("recommendationDue", recs),
    supervisionMonth: table("supervisionMonth", months),
    areaMonth: table("areaMonth", areas),
    reportPeriod: table("reportPeriod", periods),
  };
}

export interface RollupDifference {
  table: RollupTable;
  key: string;
  field: string;
  maintained: number;
  recomputed: number;
}

export async function rollupDifferences(db: Db): Promise<RollupDifference[]> {
  const [want, have] = await Promise.all([recomputeRollups(db), maintained(db)]);
  const out: RollupDifference[] = [];
  for (const table of ROLLUP_TABLES) {
    for (const key of new Set([...want[table].keys(), ...have[table].keys()])) {
      for (const field of FIELDS[table]) {
        const a = have[table].get(key)?.[field] ?? 0;
        const b = want[table].get(key)?.[field] ?? 0;
        if (a !== b) out.push({ table, key, field, maintained: a, recomputed: b });
      }
    }
  }
  return out;
}

/**
 * The same check done by the database: each table's maintained rows and what the rebuild's SELECT
 * (rebuild-sql.ts) computes, grouped by key, counters compared (a row whose counters are all zero equals an
 * absent one). At national scale `rollupDifferences` streams millions of raw rows through the ORM; this reads
 * them inside the database. Its computation is the rebuild's, which the integration tests hold equal to
 * `recomputeRollups`. At most `limit` rows per table.
 */
export async function rollupDifferencesInDatabase(db: Db, kind: DatabaseKind = databaseKind(env.DATABASE_URL), limit = 1000): Promise<RollupDifference[]> {
  const statements = rebuildStatements(kind);
  const out: RollupDifference[] = [];
  for (const table of ROLLUP_TABLES) {
    const parsed = /^INSERT INTO "(\w+)" \(([^)]*)\)\s*([\s\S]+)$/.exec(statements[table].trim());
    if (!parsed) throw new Error(`${table}: the rebuild statement is not an INSERT … SELECT`);
    const [, name, columns, select] = parsed;
    const keys = KEY[table].map(([column]) => `"${column}"`);
    const fields = FIELDS[table];
    // Both sides stacked and grouped by key (a join of two unindexed row sets of millions was quadratic on SQLite).
    const pick = (side: "m" | "r") => fields.map((f) => (side === "m" ? `"${f}" AS "m_${f}", 0 AS "r_${f}"` : `0 AS "m_${f}", "${f}" AS "r_${f}"`)).join(", ");
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`WITH "r" (${columns}) AS (${select})
      SELECT ${keys.map((k, i) => `${k} AS "k${i}"`).join(", ")}, ${fields.map((f) => `SUM("m_${f}") AS "m_${f}", SUM("r_${f}") AS "r_${f}"`).join(", ")}
      FROM (SELECT ${keys.join(", ")}, ${pick("m")} FROM "${name}" UNION ALL SELECT ${keys.join(", ")}, ${pick("r")} FROM "r") "both"
      GROUP BY ${keys.join(", ")}
      HAVING ${fields.map((f) => `SUM("m_${f}") <> SUM("r_${f}")`).join(" OR ")}
      LIMIT ${limit}`);
    for (const row of rows) {
      // SQLite returns the coalesced dates as its stored text; the key reads as rollupDifferences writes it.
      const key = keys
        .map((_, i) => {
          const v = row[`k${i}`];
          return keyPart(typeof v === "string" && /^\d{4}-\d{2}-\d{2}T/.test(v) ? new Date(v) : v);
        })
        .join("|");
      for (const field of fields) {
        const a = Number(row[`m_${field}`]);
        const b = Number(row[`r_${field}`]);
        if (a !== b) out.push({ table, key, field, maintained: a, recomputed: b });
      }
    }
  }
  return out;
}

const TABLE_NAME: Record<RollupTable, string> = {
  meetingWeek: "MeetingWeekRollup",
  taskDue: "TaskDueRollup",
  recommendationDue: "RecommendationDueRollup",
  supervisionMonth: "SupervisionMonthRollup",
  areaMonth: "AreaMonthRollup",
  reportPeriod: "ReportPeriodRollup",
};

/**
 * Replaces every rollup table with the rows the database recomputes from raw rows (rebuild-sql.ts), one
 * transaction per table whose first statement is the delete (so a server writing to the same SQLite file
 * waits rather than interleaving), and returns the row counts written.
 */
export async function rebuildRollups(
  db: Db,
  kind: DatabaseKind = databaseKind(env.DATABASE_URL),
  onTable?: (table: RollupTable, rows: number, ms: number) => void,
): Promise<Record<RollupTable, number>> {
  const counts = {} as Record<RollupTable, number>;
  const statements = rebuildStatements(kind);
  // Grouping millions of rows and filling large indexes wants memory: SQLite's default page cache is 2 MB
  // (a national rebuild took 76 s with it, most of it waiting on I/O); restored afterwards.
  if (kind === "sqlite") await db.$executeRawUnsafe("PRAGMA cache_size = -262144");
  try {
    for (const table of ROLLUP_TABLES) {
      const started = performance.now();
      await db.$transaction(
        async (tx) => {
          if (kind === "postgresql") {
            counts[table] = await refillWithoutIndexes(tx, TABLE_NAME[table], statements[table]);
          } else {
            await tx.$executeRawUnsafe(`DELETE FROM "${TABLE_NAME[table]}"`);
            counts[table] = await tx.$executeRawUnsafe(statements[table]);
          }
        },
        { timeout: 3_600_000, maxWait: 60_000 },
      );
      onTable?.(table, counts[table], performance.now() - started);
    }
  } finally {
    if (kind === "sqlite") await db.$executeRawUnsafe("PRAGMA cache_size = -2000");
  }
  return counts;
}

/**
 * PostgreSQL: empties `table` and fills it with `insert` with its keys, indexes and foreign keys set aside
 * and put back afterwards, exactly as the database describes them (so the schema the migrations made is
 * what remains). Filling 4.8 M rows through the primary key and the foreign-key trigger took 50 s at
 * national scale; into the bare table and then building the key, 12 s. The table is locked for the
 * transaction: dashboards reading it wait for the rebuild of that table (docs/OPERATIONS.md).
 */
async function refillWithoutIndexes(tx: Tx, table: string, insert: string): Promise<number> {
  await tx.$executeRawUnsafe("SET LOCAL work_mem = '256MB'");
  await tx.$executeRawUnsafe("SET LOCAL maintenance_work_mem = '512MB'");
  const constraints = await tx.$queryRawUnsafe<{ name: string; type: string; definition: string }[]>(
    `SELECT conname AS "name", contype::text AS "type", pg_get_constraintdef(oid) AS "definition" FROM pg_constraint WHERE conrelid = $1::regclass AND contype IN ('p', 'u', 'f')`,
    `"${table}"`,
  );
  const indexes = await tx.$queryRawUnsafe<{ name: string; definition: string }[]>(
    `SELECT i.indexname AS "name", i.indexdef AS "definition" FROM pg_indexes i WHERE i.schemaname = current_schema() AND i.tablename = $1
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conrelid = $2::regclass AND c.conname = i.indexname)`,
    table,
    `"${table}"`,
  );
  const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const keys = constraints.filter((c) => c.type !== "f");
  const foreign = constraints.filter((c) => c.type === "f");
  for (const c of foreign) await tx.$executeRawUnsafe(`ALTER TABLE "${table}" DROP CONSTRAINT ${quoted(c.name)}`);
  for (const c of keys) await tx.$executeRawUnsafe(`ALTER TABLE "${table}" DROP CONSTRAINT ${quoted(c.name)}`);
  for (const i of indexes) await tx.$executeRawUnsafe(`DROP INDEX ${quoted(i.name)}`);
  await tx.$executeRawUnsafe(`TRUNCATE "${table}"`);
  const rows = await tx.$executeRawUnsafe(insert);
  for (const c of keys) await tx.$executeRawUnsafe(`ALTER TABLE "${table}" ADD CONSTRAINT ${quoted(c.name)} ${c.definition}`);
  for (const i of indexes) await tx.$executeRawUnsafe(i.definition);
  for (const c of foreign) await tx.$executeRawUnsafe(`ALTER TABLE "${table}" ADD CONSTRAINT ${quoted(c.name)} ${c.definition}`);
  return rows;
}
