// Writing notifications: in the transaction of the change that causes them (a task assigned, a report
// returned or accepted, work handed over), to the people whose role makes the record theirs: the role
// bound to the record's own unit (and, for an organisation's task, to that organisation), in force on the
// business date, on an active account. A notification is written once per person and key, so a retried
// write or a second run of a reminder adds nothing.
import type { Db, Tx } from "../db";
import type { NotificationKind, Role } from "../../generated/prisma/sqlite/enums";
import { today } from "../time/today";

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

/** The active users holding one of `to`'s roles at its unit on `day`. */
export async function recipientsOf(tx: Tx | Db, to: NoticeTo[], day: Date): Promise<string[]> {
  if (!to.length) return [];
  const rows = await tx.roleAssignment.findMany({
    where: {
      AND: [
        { OR: to.map((t) => ({ unitId: t.unitId, role: { in: t.roles }, ...(t.organisationIds ? { organisationId: { in: t.organisationIds } } : {}) })) },
        { validFrom: { lte: day } },
        { OR: [{ validTo: null }, { validTo: { gte: day } }] },
        { user: { status: "ACTIVE" } },
      ],
    },
    select: { userId: true },
    orderBy: { userId: "asc" },
  });
  return [...new Set(rows.map((r) => r.userId))];
}

/** Writes each notice to each of its recipients that does not have it yet; returns how many were written. */
export async function notify(tx: Tx | Db, notices: Notice[], day = today()): Promise<number> {
  const rows: (Omit<Notice, "to"> & { userId: string })[] = [];
  for (const { to, ...n } of notices) for (const userId of await recipientsOf(tx, to, day)) rows.push({ ...n, userId });
  if (!rows.length) return 0;
  const held = await tx.notification.findMany({
    where: { key: { in: [...new Set(rows.map((r) => r.key))] }, userId: { in: [...new Set(rows.map((r) => r.userId))] } },
    select: { userId: true, key: true },
  });
  const have = new Set(held.map((h) => `${h.userId}|${h.key}`));
  const fresh = rows.filter((r) => !have.has(`${r.userId}|${r.key}`) && have.add(`${r.userId}|${r.key}`));
  if (fresh.length) await tx.notification.createMany({ data: fresh });
  return fresh.length;
}
