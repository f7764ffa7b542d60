"use client";
// Assigning a task in a meeting, and the moves on a task: progress by its organisation, verification and
// the rest by the bloc head.
import { useActionState, useEffect, useState } from "react";
import { INITIAL_RESULT } from "@/lib/actions/result";
import { addTaskAction, manageTaskAction, progressTaskAction } from "@/lib/tasks/actions";
import { TASK_MOVES, type TaskMove } from "@/lib/tasks/rules";
import { Field, FormMessage, SelectField, SubmitButton } from "@/components/ui/form";

type Option = { value: string; label: string; group?: string };

/** `owners`: who may own the task (at an agency's giao ban also the communes below it); `organisations`: who may co-own it. */
type AddTaskProps = { meetingId: string; submissionId: string; organisations: Option[]; owners?: Option[]; workGroups: Option[]; minDate: string };

/** After each task is saved the form starts afresh with a new submission id: a retry of one task is not a second task. */
export function AddTaskForm(props: AddTaskProps) {
  const [current, setCurrent] = useState({ round: 0, id: props.submissionId, message: "" });
  return (
    <AddTaskRound
      key={current.round}
      {...props}
      submissionId={current.id}
      done={current.message}
      onSaved={(message) => setCurrent((c) => ({ round: c.round + 1, id: crypto.randomUUID(), message }))}
    />
  );
}

function AddTaskRound({
  meetingId,
  submissionId,
  organisations,
  owners = organisations,
  workGroups,
  minDate,
  done,
  onSaved,
}: AddTaskProps & { done: string; onSaved: (message: string) => void }) {
  const [state, action] = useActionState(addTaskAction, INITIAL_RESULT);
  useEffect(() => {
    if (state.ok) onSaved(state.message ?? "Đã giao nhiệm vụ.");
  }, [state, onSaved]);
  return (
    <form action={action} className="space-y-3" noValidate>
      {done && !state.formError ? (
        <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {done}
        </p>
      ) : null}
      <FormMessage state={state} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="submissionId" value={submissionId} />
      <Field name="title" label="Nội dung nhiệm vụ" state={state} maxLength={500} required />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField name="ownerId" label="Tổ chức chủ trì" state={state} placeholder="— Chọn —" options={owners} required />
        <Field name="dueOn" label="Hạn hoàn thành" type="date" state={state} min={minDate} required />
        <SelectField name="workGroupCode" label="Nhóm công việc" state={state} placeholder="— Không chọn —" options={workGroups} />
      </div>
      <details>
        <summary className="cursor-pointer text-sm">Tổ chức phối hợp</summary>
        <fieldset className="mt-2 grid gap-2 sm:grid-cols-2">
          <legend className="sr-only">Tổ chức phối hợp</legend>
          {organisations.map((o) => (
            <label key={o.value} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="coOwnerIds" value={o.value} className="h-5 w-5" />
              {o.label}
            </label>
          ))}
        </fieldset>
      </details>
      <SubmitButton>Giao nhiệm vụ</SubmitButton>
    </form>
  );
}

export function TaskMoveForm({
  taskId,
  version,
  move,
  organisations = [],
  label,
}: {
  taskId: string;
  version: number;
  move: TaskMove;
  organisations?: Option[];
  label: string;
}) {
  const spec = TASK_MOVES[move];
  const [state, action] = useActionState(spec.permission === "task.progress" ? progressTaskAction : manageTaskAction, INITIAL_RESULT);
  const needsNote = move === "report";
  const simple = !spec.needsReason && !needsNote && move !== "reschedule" && move !== "transfer";
  const form = (
    <form action={action} className="space-y-2" noValidate aria-label={`${spec.label}: ${label}`}>
      <FormMessage state={state} />
      <input type="hidden" name="taskId" value={taskId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="move" value={move} />
      {needsNote ? <Field id={`note-${taskId}`} name="note" label="Kết quả thực hiện" state={state} maxLength={2000} required /> : null}
      {move === "reschedule" ? <Field id={`due-${taskId}`} name="dueOn" label="Hạn mới" type="date" state={state} required /> : null}
      {move === "transfer" ? (
        <SelectField id={`to-${taskId}`} name="toOrganisationId" label="Chuyển cho" state={state} placeholder="— Chọn —" options={organisations} />
      ) : null}
      {spec.needsReason ? <Field id={`reason-${move}-${taskId}`} name="reason" label="Lý do" state={state} maxLength={500} required /> : null}
      <SubmitButton tone={move === "cancel" ? "danger" : simple ? "primary" : "secondary"}>{spec.label}</SubmitButton>
    </form>
  );
  if (simple) return form;
  return (
    <details className="rounded border border-slate-200 bg-white p-2">
      <summary className="cursor-pointer text-sm font-semibold">{spec.label}</summary>
      <div className="mt-2">{form}</div>
    </details>
  );
}
