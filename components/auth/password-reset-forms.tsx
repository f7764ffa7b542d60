"use client";
import { useActionState } from "react";
import { requestPasswordResetAction, resetPasswordAction } from "@/lib/auth/reset-actions";
import { INITIAL_RESULT } from "@/lib/actions/result";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { PASSWORD_MIN } from "@/lib/auth/password-policy";

export function ForgotPasswordForm() {
  const [state, action] = useActionState(requestPasswordResetAction, INITIAL_RESULT);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field
        name="login"
        label="Tên đăng nhập hoặc địa chỉ thư điện tử"
        state={state}
        autoComplete="username"
        required
        autoCapitalize="none"
        spellCheck={false}
      />
      <SubmitButton>Gửi liên kết đặt lại mật khẩu</SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState(resetPasswordAction, INITIAL_RESULT);
  const noEcho = { ...state, values: undefined };
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <Field
        name="next"
        label="Mật khẩu mới"
        type="password"
        state={noEcho}
        autoComplete="new-password"
        required
        hint={`Ít nhất ${PASSWORD_MIN} ký tự, không chứa tên đăng nhập. Nên dùng một cụm từ dễ nhớ của riêng bạn; chữ, số, dấu cách và dấu tiếng Việt đều được.`}
      />
      <Field name="confirm" label="Nhập lại mật khẩu mới" type="password" state={noEcho} autoComplete="new-password" required />
      <SubmitButton>Đặt mật khẩu mới</SubmitButton>
    </form>
  );
}
