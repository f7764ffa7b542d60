"use client";
// A criticism case of a draft document, and its steps (the opinion prepared and signed, the drafting
// body's explanation, closing).
import { useActionState, useState } from "react";
import { INITIAL_RESULT } from "@/lib/actions/result";
import { LONG_TEXT } from "@/lib/limits";
import { criticismStepAction, saveCriticismAction } from "@/lib/supervision/actions";
import { Field, FormMessage, SelectField, SubmitButton, TextAreaField } from "@/components/ui/form";
import { type Option, CRITICISM_FORMS } from "./form-parts";

export interface CriticismValues {
  id: string;
  version: number;
  planItemId: string;
  outsidePlanReason: string;
  title: string;
  draftingBody: string;
  receivedOn: string;
  plannedSubmissionOn: string;
  form: string;
  participants: string;
}

export function CriticismForm({
  unitId,
  submissionId,
  values,
  planItems,
}: {
  unitId: string;
  submissionId: string;
  values: CriticismValues;
  planItems: Option[];
}) {
  const [state, action] = useActionState(saveCriticismAction, INITIAL_RESULT);
  const [planned, setPlanned] = useState(values.planItemId);
  return (
    <form action={action} className="space-y-3" noValidate aria-label={values.id ? "Sửa việc phản biện" : "Thêm việc phản biện"}>
      <FormMessage state={state} />
      <input type="hidden" name="unitId" value={unitId} />
      <input type="hidden" name="submissionId" value={submissionId} />
      <input type="hidden" name="version" value={values.version} />
      {values.id ? <input type="hidden" name="caseId" value={values.id} /> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          name="planItemId"
          label="Theo kế hoạch"
          state={state}
          defaultValue={planned}
          options={planItems}
          placeholder="Ngoài kế hoạch"
          onChange={(e) => setPlanned(e.currentTarget.value)}
        />
        {!planned ? (
          <Field name="outsidePlanReason" label="Lý do ngoài kế hoạch" state={state} defaultValue={values.outsidePlanReason} maxLength={1000} />
        ) : null}
      </div>
      <Field name="title" label="Tên dự thảo văn bản" state={state} defaultValue={values.title} maxLength={500} required />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="draftingBody" label="Cơ quan chủ trì soạn thảo" state={state} defaultValue={values.draftingBody} maxLength={300} required />
        <SelectField name="form" label="Hình thức phản biện" state={state} defaultValue={values.form} options={CRITICISM_FORMS} placeholder="— Chọn —" />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="receivedOn" label="Ngày nhận dự thảo" type="date" state={state} defaultValue={values.receivedOn} required />
        <Field
          name="plannedSubmissionOn"
          label="Ngày dự kiến trình"
          type="date"
          state={state}
          defaultValue={values.plannedSubmissionOn}
          required
          hint="Dự thảo phải được gửi ít nhất 15 ngày trước ngày trình; nếu gửi muộn hơn, hệ thống sẽ cảnh báo."
        />
      </div>
      <TextAreaField name="participants" label="Thành phần tham gia" state={state} defaultValue={values.participants} maxLength={3000} rows={2} />
      <SubmitButton>{values.id ? "Lưu" : "Thêm việc phản biện"}</SubmitButton>
    </form>
  );
}

const STEP_LABEL = {
  prepare: "Trình ký ý kiến phản biện",
  opinion: "Ký và gửi ý kiến phản biện",
  explanation: "Ghi giải trình của cơ quan soạn thảo",
  close: "Kết thúc việc phản biện",
} as const;

/** One step of the case: the opinion prepared for signing ("Trình ký"), then signed and sent by another account
 * (lib/signoff), the drafting body's explanation, the close. `content`: the opinion as prepared. */
export function CriticismStepForm({
  caseId,
  version,
  step,
  today,
  content = "",
}: {
  caseId: string;
  version: number;
  step: keyof typeof STEP_LABEL;
  today: string;
  content?: string;
}) {
  const [state, action] = useActionState(criticismStepAction, INITIAL_RESULT);
  const label = STEP_LABEL[step];
  return (
    <form action={action} className="space-y-3" noValidate aria-label={label}>
      <FormMessage state={state} />
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="step" value={step} />
      {step === "opinion" ? <Field name="opinionSentOn" label="Ngày gửi ý kiến" type="date" state={state} defaultValue={today} /> : null}
      {step === "opinion" || step === "prepare" ? (
        <TextAreaField name="opinionContent" label="Ý kiến phản biện" state={state} defaultValue={content} maxLength={LONG_TEXT} rows={4} />
      ) : null}
      {step === "explanation" ? (
        <>
          <Field name="explanationOn" label="Ngày nhận giải trình" type="date" state={state} defaultValue={today} />
          <TextAreaField name="explanationContent" label="Nội dung giải trình, tiếp thu" state={state} defaultValue="" maxLength={LONG_TEXT} rows={4} />
        </>
      ) : null}
      <SubmitButton tone={step === "close" || step === "prepare" ? "secondary" : "primary"}>{label}</SubmitButton>
    </form>
  );
}
