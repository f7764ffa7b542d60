// The mail runner's work: one process at a time holds the lease and sends what is due from the outbox,
// one message after another, recording each answer before the next. A message is marked SENDING before it
// is handed to SMTP; a runner that finds SENDING rows when it takes the lease knows their sender died
// between the hand-over and the record, and sends them again with the same Message-ID (so the one message
// that can arrive twice after a crash is recognisable as the same message). Temporary refusals and a
// server that does not answer are retried with backoff; a permanent refusal (5xx) bounces: the message
// stops and the address is marked so that nothing more is sent to it.
import { hostname } from "node:os";
import type { Transporter } from "nodemailer";
import type { Db } from "../db";
import { acquireLease, renewLease } from "./lease";

export const MAIL_LEASE = "mail";
/** How long a lease lasts without renewal; longer than one message's SMTP time-outs. */
export const LEASE_MS = 60_000;
/** The retries of a message that the server did not take: after the last, it is marked FAILED. */
export const MAX_ATTEMPTS = 8;
/** Wait before retry n (1-based): 1, 2, 4 … minutes, at most 6 hours. */
export const backoffMs = (attempt: number) => Math.min(60_000 * 2 ** (attempt - 1), 6 * 3_600_000);

export interface SendResult {
  held: boolean;
  sent: number;
  retried: number;
  bounced: number;
  failed: number;
  /** SENDING rows of a dead runner, put back to be sent again. */
  inDoubt: number;
}

interface SmtpError {
  code?: string;
  responseCode?: number;
  command?: string;
  message?: string;
}

/** A permanent refusal of the message or its recipient (5xx), as opposed to a fault worth retrying. */
const isPermanent = (e: SmtpError) => typeof e.responseCode === "number" && e.responseCode >= 500 && e.responseCode < 600 && e.command !== "CONN";
/** The server is not there or did not answer: the rest of the batch would fare the same, so the run stops. */
const isUnreachable = (e: SmtpError) => !e.responseCode && ["ECONNECTION", "ETIMEDOUT", "ESOCKET", "ECONNREFUSED", "EDNS"].includes(e.code ?? "");

export const messageIdOf = (id: string) => `<${id}@bloc-portal.${hostname().replace(/[^a-z0-9.-]/gi, "") || "local"}>`;

/**
 * Sends up to `batch` due messages if this runner holds (or takes) the lease. `now` is read per message.
 */
export async function sendDue(
  db: Db,
  transport: Pick<Transporter, "sendMail">,
  {
    holder,
    from,
    batch = 200,
    now = () => new Date(),
    leaseMs = LEASE_MS,
  }: { holder: string; from: string; batch?: number; now?: () => Date; leaseMs?: number },
): Promise<SendResult> {
  const result: SendResult = { held: false, sent: 0, retried: 0, bounced: 0, failed: 0, inDoubt: 0 };
  if (!(await acquireLease(db, MAIL_LEASE, holder, leaseMs, now()))) return result;
  result.held = true;
  // This runner sends one message at a time and records each answer, so a SENDING row now is a dead
  // runner's: it may or may not have reached the server. It is sent again rather than lost.
  result.inDoubt = (await db.outboundMail.updateMany({ where: { status: "SENDING" }, data: { status: "PENDING" } })).count;
  const due = await db.outboundMail.findMany({
    where: { status: "PENDING", nextAttemptAt: { lte: now() } },
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    take: batch,
    select: { id: true, userId: true, to: true, subject: true, text: true, html: true, attempts: true, unsubscribeHash: true },
  });
  for (const m of due) {
    if (!(await renewLease(db, MAIL_LEASE, holder, leaseMs, now()))) break;
    const claimed = await db.outboundMail.updateMany({ where: { id: m.id, status: "PENDING" }, data: { status: "SENDING", attempts: { increment: 1 } } });
    if (!claimed.count) continue;
    const attempt = m.attempts + 1;
    // The header points at the one-click endpoint (a POST); the text link at the page that asks first.
    const unsubscribe = m.unsubscribeHash ? unsubscribeLinkIn(m.text)?.replace("/unsubscribe?", "/api/unsubscribe?") : undefined;
    try {
      await transport.sendMail({
        from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        html: m.html,
        messageId: messageIdOf(m.id),
        // One-click unsubscribe (RFC 8058): the mail client may post to the link without opening it.
        ...(unsubscribe ? { list: { unsubscribe }, headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } } : {}),
      });
      await db.outboundMail.update({ where: { id: m.id }, data: { status: "SENT", sentAt: now(), lastError: null } });
      result.sent++;
    } catch (error) {
      const e = error as SmtpError;
      const reason = `${e.responseCode ?? e.code ?? "?"} ${e.message ?? ""}`.slice(0, 500);
      if (isPermanent(e)) {
        await db.$transaction([
          db.outboundMail.update({ where: { id: m.id }, data: { status: "BOUNCED", lastError: reason } }),
          ...(m.userId ? [db.user.updateMany({ where: { id: m.userId, email: m.to }, data: { emailBouncedAt: now() } })] : []),
        ]);
        result.bounced++;
      } else if (attempt >= MAX_ATTEMPTS) {
        await db.outboundMail.update({ where: { id: m.id }, data: { status: "FAILED", lastError: reason } });
        result.failed++;
      } else {
        await db.outboundMail.update({
          where: { id: m.id },
          data: { status: "PENDING", lastError: reason, nextAttemptAt: new Date(now().getTime() + backoffMs(attempt)) },
        });
        result.retried++;
        if (isUnreachable(e)) break;
      }
    }
  }
  return result;
}

/** The unsubscribe link a message carries in its text (its token is not stored, only its hash). */
function unsubscribeLinkIn(text: string): string | undefined {
  return /https?:\/\/\S+\/unsubscribe\?t=[\w-]+/.exec(text)?.[0];
}
