// The Monday digest (07:00, Asia/Ho_Chi_Minh): to each person who takes it, what the business date makes
// due this week or overdue in their scope: tasks (an officer's: their organisation's), reports, and
// recommendations awaiting an answer. One message per person and week; nobody gets an empty digest. The
// week's open work of the whole country is read once and shared out by unit path, so a national run is a
// handful of reads.
import type { Db } from "../db";
import type { Role } from "../../generated/prisma/sqlite/enums";
import { addDays, formatDate, hourInVietnam, toIsoDate } from "../time/business-date";
import { isoWeekday, startOfIsoWeek } from "../time/iso-week";
import { validOn } from "../units/validity";
import { unitTitle } from "../units/labels";
import { CLOSED_TASK } from "../tasks/rules";
import { EDITABLE_REPORT } from "../reports/rules";
import { recommendationLink, short } from "../notifications/events";
import { digestMail, type DigestSection } from "./render";
import { enqueue, mailRecipients, optionalMail, type MailRow } from "./outbox";
import { batches } from "../insert-once";
import { wantsEmail } from "./topics";

/** The digest goes out from Monday 07:00 in Vietnam; a runner that was down then sends it later that Monday. */
export const DIGEST_AT = { isoWeekday: 1, hour: 7 } as const;
/** Items listed per section; the rest are counted. */
export const DIGEST_LIST = 10;

interface Item {
  unitPath: string;
  /** For an officer: the organisations whose item it is (a task's owner and co-owners). */
  organisationIds: string[] | null;
  dueOn: Date;
  title: string;
  link: string;
  unit: string;
}

/** Whether `day` at `now` is digest time. */
export const isDigestTime = (day: Date, now: Date) => isoWeekday(day) === DIGEST_AT.isoWeekday && hourInVietnam(now) >= DIGEST_AT.hour;

/**
 * Writes this week's digests (for the week of `day`) to the outbox; returns how many people were due one
 * and how many messages were new. `force` skips the Monday-morning check (tests, a manual run).
 */
export async function produceDigests(db: Db, day: Date, now = new Date(), { force = false } = {}): Promise<{ recipients: number; written: number }> {
  if (!force && !isDigestTime(day, now)) return { recipients: 0, written: 0 };
  const monday = startOfIsoWeek(day);
  const sunday = addDays(monday, 6);
  const current = validOn(day);

  const holders = await db.roleAssignment.findMany({
    where: {
      role: { in: ["BLOC_HEAD", "ORG_OFFICER", "REVIEWER", "OVERVIEW"] },
      ...current,
      user: { status: "ACTIVE", email: { not: null }, emailBouncedAt: null },
    },
    select: { userId: true, role: true, organisationId: true, unit: { select: { path: true } } },
  });
  if (!holders.length) return { recipients: 0, written: 0 };

  const unitOf = { unit: { select: { path: true, name: true, type: true, code: true } } } as const;
  const place = (u: { path: string; name: string; type: Parameters<typeof unitTitle>[0]["type"] }) => ({ unitPath: u.path, unit: unitTitle(u) });
  const [tasks, reports, recommendations] = await Promise.all([
    db.task.findMany({
      where: { status: { notIn: CLOSED_TASK }, dueOn: { lte: sunday }, unit: current },
      select: { id: true, title: true, dueOn: true, ownerId: true, coOwners: { select: { organisationId: true } }, ...unitOf },
      orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    }),
    db.report.findMany({
      where: { status: { in: EDITABLE_REPORT }, dueOn: { lte: sunday }, unit: current },
      select: { id: true, periodKey: true, dueOn: true, regime: { select: { name: true } }, ...unitOf },
      orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    }),
    db.recommendation.findMany({
      where: { status: "OPEN", dueOn: { lte: sunday }, unit: current },
      select: { id: true, content: true, addressee: true, dueOn: true, activityId: true, criticismCaseId: true, ...unitOf },
      orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    }),
  ]);
  const taskItems: Item[] = tasks.map((t) => ({
    ...place(t.unit),
    organisationIds: [t.ownerId, ...t.coOwners.map((c) => c.organisationId)],
    dueOn: t.dueOn,
    title: short(t.title),
    link: `/communes/${t.unit.code}/tasks`,
  }));
  const kinds: { heading: string; overdue: boolean; items: Item[]; officers: boolean }[] = [
    {
      heading: "Nhiệm vụ quá hạn",
      overdue: true,
      officers: true,
      items: taskItems.filter((t) => t.dueOn < day),
    },
    {
      heading: "Nhiệm vụ đến hạn trong tuần",
      overdue: false,
      officers: true,
      items: taskItems.filter((t) => t.dueOn >= day),
    },
    {
      heading: "Báo cáo phải gửi",
      overdue: false,
      officers: false,
      items: reports.map((r) => ({
        ...place(r.unit),
        organisationIds: null,
        dueOn: r.dueOn,
        title: `${r.regime.name} — kỳ ${r.periodKey}`,
        link: `/reports/${r.id}`,
      })),
    },
    {
      heading: "Kiến nghị chờ trả lời",
      overdue: false,
      officers: false,
      items: recommendations.map((r) => ({
        ...place(r.unit),
        organisationIds: null,
        dueOn: r.dueOn,
        title: `${r.addressee}: “${short(r.content)}”`,
        link: recommendationLink(r),
      })),
    },
  ];

  // Each kind's items by unit path: a person's digest reads the paths in reach, not the whole country.
  const kindsByPath = kinds.map((k) => {
    const byPath = new Map<string, Item[]>();
    for (const i of k.items) {
      const list = byPath.get(i.unitPath);
      if (list) list.push(i);
      else byPath.set(i.unitPath, [i]);
    }
    return { ...k, byPath };
  });
  const allPaths = [...new Set(kinds.flatMap((k) => k.items.map((i) => i.unitPath)))];

  const byUser = new Map<string, { role: Role; organisationId: string | null; path: string }[]>();
  for (const h of holders) {
    const reach = { role: h.role, organisationId: h.organisationId, path: h.unit.path };
    const list = byUser.get(h.userId);
    if (list) list.push(reach);
    else byUser.set(h.userId, [reach]);
  }
  const recipients = await mailRecipients(db, [...byUser.keys()]);

  const rows: MailRow[] = [];
  let due = 0;
  for (const [userId, reach] of byUser) {
    const to = recipients.get(userId);
    if (!to || !wantsEmail(to.choices, "DIGEST")) continue;
    // A bloc head and an officer see their own commune; a reviewer and an overview holder every unit below theirs.
    const paths = new Set(reach.flatMap((r) => (r.role === "BLOC_HEAD" || r.role === "ORG_OFFICER" ? [r.path] : allPaths.filter((p) => p.startsWith(r.path)))));
    const officerOf = new Map(reach.filter((r) => r.role === "ORG_OFFICER").map((r) => [r.path, r.organisationId ?? ""]));
    const headOf = new Set(reach.filter((r) => r.role === "BLOC_HEAD").map((r) => r.path));
    const subtree = reach.filter((r) => r.role === "REVIEWER" || r.role === "OVERVIEW").map((r) => r.path);
    // An officer's reach in their commune is their organisation's tasks; anyone else's there is the commune's.
    const sees = (item: Item, officers: boolean) =>
      headOf.has(item.unitPath) ||
      subtree.some((p) => item.unitPath.startsWith(p)) ||
      (officers && !!item.organisationIds?.includes(officerOf.get(item.unitPath) ?? "\0"));
    const sections: DigestSection[] = [];
    for (const k of kindsByPath) {
      const mine = [...paths]
        .flatMap((p) => k.byPath.get(p) ?? [])
        .filter((i) => sees(i, k.officers))
        .sort((a, b) => a.dueOn.getTime() - b.dueOn.getTime() || a.title.localeCompare(b.title));
      if (!mine.length) continue;
      const several = reach.some((r) => r.role === "REVIEWER" || r.role === "OVERVIEW");
      sections.push({
        heading: k.heading,
        items: mine.slice(0, DIGEST_LIST).map((i) => ({
          title: i.title,
          link: i.link,
          note: `${several ? `${i.unit} · ` : ""}${i.dueOn < day ? "quá hạn từ" : "hạn"} ${formatDate(i.dueOn)}`,
        })),
        more: Math.max(0, mine.length - DIGEST_LIST),
      });
    }
    if (!sections.length) continue;
    due++;
    rows.push(
      optionalMail(`digest:${userId}:${toIsoDate(monday)}`, userId, to.email, "DIGEST", (unsubscribe) =>
        digestMail({ displayName: to.displayName, weekLabel: `${formatDate(monday)} – ${formatDate(sunday)}`, sections, unsubscribe }),
      ),
    );
  }
  const have = new Set<string>();
  for (const keys of batches(rows.map((r) => r.key)))
    for (const m of await db.outboundMail.findMany({ where: { key: { in: keys } }, select: { key: true } })) have.add(m.key);
  const written = await enqueue(
    db,
    rows.filter((r) => !have.has(r.key)),
    { outsideTransaction: true },
  );
  return { recipients: due, written };
}
