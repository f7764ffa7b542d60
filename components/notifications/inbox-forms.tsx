"use client";
// The inbox's forms: an item opens its record (and is marked read on the way), and "mark all read".
import { useActionState } from "react";
import { INITIAL_RESULT } from "@/lib/actions/result";
import { markAllReadAction, openNotificationAction } from "@/lib/notifications/actions";
import { FormMessage, SubmitButton } from "@/components/ui/form";

/** The notification's title as a button that marks it read and goes to its record. */
export function OpenNotification({ id, unread, children }: { id: string; unread: boolean; children: React.ReactNode }) {
  const [state, action] = useActionState(openNotificationAction, INITIAL_RESULT);
  return (
    <form action={action}>
      <FormMessage state={state} />
      <input type="hidden" name="notificationId" value={id} />
      <button
        type="submit"
        className={`text-left underline-offset-4 hover:underline ${unread ? "font-semibold text-brand-800" : "text-slate-800"}`}
        aria-describedby={`tb-${id}-meta`}
      >
        {children}
      </button>
    </form>
  );
}

export function MarkAllRead({ seenAt }: { seenAt: string }) {
  const [state, action] = useActionState(markAllReadAction, INITIAL_RESULT);
  return (
    <form action={action} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="seenAt" value={seenAt} />
      <SubmitButton tone="secondary">Đánh dấu tất cả là đã đọc</SubmitButton>
    </form>
  );
}
