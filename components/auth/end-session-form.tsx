"use client";
import { useActionState } from "react";
import { INITIAL_RESULT } from "@/lib/actions/result";
import { endSessionAction } from "@/lib/auth/actions";
import { FormMessage, SubmitButton } from "@/components/ui/form";

/** "End this session" on the account page; the session in use signs out. */
export function EndSessionForm({ sessionId, current, label }: { sessionId: string; current: boolean; label: string }) {
  const [state, action] = useActionState(endSessionAction, INITIAL_RESULT);
  if (state.ok)
    return (
      <p role="status" className="text-sm text-emerald-800">
        Đã kết thúc.
      </p>
    );
  return (
    <form action={action} className="space-y-1">
      <FormMessage state={state} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <SubmitButton tone="secondary">
        {current ? "Đăng xuất phiên này" : "Kết thúc phiên"}
        <span className="sr-only"> {label}</span>
      </SubmitButton>
    </form>
  );
}
