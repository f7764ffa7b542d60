"use client";
// The meeting form, on a phone first: everything a routine week needs is pre-filled (date from the week,
// the usual place, chair and secretary, attendance from the member organisations, carried-over tasks),
// so a routine meeting needs only the conclusions. It saves itself on the server as the user types and
// keeps a copy in the browser while the connection is down; the copy is restored on the next visit.
import { useActionState, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { LONG_TEXT } from "@/lib/limits";
import { INITIAL_RESULT } from "@/lib/actions/result";
import { DraftNotices, DraftStatus, useDraft } from "@/components/forms/use-draft";
import { autosaveMeetingAction, saveMeetingAction } from "@/lib/meetings/actions";
import { Field, FormMessage, SelectField, SubmitButton, TextAreaField } from "@/components/ui/form";
import { NewTaskRows } from "./new-task-rows";
import type { MeetingFormValues } from "@/lib/meetings/form-values";

interface Props {
  unitId: string;
  meetingId: string | null;
  version: number;
  submissionId: string;
  values: MeetingFormValues;
  organisations: { id: string; name: string }[];
  people: { id: string; label: string }[];
  workGroups: { code: string; name: string }[];
  maxDate: string;
  /**
   * A new meeting's form also takes the tasks it assigns: who may own one (the commune's organisations)
   * and the key of the first row (made on the server). A saved meeting's page has its own task dialog.
   */
  newTasks?: { owners: { id: string; name: string; group?: string }[]; firstKey: string };
}

export function MeetingForm(props: Props) {
  const { unitId, values, organisations, people, workGroups } = props;
  const [state, action] = useActionState(saveMeetingAction, INITIAL_RESULT);
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [newSecretary, setNewSecretary] = useState(false);
  const draft = useDraft({
    formRef,
    storageKey: `giaoban:${unitId}:${props.meetingId ?? "new"}`,
    id: props.meetingId,
    version: props.version,
    submissionId: props.submissionId,
    idField: "meetingId",
    identity: ["meetingId", "version", "unitId", "submissionId"],
    autosave: autosaveMeetingAction,
    submitted: state,
    // The draft now lives on the server: its own page is where a reload should land.
    onCreated: (id) => window.history.replaceState(null, "", `/meetings/${id}`),
  });

  // Saved from the new-meeting page after an autosave had already created it: open its own page.
  useEffect(() => {
    if (state.ok && state.data && !props.meetingId) router.replace(`/meetings/${state.data.meetingId}?created=1`);
  }, [state, props.meetingId, router]);

  const v = (name: string, fallback: string) => state.values?.[name] ?? fallback;

  return (
    <form
      ref={formRef}
      action={action}
      onChange={draft.onChange}
      onInput={draft.onChange}
      onSubmit={draft.cancelPending}
      className="space-y-4"
      noValidate
      aria-describedby="save-status"
    >
      <FormMessage state={state} />
      {state.fieldErrors?._form ? (
        <p role="alert" className="text-sm text-red-700">
          {state.fieldErrors._form.join(" ")}
        </p>
      ) : null}
      <DraftNotices draft={draft} />
      <input type="hidden" name="unitId" value={unitId} />
      <input type="hidden" name="meetingId" value={draft.currentId ?? ""} />
      <input type="hidden" name="version" value={draft.currentVersion} />
      <input type="hidden" name="submissionId" value={draft.submissionId} />

      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="sr-only">Thời gian, địa điểm</legend>
        <Field name="heldOn" label="Ngày họp" type="date" state={state} defaultValue={values.heldOn} max={props.maxDate} required />
        <Field name="startTime" label="Giờ bắt đầu" type="time" state={state} defaultValue={values.startTime} />
        <Field name="place" label="Địa điểm" state={state} defaultValue={values.place} maxLength={200} placeholder="Hội trường UBND xã" />
        <fieldset className="flex flex-col gap-1">
          <legend className="text-sm font-semibold text-slate-800">Loại cuộc họp</legend>
          <div className="flex gap-4 py-2">
            {(["REGULAR", "EXTRAORDINARY"] as const).map((k) => (
              <label key={k} className="flex items-center gap-2 text-sm">
                <input type="radio" name="kind" value={k} defaultChecked={v("kind", values.kind) === k} className="h-5 w-5" />
                {k === "REGULAR" ? "Thường kỳ" : "Đột xuất"}
              </label>
            ))}
          </div>
        </fieldset>
        <SelectField
          name="chairId"
          label="Chủ trì"
          state={state}
          defaultValue={values.chairId}
          placeholder="— Chọn —"
          options={people.map((p) => ({ value: p.id, label: p.label }))}
        />
        {newSecretary ? (
          <Field name="secretaryName" label="Họ tên thư ký (người mới)" state={state} maxLength={120} autoFocus />
        ) : (
          <div className="flex flex-col gap-1">
            <SelectField
              name="secretaryId"
              label="Thư ký"
              state={state}
              defaultValue={values.secretaryId}
              placeholder="— Chọn —"
              options={people.map((p) => ({ value: p.id, label: p.label }))}
            />
            <button type="button" className="self-start text-sm text-brand-700 underline" onClick={() => setNewSecretary(true)}>
              Thư ký chưa có trong danh sách
            </button>
          </div>
        )}
      </fieldset>

      <fieldset className="rounded border border-slate-200 p-3">
        <legend className="px-1 font-semibold">Thành phần dự họp</legend>
        <ul className="divide-y divide-slate-100">
          {organisations.map((o) => {
            const a = values.attendance[o.id] ?? { present: "present", reason: "", count: "" };
            return (
              <li key={o.id} className="grid gap-2 py-2 sm:grid-cols-[1fr_auto_8rem] sm:items-center">
                <span id={`att-${o.id}-name`} className="text-sm font-medium">
                  {o.name}
                </span>
                {/* A screen reader names each pair of choices by its organisation ("Hội Nông dân, Có mặt"). */}
                <span role="radiogroup" aria-labelledby={`att-${o.id}-name`} className="flex gap-3">
                  <label className="flex items-center gap-1 text-sm">
                    <input type="radio" name={`att_${o.id}`} value="present" defaultChecked={v(`att_${o.id}`, a.present) === "present"} className="h-5 w-5" />
                    Có mặt
                  </label>
                  <label className="flex items-center gap-1 text-sm">
                    <input type="radio" name={`att_${o.id}`} value="absent" defaultChecked={v(`att_${o.id}`, a.present) === "absent"} className="h-5 w-5" />
                    Vắng
                  </label>
                </span>
                <label className="flex items-center gap-1 text-sm">
                  <span className="sr-only">Số người dự của {o.name}</span>
                  <input
                    name={`attCount_${o.id}`}
                    inputMode="numeric"
                    pattern="[0-9]*"
                    maxLength={3}
                    defaultValue={v(`attCount_${o.id}`, a.count)}
                    placeholder="Số người"
                    className="w-full rounded border border-slate-300 px-2 py-1"
                  />
                </label>
                <label className="text-sm sm:col-span-3">
                  <span className="sr-only">Lý do vắng của {o.name}</span>
                  <input
                    name={`attReason_${o.id}`}
                    maxLength={300}
                    defaultValue={v(`attReason_${o.id}`, a.reason)}
                    placeholder="Lý do vắng (nếu vắng)"
                    className="w-full rounded border border-slate-200 px-2 py-1 text-sm"
                  />
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>

      <details className="rounded border border-slate-200 p-3" open={workGroups.some((g) => values.agenda[g.code])}>
        <summary className="cursor-pointer font-semibold">Nội dung theo 7 nhóm công việc</summary>
        <div className="mt-3 space-y-3">
          {workGroups.map((g) => (
            <TextAreaField
              key={g.code}
              id={`wg-${g.code}`}
              name={`wg_${g.code}`}
              label={g.name}
              state={state}
              defaultValue={values.agenda[g.code] ?? ""}
              maxLength={LONG_TEXT}
              rows={2}
            />
          ))}
        </div>
      </details>
      <TextAreaField name="peopleSituation" label="Tình hình nhân dân" state={state} defaultValue={values.peopleSituation} maxLength={LONG_TEXT} rows={2} />
      <TextAreaField name="hotSpots" label="Điểm nóng, kiến nghị của nhân dân" state={state} defaultValue={values.hotSpots} maxLength={LONG_TEXT} rows={2} />
      <TextAreaField name="discussion" label="Ý kiến thảo luận" state={state} defaultValue={values.discussion} maxLength={LONG_TEXT} rows={3} />
      {props.newTasks ? (
        <NewTaskRows
          firstKey={props.newTasks.firstKey}
          restored={draft.restoredValues}
          organisations={props.newTasks.owners.map((o) => ({ value: o.id, label: o.name, group: o.group }))}
          state={state}
        />
      ) : null}
      <TextAreaField name="conclusions" label="Kết luận của chủ trì" state={state} defaultValue={values.conclusions} maxLength={LONG_TEXT} rows={4} />

      <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white/95 py-3">
        <SubmitButton>{draft.currentId ? "Lưu" : "Lưu cuộc họp"}</SubmitButton>
        <DraftStatus draft={draft} />
      </div>
    </form>
  );
}
