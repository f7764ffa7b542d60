"use client";
// Recording that one account holds both posts of the body's sign-off, and revoking it.
import { useActionState } from "react";
import { INITIAL_RESULT } from "@/lib/actions/result";
import { recordDualPostAction, revokeDualPostAction } from "@/lib/signoff/actions";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";

export function RecordDualPostForm({ unitId, userId, name }: { unitId: string; userId: string; name: string }) {
  const [state, action] = useActionState(recordDualPostAction, INITIAL_RESULT);
  return (
    <form action={action} className="space-y-2" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="unitId" value={unitId} />
      <input type="hidden" name="userId" value={userId} />
      <Field
        name="note"
        id={`note-${userId}`}
        label={`Chức danh kiêm nhiệm của ${name}`}
        state={state}
        maxLength={300}
        hint="Ví dụ: Chủ tịch Ủy ban MTTQ xã kiêm thư ký giao ban. Người này được tự ghi, trình và duyệt biên bản."
        required
      />
      <SubmitButton tone="secondary">Ghi nhận kiêm nhiệm</SubmitButton>
    </form>
  );
}

export function RevokeDualPostForm({ dualPostId, version, name }: { dualPostId: string; version: number; name: string }) {
  const [state, action] = useActionState(revokeDualPostAction, INITIAL_RESULT);
  return (
    <form action={action} className="space-y-2" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="dualPostId" value={dualPostId} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton tone="danger">Thôi ghi nhận {name} kiêm nhiệm</SubmitButton>
    </form>
  );
}
