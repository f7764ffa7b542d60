"use client";
// The administrator's retention settings (a kind's period in years) and the button that runs the
// anonymisation of the records whose period has ended (decision 0041).
import { useActionState } from "react";
import { INITIAL_RESULT } from "@/lib/actions/result";
import { runRetentionAction, setRetentionAction } from "@/lib/privacy/actions";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";

export function RetentionForm({ kind, label, years, version }: { kind: string; label: string; years: number; version: number }) {
  const [state, action] = useActionState(setRetentionAction, INITIAL_RESULT);
  return (
    <form action={action} className="flex flex-wrap items-end gap-3" noValidate aria-label={`Thời hạn lưu trữ: ${label}`}>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="version" value={version} />
      <div className="w-56">
        <Field
          id={`years-${kind}`}
          name="years"
          label="Số năm sau khi kết thúc"
          state={state}
          defaultValue={String(years)}
          type="number"
          inputMode="numeric"
          min={1}
          max={50}
          required
        />
      </div>
      <SubmitButton tone="secondary">Lưu</SubmitButton>
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function RunRetentionForm({ due }: { due: number }) {
  const [state, action] = useActionState(runRetentionAction, INITIAL_RESULT);
  return (
    <form action={action} className="space-y-2">
      <FormMessage state={state} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="confirm" className="h-5 w-5" aria-describedby={state.fieldErrors?.confirm ? "confirm-error" : undefined} />
        Tôi hiểu: dữ liệu của người dân đã ẩn danh không khôi phục được.
      </label>
      {state.fieldErrors?.confirm ? (
        <p id="confirm-error" className="text-sm text-red-700">
          {state.fieldErrors.confirm[0]}
        </p>
      ) : null}
      <SubmitButton tone={due ? "danger" : "secondary"}>{due ? `Ẩn danh ${due} hồ sơ hết hạn ngay` : "Chạy kiểm tra ngay"}</SubmitButton>
    </form>
  );
}
