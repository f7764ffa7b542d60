"use client";
import { useActionState } from "react";
import { INITIAL_RESULT } from "@/lib/actions/result";
import { bulkUpdateBlocsAction } from "@/lib/blocs/actions";
import { COMMUNE_MODELS, MODEL_LABEL, STATUS_LABEL, STATUSES } from "@/lib/blocs/labels";
import { Field, FormMessage, SelectField, SubmitButton } from "@/components/ui/form";

/** Model and status for the communes ticked in the table (their checkboxes belong to this form). */
export function BulkBlocForm({ areaCode, today }: { areaCode: string; today: string }) {
  const [state, action] = useActionState(bulkUpdateBlocsAction, INITIAL_RESULT);
  return (
    <form id="bulk-form" action={action} className="space-y-3 rounded border border-slate-200 bg-white p-4" noValidate aria-labelledby="bulk-h">
      <h3 id="bulk-h" className="font-semibold">
        Cập nhật nhiều xã cùng lúc
      </h3>
      <p className="text-sm text-slate-700">Đánh dấu các xã trong bảng, chọn mô hình và/hoặc trạng thái, ngày hiệu lực và lý do.</p>
      <FormMessage state={state} />
      {state.fieldErrors?.unitCodes ? (
        <p role="alert" className="text-sm text-red-700">
          {state.fieldErrors.unitCodes.join(" ")}
        </p>
      ) : null}
      <input type="hidden" name="areaCode" value={areaCode} />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField
          name="model"
          label="Mô hình"
          state={state}
          placeholder="— Giữ nguyên —"
          options={COMMUNE_MODELS.map((m) => ({ value: m, label: MODEL_LABEL[m] }))}
        />
        <SelectField
          name="status"
          label="Trạng thái"
          state={state}
          placeholder="— Giữ nguyên —"
          options={STATUSES.filter((s) => s !== "ESTABLISHED").map((s) => ({ value: s, label: STATUS_LABEL[s] }))}
        />
        <Field name="effectiveOn" label="Ngày hiệu lực" type="date" state={state} defaultValue={today} max={today} required />
        <Field name="reason" label="Lý do" state={state} maxLength={500} required />
      </div>
      <SubmitButton>Áp dụng cho các xã đã chọn</SubmitButton>
    </form>
  );
}
