// One-click unsubscribe: the link in a message stops that topic for that message's recipient, without
// signing in, and changes nothing else. The link holds a random token; the outbox keeps only its hash, so
// a forged token matches nothing (and is recorded as a denied attempt), and a link used again finds the
// topic already off and writes nothing.
import "server-only";
import { db as defaultDb, type Db } from "../db";
import { auditChange, recordDenial, type AuditContext } from "../audit/write";
import { hashToken } from "./links";
import { isMailTopic, MAIL_TOPIC_LABEL, wantsEmail, type MailTopic } from "./topics";

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export interface UnsubscribeTarget {
  userId: string;
  to: string;
  topic: MailTopic;
  label: string;
  /** The topic still comes by e-mail (the link has not been used, nor the choice changed since). */
  active: boolean;
}

/** The recipient and topic a link stands for, or null for a malformed or unknown token. */
export async function unsubscribeTarget(token: string | null | undefined, db: Db = defaultDb): Promise<UnsubscribeTarget | null> {
  if (!token || !TOKEN.test(token)) return null;
  const mail = await db.outboundMail.findUnique({
    where: { unsubscribeHash: hashToken(token) },
    select: { userId: true, to: true, topic: true, user: { select: { mailPreferences: { select: { topic: true, email: true } } } } },
  });
  if (!mail?.userId || !mail.user || !isMailTopic(mail.topic)) return null;
  return {
    userId: mail.userId,
    to: mail.to,
    topic: mail.topic,
    label: MAIL_TOPIC_LABEL[mail.topic],
    active: wantsEmail(mail.user.mailPreferences, mail.topic),
  };
}

/** Turns the link's topic off for its recipient; "invalid" for a token that matches no message. */
export async function unsubscribe(token: string | null | undefined, ctx: AuditContext, db: Db = defaultDb): Promise<"done" | "already" | "invalid"> {
  const target = await unsubscribeTarget(token, db);
  if (!target) {
    await recordDenial(db, null, { action: "mail.unsubscribe", entityType: "User", reason: "invalid-link" }, ctx);
    return "invalid";
  }
  if (!target.active) return "already";
  const { userId, topic } = target;
  await db.$transaction([
    db.mailPreference.upsert({ where: { userId_topic: { userId, topic } }, create: { userId, topic, email: false }, update: { email: false } }),
    auditChange(
      db,
      null,
      { action: "mail.unsubscribe", entityType: "User", entityId: userId, before: { [topic]: true }, after: { [topic]: false, via: "link" } },
      ctx,
    ),
  ]);
  return "done";
}
