"use server";
// The password reset's two forms, reached without a session (lib/auth/reset.ts holds the rules). Asking
// for a link authorises nothing (the same answer for every input); setting a password is authorised by the
// link's token alone, for its own account. Both validate here and audit in lib/auth/reset.ts.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "../db";
import { MESSAGES, type ActionResult } from "../actions/result";
import { requestContext } from "../request-context";
import { formValues, z } from "../validation";
import { PASSWORD_MAX } from "./password";
import { sessionCookieName } from "./options";
import { INVALID_LINK, requestPasswordReset, resetPassword, RESET_ANSWER } from "./reset";

const requestSchema = z.strictObject({
  login: z.string().trim().min(1, "Hãy nhập tên đăng nhập hoặc địa chỉ thư điện tử.").max(254, "Quá dài."),
});

export async function requestPasswordResetAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const values = formValues(form);
  const parsed = requestSchema.safeParse(values);
  if (!parsed.success) return { ok: false, formError: MESSAGES.invalid, fieldErrors: { login: [parsed.error.issues[0].message] }, values };
  await requestPasswordReset(db, parsed.data.login, await requestContext());
  return { ok: true, message: RESET_ANSWER };
}

const resetSchema = z.strictObject({
  token: z.string().max(100),
  next: z.string().max(PASSWORD_MAX, `Mật khẩu không được dài quá ${PASSWORD_MAX} ký tự.`),
  confirm: z.string().max(PASSWORD_MAX),
});

export async function resetPasswordAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const parsed = resetSchema.safeParse(formValues(form));
  if (!parsed.success) return { ok: false, formError: MESSAGES.invalid, fieldErrors: { next: [parsed.error.issues[0].message] } };
  const { token, next, confirm } = parsed.data;
  const outcome = await resetPassword(db, token, next, confirm, await requestContext());
  if (!outcome.ok) {
    if ("invalidLink" in outcome) return { ok: false, formError: INVALID_LINK };
    return { ok: false, formError: MESSAGES.invalid, fieldErrors: { [outcome.field]: [outcome.message] } };
  }
  // Every session of the account has ended, this browser's too.
  (await cookies()).delete(sessionCookieName());
  redirect("/login?reason=reset");
}
