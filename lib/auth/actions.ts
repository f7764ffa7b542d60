"use server";
// Sign-in from the /login form (works without JavaScript), sign-out, and changing one's own password.
// Each authenticates, validates and audits inside itself. What they authorise is fixed by construction:
// sign-out ends only the actor's own session, and a password change applies only to the actor's own
// account after the current password is verified; there is no target to pass.
import { encodeSessionToken } from "./jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "../db";
import { env, isHttps } from "../env";
import { auditChange, recordDenial } from "../audit/write";
import { MESSAGES, type ActionResult } from "../actions/result";
import { requestContext } from "../request-context";
import { formValues, z } from "../validation";
import { getActor } from "./current";
import { SESSION_MAX_AGE_S, sessionCookieName } from "./options";
import { hashPassword, passwordProblem, PASSWORD_MAX, verifyPassword } from "./password";
import { homeOf } from "./roles";
import { signInWithPassword } from "./sign-in";
import { loadActor } from "./actor";
import { revokeSession, revokeSessions } from "./sessions";
import { today } from "../time/today";

/** Only a local path may be a destination after sign-in (no open redirect). */
function safeDestination(raw: string | undefined): string | null {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\") || raw.startsWith("/login")) return null;
  return raw.slice(0, 512);
}

export async function signInAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const values = formValues(form);
  const ctx = await requestContext();
  const result = await signInWithPassword(values, ctx);
  const { password: _password, ...echo } = values;
  if (!result.ok) return { ok: false, formError: result.formError, fieldErrors: result.fieldErrors, values: echo };
  if (!env.NEXTAUTH_SECRET) return { ok: false, formError: MESSAGES.failed, values: echo };
  const token = await encodeSessionToken({
    token: { sub: result.userId, name: result.displayName, sid: result.sessionId },
    secret: env.NEXTAUTH_SECRET,
    maxAge: SESSION_MAX_AGE_S,
  });
  (await cookies()).set(sessionCookieName(), token, { httpOnly: true, sameSite: "lax", path: "/", secure: isHttps, maxAge: SESSION_MAX_AGE_S });
  const loaded = await loadActor(db, result.sessionId, today());
  const home = "actor" in loaded ? (loaded.actor.mustChangePassword ? "/account/password" : homeOf(loaded.actor.assignments[0])) : "/";
  redirect(safeDestination(values.callbackUrl) && "actor" in loaded && !loaded.actor.mustChangePassword ? safeDestination(values.callbackUrl)! : home);
}

export async function signOutAction(): Promise<void> {
  const [actor, ctx] = await Promise.all([getActor(), requestContext()]);
  if (actor) {
    await db.$transaction([
      revokeSession(db, actor.sessionId, "SIGN_OUT"),
      auditChange(db, actor, { action: "auth.sign_out", entityType: "User", entityId: actor.userId, after: { sessionId: actor.sessionId } }, ctx),
    ]);
  }
  (await cookies()).delete(sessionCookieName());
  redirect("/login");
}

const changePasswordSchema = z.strictObject({
  current: z.string().min(1, "Hãy nhập mật khẩu hiện tại.").max(PASSWORD_MAX),
  next: z.string().max(PASSWORD_MAX, `Mật khẩu không được dài quá ${PASSWORD_MAX} ký tự.`),
  confirm: z.string().max(PASSWORD_MAX),
});

export async function changePasswordAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const ctx = await requestContext();
  const actor = await getActor();
  if (!actor) {
    await recordDenial(db, null, { action: "account.change_password", entityType: "User", reason: "no-session" }, ctx);
    return { ok: false, formError: MESSAGES.unauthenticated };
  }
  const parsed = changePasswordSchema.safeParse(formValues(form));
  if (!parsed.success) return { ok: false, formError: MESSAGES.invalid, fieldErrors: { current: ["Hãy điền đủ các ô."] } };
  const { current, next, confirm } = parsed.data;
  const problem = passwordProblem(next, actor.username);
  if (problem) return { ok: false, formError: MESSAGES.invalid, fieldErrors: { next: [problem] } };
  if (next !== confirm) return { ok: false, formError: MESSAGES.invalid, fieldErrors: { confirm: ["Hai lần nhập mật khẩu mới không khớp."] } };
  if (next === current) return { ok: false, formError: MESSAGES.invalid, fieldErrors: { next: ["Mật khẩu mới phải khác mật khẩu hiện tại."] } };
  const credential = await db.passwordCredential.findUnique({ where: { userId: actor.userId } });
  if (!(await verifyPassword(credential?.hash ?? null, current))) {
    return { ok: false, formError: MESSAGES.invalid, fieldErrors: { current: ["Mật khẩu hiện tại không đúng."] } };
  }
  const hash = await hashPassword(next);
  const now = new Date();
  await db.$transaction([
    db.passwordCredential.upsert({ where: { userId: actor.userId }, create: { userId: actor.userId, hash, changedAt: now }, update: { hash, changedAt: now } }),
    db.user.update({ where: { id: actor.userId }, data: { mustChangePassword: false, version: { increment: 1 } } }),
    // Every other session of this user ends: whoever held the old password is signed out.
    revokeSessions(db, actor.userId, "PASSWORD_CHANGED", { keep: actor.sessionId, at: now }),
    auditChange(db, actor, { action: "account.change_password", entityType: "User", entityId: actor.userId, after: { passwordChangedAt: now } }, ctx),
  ]);
  redirect(homeOf(actor.assignments[0]));
}

const endSessionSchema = z.strictObject({ sessionId: z.string().min(1).max(64) });

/**
 * Ending one of one's own sessions (the account page's list): the target can only be a session of the
 * actor's own account; any other id is "not found" with a denial record. Ending the session in use signs
 * out.
 */
export async function endSessionAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const ctx = await requestContext();
  const actor = await getActor();
  if (!actor) {
    await recordDenial(db, null, { action: "auth.end_session", entityType: "Session", reason: "no-session" }, ctx);
    return { ok: false, formError: MESSAGES.unauthenticated };
  }
  const parsed = endSessionSchema.safeParse(formValues(form));
  if (!parsed.success) return { ok: false, formError: MESSAGES.invalid };
  const { sessionId } = parsed.data;
  const session = await db.session.findFirst({ where: { id: sessionId, userId: actor.userId, revokedAt: null }, select: { id: true } });
  if (!session) {
    await recordDenial(db, actor, { action: "auth.end_session", entityType: "Session", entityId: sessionId, reason: "not-found" }, ctx);
    return { ok: false, formError: MESSAGES.notFound };
  }
  await db.$transaction([
    revokeSession(db, sessionId, "USER_ENDED"),
    auditChange(db, actor, { action: "auth.end_session", entityType: "User", entityId: actor.userId, after: { sessionId } }, ctx),
  ]);
  if (sessionId === actor.sessionId) {
    (await cookies()).delete(sessionCookieName());
    redirect("/login");
  }
  return { ok: true, message: "Đã kết thúc phiên đăng nhập đó." };
}
