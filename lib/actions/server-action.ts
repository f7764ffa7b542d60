// Turns an action definition into a server action for forms (useActionState): reads the actor and the
// request context, runs the definition, revalidates and redirects after the try/catch.
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "../db";
import { getActor } from "../auth/current";
import { requestContext } from "../request-context";
import { formValues, type z } from "../validation";
import { MESSAGES, type ActionResult } from "./result";
import { recordDenial } from "../audit/write";
import { runAction, type ActionDefinition, type Loaded } from "./run-action";

/** `follow`: go where the saved record lives; `draft`: a background save, which never stops to ask (personal numbers). */
export function defineAction<S extends z.ZodType, L extends Loaded, P>(
  def: ActionDefinition<S, L, P>,
  revalidate: string[] = [],
  { follow = true, draft = false } = {},
) {
  return async (_previous: ActionResult, form: FormData): Promise<ActionResult> => {
    const [actor, ctx] = await Promise.all([getActor(), requestContext()]);
    if (actor?.mustChangePassword) {
      // A temporary password is good for one thing only: choosing a new one.
      await recordDenial(db, actor, { action: def.name, entityType: def.name.split(".")[0], reason: "must-change-password" }, ctx);
      return { ok: false, formError: MESSAGES.mustChangePassword };
    }
    const result = await runAction(db, def, formValues(form), actor, ctx, { draft });
    if (result.ok) for (const path of revalidate) revalidatePath(path);
    // A background save (autosave) reports where the record lives instead of navigating there.
    if (result.ok && result.redirectTo && follow) redirect(result.redirectTo);
    const { redirectTo: _ignored, ...rest } = result;
    return rest;
  };
}
