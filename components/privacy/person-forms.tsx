"use client";
// A person's request, record by record (decision 0042): anonymise a record that names them, or correct
// their details in a report issue. The request's basis travels with each step into the audit trail.
import { useActionState } from "react";
import { INITIAL_RESULT } from "@/lib/actions/result";
import { anonymiseRecordAction, correctCitizenAction } from "@/lib/privacy/actions";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";

export function AnonymiseRecordForm({ kind, id, reason }: { kind: string; id: string; reason: string }) {
  const [state, action] = useActionState(anonymiseRecordAction, INITIAL_RESULT);
  return (
    <form action={action} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="reason" value={reason} />
      {state.ok ? null : <SubmitButton tone="danger">Ẩn danh dữ liệu của người dân trong hồ sơ này</SubmitButton>}
    </form>
  );
}

type Citizen = { id: string; citizenName: string; citizenPhone: string; citizenIdNumber: string; citizenAddress: string };

export function CorrectCitizenForm({ issue, reason }: { issue: Citizen; reason: string }) {
  const [state, action] = useActionState(correctCitizenAction, INITIAL_RESULT);
  const id = (name: string) => `${issue.id}-${name}`;
  return (
    <form action={action} className="space-y-2" noValidate aria-label="Sửa thông tin người dân">
      <FormMessage state={state} />
      <input type="hidden" name="issueId" value={issue.id} />
      <input type="hidden" name="reason" value={reason} />
      <div className="grid gap-2 sm:grid-cols-2">
        <Field id={id("name")} name="citizenName" label="Họ tên" state={state} defaultValue={issue.citizenName} maxLength={120} />
        <Field id={id("phone")} name="citizenPhone" label="Số điện thoại" state={state} defaultValue={issue.citizenPhone} inputMode="tel" maxLength={20} />
        <Field
          id={id("idn")}
          name="citizenIdNumber"
          label="Số CMND/CCCD"
          state={state}
          defaultValue={issue.citizenIdNumber}
          inputMode="numeric"
          maxLength={20}
        />
        <Field id={id("addr")} name="citizenAddress" label="Địa chỉ" state={state} defaultValue={issue.citizenAddress} maxLength={300} />
      </div>
      <SubmitButton tone="secondary">Lưu thông tin đã sửa</SubmitButton>
    </form>
  );
}
