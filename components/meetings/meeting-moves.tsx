"use client";
// The moves open to a meeting in its status (hold, submit, approve, reopen, postpone, cancel…), each a
// small form; those that need a reason ask for it.
import { useActionState } from "react";
import { INITIAL_RESULT } from "@/lib/actions/result";
import { issueNoticeAction, moveMeetingAction } from "@/lib/meetings/actions";
import { MEETING_MOVES, type MeetingMove } from "@/lib/meetings/rules";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";

function MoveForm({ meetingId, version, move, today }: { meetingId: string; version: number; move: MeetingMove; today: string }) {
  const [state, action] = useActionState(moveMeetingAction, INITIAL_RESULT);
  const spec = MEETING_MOVES[move];
  const primary = move === "hold" || move === "submit" || move === "approve";
  const body = (
    <form action={action} className="space-y-2" noValidate aria-label={spec.label}>
      <FormMessage state={state} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="move" value={move} />
      {spec.needsReason ? <Field id={`reason-${move}`} name="reason" label="Lý do" state={state} maxLength={500} required /> : null}
      {move === "reschedule" ? <Field id={`date-${move}`} name="heldOn" label="Ngày họp mới" type="date" state={state} defaultValue={today} required /> : null}
      <SubmitButton tone={primary ? "primary" : move === "cancel" ? "danger" : "secondary"}>{spec.label}</SubmitButton>
    </form>
  );
  if (primary) return body;
  return (
    <details className="rounded border border-slate-200 bg-white p-2">
      <summary className="cursor-pointer text-sm font-semibold">{spec.label}</summary>
      <div className="mt-2">{body}</div>
    </details>
  );
}

export function MeetingMoves({ meetingId, version, moves, today }: { meetingId: string; version: number; moves: MeetingMove[]; today: string }) {
  if (!moves.length) return null;
  return (
    <div className="flex flex-wrap items-start gap-3">
      {moves.map((m) => (
        <MoveForm key={m} meetingId={meetingId} version={version} move={m} today={today} />
      ))}
    </div>
  );
}

/** The chair issues the conclusions notice of approved minutes, which takes the next number of the body's notices. */
export function IssueNoticeForm({ meetingId, version }: { meetingId: string; version: number }) {
  const [state, action] = useActionState(issueNoticeAction, INITIAL_RESULT);
  return (
    <form action={action} className="space-y-2" aria-label="Ban hành thông báo kết luận">
      <FormMessage state={state} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton tone="secondary">Ban hành thông báo kết luận</SubmitButton>
    </form>
  );
}
