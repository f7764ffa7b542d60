import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/current";
import { homeOf } from "@/lib/auth/roles";

// Each role has its home (DESIGN.md, routes): province, district, commune workspace or administration.
export default async function Home() {
  const actor = await requireActor();
  redirect(homeOf(actor.assignments[0]));
}
