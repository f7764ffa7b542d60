"use client";
// Registering a "Dân vận khéo" model for a year (decision 0043). What was typed stays on the form when the
// save is refused; the evidence is added on the model's page once it is registered.
import { useActionState } from "react";
import { INITIAL_RESULT } from "@/lib/actions/result";
import { registerModelAction } from "@/lib/skilful-models/actions";
import { Field, FormMessage, SelectField, SubmitButton, TextAreaField } from "@/components/ui/form";

type Option = { value: string; label: string };

export function RegisterModelForm(props: {
  unitId: string;
  submissionId: string;
  years: number[];
  fields: Option[];
  organisations: Option[];
  /** Only one's own organisation (an officer), or the bloc and every organisation (the bloc head). */
  blocToo: boolean;
  earlier: Option[];
  today: string;
}) {
  const [state, action] = useActionState(registerModelAction, INITIAL_RESULT);
  return (
    <form action={action} className="space-y-3" noValidate aria-label="Đăng ký mô hình Dân vận khéo">
      <FormMessage state={state} />
      <input type="hidden" name="unitId" value={props.unitId} />
      <input type="hidden" name="submissionId" value={props.submissionId} />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField name="year" label="Năm đăng ký" state={state} options={props.years.map((y) => ({ value: String(y), label: String(y) }))} />
        <SelectField name="field" label="Lĩnh vực" state={state} options={props.fields} placeholder="Chọn lĩnh vực" required />
        <Field name="startOn" label="Ngày bắt đầu" type="date" state={state} defaultValue={props.today} max="2100-12-31" required />
      </div>
      <Field name="name" label="Tên mô hình" state={state} maxLength={200} required hint="Ví dụ: Làm đường giao thông nông thôn bằng sức dân" />
      <SelectField
        name="organisationId"
        label="Đơn vị đăng ký"
        state={state}
        options={[...(props.blocToo ? [{ value: "", label: "Khối (chung của các tổ chức)" }] : []), ...props.organisations]}
      />
      <Field name="targetGroup" label="Đối tượng hướng tới" state={state} maxLength={300} required hint="Ví dụ: các hộ dân thôn Đông, đoàn viên thanh niên" />
      <TextAreaField name="participants" label="Đơn vị, tổ chức tham gia" state={state} maxLength={1000} rows={2} required />
      <TextAreaField
        name="goals"
        label="Mục tiêu, chỉ tiêu"
        state={state}
        maxLength={4000}
        rows={4}
        required
        hint="Mỗi dòng một chỉ tiêu có con số đo được, ví dụ “Số hộ tham gia: 120”, “Chiều dài đường: 1,5 km”."
      />
      {props.earlier.length ? (
        <SelectField
          name="continuesId"
          label="Tiếp nối mô hình năm trước (nếu có)"
          state={state}
          options={[{ value: "", label: "Mô hình mới" }, ...props.earlier]}
        />
      ) : null}
      <SubmitButton>Đăng ký mô hình</SubmitButton>
    </form>
  );
}
