"use client";
// The reviewer's evaluation of a model (scores per criterion, then return, accept or not), the sending back of
// a returned model, and the administrator's criteria of a year (decision 0043).
import { useActionState } from "react";
import { INITIAL_RESULT } from "@/lib/actions/result";
import { evaluateModelAction, recogniseModelAction, resubmitModelAction, setModelCriteriaAction } from "@/lib/skilful-models/actions";
import { Field, FormMessage, SelectField, SubmitButton, TextAreaField } from "@/components/ui/form";

type Criterion = { id: string; name: string; weight: number; maxScore: number };

export function EvaluateModelForm({
  modelId,
  version,
  criteria,
  scores,
}: {
  modelId: string;
  version: number;
  criteria: Criterion[];
  scores: Record<string, number>;
}) {
  const [state, action] = useActionState(evaluateModelAction, INITIAL_RESULT);
  const moveError = state.fieldErrors?.move?.[0];
  return (
    <form action={action} className="space-y-3" noValidate aria-label="Đánh giá mô hình">
      <FormMessage state={state} />
      <input type="hidden" name="modelId" value={modelId} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-3 sm:grid-cols-2">
        {criteria.map((c) => (
          <Field
            key={c.id}
            id={`score-${c.id}`}
            name={`score_${c.id}`}
            label={`${c.name} (trọng số ${c.weight}, tối đa ${c.maxScore} điểm)`}
            state={state}
            defaultValue={scores[c.id] === undefined ? "" : String(scores[c.id])}
            type="number"
            inputMode="numeric"
            min={0}
            max={c.maxScore}
          />
        ))}
      </div>
      <TextAreaField name="comment" label="Ý kiến (bắt buộc khi trả lại: cần bổ sung minh chứng gì)" state={state} rows={3} maxLength={2000} />
      <fieldset className="space-y-1" aria-describedby={moveError ? "move-error" : undefined}>
        <legend className="text-sm font-semibold">Kết quả</legend>
        {[
          ["accept", "Đạt (tổng điểm từ ngưỡng đạt trở lên)"],
          ["reject", "Không đạt"],
          ["return", "Trả lại để bổ sung minh chứng"],
        ].map(([value, label]) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input type="radio" name="move" value={value} defaultChecked={state.values?.move === value} className="h-5 w-5" />
            {label}
          </label>
        ))}
        {moveError ? (
          <p id="move-error" className="text-sm text-red-700">
            {moveError}
          </p>
        ) : null}
      </fieldset>
      <SubmitButton>Lưu đánh giá</SubmitButton>
    </form>
  );
}

export function ResubmitModelForm({ modelId, version }: { modelId: string; version: number }) {
  const [state, action] = useActionState(resubmitModelAction, INITIAL_RESULT);
  return (
    <form action={action} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="modelId" value={modelId} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton>Gửi lại để đánh giá</SubmitButton>
    </form>
  );
}

export function ModelCriteriaForm({ year, version, passThreshold, criteria }: { year: number; version: number; passThreshold: number; criteria: string }) {
  const [state, action] = useActionState(setModelCriteriaAction, INITIAL_RESULT);
  return (
    <form action={action} className="space-y-3" noValidate aria-label={`Tiêu chí năm ${year}`}>
      <FormMessage state={state} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField
        id={`criteria-${year}`}
        name="criteria"
        label={`Tiêu chí đánh giá năm ${year}`}
        state={state}
        defaultValue={criteria}
        rows={6}
        maxLength={10_000}
        hint="Mỗi dòng một tiêu chí: tên; trọng số; điểm tối đa. Tổng trọng số là 100. Ví dụ: Hiệu quả kinh tế - xã hội; 40; 10"
      />
      <div className="w-56">
        <Field
          id={`pass-${year}`}
          name="passThreshold"
          label="Ngưỡng đạt (trên 100 điểm)"
          state={state}
          defaultValue={String(passThreshold)}
          type="number"
          min={1}
          max={100}
        />
      </div>
      <SubmitButton>Lưu tiêu chí năm {year}</SubmitButton>
    </form>
  );
}

export function RecogniseModelForm({
  modelId,
  version,
  levels,
  today,
}: {
  modelId: string;
  version: number;
  levels: { value: string; label: string }[];
  today: string;
}) {
  const [state, action] = useActionState(recogniseModelAction, INITIAL_RESULT);
  return (
    <form action={action} className="space-y-3" noValidate aria-label="Công nhận mô hình">
      <FormMessage state={state} />
      <input type="hidden" name="modelId" value={modelId} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField name="level" label="Cấp công nhận" state={state} options={levels} />
        <Field name="issuedOn" label="Ngày quyết định" type="date" state={state} defaultValue={today} max={today} required />
      </div>
      <p className="text-xs text-slate-700">Số quyết định lấy số tiếp theo trong sổ quyết định của Ủy ban MTTQ cấp công nhận.</p>
      <SubmitButton>Công nhận và cấp số quyết định</SubmitButton>
    </form>
  );
}
