// Building targets as their owners would, through the portal's own action definitions.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { runAction, type ActionDefinition, type Loaded } from "@/lib/actions/run-action";
import type { z } from "@/lib/validation";
import type { MadeUser } from "../../factories";
import { ctx } from "../../factories";
import type { CommunePosition, Position, World } from "../world";

/** Runs a definition as an owner; the target must come into being, or the matrix's setup is wrong. */
export async function as<S extends z.ZodType, L extends Loaded, P>(owner: MadeUser, def: ActionDefinition<S, L, P>, input: Record<string, unknown>) {
  const result = await runAction(db, def, input, owner.actor, ctx());
  if (!result.ok) throw new Error(`setup ${def.name} failed: ${JSON.stringify(result)}`);
  return result;
}

export function commune(at: Position): CommunePosition {
  if (at !== "own" && at !== "sibling" && at !== "otherDistrict") throw new Error(`${at} is not a commune position`);
  return at;
}

export const COMMUNES = ["own", "sibling", "otherDistrict"] as const;
export const uuid = () => randomUUID();

/** The staff of the district a position belongs to (Cẩm Phả, or Uông Bí for the other district). */
export const staffOf = (w: World, at: Position) => (at === "otherDistrict" ? w.owners.staff.otherDistrict : w.owners.staff.district);
