// Page guards: a page an actor may not use answers 404, like any record outside their scope.
import "server-only";
import { notFound } from "next/navigation";
import type { Actor } from "./actor";
import { requireActor } from "./current";
import { can, type Action } from "./permissions";

export async function requirePermission(action: Action): Promise<Actor> {
  const actor = await requireActor();
  if (!can(actor, action)) notFound();
  return actor;
}
