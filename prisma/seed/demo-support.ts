// Shared by the demo seeds: a deterministic generator and a signed-in demo user.
import type { Db } from "../../lib/db";
import type { HeadRule } from "../../generated/prisma/sqlite/enums";
import { loadActor, type Actor } from "../../lib/auth/actor";

/** A small deterministic generator (mulberry32). */
export function random(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A demo user with a fresh session, as the actions see them on `day`. */
export async function actorFor(db: Db, username: string, day: Date): Promise<{ actor: Actor; sessionId: string } | null> {
  const user = await db.user.findUnique({ where: { username } });
  if (!user) return null;
  const session = await db.session.create({ data: { userId: user.id } });
  const loaded = await loadActor(db, session.id, day);
  return "actor" in loaded ? { actor: loaded.actor, sessionId: session.id } : null;
}

/** A demo head who meets the head rule (dân vận bloc: the Party deputy secretary; the others: the MTTQ chair). */
export function demoHeadPost(rule: HeadRule): { title: string; organisationCode: "DANG_UY" | "MTTQ"; partyDeputySecretary: boolean; frontChair: boolean } {
  switch (rule) {
    case "PARTY_DEPUTY_SECRETARY":
      return { title: "Phó Bí thư Đảng ủy xã (demo)", organisationCode: "DANG_UY", partyDeputySecretary: true, frontChair: false };
    case "PARTY_DEPUTY_SECRETARY_FRONT_CHAIR":
      return { title: "Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ xã (demo)", organisationCode: "MTTQ", partyDeputySecretary: true, frontChair: true };
    case "FRONT_CHAIR":
      return { title: "Chủ tịch Ủy ban MTTQ xã (demo)", organisationCode: "MTTQ", partyDeputySecretary: false, frontChair: true };
  }
}
