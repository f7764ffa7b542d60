// One's own mail settings, and the administrator's view of the mail: the outbox by state (what waits, what was sent, what bounced or
// failed), newest first, and one message. The text of a password reset holds a live link: it is shown only
// in demo mode, where the demo's own sink is the only recipient.
import "server-only";
import { db } from "../db";
import { env } from "../env";
import type { MailStatus } from "../../generated/prisma/sqlite/enums";

export const MAIL_PAGE_SIZE = 50;
export const MAIL_STATUSES: MailStatus[] = ["PENDING", "SENDING", "SENT", "BOUNCED", "FAILED"];
export const MAIL_STATUS_LABEL: Record<MailStatus, string> = {
  PENDING: "Chờ gửi",
  SENDING: "Đang gửi",
  SENT: "Đã gửi",
  BOUNCED: "Bị trả về",
  FAILED: "Gửi không được",
};

export async function mailOverview(status: MailStatus | null, page: number) {
  const where = status ? { status } : {};
  const [counts, total, rows, lease] = await Promise.all([
    db.outboundMail.groupBy({ by: ["status"], _count: { _all: true } }),
    db.outboundMail.count({ where }),
    db.outboundMail.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * MAIL_PAGE_SIZE,
      take: MAIL_PAGE_SIZE,
      select: {
        id: true,
        to: true,
        subject: true,
        topic: true,
        status: true,
        attempts: true,
        nextAttemptAt: true,
        lastError: true,
        sentAt: true,
        createdAt: true,
      },
    }),
    db.runnerLease.findUnique({ where: { name: "mail" } }),
  ]);
  const byStatus = Object.fromEntries(MAIL_STATUSES.map((s) => [s, counts.find((c) => c.status === s)?._count._all ?? 0])) as Record<MailStatus, number>;
  const oldestWaiting = await db.outboundMail.findFirst({ where: { status: "PENDING" }, orderBy: { createdAt: "asc" }, select: { createdAt: true } });
  return { byStatus, total, rows, lease, oldestWaiting: oldestWaiting?.createdAt ?? null };
}

/** One's own address, bounce mark and mail choices (the account's mail page). */
export function mailSettingsOf(userId: string) {
  return db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, emailBouncedAt: true, mailPreferences: { select: { topic: true, email: true } } },
  });
}

export async function mailMessage(id: string) {
  const m = await db.outboundMail.findUnique({ where: { id } });
  if (!m) return null;
  const hidden = m.topic === "PASSWORD_RESET" && !env.DEMO_MODE;
  return { ...m, text: hidden ? null : m.text };
}
