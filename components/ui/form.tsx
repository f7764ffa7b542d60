"use client";
// Accessible form pieces shared by every form: errors are tied to their fields (aria-invalid,
// aria-describedby) and announced; the submit button says when it is working.
import { useFormStatus } from "react-dom";
import type { ActionResult } from "@/lib/actions/result";
import { CONFIRM_PERSONAL } from "@/lib/privacy/detect";

const inputClass = "w-full rounded border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-600 sm:text-sm";

interface FieldProps extends Omit<React.InputHTMLAttributes<HTMLInputElement>, "name"> {
  name: string;
  label: string;
  hint?: string;
  state: ActionResult;
}

export function Field({ name, label, hint, state, defaultValue, ...input }: FieldProps) {
  const errors = state.fieldErrors?.[name];
  const id = input.id ?? `f-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, errors ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold text-slate-800">
        {label}
      </label>
      <input
        id={id}
        name={name}
        defaultValue={state.values?.[name] ?? defaultValue}
        aria-invalid={errors ? true : undefined}
        aria-describedby={describedBy}
        className={inputClass}
        {...input}
      />
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {errors ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

interface SelectProps extends Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "name"> {
  name: string;
  label: string;
  state: ActionResult;
  /** Options with a `group` are shown under that heading (an optgroup), in the order the groups first appear. */
  options: { value: string; label: string; group?: string }[];
  placeholder?: string;
}

function optionGroups(options: SelectProps["options"]) {
  const groups = new Map<string | undefined, SelectProps["options"]>();
  for (const o of options) (groups.get(o.group) ?? groups.set(o.group, []).get(o.group)!).push(o);
  return [...groups];
}

export function SelectField({ name, label, state, options, placeholder, defaultValue, ...select }: SelectProps) {
  const errors = state.fieldErrors?.[name];
  const id = select.id ?? `f-${name}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold text-slate-800">
        {label}
      </label>
      {/* Keyed by the echoed value: React's reset of an action form would otherwise put a select back to its first default. */}
      <select
        key={state.values?.[name] ?? "initial"}
        id={id}
        name={name}
        defaultValue={state.values?.[name] ?? defaultValue ?? ""}
        aria-invalid={errors ? true : undefined}
        aria-describedby={errors ? `${id}-error` : undefined}
        className={inputClass}
        {...select}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {optionGroups(options).map(([group, list]) => {
          const items = list.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ));
          return group === undefined ? (
            items
          ) : (
            <optgroup key={group} label={group}>
              {items}
            </optgroup>
          );
        })}
      </select>
      {errors ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** A checkbox sending "on"; keeps what the user ticked across a refused submission. */
export function CheckboxField({ name, label, state, defaultChecked = false }: { name: string; label: string; state: ActionResult; defaultChecked?: boolean }) {
  const id = `f-${name}`;
  const checked = state.values ? state.values[name] === "on" : defaultChecked;
  return (
    <label htmlFor={id} className="flex items-center gap-2 text-sm">
      <input key={state.values ? `v-${checked}` : "initial"} id={id} type="checkbox" name={name} defaultChecked={checked} className="h-5 w-5" />
      {label}
    </label>
  );
}

export function FormMessage({ state }: { state: ActionResult }) {
  if (state.formError) {
    return (
      <>
        <div role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {state.formError}
        </div>
        {state.confirm === "personalNumbers" ? (
          // Inside the form: ticked, the next save keeps the numbers in the text (lib/privacy/detect.ts).
          <label className="flex items-start gap-2 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
            <input type="checkbox" name={CONFIRM_PERSONAL} value="1" className="mt-0.5 h-5 w-5 shrink-0" />
            Tôi xác nhận các số này cần ghi trong nội dung.
          </label>
        ) : null}
      </>
    );
  }
  if (state.ok && state.message) {
    return (
      <div role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
        {state.message}
      </div>
    );
  }
  return null;
}

export function SubmitButton({ children, tone = "primary" }: { children: React.ReactNode; tone?: "primary" | "danger" | "secondary" }) {
  const { pending } = useFormStatus();
  const tones = {
    primary: "bg-brand-700 text-white hover:bg-brand-800",
    danger: "bg-red-700 text-white hover:bg-red-800",
    secondary: "border border-slate-300 bg-white text-slate-900 hover:bg-slate-50",
  };
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={`rounded px-4 py-2 text-sm font-semibold disabled:opacity-60 ${tones[tone]}`}>
      {pending ? "Đang xử lý…" : children}
    </button>
  );
}

interface TextAreaProps extends Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "name"> {
  name: string;
  label: string;
  hint?: string;
  state: ActionResult;
}

export function TextAreaField({ name, label, hint, state, defaultValue, rows = 3, ...area }: TextAreaProps) {
  const errors = state.fieldErrors?.[name];
  const id = area.id ?? `f-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, errors ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold text-slate-800">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={state.values?.[name] ?? defaultValue}
        aria-invalid={errors ? true : undefined}
        aria-describedby={describedBy}
        className={inputClass}
        {...area}
      />
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {errors ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
