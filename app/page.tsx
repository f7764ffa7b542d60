import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/current";
import { homeOf } from "@/lib/auth/roles";

// Each role has its home (README, the demo accounts table; decision 0020): province, district, commune workspace or administration.
export default async function Home() {
  const actor = await requireActor();
  // No role in force (a district's staff after 30/6/2025): the unit of the latest ended role, as it last was.
  const ended = actor.history[0];
  redirect(actor.assignments.length ? homeOf(actor.assignments[0]) : homeOf(ended && { ...ended, current: false }));
}
