// The actor of the current request (server components, actions, route handlers). Cached per request.
//
// The session cookie is decoded here directly (the same decoder next-auth is configured with), not through
// next-auth's getServerSession: that one builds an internal request, runs the callbacks and encrypts a
// renewed token on every call, about 2 ms of every signed-in page (docs/BENCHMARKS.md), to renew a token
// whose lifetime is already the session's absolute limit. What a session may do is decided by its row in
// the database (lib/auth/actor.ts: revoked, idle, absolute limit), on every request either way.
import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "../db";
import { env } from "../env";
import { today } from "../time/today";
import { loadActor, type Actor, type ActorProblem } from "./actor";
import { decodeSessionToken } from "./jwt";
import { sessionCookieName } from "./options";

/** The session token from its cookie, joined when next-auth split a long one into `name.0`, `name.1`, …. */
function sessionToken(jar: Awaited<ReturnType<typeof cookies>>): string | undefined {
  const name = sessionCookieName();
  const whole = jar.get(name)?.value;
  if (whole) return whole;
  const chunks = jar
    .getAll()
    .filter((c) => c.name.startsWith(`${name}.`))
    .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
  return chunks.length ? chunks.map((c) => c.value).join("") : undefined;
}

export const currentActor = cache(async (): Promise<{ actor: Actor } | { problem: ActorProblem | "anonymous" }> => {
  const token = sessionToken(await cookies());
  const payload = token && env.NEXTAUTH_SECRET ? await decodeSessionToken({ token, secret: env.NEXTAUTH_SECRET }).catch(() => null) : null;
  if (!payload?.sid) return { problem: "anonymous" };
  return loadActor(db, payload.sid, today());
});

export async function getActor(): Promise<Actor | null> {
  const result = await currentActor();
  return "actor" in result ? result.actor : null;
}

/** The actor, or a redirect to sign in (with why); a user who must change their password is sent to do so. */
export async function requireActor(options: { allowPasswordChange?: boolean } = {}): Promise<Actor> {
  const result = await currentActor();
  if (!("actor" in result)) redirect(result.problem === "anonymous" ? "/login" : `/login?reason=${result.problem}`);
  if (result.actor.mustChangePassword && !options.allowPasswordChange) redirect("/account/password");
  return result.actor;
}
