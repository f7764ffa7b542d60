// Signing in with a username and password: the one path behind the sign-in page and next-auth's
// credentials provider. Throttled per account and per address; an unknown user and a wrong password get
// the same answer in the same time.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "../db";
import { auditChange, recordDenial, type AuditContext } from "../audit/write";
import { formatDateTime } from "../time/business-date";
import { z } from "../validation";
import { verifyPassword } from "./password";
import { throttleState } from "./throttle";
import { DEMO_ONLY, demoSignInRefused } from "./demo";
import { env } from "../env";

export const signInSchema = z.strictObject({
  username: z
    .string()
    .trim()
    .min(1, "Hãy nhập tên đăng nhập.")
    .max(64, "Tên đăng nhập không quá 64 ký tự.")
    // Control characters (NUL among them, which PostgreSQL refuses in text) are never part of a name.
    .refine((s) => !/\p{Cc}/u.test(s), "Tên đăng nhập chứa ký tự không hợp lệ."),
  password: z.string().min(1, "Hãy nhập mật khẩu.").max(256, "Mật khẩu không quá 256 ký tự."),
  callbackUrl: z.string().max(512).optional(),
});

export const WRONG_CREDENTIALS = "Tên đăng nhập hoặc mật khẩu không đúng.";
export const ACCOUNT_DISABLED = "Tài khoản này đã bị khóa. Hãy liên hệ quản trị viên.";

export type SignInResult =
  { ok: true; userId: string; sessionId: string; displayName: string } | { ok: false; formError: string; fieldErrors?: Record<string, string[]> };

/** A login name as stored (lib/users/schema.ts): trimmed, NFC, lower case. */
export function normaliseUsername(raw: string): string {
  return raw.normalize("NFC").trim().toLowerCase();
}

export async function signInWithPassword(raw: unknown, ctx: AuditContext, now = new Date(), demoMode = env.DEMO_MODE): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "_form")] ??= []).push(issue.message);
    return { ok: false, formError: "Hãy kiểm tra lại thông tin đăng nhập.", fieldErrors };
  }
  const username = normaliseUsername(parsed.data.username);
  const throttle = await throttleState(db, username, ctx.address, now);
  if (throttle.blocked) {
    return { ok: false, formError: `Đã nhập sai quá nhiều lần. Hãy thử lại sau ${formatDateTime(throttle.retryAt!).slice(11)}.` };
  }
  const user = await db.user.findUnique({ where: { username }, include: { credential: true } });
  const valid = await verifyPassword(user?.credential?.hash ?? null, parsed.data.password);
  if (!user || !valid || user.status !== "ACTIVE") {
    // The attempt counts towards the throttle and is in the audit trail (the account's own sign-in history
    // and the administrator's viewer), under the name as typed when no account has it.
    const reason = !user ? "unknown-user" : !valid ? "wrong-password" : "disabled";
    await db.$transaction([
      db.signInAttempt.create({ data: { username, address: ctx.address, success: false, createdAt: now } }),
      recordDenial(db, null, { action: "auth.sign_in_failed", entityType: "User", entityId: user?.id ?? null, after: { username }, reason }, ctx),
    ]);
    return { ok: false, formError: user && valid ? ACCOUNT_DISABLED : WRONG_CREDENTIALS };
  }
  // Only once the password is known to be right, so that this answer tells nothing to a guesser.
  if (demoSignInRefused(user, parsed.data.password, demoMode)) {
    await db.$transaction([
      db.signInAttempt.create({ data: { username, address: ctx.address, success: false, createdAt: now } }),
      auditChange(db, null, { action: "auth.sign_in_refused", entityType: "User", entityId: user.id, reason: "demo-outside-demo-mode" }, ctx),
    ]);
    return { ok: false, formError: DEMO_ONLY };
  }
  const sessionId = randomUUID();
  // Array form: every statement is a database call, nothing else is awaited inside the transaction.
  await db.$transaction([
    db.signInAttempt.create({ data: { username, address: ctx.address, success: true, createdAt: now } }),
    db.session.create({ data: { id: sessionId, userId: user.id, createdAt: now, lastSeenAt: now } }),
    db.user.update({ where: { id: user.id }, data: { lastSignInAt: now } }),
    auditChange(
      db,
      null,
      {
        action: "auth.sign_in",
        entityType: "User",
        entityId: user.id,
        after: { username: user.username, sessionId },
      },
      ctx,
    ),
  ]);
  return { ok: true, userId: user.id, sessionId, displayName: user.displayName };
}
