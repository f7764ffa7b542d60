"use client";
// Drafts that are never lost, for any long form: saved on the server a moment after the user stops typing
// (through a non-navigating save action that returns the record's id and version), kept in this browser
// on every keystroke while the server cannot be reached, and restored on the next visit.
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { INITIAL_RESULT, type ActionResult } from "@/lib/actions/result";

const AUTOSAVE_MS = 2500;

type SaveState = { kind: "idle" | "saving" | "saved" | "offline" | "error"; text: string };
type Kept = { baseVersion: number; submissionId: string; at: number; values: Record<string, string> };

function snapshotOf(form: HTMLFormElement) {
  const out: Record<string, string> = {};
  for (const [k, v] of new FormData(form).entries()) if (typeof v === "string" && !k.startsWith("$ACTION")) out[k] = v;
  return out;
}

/** Puts kept values back into the form's fields (identity fields excepted). */
function fill(form: HTMLFormElement, values: Record<string, string>, keep: string[]) {
  for (const [name, value] of Object.entries(values)) {
    if (keep.includes(name)) continue;
    form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`[name="${CSS.escape(name)}"]`).forEach((f) => {
      if (f instanceof HTMLInputElement && (f.type === "radio" || f.type === "checkbox")) f.checked = f.value === value;
      else f.value = value;
    });
  }
}

interface Options {
  formRef: RefObject<HTMLFormElement | null>;
  storageKey: string;
  /** The record's id and version as the page rendered them (id null: not created yet). */
  id: string | null;
  version: number;
  submissionId: string;
  /** The result field that carries the id, e.g. "meetingId". */
  idField: string;
  /** Hidden fields that identify the record: never restored from the browser copy. */
  identity: string[];
  autosave: (previous: ActionResult, form: FormData) => Promise<ActionResult>;
  /** The result of the form's own submit, whose id and version later saves start from. */
  submitted: ActionResult;
  /** Called once the first automatic save has created the record. */
  onCreated?: (id: string) => void;
}

export function useDraft(o: Options) {
  const { formRef, storageKey, idField, identity, onCreated } = o;
  const autosaveAction = o.autosave;
  const [id, setId] = useState(o.id);
  const [version, setVersion] = useState(o.version);
  const [submissionId, setSubmissionId] = useState(o.submissionId);
  const [save, setSave] = useState<SaveState>({ kind: "idle", text: "" });
  const [restored, setRestored] = useState<string | null>(null);
  /** The values put back from this browser's copy (for parts of a form rendered from them, e.g. repeated rows). */
  const [restoredValues, setRestoredValues] = useState<Record<string, string> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saving = useRef(false);
  const dirty = useRef(false);
  const fromSubmit = o.submitted.ok && o.submitted.data ? { id: String(o.submitted.data[idField]), version: Number(o.submitted.data.version) } : null;
  const currentId = id ?? fromSubmit?.id ?? null;
  const currentVersion = Math.max(version, fromSubmit?.version ?? 0);
  const forget = useCallback(() => {
    try {
      localStorage.removeItem(storageKey);
    } catch {
      /* ignore */
    }
  }, [storageKey]);

  const keepLocal = useCallback(() => {
    const form = formRef.current;
    if (!form) return;
    try {
      localStorage.setItem(storageKey, JSON.stringify({ baseVersion: currentVersion, submissionId, at: Date.now(), values: snapshotOf(form) } satisfies Kept));
    } catch {
      // Storage full or disabled: the server copy is still saved when the connection allows.
    }
  }, [formRef, storageKey, currentVersion, submissionId]);

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
      result = await autosaveAction(INITIAL_RESULT, new FormData(form));
    } catch {
      dirty.current = true;
      saving.current = false;
      setSave({ kind: "offline", text: "Chưa lưu được lên máy chủ (mất kết nối?): nội dung được giữ trên máy này và sẽ tự lưu lại." });
      return;
    }
    saving.current = false;
    if (result.ok && result.data) {
      const newId = String(result.data[idField]);
      setId(newId);
      setVersion(Number(result.data.version));
      forget();
      if (!currentId) onCreated?.(newId);
      setSave({ kind: "saved", text: `Đã lưu nháp lúc ${new Date().toLocaleTimeString("vi-VN", { hour: "2-digit", minute: "2-digit" })}.` });
    } else {
      // Field problems are shown when the user saves; a conflict or refusal is shown now.
      setSave({ kind: "error", text: result.formError && !result.fieldErrors ? result.formError : "Chưa lưu nháp: có ô cần sửa (bấm “Lưu” để xem)." });
    }
  }, [formRef, autosaveAction, idField, onCreated, currentId, forget]);

  const onChange = useCallback(() => {
    dirty.current = true;
    keepLocal();
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void autosave(), AUTOSAVE_MS);
  }, [autosave, keepLocal]);

  const cancelPending = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  // Restore what this browser kept and did not get to the server.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    try {
      const raw = localStorage.getItem(storageKey);
      if (!raw) return;
      const kept = JSON.parse(raw) as Kept;
      if (kept.baseVersion !== o.version) {
        // Browser storage is read only after hydration; what it holds decides the notice.
        // eslint-disable-next-line react-hooks/set-state-in-effect
        setRestored("stale");
        return;
      }
      fill(form, kept.values, identity);
      setRestoredValues(kept.values);
      if (!o.id && kept.submissionId) setSubmissionId(kept.submissionId);
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

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  // The form's own save succeeded: nothing is pending any more.
  useEffect(() => {
    if (!(o.submitted.ok && o.submitted.data)) return;
    dirty.current = false;
    forget();
  }, [o.submitted, forget]);

  const restoreStale = () => {
    const raw = localStorage.getItem(storageKey);
    if (raw && formRef.current) {
      const { values } = JSON.parse(raw) as Kept;
      fill(formRef.current, values, identity);
      setRestoredValues(values);
      dirty.current = true;
      setRestored("manual");
    }
  };
  const dismissStale = () => {
    forget();
    setRestored(null);
  };

  return { currentId, currentVersion, submissionId, save, restored, restoredValues, onChange, cancelPending, restoreStale, dismissStale };
}

/** The notices of a draft form: what was restored from this browser, or a copy older than the server's. */
export function DraftNotices({ draft }: { draft: ReturnType<typeof useDraft> }) {
  if (draft.restored === "stale") {
    return (
      <div role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
        Máy này còn nội dung chưa lưu, nhưng bản trên máy chủ đã được sửa sau đó.{" "}
        <button type="button" className="font-semibold underline" onClick={draft.restoreStale}>
          Khôi phục nội dung trên máy này
        </button>{" "}
        <button type="button" className="underline" onClick={draft.dismissStale}>
          Bỏ
        </button>
      </div>
    );
  }
  if (draft.restored) {
    return (
      <p role="status" className="rounded border border-sky-300 bg-sky-50 px-3 py-2 text-sm">
        Đã khôi phục nội dung chưa lưu trên máy này{draft.restored !== "manual" ? ` (${draft.restored})` : ""}.
      </p>
    );
  }
  return null;
}

/** The live status line of a draft form's saving. */
export function DraftStatus({ draft, id = "save-status" }: { draft: ReturnType<typeof useDraft>; id?: string }) {
  return (
    <p
      id={id}
      role="status"
      aria-live="polite"
      className={`text-sm ${draft.save.kind === "error" || draft.save.kind === "offline" ? "text-amber-800" : "text-slate-600"}`}
    >
      {draft.save.text}
    </p>
  );
}
