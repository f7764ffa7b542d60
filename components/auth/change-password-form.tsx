"use client";
import { useActionState } from "react";
import { changePasswordAction } from "@/lib/auth/actions";
import { INITIAL_RESULT } from "@/lib/actions/result";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { PASSWORD_MIN } from "@/lib/auth/password-policy";

export function ChangePasswordForm() {
  const [state, action] = useActionState(changePasswordAction, INITIAL_RESULT);
  const noEcho = { ...state, values: undefined };
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field name="current" label="Mật khẩu hiện tại" type="password" state={noEcho} autoComplete="current-password" required />
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
      <SubmitButton>Đổi mật khẩu</SubmitButton>
    </form>
  );
}
