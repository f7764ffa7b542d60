// Keeping the search documents (decision 0036). Every write through runAction refreshes the documents of
// the records its audit events name, in its own transaction (`indexChanges`), so a hit never shows text the
// record no longer has; bulk loads (seeds, the national generator) rebuild them in batches (`rebuildSearchIndex`).
// The full-text index over the documents is kept from them by the database's own triggers.
import { Prisma } from "../../generated/prisma/sqlite/client";
import type { Db, Tx } from "../db";
import { env } from "../env";
import { databaseKind } from "../database-url";
import { BUILDERS, SEARCH_KINDS, type SearchDocumentData, type SearchKind } from "./documents";

type Client = Db | Tx;

/** Which documents an audited change touches: the record itself and what is written with it. */
const KIND_OF: Record<string, SearchKind> = {
  Meeting: "MEETING",
  Task: "TASK",
  Report: "REPORT",
  Recommendation: "RECOMMENDATION",
  CriticismCase: "CRITICISM",
};

const same = (a: SearchDocumentData, b: Omit<SearchDocumentData, "kind">) =>
  a.unitId === b.unitId &&
  a.unitPath === b.unitPath &&
  a.day.getTime() === b.day.getTime() &&
  a.title === b.title &&
  a.body === b.body &&
  a.folded === b.folded &&
  a.href === b.href;

/**
 * Creates a record's document. On PostgreSQL two transactions can each find a person without a document
 * (two meetings of one commune saved at once, each refreshing the unit's new people) and both insert it: the
 * second would fail on the unique key and take its save with it, so there the insert skips a row another
 * transaction wrote first (ON CONFLICT DO NOTHING). SQLite runs one write transaction at a time.
 */
async function createDocument(client: Client, d: SearchDocumentData) {
  if (databaseKind(env.DATABASE_URL) === "postgresql") {
    const pg = client as unknown as { searchDocument: { createMany(args: { data: SearchDocumentData[]; skipDuplicates: boolean }): Promise<unknown> } };
    await pg.searchDocument.createMany({ data: [d], skipDuplicates: true });
  } else await client.searchDocument.create({ data: d, select: { id: true } });
}

/**
 * Writes these documents: created where missing (all at once in a bulk load, else one by one), updated where
 * they differ, left alone otherwise.
 */
async function writeDocuments(client: Client, kind: SearchKind, wanted: SearchDocumentData[], bulk = false) {
  const stored = new Map(
    (await client.searchDocument.findMany({ where: { kind, recordId: { in: wanted.map((d) => d.recordId) } } })).map((d) => [d.recordId, d]),
  );
  const fresh = wanted.filter((d) => !stored.has(d.recordId));
  if (bulk && fresh.length) await client.searchDocument.createMany({ data: fresh });
  // One statement at a time on a transaction's connection (lib/db.ts, `Tx`).
  else for (const d of fresh) await createDocument(client, d);
  for (const d of wanted) {
    const before = stored.get(d.recordId);
    if (before && !same(d, before)) await client.searchDocument.update({ where: { id: before.id }, data: d, select: { id: true } });
  }
}

/** Writes the documents of these records as they stand. */
async function refreshDocuments(client: Client, kind: SearchKind, ids: string[]) {
  if (ids.length) await writeDocuments(client, kind, await BUILDERS[kind](client, ids));
}

/**
 * Refreshes the documents an action's audit events touch. A bloc's change may add or retitle people (a post
 * holder): the unit's people are refreshed with it; a meeting's may add its secretary: the unit's people not
 * yet indexed are. A supervision activity or a criticism case writes its recommendations with it.
 */
export async function indexChanges(tx: Tx, events: { entityType: string; entityId?: string | null; unitId?: string | null }[]) {
  const ids = new Map<SearchKind, Set<string>>(SEARCH_KINDS.map((k) => [k, new Set<string>()]));
  const peopleOf = new Set<string>();
  const newPeopleOf = new Set<string>();
  const recommendationsOf = { activityId: new Set<string>(), criticismCaseId: new Set<string>() };
  for (const e of events) {
    const kind = KIND_OF[e.entityType];
    if (kind && e.entityId) ids.get(kind)!.add(e.entityId);
    if (e.entityType === "Bloc" && e.unitId) peopleOf.add(e.unitId);
    if (e.entityType === "Meeting" && e.unitId) newPeopleOf.add(e.unitId);
    if (e.entityType === "SupervisionActivity" && e.entityId) recommendationsOf.activityId.add(e.entityId);
    if (e.entityType === "CriticismCase" && e.entityId) recommendationsOf.criticismCaseId.add(e.entityId);
  }
  if (peopleOf.size) for (const p of await tx.person.findMany({ where: { unitId: { in: [...peopleOf] } }, select: { id: true } })) ids.get("PERSON")!.add(p.id);
  // A meeting may add its secretary: only the unit's people without a document yet (one indexed read).
  const onlyNew = [...newPeopleOf].filter((u) => !peopleOf.has(u));
  if (onlyNew.length) {
    const fresh = await tx.$queryRaw<{ id: string }[]>`
      SELECT p."id" FROM "Person" p
      WHERE p."unitId" IN (${Prisma.join(onlyNew)})
        AND NOT EXISTS (SELECT 1 FROM "SearchDocument" d WHERE d."kind" = 'PERSON' AND d."recordId" = p."id")`;
    for (const p of fresh) ids.get("PERSON")!.add(p.id);
  }
  if (recommendationsOf.activityId.size || recommendationsOf.criticismCaseId.size) {
    const recs = await tx.recommendation.findMany({
      where: { OR: [{ activityId: { in: [...recommendationsOf.activityId] } }, { criticismCaseId: { in: [...recommendationsOf.criticismCaseId] } }] },
      select: { id: true },
    });
    for (const r of recs) ids.get("RECOMMENDATION")!.add(r.id);
  }
  for (const [kind, set] of ids) await refreshDocuments(tx, kind, [...set]);
}

const BATCH = 500;

type Page = { where: { id?: { gt: string } }; select: { id: true }; orderBy: { id: "asc" }; take: number };

/** Every record's document, in batches of ids (for seeds, the national generator and a repair). */
export async function rebuildSearchIndex(db: Db, onProgress?: (kind: SearchKind, done: number) => void) {
  const counts: Partial<Record<SearchKind, number>> = {};
  const pages: Record<SearchKind, (page: Page) => Promise<{ id: string }[]>> = {
    MEETING: (page) => db.meeting.findMany(page),
    TASK: (page) => db.task.findMany(page),
    REPORT: (page) => db.report.findMany(page),
    RECOMMENDATION: (page) => db.recommendation.findMany(page),
    CRITICISM: (page) => db.criticismCase.findMany(page),
    PERSON: (page) => db.person.findMany(page),
  };
  for (const kind of SEARCH_KINDS) {
    let after: string | undefined;
    let done = 0;
    for (;;) {
      const batch = await pages[kind]({ where: after ? { id: { gt: after } } : {}, select: { id: true }, orderBy: { id: "asc" }, take: BATCH });
      if (!batch.length) break;
      const ids = batch.map((r) => r.id);
      await writeDocuments(db, kind, await BUILDERS[kind](db, ids), true);
      done += ids.length;
      after = ids.at(-1);
      onProgress?.(kind, done);
    }
    counts[kind] = done;
  }
  return counts;
}
