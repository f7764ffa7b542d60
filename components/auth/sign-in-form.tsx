"use client";
import { useActionState } from "react";
import { signInAction } from "@/lib/auth/actions";
import { INITIAL_RESULT } from "@/lib/actions/result";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action] = useActionState(signInAction, INITIAL_RESULT);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field name="username" label="Tên đăng nhập" state={state} autoComplete="username" autoCapitalize="none" spellCheck={false} maxLength={64} required />
      <Field
        name="password"
        label="Mật khẩu"
        type="password"
        state={{ ...state, values: undefined }}
        autoComplete="current-password"
        maxLength={256}
        required
      />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <SubmitButton>Đăng nhập</SubmitButton>
    </form>
  );
}
