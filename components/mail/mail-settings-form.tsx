"use client";
import { useActionState } from "react";
import { saveMailSettingsAction } from "@/lib/mail/actions";
import { INITIAL_RESULT } from "@/lib/actions/result";
import { CheckboxField, Field, FormMessage, SubmitButton } from "@/components/ui/form";

export interface TopicChoice {
  name: string;
  label: string;
  checked: boolean;
}

export function MailSettingsForm({ email, topics }: { email: string; topics: TopicChoice[] }) {
  const [state, action] = useActionState(saveMailSettingsAction, INITIAL_RESULT);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field
        name="email"
        label="Địa chỉ thư điện tử"
        type="email"
        inputMode="email"
        autoComplete="email"
        state={state}
        defaultValue={email}
        hint="Để trống nếu không muốn nhận thư. Địa chỉ này cũng dùng để đặt lại mật khẩu khi bạn quên."
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">Gửi thư cho tôi khi có</legend>
        {topics.map((t) => (
          <CheckboxField key={t.name} name={t.name} label={t.label} state={state} defaultChecked={t.checked} />
        ))}
      </fieldset>
      <SubmitButton>Lưu</SubmitButton>
    </form>
  );
}
