// Self-service password reset by e-mail. Asking for a link gives the same answer whether or not the account
// exists or has an address (no one learns who is registered); a link is a random token of which only the
// hash is kept, valid for 30 minutes and used once; using it sets the new password, ends every session of
// the account and every other outstanding link. Each step is audited. Asking is limited per account (no
// mail bombing) and per address.
import "server-only";
import { db as defaultDb, type Db } from "../db";
import { auditChange, recordDenial, type AuditContext } from "../audit/write";
import { writeTransaction } from "../actions/transaction";
import { enqueue } from "../mail/outbox";
import { hashToken, newToken, portalUrl } from "../mail/links";
import { resetMail } from "../mail/render";
import { hashPassword, passwordProblem } from "./password";
import { revokeSessions } from "./sessions";
import { normaliseUsername } from "./sign-in";

export const RESET_MINUTES = 30;
/** Links sent per account per hour, and requests per client address per hour. */
export const RESETS_PER_ACCOUNT = 3;
export const RESETS_PER_ADDRESS = 20;

export const RESET_ANSWER = `Nếu tên đăng nhập hoặc địa chỉ đó có trong cổng và tài khoản có địa chỉ thư điện tử, một thư có liên kết đặt lại mật khẩu vừa được gửi tới địa chỉ đó. Liên kết dùng được một lần, trong ${RESET_MINUTES} phút. Không nhận được thư? Hãy kiểm tra thư mục thư rác, hoặc liên hệ quản trị viên.`;

export const INVALID_LINK = "Liên kết đặt lại mật khẩu đã hết hạn, đã được dùng hoặc không đúng. Hãy yêu cầu một liên kết mới.";

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Asks for a reset link for the account named by `login` (a username or an e-mail address). */
export async function requestPasswordReset(db: Db, login: string, ctx: AuditContext, now = new Date()): Promise<void> {
  const hourAgo = new Date(now.getTime() - 3_600_000);
  const asked = await db.auditEvent.count({ where: { occurredAt: { gte: hourAgo }, action: "auth.password_reset_request", address: ctx.address } });
  const folded = login.trim();
  const users = await db.user.findMany({
    where: { status: "ACTIVE", OR: [{ username: normaliseUsername(folded) }, ...(folded.includes("@") ? [{ email: folded.toLowerCase() }] : [])] },
    select: {
      id: true,
      username: true,
      displayName: true,
      email: true,
      emailBouncedAt: true,
      _count: { select: { passwordResets: { where: { createdAt: { gte: hourAgo } } } } },
    },
    take: 5,
  });
  const reachable = users.filter((u) => u.email && !u.emailBouncedAt && u._count.passwordResets < RESETS_PER_ACCOUNT);
  if (asked >= RESETS_PER_ADDRESS || !reachable.length) {
    const reason = asked >= RESETS_PER_ADDRESS ? "throttled" : users.length ? "no-address-or-limit" : "unknown-account";
    await recordDenial(db, null, { action: "auth.password_reset_request", entityType: "User", entityId: users[0]?.id ?? null, reason }, ctx);
    return;
  }
  await writeTransaction(db, async (tx) => {
    for (const u of reachable) {
      const { token, hash } = newToken();
      const reset = await tx.passwordReset.create({ data: { userId: u.id, tokenHash: hash, expiresAt: new Date(now.getTime() + RESET_MINUTES * 60_000) } });
      const link = portalUrl(`/password/reset?token=${token}`);
      await enqueue(tx, [
        {
          key: `reset:${reset.id}`,
          userId: u.id,
          topic: "PASSWORD_RESET",
          to: u.email!,
          unsubscribeHash: null,
          ...resetMail({ displayName: u.displayName, username: u.username, link, minutes: RESET_MINUTES }),
        },
      ]);
      await auditChange(
        tx,
        null,
        { action: "auth.password_reset_request", entityType: "User", entityId: u.id, after: { resetId: reset.id, expiresAt: reset.expiresAt } },
        ctx,
      );
    }
  });
}

/** The account a link is for while it is valid (unused, unexpired, account active), else null. */
export async function validReset(token: string | null | undefined, now = new Date(), db: Db = defaultDb) {
  if (!token || !TOKEN.test(token)) return null;
  return db.passwordReset.findFirst({
    where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now }, user: { status: "ACTIVE" } },
    select: { id: true, userId: true, user: { select: { username: true } } },
  });
}

export type ResetOutcome = { ok: true } | { ok: false; invalidLink: true } | { ok: false; field: "next" | "confirm"; message: string };

/** Sets a new password through a link: once, within its time, ending every session of the account. */
export async function resetPassword(db: Db, token: string, next: string, confirm: string, ctx: AuditContext, now = new Date()): Promise<ResetOutcome> {
  const reset = await validReset(token, now, db);
  if (!reset) {
    await recordDenial(db, null, { action: "auth.password_reset", entityType: "User", reason: "invalid-link" }, ctx);
    return { ok: false, invalidLink: true };
  }
  const problem = passwordProblem(next, reset.user.username);
  if (problem) return { ok: false, field: "next", message: problem };
  if (next !== confirm) return { ok: false, field: "confirm", message: "Hai lần nhập mật khẩu mới không khớp." };
  const hash = await hashPassword(next);
  const used = await writeTransaction(db, async (tx) => {
    // The link is spent here, conditionally: of two uses at once, one finds it already used.
    const spent = await tx.passwordReset.updateMany({ where: { id: reset.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (!spent.count) return false;
    await tx.passwordReset.updateMany({ where: { userId: reset.userId, usedAt: null }, data: { usedAt: now } });
    await tx.passwordCredential.upsert({
      where: { userId: reset.userId },
      create: { userId: reset.userId, hash, changedAt: now },
      update: { hash, changedAt: now },
    });
    await tx.user.update({ where: { id: reset.userId }, data: { mustChangePassword: false, version: { increment: 1 } } });
    await revokeSessions(tx, reset.userId, "PASSWORD_CHANGED", { at: now });
    await auditChange(
      tx,
      null,
      { action: "auth.password_reset", entityType: "User", entityId: reset.userId, after: { resetId: reset.id, passwordChangedAt: now } },
      ctx,
    );
    return true;
  });
  if (!used) {
    await recordDenial(db, null, { action: "auth.password_reset", entityType: "User", entityId: reset.userId, reason: "link-used" }, ctx);
    return { ok: false, invalidLink: true };
  }
  return { ok: true };
}
