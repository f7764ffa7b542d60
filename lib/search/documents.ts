// What search finds of each kind of record (decision 0036): the text it is found by, the title and day a hit
// shows, the page it opens. Read in batches by id, through the client or a transaction.
import type { Db, Tx } from "../db";
import { fold } from "../text/fold";
import { formatIsoWeek, isoWeekOf } from "../time/iso-week";
import { recommendationLink } from "../notifications/events";
import { tasksHref, unitHref } from "../units/labels";

export const SEARCH_KINDS = ["MEETING", "TASK", "REPORT", "RECOMMENDATION", "CRITICISM", "PERSON"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchDocumentData {
  kind: SearchKind;
  recordId: string;
  unitId: string;
  unitPath: string;
  day: Date;
  title: string;
  body: string;
  folded: string;
  href: string;
}

type Client = Db | Tx;
const unit = { select: { id: true, path: true, code: true, level: true } } as const;
const joined = (parts: (string | null | undefined)[]) => parts.filter((p) => p && p.trim()).join("\n");

/**
 * The scope words of a unit path: one per unit on it ("u" and the unit's id without hyphens), so that the
 * full-text index itself narrows a search to the reader's units (lib/search/queries.ts) before ranking.
 * A query's own words never contain one: they are at most 100 characters of the reader's text, and a
 * reader who types one still sees only their scope, which the query also checks on the path.
 */
export function scopeWords(path: string): string[] {
  return path
    .split("/")
    .filter(Boolean)
    .map((id) => `u${id.replace(/[^A-Za-z0-9]/g, "").toLowerCase()}`);
}

function doc(kind: SearchKind, recordId: string, u: { id: string; path: string }, day: Date, title: string, body: string, href: string): SearchDocumentData {
  // The title is found too: a task is its title, a person their name.
  const folded = `${fold(`${title}\n${body}`)} ${scopeWords(u.path).join(" ")}`;
  return { kind, recordId, unitId: u.id, unitPath: u.path, day, title, body, folded, href };
}

async function meetings(client: Client, ids: string[]) {
  const rows = await client.meeting.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      kind: true,
      heldOn: true,
      conclusions: true,
      hotSpots: true,
      peopleSituation: true,
      unit,
      agendaItems: { where: { kind: "CONTENT" }, select: { content: true } },
    },
  });
  return rows.map((m) =>
    doc(
      "MEETING",
      m.id,
      m.unit,
      m.heldOn,
      `Giao ban ${formatIsoWeek(isoWeekOf(m.heldOn)).toLowerCase()}${m.kind === "EXTRAORDINARY" ? " (đột xuất)" : ""}`,
      joined([m.conclusions, ...m.agendaItems.map((a) => a.content), m.hotSpots, m.peopleSituation]),
      `/meetings/${m.id}`,
    ),
  );
}

async function tasks(client: Client, ids: string[]) {
  const rows = await client.task.findMany({
    where: { id: { in: ids } },
    select: { id: true, title: true, progressNote: true, assignedOn: true, owner: { select: { name: true } }, unit },
  });
  return rows.map((t) => doc("TASK", t.id, t.unit, t.assignedOn, t.title, joined([t.owner.name, t.progressNote]), tasksHref(t.unit)));
}

async function reports(client: Client, ids: string[]) {
  const rows = await client.report.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      periodKey: true,
      periodEnd: true,
      generalMood: true,
      forecast: true,
      regime: { select: { name: true } },
      unit,
      issues: { select: { description: true, location: true, handling: true }, orderBy: { sortOrder: "asc" } },
    },
  });
  return rows.map((r) =>
    doc(
      "REPORT",
      r.id,
      r.unit,
      r.periodEnd,
      `${r.regime.name} ${r.periodKey}`,
      joined([r.generalMood, ...r.issues.flatMap((i) => [i.description, i.location, i.handling]), r.forecast]),
      `/reports/${r.id}`,
    ),
  );
}

async function recommendations(client: Client, ids: string[]) {
  const rows = await client.recommendation.findMany({
    where: { id: { in: ids } },
    select: { id: true, content: true, addressee: true, responseContent: true, sentOn: true, activityId: true, criticismCaseId: true, unit },
  });
  return rows.map((r) =>
    doc(
      "RECOMMENDATION",
      r.id,
      r.unit,
      r.sentOn,
      r.content.length > 140 ? `${r.content.slice(0, 139)}…` : r.content,
      joined([r.content, `Gửi ${r.addressee}`, r.responseContent]),
      recommendationLink(r),
    ),
  );
}

async function criticismCases(client: Client, ids: string[]) {
  const rows = await client.criticismCase.findMany({
    where: { id: { in: ids } },
    select: { id: true, title: true, draftingBody: true, opinionContent: true, receivedOn: true, unit },
  });
  return rows.map((c) => doc("CRITICISM", c.id, c.unit, c.receivedOn, c.title, joined([c.draftingBody, c.opinionContent]), `/criticism/${c.id}`));
}

async function people(client: Client, ids: string[]) {
  const rows = await client.person.findMany({
    where: { id: { in: ids } },
    select: { id: true, fullName: true, createdAt: true, unit, posts: { select: { title: true }, orderBy: { termStart: "desc" }, take: 1 } },
  });
  return rows.map((p) => doc("PERSON", p.id, p.unit, p.createdAt, p.fullName, joined([p.posts[0]?.title]), unitHref(p.unit)));
}

export const BUILDERS: Record<SearchKind, (client: Client, ids: string[]) => Promise<SearchDocumentData[]>> = {
  MEETING: meetings,
  TASK: tasks,
  REPORT: reports,
  RECOMMENDATION: recommendations,
  CRITICISM: criticismCases,
  PERSON: people,
};
