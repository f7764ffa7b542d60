// Shared input helpers: zod with Vietnamese messages, form data to plain values, and text fields that
// refuse control characters and overlong input.
import { z } from "zod";
import { vi } from "zod/locales";
import { LONG_TEXT } from "./limits";
import { parseIsoDate } from "./time/business-date";

z.config(vi());

export { z };

/** Record ids as they appear in URLs and forms (cuid or UUID); anything else matches no record. */
export const RECORD_ID = /^[A-Za-z0-9_-]{1,64}$/;

export const recordId = z.string().regex(RECORD_ID, "Mã bản ghi không hợp lệ.");

/** Control characters other than tab and newline are never valid in a text field. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Whether a text holds a character no text field accepts (for fields checked by hand, e.g. a form's rows). */
export const hasControlCharacters = (s: string) => CONTROL.test(s);

export function text(label: string, { min = 1, max = 200 }: { min?: number; max?: number } = {}) {
  return z
    .string({ error: `${label}: cần nhập dạng chữ.` })
    .transform((s) => s.normalize("NFC").trim())
    .pipe(
      z
        .string()
        .min(min, min === 1 ? `Hãy nhập ${label.toLowerCase()}.` : `${label} phải có ít nhất ${min} ký tự.`)
        .max(max, `${label} không được dài quá ${max} ký tự.`)
        .refine((s) => !CONTROL.test(s), `${label} chứa ký tự không hợp lệ.`),
    );
}

/** An optional long free text (empty when left blank), up to LONG_TEXT characters. */
export function longText(label: string) {
  return optionalText(label, LONG_TEXT).transform((s) => s ?? "");
}

export function optionalText(label: string, max = 500) {
  return z
    .string()
    .optional()
    .transform((s) => (s ?? "").normalize("NFC").trim())
    .pipe(
      z
        .string()
        .max(max, `${label} không được dài quá ${max} ký tự.`)
        .refine((s) => !CONTROL.test(s), `${label} chứa ký tự không hợp lệ.`),
    )
    .transform((s) => (s === "" ? null : s));
}

/** Form fields as strings; a name that repeats (checkboxes) gives an array. Files are left out. */
/** An address as people type it, kept trimmed and in lower case (so that it is found however it is typed). */
export const emailAddress = z
  .string()
  .trim()
  .max(254, "Địa chỉ thư điện tử quá dài.")
  .refine((s) => s === "" || /^[^\s@<>(),;:"\\[\]]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(s), "Địa chỉ thư điện tử không hợp lệ, ví dụ: ten@xa.quangninh.gov.vn.")
  .transform((s) => (s === "" ? null : s.toLowerCase()));

export function formValues(form: FormData): Record<string, string> & Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  // An action called with other arguments than its form (a tampered request naming another action) gets
  // nothing: its schema then refuses the request.
  if (!(form instanceof FormData)) return values as Record<string, string>;
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    const previous = values[key];
    values[key] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return values as Record<string, string> & Record<string, string | string[]>;
}

/** Zod issues as field errors keyed by the top-level field name. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    // A row of a repeated part names its own field (`task_<key>_title`): the error goes next to it.
    const last = issue.path.at(-1);
    const row = issue.path.length > 1 && typeof last === "string" && /^[a-z]+_./.test(last) ? last : null;
    const key = issue.code === "unrecognized_keys" ? "_form" : (row ?? String(issue.path[0] ?? "_form"));
    const message = issue.code === "unrecognized_keys" ? "Biểu mẫu có trường không hợp lệ." : issue.message;
    (out[key] ??= []).push(message);
  }
  return out;
}

/** A required date field (yyyy-MM-dd from a date input), as a business date. */
export const isoDate = (label: string) =>
  z
    .string()
    .trim()
    .refine((s) => parseIsoDate(s) !== null, `${label}: ngày không hợp lệ.`)
    .transform((s) => parseIsoDate(s)!);
