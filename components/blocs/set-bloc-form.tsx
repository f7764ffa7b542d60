"use client";
import { useActionState } from "react";
import { INITIAL_RESULT } from "@/lib/actions/result";
import { setBlocAction } from "@/lib/blocs/actions";
import { COMMUNE_MODELS, HEAD_RULE_LABEL, HEAD_RULES, MODEL_LABEL, STATUS_LABEL, STATUSES } from "@/lib/blocs/labels";
import { Field, FormMessage, SelectField, SubmitButton } from "@/components/ui/form";

interface Props {
  /** A district's or the province's own bloc agency: the model (`model`) is fixed. */
  agency?: boolean;
  unitId: string;
  version: number;
  model: string | null;
  status: string;
  today: string;
  scan: { id: string; name: string } | null;
  /** The recorded exception to the model's head rule, if any. */
  headRule?: string | null;
  headRuleReason?: string | null;
}

/** Model, status (dated, with a reason) and the establishing decision of one commune's bloc. */
export function SetBlocForm({ agency = false, unitId, version, model, status, today, scan, headRule = null, headRuleReason = null }: Props) {
  const [state, action] = useActionState(setBlocAction, INITIAL_RESULT);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="unitId" value={unitId} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-3 sm:grid-cols-2">
        {agency ? (
          <input type="hidden" name="model" value={model ?? ""} />
        ) : (
          <SelectField
            name="model"
            label="Mô hình"
            state={state}
            defaultValue={model ?? ""}
            placeholder="— Chọn mô hình —"
            options={COMMUNE_MODELS.map((m) => ({ value: m, label: MODEL_LABEL[m] }))}
            required
          />
        )}
        <SelectField
          name="status"
          label="Trạng thái"
          state={state}
          defaultValue={status}
          options={STATUSES.map((s) => ({ value: s, label: STATUS_LABEL[s] }))}
          required
        />
        <Field name="effectiveOn" label="Ngày hiệu lực" type="date" state={state} defaultValue={today} max={today} required />
        <Field name="reason" label="Lý do / căn cứ" state={state} maxLength={500} required />
      </div>
      {agency ? null : (
        <fieldset className="space-y-3 rounded border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold">Người đứng đầu khối</legend>
          <p className="text-sm text-slate-700">
            Theo mô hình: khối dân vận do Phó Bí thư Đảng ủy xã làm trưởng khối; bộ phận tham mưu chung và bộ phận phối hợp do Chủ tịch Ủy ban MTTQ xã làm
            trưởng. Chỉ chọn khác khi có ngoại lệ được cấp có thẩm quyền cho phép, và nêu lý do.
          </p>
          <div className="grid gap-3 sm:grid-cols-2">
            <SelectField
              name="headRule"
              label="Quy định trưởng khối"
              state={state}
              defaultValue={headRule ?? ""}
              placeholder="Theo mô hình"
              options={HEAD_RULES.map((r) => ({ value: r, label: HEAD_RULE_LABEL[r] }))}
            />
            <Field name="headRuleReason" label="Lý do của ngoại lệ" state={state} defaultValue={headRuleReason ?? ""} maxLength={300} />
          </div>
        </fieldset>
      )}
      <fieldset className="space-y-3 rounded border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold">Quyết định (bắt buộc khi “Đã thành lập”)</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            name="decisionFamily"
            label="Thể thức văn bản"
            state={state}
            defaultValue="PARTY"
            options={[
              { value: "PARTY", label: "Văn bản của Đảng (12-QĐ/ĐU)" },
              { value: "STATE", label: "Văn bản hành chính (15/QĐ-UBND)" },
              { value: "FRONT", label: "Văn bản của Mặt trận (08/QĐ-MTTQ-BTT)" },
            ]}
          />
          <Field name="decisionNumber" label="Số quyết định" state={state} maxLength={60} placeholder="12-QĐ/ĐU" />
          <Field name="decisionDate" label="Ngày ký" type="date" state={state} max={today} />
          <Field name="decisionIssuer" label="Cơ quan ban hành" state={state} maxLength={200} placeholder="Ban Thường vụ Đảng ủy xã" />
        </div>
        {scan ? (
          <p className="text-sm">
            Bản quét đính kèm: <span className="font-semibold">{scan.name}</span>
          </p>
        ) : (
          <p className="text-sm text-slate-700">Có thể tải bản quét lên trước (mục “Bản quét quyết định” bên dưới), rồi lưu.</p>
        )}
        <input type="hidden" name="decisionScanId" value={scan?.id ?? ""} />
        {state.fieldErrors?.decisionScanId ? <p className="text-sm text-red-700">{state.fieldErrors.decisionScanId.join(" ")}</p> : null}
      </fieldset>
      <SubmitButton>Lưu</SubmitButton>
    </form>
  );
}
