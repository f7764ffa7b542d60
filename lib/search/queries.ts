// Search across records (decision 0036): the folded words of the query, every one required (the last also
// as the start of a word), against the full-text index of the search documents (SQLite FTS5, PostgreSQL
// tsvector), within the reader's scope, best first. The words are the query's folded letters and digits
// only, bound as parameters: nothing the user types is read as the index's own syntax or as SQL.
import "server-only";
import { Prisma } from "../../generated/prisma/sqlite/client";
import { db } from "../db";
import { env } from "../env";
import { databaseKind } from "../database-url";
import { grantingAssignments, reachOf, type PermissionSubject } from "../auth/permissions";
import type { UnitType } from "../../generated/prisma/sqlite/enums";
import { snippetOf } from "./snippet";
import { maskText } from "../privacy/mask";
import { seesInFull } from "../privacy/reader";
import { scopeWords, type SearchKind } from "./documents";

/** Words beyond this many are not searched for (a pasted paragraph is not a query). */
export const MAX_WORDS = 8;
const LIMIT = 30;

export interface RecordHit {
  kind: SearchKind;
  recordId: string;
  title: string;
  snippet: string;
  day: Date;
  href: string;
  unit: { name: string; type: UnitType; code: string; level: string } | null;
}

/** The query's words: folded (lib/text/fold.ts), letters and digits only. */
export function queryWords(folded: string): string[] {
  return folded
    .split(" ")
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ""))
    .filter(Boolean)
    .slice(0, MAX_WORDS);
}

/**
 * The reader's units: as path conditions (a prefix for a subtree, equality for one unit) and as the scope
 * words the documents carry (lib/search/documents.ts), which let the index itself narrow the match. Null for
 * anywhere (the administrator).
 */
function readerScope(actor: PermissionSubject): { sql: Prisma.Sql; words: string[] } | null {
  const clauses: Prisma.Sql[] = [];
  const words = new Set<string>();
  for (const a of grantingAssignments(actor, "unit.read")) {
    const reach = reachOf(a.role, "unit.read");
    if (reach === "global") return null;
    if (!reach) continue;
    if (reach === "unit") clauses.push(Prisma.sql`d."unitPath" = ${a.unitPath}`);
    else clauses.push(Prisma.sql`d."unitPath" LIKE ${`${a.unitPath.replace(/[%_\\]/g, "")}%`}`);
    const own = scopeWords(a.unitPath).at(-1);
    if (own) words.add(own);
  }
  return clauses.length ? { sql: Prisma.join(clauses, " OR ", "(", ")"), words: [...words] } : { sql: Prisma.sql`1 = 0`, words: [] };
}

/**
 * How many of the newest matches are ranked. A common word matches a large part of a country's records;
 * ranking them all cost 100–200 ms on the national data (docs/BENCHMARKS.md). The best 30 of the 2,000 most
 * recently indexed matches is what a reader wants from a word that common; a rarer query ranks every match.
 */
export const RANKED = 2_000;

type Row = { kind: SearchKind; recordId: string; title: string; body: string; day: Date | string | number; href: string; unitId: string };

export async function searchRecords(actor: PermissionSubject, folded: string, limit = LIMIT): Promise<RecordHit[]> {
  const words = queryWords(folded);
  if (!words.length) return [];
  const scope = readerScope(actor);
  if (scope && !scope.words.length) return [];
  let rows: Row[];
  if (databaseKind(env.DATABASE_URL) === "postgresql") {
    // Each word a lexeme of the 'simple' configuration, the last also a prefix, and one of the reader's
    // units: "khoi & dan & van:* & (u… | u…)".
    const text = words.map((w, i) => (i === words.length - 1 ? `${w}:*` : w)).join(" & ");
    const query = scope ? `${text} & (${scope.words.join(" | ")})` : text;
    rows = await db.$queryRaw<Row[]>`
      SELECT d."kind", d."recordId", d."title", d."body", d."day", d."href", d."unitId"
      FROM (
        SELECT f."id", ts_rank(f."tsv", q) AS "rank"
        FROM (SELECT "id", "tsv" FROM "SearchFts", to_tsquery('simple', ${query}) q WHERE "tsv" @@ q ORDER BY "id" DESC LIMIT ${RANKED}) f,
          to_tsquery('simple', ${query}) q
      ) m
      JOIN "SearchDocument" d ON d."id" = m."id"
      WHERE ${scope?.sql ?? Prisma.sql`1 = 1`}
      ORDER BY m."rank" DESC, d."day" DESC
      LIMIT ${limit}`;
  } else {
    // Each word quoted (FTS5 reads it as a string, never as an operator), the last also a prefix, and one
    // of the reader's units.
    const text = words.map((w, i) => `"${w}"${i === words.length - 1 ? "*" : ""}`).join(" ");
    const query = scope ? `${text} AND (${scope.words.map((w) => `"${w}"`).join(" OR ")})` : text;
    rows = await db.$queryRaw<Row[]>`
      SELECT d."kind", d."recordId", d."title", d."body", d."day", d."href", d."unitId"
      FROM (
        SELECT rowid AS "id", bm25("SearchFts") AS "rank" FROM "SearchFts" WHERE "SearchFts" MATCH ${query} ORDER BY rowid DESC LIMIT ${RANKED}
      ) m
      JOIN "SearchDocument" d ON d."id" = m."id"
      WHERE ${scope?.sql ?? Prisma.sql`1 = 1`}
      ORDER BY m."rank", d."day" DESC
      LIMIT ${limit}`;
  }
  const units = new Map(
    (
      await db.unit.findMany({
        where: { id: { in: [...new Set(rows.map((r) => r.unitId))] } },
        select: { id: true, name: true, type: true, code: true, level: true, path: true },
      })
    ).map((u) => [u.id, u]),
  );
  // A reader who does not work a record sees its snippet masked as on its page (decision 0039): personal
  // numbers, and the citizens a report's issues name.
  const masked = rows.filter((r) => !seesInFull(actor, units.get(r.unitId)?.path ?? ""));
  const reportIds = masked.filter((r) => r.kind === "REPORT").map((r) => r.recordId);
  const names = new Map<string, string[]>();
  if (reportIds.length)
    for (const i of await db.reportIssue.findMany({
      where: { reportId: { in: reportIds }, citizenName: { not: "" } },
      select: { reportId: true, citizenName: true },
    }))
      names.set(i.reportId, [...(names.get(i.reportId) ?? []), i.citizenName]);
  return rows.map((r) => ({
    kind: r.kind,
    recordId: r.recordId,
    title: r.title,
    snippet: snippetOf(masked.includes(r) ? maskText(r.body, names.get(r.recordId)) : r.body, words),
    day: r.day instanceof Date ? r.day : new Date(r.day),
    href: r.href,
    unit: units.get(r.unitId) ?? null,
  }));
}
