// The actor of the current request (server components, actions, route handlers). Cached per request.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "../db";
import { today } from "../time/today";
import { loadActor, type Actor, type ActorProblem } from "./actor";
import { authOptions } from "./options";

export const currentActor = cache(async (): Promise<{ actor: Actor } | { problem: ActorProblem | "anonymous" }> => {
  const session = await getServerSession(authOptions).catch(() => null);
  if (!session?.sid) return { problem: "anonymous" };
  return loadActor(db, session.sid, today());
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
