// The e-mail outbox: messages are written as rows in the transaction of the change that causes them and
// sent later by the runner (lib/mail/runner.ts), so a request never waits for SMTP and a crash loses
// nothing. A message exists once per key: a second reminder run, or a retried write, adds none.
import type { Db, Tx } from "../db";
import type { NotificationKind } from "../../generated/prisma/sqlite/enums";
import { batches, insertOnce } from "../insert-once";
import { newToken, unsubscribeUrl } from "./links";
import { noticeMail, type Rendered } from "./render";
import { wantsEmail, type MailTopic } from "./topics";

export interface MailRow extends Rendered {
  key: string;
  userId: string | null;
  topic: string;
  to: string;
  unsubscribeHash: string | null;
}

/** Who can be written to: an active account with an address that has not bounced, and its choices. */
export async function mailRecipients(tx: Tx | Db, userIds: string[]) {
  const out = new Map<string, { email: string; displayName: string; choices: { topic: string; email: boolean }[] }>();
  for (const batch of batches([...new Set(userIds)]))
    for (const u of await tx.user.findMany({
      where: { id: { in: batch }, status: "ACTIVE", email: { not: null }, emailBouncedAt: null },
      select: { id: true, email: true, displayName: true, mailPreferences: { select: { topic: true, email: true } } },
    }))
      out.set(u.id, { email: u.email!, displayName: u.displayName, choices: u.mailPreferences });
  return out;
}

/** A message a user may opt out of, with its own unsubscribe link (for this user and topic). */
export function optionalMail(key: string, userId: string, to: string, topic: MailTopic, render: (unsubscribe: string) => Rendered): MailRow {
  const { token, hash } = newToken();
  return { key, userId, topic, to, unsubscribeHash: hash, ...render(unsubscribeUrl(token)) };
}

export function enqueue(tx: Tx | Db, rows: MailRow[], { outsideTransaction = false } = {}): Promise<number> {
  return insertOnce(
    rows,
    (batch) => tx.outboundMail.createMany({ data: batch }),
    (row) => tx.outboundMail.create({ data: row }),
    { outsideTransaction },
  );
}

/** The e-mail for new notifications, to the recipients who chose their kind. */
export async function mailForNotifications(
  tx: Tx | Db,
  rows: { userId: string; kind: NotificationKind; title: string; link: string; key: string }[],
  options: { outsideTransaction?: boolean } = {},
): Promise<number> {
  if (!rows.length) return 0;
  const recipients = await mailRecipients(
    tx,
    rows.map((r) => r.userId),
  );
  const mail: MailRow[] = [];
  for (const r of rows) {
    const to = recipients.get(r.userId);
    if (!to || !wantsEmail(to.choices, r.kind)) continue;
    mail.push(
      optionalMail(`n:${r.userId}:${r.key}`, r.userId, to.email, r.kind, (unsubscribe) =>
        noticeMail({ topic: r.kind, displayName: to.displayName, title: r.title, link: r.link, unsubscribe }),
      ),
    );
  }
  return enqueue(tx, mail, options);
}
