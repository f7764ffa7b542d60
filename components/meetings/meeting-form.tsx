"use client";
// The meeting form, on a phone first: everything a routine week needs is pre-filled (date from the week,
// the usual place, chair and secretary, attendance from the member organisations, carried-over tasks),
// so a routine meeting needs only the conclusions. It saves itself on the server as the user types and
// keeps a copy in the browser while the connection is down; the copy is restored on the next visit.
import { useActionState, useCallback, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { INITIAL_RESULT, type ActionResult } from "@/lib/actions/result";
import { autosaveMeetingAction, saveMeetingAction } from "@/lib/meetings/actions";
import { Field, FormMessage, SelectField, SubmitButton, TextAreaField } from "@/components/ui/form";

export interface MeetingFormValues {
  kind: "REGULAR" | "EXTRAORDINARY";
  heldOn: string;
  startTime: string;
  place: string;
  chairId: string;
  secretaryId: string;
  discussion: string;
  peopleSituation: string;
  hotSpots: string;
  conclusions: string;
  attendance: Record<string, { present: "present" | "absent"; reason: string; count: string }>;
  agenda: Record<string, string>;
}

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
}

const LIMIT = 20_000;
const AUTOSAVE_MS = 2500;

type SaveState = { kind: "idle" | "saving" | "saved" | "offline" | "error"; text: string };

function snapshotOf(form: HTMLFormElement) {
  const out: Record<string, string> = {};
  for (const [k, v] of new FormData(form).entries()) if (typeof v === "string" && !k.startsWith("$ACTION")) out[k] = v;
  return out;
}

function fill(form: HTMLFormElement, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    if (["meetingId", "version", "unitId"].includes(name)) continue;
    const fields = form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`[name="${CSS.escape(name)}"]`);
    fields.forEach((f) => {
      if (f instanceof HTMLInputElement && (f.type === "radio" || f.type === "checkbox")) f.checked = f.value === value;
      else f.value = value;
    });
  }
}

export function MeetingForm(props: Props) {
  const { unitId, values, organisations, people, workGroups } = props;
  const [state, action] = useActionState(saveMeetingAction, INITIAL_RESULT);
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [meetingId, setMeetingId] = useState(props.meetingId);
  const [version, setVersion] = useState(props.version);
  const [submissionId, setSubmissionId] = useState(props.submissionId);
  const [save, setSave] = useState<SaveState>({ kind: "idle", text: "" });
  const [restored, setRestored] = useState<string | null>(null);
  const [newSecretary, setNewSecretary] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saving = useRef(false);
  const dirty = useRef(false);
  const storageKey = `giaoban:${unitId}:${props.meetingId ?? "new"}`;
  // The form's own save moved the version on: later saves start from the newer of the two results.
  const savedByForm = state.ok && state.data ? { meetingId: String(state.data.meetingId), version: Number(state.data.version) } : null;
  const currentId = meetingId ?? savedByForm?.meetingId ?? null;
  const currentVersion = Math.max(version, savedByForm?.version ?? 0);

  const keepLocal = useCallback(() => {
    const form = formRef.current;
    if (!form) return;
    try {
      localStorage.setItem(storageKey, JSON.stringify({ baseVersion: currentVersion, submissionId, at: Date.now(), values: snapshotOf(form) }));
    } catch {
      // Storage full or disabled: the server copy is still saved when the connection allows.
    }
  }, [storageKey, currentVersion, submissionId]);

  const autosave = useCallback(async () => {
    const form = formRef.current;
    if (!form || saving.current || !dirty.current) return;
    if (typeof navigator !== "undefined" && !navigator.onLine) {
      setSave({ kind: "offline", text: "Mất kết nối: nội dung được giữ trên máy này và sẽ tự lưu khi có mạng." });
      return;
    }
    saving.current = true;
    dirty.current = false;
    setSave({ kind: "saving", text: "Đang lưu nháp…" });
    let result: ActionResult;
    try {
      result = await autosaveMeetingAction(INITIAL_RESULT, new FormData(form));
    } catch {
      dirty.current = true;
      saving.current = false;
      setSave({ kind: "offline", text: "Chưa lưu được lên máy chủ (mất kết nối?): nội dung được giữ trên máy này và sẽ tự lưu lại." });
      return;
    }
    saving.current = false;
    if (result.ok && result.data) {
      const id = String(result.data.meetingId);
      setMeetingId(id);
      setVersion(Number(result.data.version));
      if (!currentId) {
        // The draft now lives on the server: its own page is where a reload should land.
        try { localStorage.removeItem(storageKey); } catch { /* ignore */ }
        window.history.replaceState(null, "", `/meetings/${id}`);
      } else {
        try { localStorage.removeItem(storageKey); } catch { /* ignore */ }
      }
      const now = new Date();
      setSave({ kind: "saved", text: `Đã lưu nháp lúc ${now.toLocaleTimeString("vi-VN", { hour: "2-digit", minute: "2-digit" })}.` });
    } else {
      // Field problems are shown when the user saves; a conflict or refusal is shown now.
      setSave({ kind: "error", text: result.formError && !result.fieldErrors ? result.formError : "Chưa lưu nháp: có ô cần sửa (bấm “Lưu” để xem)." });
    }
  }, [currentId, storageKey]);

  const onChange = useCallback(() => {
    dirty.current = true;
    keepLocal();
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void autosave(), AUTOSAVE_MS);
  }, [autosave, keepLocal]);

  // Restore what this browser kept and did not get to the server.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    try {
      const raw = localStorage.getItem(storageKey);
      if (!raw) return;
      const kept = JSON.parse(raw) as { baseVersion: number; submissionId: string; at: number; values: Record<string, string> };
      if (kept.baseVersion !== props.version) {
        // Browser storage is read only after hydration; what it holds decides the notice.
        // eslint-disable-next-line react-hooks/set-state-in-effect
        setRestored("stale");
        return;
      }
      fill(form, kept.values);
      if (!props.meetingId && kept.submissionId) setSubmissionId(kept.submissionId);
      dirty.current = true;
      // What was kept goes to the server as soon as it can.
      timer.current = setTimeout(() => void autosave(), AUTOSAVE_MS);
      setRestored(new Date(kept.at).toLocaleString("vi-VN"));
    } catch {
      /* nothing kept */
    }
    // Run once, on the first render in the browser.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const online = () => void autosave();
    window.addEventListener("online", online);
    return () => window.removeEventListener("online", online);
  }, [autosave]);

  useEffect(() => () => { if (timer.current) clearTimeout(timer.current); }, []);

  useEffect(() => {
    if (!(state.ok && state.data)) return;
    dirty.current = false;
    try { localStorage.removeItem(storageKey); } catch { /* ignore */ }
    // Saved from the new-meeting page after an autosave had already created it: open its own page.
    if (!props.meetingId) router.replace(`/meetings/${state.data.meetingId}?created=1`);
  }, [state, storageKey, props.meetingId, router]);



  const v = (name: string, fallback: string) => state.values?.[name] ?? fallback;

  return (
    <form ref={formRef} action={action} onChange={onChange} onInput={onChange} onSubmit={() => { if (timer.current) clearTimeout(timer.current); }} className="space-y-4" noValidate aria-describedby="save-status">
      <FormMessage state={state} />
      {state.fieldErrors?._form ? <p role="alert" className="text-sm text-red-700">{state.fieldErrors._form.join(" ")}</p> : null}
      {restored === "stale" ? (
        <div role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          Máy này còn nội dung chưa lưu của cuộc họp, nhưng bản trên máy chủ đã được sửa sau đó.{" "}
          <button type="button" className="font-semibold underline" onClick={() => {
            const raw = localStorage.getItem(storageKey);
            if (raw && formRef.current) { fill(formRef.current, JSON.parse(raw).values); dirty.current = true; setRestored("manual"); }
          }}>Khôi phục nội dung trên máy này</button>{" "}
          <button type="button" className="underline" onClick={() => { localStorage.removeItem(storageKey); setRestored(null); }}>Bỏ</button>
        </div>
      ) : restored ? (
        <p role="status" className="rounded border border-sky-300 bg-sky-50 px-3 py-2 text-sm">Đã khôi phục nội dung chưa lưu trên máy này{restored !== "manual" ? ` (${restored})` : ""}.</p>
      ) : null}
      <input type="hidden" name="unitId" value={unitId} />
      <input type="hidden" name="meetingId" value={currentId ?? ""} />
      <input type="hidden" name="version" value={currentVersion} />
      <input type="hidden" name="submissionId" value={submissionId} />

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
        <SelectField name="chairId" label="Chủ trì" state={state} defaultValue={values.chairId} placeholder="— Chọn —" options={people.map((p) => ({ value: p.id, label: p.label }))} />
        {newSecretary ? (
          <Field name="secretaryName" label="Họ tên thư ký (người mới)" state={state} maxLength={120} autoFocus />
        ) : (
          <div className="flex flex-col gap-1">
            <SelectField name="secretaryId" label="Thư ký" state={state} defaultValue={values.secretaryId} placeholder="— Chọn —" options={people.map((p) => ({ value: p.id, label: p.label }))} />
            <button type="button" className="self-start text-sm text-brand-700 underline" onClick={() => setNewSecretary(true)}>Thư ký chưa có trong danh sách</button>
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
                <span className="text-sm font-medium">{o.name}</span>
                <span className="flex gap-3">
                  <label className="flex items-center gap-1 text-sm"><input type="radio" name={`att_${o.id}`} value="present" defaultChecked={v(`att_${o.id}`, a.present) === "present"} className="h-5 w-5" />Có mặt</label>
                  <label className="flex items-center gap-1 text-sm"><input type="radio" name={`att_${o.id}`} value="absent" defaultChecked={v(`att_${o.id}`, a.present) === "absent"} className="h-5 w-5" />Vắng</label>
                </span>
                <label className="flex items-center gap-1 text-sm">
                  <span className="sr-only">Số người dự của {o.name}</span>
                  <input name={`attCount_${o.id}`} inputMode="numeric" pattern="[0-9]*" maxLength={3} defaultValue={v(`attCount_${o.id}`, a.count)} placeholder="Số người"
                    className="w-full rounded border border-slate-300 px-2 py-1" />
                </label>
                <label className="text-sm sm:col-span-3">
                  <span className="sr-only">Lý do vắng của {o.name}</span>
                  <input name={`attReason_${o.id}`} maxLength={300} defaultValue={v(`attReason_${o.id}`, a.reason)} placeholder="Lý do vắng (nếu vắng)"
                    className="w-full rounded border border-slate-200 px-2 py-1 text-sm" />
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
            <TextAreaField key={g.code} id={`wg-${g.code}`} name={`wg_${g.code}`} label={g.name} state={state} defaultValue={values.agenda[g.code] ?? ""} maxLength={LIMIT} rows={2} />
          ))}
        </div>
      </details>
      <TextAreaField name="peopleSituation" label="Tình hình nhân dân" state={state} defaultValue={values.peopleSituation} maxLength={LIMIT} rows={2} />
      <TextAreaField name="hotSpots" label="Điểm nóng, kiến nghị của nhân dân" state={state} defaultValue={values.hotSpots} maxLength={LIMIT} rows={2} />
      <TextAreaField name="discussion" label="Ý kiến thảo luận" state={state} defaultValue={values.discussion} maxLength={LIMIT} rows={3} />
      <TextAreaField name="conclusions" label="Kết luận của chủ trì" state={state} defaultValue={values.conclusions} maxLength={LIMIT} rows={4} />

      <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white/95 py-3">
        <SubmitButton>{currentId ? "Lưu" : "Lưu cuộc họp"}</SubmitButton>
        <p id="save-status" role="status" aria-live="polite" className={`text-sm ${save.kind === "error" || save.kind === "offline" ? "text-amber-800" : "text-slate-600"}`}>{save.text}</p>
      </div>
    </form>
  );
}
