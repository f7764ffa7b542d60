// Entries without a target: signing in and out, the password change of one's own account, next-auth's
// own endpoints and the health check. Each is checked for what it must do for every principal.
import { expect } from "vitest";
import { db } from "@/lib/db";
import type { ActionResult } from "@/lib/actions/result";
import { authOptions, sessionCookieName } from "@/lib/auth/options";
import { PASSWORD } from "../../factories";
import { denials, fingerprint, formData, RedirectSignal, unchanged, type Case } from "../harness";
import { MESSAGES } from "@/lib/actions/result";
import { PRINCIPALS, freshPrincipal, type World } from "../world";
import type { PublicEntry } from "./index";
import { randomUUID } from "node:crypto";
import { enqueue, optionalMail } from "@/lib/mail/outbox";
import { noticeMail } from "@/lib/mail/render";
import { newToken } from "@/lib/mail/links";
import { INVALID_LINK, RESET_ANSWER } from "@/lib/auth/reset";

type Action = (previous: ActionResult, form: FormData) => Promise<unknown>;
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function outcome(run: () => Promise<unknown>) {
  try {
    return { result: (await run()) as ActionResult | undefined, redirect: null as string | null };
  } catch (error) {
    if (error instanceof RedirectSignal) return { result: undefined, redirect: error.to };
    throw error;
  }
}

/** For every principal: the call changes no row (a read). */
async function readsOnly(w: World, request: { sessionId: string | null }, call: () => Promise<Response>, status: (r: Response) => void) {
  for (const principal of PRINCIPALS) {
    const [d0, f0] = [await denials(), await fingerprint()];
    request.sessionId = w.sessions[principal];
    const response = await call().finally(() => {
      request.sessionId = null;
    });
    status(response);
    expect([await denials(), await fingerprint()], principal).toEqual([d0, f0]);
  }
}

async function credentialsOnly(fn: unknown) {
  expect(fn).toBeTypeOf("function");
  expect(authOptions.providers.map((p) => p.id)).toEqual(["credentials"]);
  const authorize = (
    authOptions.providers[0] as unknown as { options: { authorize: (c: Record<string, string>, req: unknown) => Promise<{ sid?: string } | null> } }
  ).options.authorize;
  const user = await freshPrincipal("ORG_OFFICER");
  const attempts = await db.signInAttempt.count();
  expect(await authorize({ username: user.username, password: "khong-dung-2018" }, { headers: {} })).toBeNull();
  expect(await db.signInAttempt.count()).toBe(attempts + 1);
  expect((await authorize({ username: user.username, password: PASSWORD }, { headers: {} }))?.sid).toBeTruthy();
}

/** A message to `userId` with an unsubscribe link; returns the link's token. */
async function mailWithLink(userId: string) {
  const row = optionalMail(`matrix:${randomUUID()}`, userId, "matrix@example.org", "TASK_OVERDUE", (unsubscribe) =>
    noticeMail({ topic: "TASK_OVERDUE", displayName: "Người thử", title: "Ma trận", link: "/", unsubscribe }),
  );
  await enqueue(db, [row]);
  return /unsubscribe\?t=([\w-]{43})/.exec(row.text)![1];
}

/** Runs `call` as every principal, signed in or not: a token-authorised entry must not care who calls. */
async function sameForEveryone(w: World, request: { sessionId: string | null }, call: (principal: string) => Promise<void>) {
  for (const principal of PRINCIPALS) {
    request.sessionId = w.sessions[principal];
    await call(principal).finally(() => {
      request.sessionId = null;
    });
  }
}

export const publicEntries: Record<string, PublicEntry> = {
  "app/api/unsubscribe/route.ts#POST": {
    public: "a message's unsubscribe link: its token stands for its own recipient and topic; a forged one changes nothing",
    check: (w, fn, request) =>
      sameForEveryone(w, request, async (principal) => {
        const target = await freshPrincipal("BLOC_HEAD");
        const token = await mailWithLink(target.userId);
        const post = (t: string) =>
          (fn as Handler)(new Request(`http://portal.test/api/unsubscribe?t=${t}`, { method: "POST", body: "List-Unsubscribe=One-Click" }), {
            params: Promise.resolve({}),
          });
        const [d0, f0] = [await denials(), await fingerprint()];
        expect((await post("A".repeat(43))).status, principal).toBe(404);
        expect(await denials()).toBe(d0 + 1);
        expect(unchanged(f0, await fingerprint())).toBe(true);
        expect((await post(token)).status).toBe(200);
        expect(await db.mailPreference.findMany({ where: { userId: target.userId }, select: { topic: true, email: true } })).toEqual([
          { topic: "TASK_OVERDUE", email: false },
        ]);
        expect(await db.auditEvent.count({ where: { action: "mail.unsubscribe", entityId: target.userId, outcome: "ALLOWED" } })).toBe(1);
      }),
  },
  "lib/auth/reset-actions.ts#requestPasswordResetAction": {
    public: "asking for a password reset link: the same answer for every name; a link goes only to the account's own address",
    check: (w, fn, request) =>
      sameForEveryone(w, request, async (principal) => {
        const target = await freshPrincipal("ORG_OFFICER");
        await db.user.update({ where: { id: target.userId }, data: { email: `reset-${w.next()}@example.org` } });
        const ask = (login: string) => outcome(() => (fn as Action)({ ok: false }, formData({ login })));
        const [d0, f0] = [await denials(), await fingerprint()];
        const unknown = await ask(`khong-co-${w.next()}`);
        expect(unknown.result, principal).toMatchObject({ ok: true, message: RESET_ANSWER });
        expect(await denials()).toBe(d0 + 1);
        expect(unchanged(f0, await fingerprint())).toBe(true);
        expect((await ask(target.username)).result).toEqual(unknown.result);
        expect(await db.outboundMail.count({ where: { userId: target.userId, topic: "PASSWORD_RESET" } })).toBe(1);
        expect(await db.auditEvent.count({ where: { action: "auth.password_reset_request", entityId: target.userId, outcome: "ALLOWED" } })).toBe(1);
      }),
  },
  "lib/auth/reset-actions.ts#resetPasswordAction": {
    public: "setting a password through a reset link: the link's token is the authority, for its own account, once",
    check: (w, fn, request) =>
      sameForEveryone(w, request, async (principal) => {
        const target = await freshPrincipal("REVIEWER");
        const { token, hash } = newToken();
        await db.passwordReset.create({ data: { userId: target.userId, tokenHash: hash, expiresAt: new Date(Date.now() + 60_000) } });
        const reset = (t: string) =>
          outcome(() => (fn as Action)({ ok: false }, formData({ token: t, next: "Mat-khau-dat-lai-2026", confirm: "Mat-khau-dat-lai-2026" })));
        const [d0, f0] = [await denials(), await fingerprint()];
        expect((await reset("B".repeat(43))).result, principal).toMatchObject({ ok: false, formError: INVALID_LINK });
        expect(await denials()).toBe(d0 + 1);
        expect(unchanged(f0, await fingerprint())).toBe(true);
        expect((await reset(token)).redirect).toBe("/login?reason=reset");
        expect((await db.session.findUniqueOrThrow({ where: { id: target.sessionId } })).revokedWhy).toBe("PASSWORD_CHANGED");
        expect(await db.auditEvent.count({ where: { action: "auth.password_reset", entityId: target.userId, outcome: "ALLOWED" } })).toBe(1);
        request.cookies.clear();
      }),
  },
  "app/api/health/route.ts#GET": {
    public: "readiness for load balancers: no data, the same answer for everyone",
    check: (w, fn, request) =>
      readsOnly(
        w,
        request,
        () => (fn as Handler)(new Request("http://portal.test/api/health"), { params: Promise.resolve({}) }),
        (r) => expect(r.status).toBe(200),
      ),
  },
  // next-auth's own endpoints (providers, CSRF token, session, the credentials callback) need Next's request
  // scope and are exercised over HTTP by the end-to-end suites; here: the only way they can sign anyone in
  // is the portal's own throttled, audited sign-in.
  "app/api/auth/[...nextauth]/route.ts#GET": { public: "next-auth's endpoints: no domain data", check: (_w, fn) => credentialsOnly(fn) },
  "app/api/auth/[...nextauth]/route.ts#POST": {
    public: "next-auth's endpoints: sign-in through the portal's own check",
    check: (_w, fn) => credentialsOnly(fn),
  },
  "lib/auth/actions.ts#signInAction": {
    public: "signing in: a wrong password is refused (and counted for throttling); the right one opens a session",
    check: async (w, fn, request) => {
      const user = await freshPrincipal("BLOC_HEAD");
      const wrong = await outcome(() => (fn as Action)({ ok: false }, formData({ username: user.username, password: "khong-dung-2018" })));
      expect(wrong.result?.ok).toBe(false);
      expect(request.cookies.size).toBe(0);
      const sessions = await db.session.count({ where: { userId: user.userId } });
      const right = await outcome(() => (fn as Action)({ ok: false }, formData({ username: user.username, password: PASSWORD })));
      expect(right, JSON.stringify(right)).toMatchObject({ redirect: "/communes/06760" });
      expect(request.cookies.has(sessionCookieName())).toBe(true);
      expect(await db.session.count({ where: { userId: user.userId } })).toBe(sessions + 1);
      request.cookies.clear();
    },
  },
  "lib/auth/actions.ts#signOutAction": {
    public: "signing out: ends the caller's own session only; without one it changes nothing",
    check: async (_w, fn, request) => {
      const [d0, f0] = [await denials(), await fingerprint()];
      expect((await outcome(() => (fn as () => Promise<void>)())).redirect).toBe("/login");
      expect([await denials(), await fingerprint()]).toEqual([d0, f0]);
      const user = await freshPrincipal("REVIEWER");
      request.sessionId = user.sessionId;
      expect((await outcome(() => (fn as () => Promise<void>)())).redirect).toBe("/login");
      request.sessionId = null;
      expect((await db.session.findUniqueOrThrow({ where: { id: user.sessionId } })).revokedAt).not.toBeNull();
      expect(await db.auditEvent.count({ where: { action: "auth.sign_out", actorUserId: user.userId } })).toBe(1);
    },
  },
};

/**
 * Ending a session from the account page: refused without a session, "not found" (one denial, nothing
 * changed) for another person's session, done for one's own other session, and a sign-out for the one in use.
 */
export const endSessionEntry: PublicEntry = {
  public: "ending one of one's own sessions: the target is checked to be the caller's",
  check: async (_w, fn, request) => {
    const call = (sessionId: string) => outcome(() => (fn as Action)({ ok: false }, formData({ sessionId })));
    const [user, other] = [await freshPrincipal("BLOC_HEAD"), await freshPrincipal("REVIEWER")];
    const second = await db.session.create({ data: { userId: user.userId } });
    const open = async () => (await db.session.findUniqueOrThrow({ where: { id: second.id } })).revokedAt === null;

    let [d0, f0] = [await denials(), await fingerprint()];
    expect((await call(second.id)).result?.ok).toBe(false);
    expect(await denials()).toBe(d0 + 1);
    expect(await open()).toBe(true);

    request.sessionId = other.sessionId;
    [d0, f0] = [await denials(), await fingerprint()];
    const foreign = await call(second.id);
    expect(foreign.result).toMatchObject({ ok: false, formError: MESSAGES.notFound });
    expect(await denials()).toBe(d0 + 1);
    expect(unchanged(f0, await fingerprint())).toBe(true);
    expect(await open()).toBe(true);

    request.sessionId = user.sessionId;
    expect((await call(second.id)).result?.ok).toBe(true);
    expect(await open()).toBe(false);
    expect(await db.auditEvent.count({ where: { action: "auth.end_session", actorUserId: user.userId, outcome: "ALLOWED" } })).toBe(1);
    expect((await call(user.sessionId)).redirect).toBe("/login");
    request.sessionId = null;
    expect((await db.session.findUniqueOrThrow({ where: { id: user.sessionId } })).revokedAt).not.toBeNull();
    request.cookies.clear();
  },
};

/** Changing one's own password: every role may, for its own account only (the target is the session's user). */
export const changePasswordCase: Case = {
  positions: ["self"],
  freshActor: true,
  allow: { OVERVIEW: ["self"], REVIEWER: ["self"], BLOC_HEAD: ["self"], ORG_OFFICER: ["self"], ADMIN: ["self"] },
  build: async () => ({ form: { current: PASSWORD, next: "Mat-khau-moi-cua-toi-2018", confirm: "Mat-khau-moi-cua-toi-2018" } }),
};
