// Writing notifications: in the transaction of the change that causes them (a task assigned, a report
// returned or accepted, work handed over), to the people whose role makes the record theirs: the role
// bound to the record's own unit (and, for an organisation's task, to that organisation), in force on the
// business date, on an active account. A notification is written once per person and key, so a retried
// write or a second run of a reminder adds nothing.
import type { Db, Tx } from "../db";
import type { NotificationKind, Role } from "../../generated/prisma/sqlite/enums";
import { today } from "../time/today";
import { batches, insertOnce } from "../insert-once";
import { mailForNotifications } from "../mail/outbox";

/** Whose a record is: the holders of these roles at this unit (and of these organisations, for an officer). */
export interface NoticeTo {
  unitId: string;
  roles: Role[];
  organisationIds?: string[];
}

export interface Notice {
  kind: NotificationKind;
  unitId: string | null;
  entityType: string;
  entityId: string;
  title: string;
  link: string;
  /** Once per person and key (e.g. the record and its version, or the record and a threshold). */
  key: string;
  to: NoticeTo[];
}

interface Holder {
  userId: string;
  unitId: string;
  role: Role;
  organisationId: string | null;
}

/** Everyone holding a role at one of these units on `day`, on an active account (one read per batch of units). */
async function holdersAt(tx: Tx | Db, unitIds: string[], roles: Role[], day: Date): Promise<Holder[]> {
  const out: Holder[] = [];
  for (const batch of batches(unitIds))
    out.push(
      ...(await tx.roleAssignment.findMany({
        where: {
          unitId: { in: batch },
          role: { in: roles },
          validFrom: { lte: day },
          OR: [{ validTo: null }, { validTo: { gte: day } }],
          user: { status: "ACTIVE" },
        },
        select: { userId: true, unitId: true, role: true, organisationId: true },
        orderBy: [{ unitId: "asc" }, { userId: "asc" }],
      })),
    );
  return out;
}

const holds = (h: Holder, t: NoticeTo) =>
  h.unitId === t.unitId && t.roles.includes(h.role) && (!t.organisationIds || (h.organisationId !== null && t.organisationIds.includes(h.organisationId)));

/**
 * Writes each notice to each of its recipients that does not have it yet; returns how many were written.
 * The recipients of all notices are read together, so a run of thousands of reminders is a few reads.
 */
export async function notify(tx: Tx | Db, notices: Notice[], day = today(), { outsideTransaction = false } = {}): Promise<number> {
  if (!notices.length) return 0;
  const targets = notices.flatMap((n) => n.to);
  const holders = await holdersAt(tx, [...new Set(targets.map((t) => t.unitId))], [...new Set(targets.flatMap((t) => t.roles))], day);
  const byUnit = new Map<string, Holder[]>();
  for (const h of holders) byUnit.set(h.unitId, [...(byUnit.get(h.unitId) ?? []), h]);
  const rows: (Omit<Notice, "to"> & { userId: string })[] = [];
  for (const { to, ...n } of notices) {
    const users = new Set(to.flatMap((t) => (byUnit.get(t.unitId) ?? []).filter((h) => holds(h, t)).map((h) => h.userId)));
    for (const userId of users) rows.push({ ...n, userId });
  }
  if (!rows.length) return 0;
  const have = new Set<string>();
  for (const keys of batches([...new Set(rows.map((r) => r.key))]))
    for (const h of await tx.notification.findMany({ where: { key: { in: keys } }, select: { userId: true, key: true } })) have.add(`${h.userId}|${h.key}`);
  const fresh = rows.filter((r) => !have.has(`${r.userId}|${r.key}`) && have.add(`${r.userId}|${r.key}`));
  const written = await insertOnce(
    fresh,
    (batch) => tx.notification.createMany({ data: batch }),
    (row) => tx.notification.create({ data: row }),
    { outsideTransaction },
  );
  // The e-mail of each new notification, for those who chose it: in the same transaction (the outbox).
  await mailForNotifications(tx, fresh, { outsideTransaction });
  return written;
}
