"use client";
// The new tasks a meeting assigns, written in the meeting form and saved with it (one submission on a slow
// connection instead of one dialog per task). Each row carries its own key, which becomes the task's
// submission id: the same form sent twice adds a task once. The autosave leaves these rows alone; the
// copy the browser keeps of the whole form (useDraft) brings them back whenever it brings the form back.
import { useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { Field, SelectField } from "@/components/ui/form";

const MAX_ROWS = 20;
const LEAVE = "Các nhiệm vụ giao mới đã nhập chưa được lưu. Vẫn rời trang này?";

/** A row key for a task (the task dialog makes its submission ids the same way). */
const newKey = () => crypto.randomUUID();

type Kept = Partial<Record<"title" | "ownerId" | "dueOn", string>>;

/** The filled rows among the values of the browser's copy of the form (useDraft keeps every field by name). */
function keptRows(values: Record<string, string>): [string, Kept][] {
  const rows = new Map<string, Kept>();
  for (const [name, value] of Object.entries(values)) {
    const m = /^task_([A-Za-z0-9_-]{1,64})_(title|ownerId|dueOn)$/.exec(name);
    if (m && typeof value === "string" && value.trim()) rows.set(m[1], { ...rows.get(m[1]), [m[2]]: value });
  }
  return [...rows].slice(0, MAX_ROWS);
}

interface Props {
  /** The first row's key, made on the server so the page renders the same on both sides. */
  firstKey: string;
  /** The values the form's browser copy put back, if it did (useDraft). */
  restored: Record<string, string> | null;
  organisations: { value: string; label: string; group?: string }[];
  state: ActionResult;
}

export function NewTaskRows({ firstKey, restored, organisations, state }: Props) {
  const [rows, setRows] = useState([firstKey]);
  const [kept, setKept] = useState(new Map<string, Kept>());
  // The form came back from the browser's copy (typed while the connection was down, the tab then closed):
  // so do its rows, under their own keys.
  const [seenRestore, setSeenRestore] = useState(restored);
  if (restored !== seenRestore) {
    setSeenRestore(restored);
    const found = restored ? keptRows(restored) : [];
    if (found.length) {
      setKept(new Map(found));
      setRows(found.map(([key]) => key));
    }
  }
  // A row added or removed by its button: the keyboard goes to the new row, or back to the add button.
  const [focus, setFocus] = useState<{ to: string } | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!focus) return;
    (focus.to === "add" ? addButton.current : document.getElementById(`f-task_${focus.to}_title`))?.focus();
  }, [focus]);
  const add = () => {
    const key = newKey();
    setRows((r) => [...r, key]);
    setFocus({ to: key });
  };
  const remove = (key: string) => {
    if (rows.length > 1) {
      setRows((r) => r.filter((k) => k !== key));
      setFocus({ to: "add" });
    } else {
      const fresh = newKey();
      setRows([fresh]);
      setFocus({ to: fresh });
    }
  };
  // Typed in a row and not yet saved: leaving the page asks first, whether by the browser (reload, close)
  // or by a link of the page (the autosave does not send the rows, and the page it moves the address to
  // has the task dialog instead).
  const [unsaved, setUnsaved] = useState(false);
  useEffect(() => {
    if (!unsaved) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    const follow = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || link.getAttribute("target") === "_blank") return;
      if (!window.confirm(LEAVE)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", ask);
    document.addEventListener("click", follow, true);
    return () => {
      window.removeEventListener("beforeunload", ask);
      document.removeEventListener("click", follow, true);
    };
  }, [unsaved]);
  // Saved: the tasks now stand in the meeting's task list; the section starts again with one empty row.
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state.ok) {
      setRows([newKey()]);
      setUnsaved(false);
    }
  }
  const sectionError = state.fieldErrors?.tasks;

  return (
    <fieldset
      className="rounded border border-slate-200 p-3"
      aria-describedby="new-tasks-hint"
      onInput={(e) => {
        if ((e.target as HTMLInputElement).value?.trim()) setUnsaved(true);
      }}
    >
      <legend className="px-1 font-semibold">Nhiệm vụ giao mới</legend>
      <p id="new-tasks-hint" className="text-sm text-slate-600">
        Giao khi lưu cuộc họp; để trống nếu cuộc họp không giao nhiệm vụ mới. Tổ chức phối hợp và nhóm công việc thêm ở trang cuộc họp.
      </p>
      {sectionError ? (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {sectionError.join(" ")}
        </p>
      ) : null}
      <ol className="mt-2 space-y-3">
        {rows.map((key, i) => (
          <li key={key}>
            <fieldset className="grid gap-2 rounded border border-slate-100 bg-slate-50 p-2 sm:grid-cols-[1fr_12rem_10rem]">
              <legend className="text-sm font-semibold text-slate-700">Nhiệm vụ {i + 1}</legend>
              <Field name={`task_${key}_title`} label="Nội dung" state={state} maxLength={500} defaultValue={kept.get(key)?.title} />
              <SelectField
                name={`task_${key}_ownerId`}
                label="Tổ chức chủ trì"
                state={state}
                placeholder="— Chọn —"
                options={organisations}
                defaultValue={kept.get(key)?.ownerId}
              />
              <Field name={`task_${key}_dueOn`} label="Hạn hoàn thành" type="date" state={state} defaultValue={kept.get(key)?.dueOn} />
              <button type="button" className="justify-self-start text-sm text-slate-700 underline sm:col-span-3" onClick={() => remove(key)}>
                {rows.length > 1 ? `Bỏ nhiệm vụ ${i + 1}` : `Xóa nội dung nhiệm vụ ${i + 1}`}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      {rows.length < MAX_ROWS ? (
        <button
          ref={addButton}
          type="button"
          className="mt-3 rounded border border-slate-300 bg-white px-3 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-50"
          onClick={add}
        >
          Thêm nhiệm vụ
        </button>
      ) : null}
    </fieldset>
  );
}
