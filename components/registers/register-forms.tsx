"use client";
// A register's two writes: setting where a year's register starts, and voiding a number issued by mistake.
import { useActionState } from "react";
import { INITIAL_RESULT } from "@/lib/actions/result";
import { setRegisterStartAction, voidRegisterEntryAction } from "@/lib/registers/actions";
import { Field, FormMessage, SubmitButton, TextAreaField } from "@/components/ui/form";

export function RegisterStartForm(props: { unitId: string; bodyKind: string; kind: string; year: number; kindLabel: string; current: number | null }) {
  const [state, action] = useActionState(setRegisterStartAction, INITIAL_RESULT);
  return (
    <form action={action} className="space-y-2" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="unitId" value={props.unitId} />
      <input type="hidden" name="bodyKind" value={props.bodyKind} />
      <input type="hidden" name="kind" value={props.kind} />
      <input type="hidden" name="year" value={props.year} />
      <Field
        name="startNumber"
        label={`Số bắt đầu của sổ ${props.kindLabel.toLowerCase()} năm ${props.year}`}
        type="number"
        inputMode="numeric"
        min={1}
        max={99999}
        state={state}
        defaultValue={String(props.current ?? 1)}
        hint="Khi đơn vị bắt đầu dùng cổng giữa năm: số tiếp theo sau số cuối cùng trong sổ giấy. Chỉ đặt được trước khi cấp số đầu tiên."
        required
      />
      <SubmitButton tone="secondary">Đặt số bắt đầu</SubmitButton>
    </form>
  );
}

export function VoidEntryForm({ entryId, label }: { entryId: string; label: string }) {
  const [state, action] = useActionState(voidRegisterEntryAction, INITIAL_RESULT);
  return (
    <form action={action} className="space-y-2" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="entryId" value={entryId} />
      <TextAreaField
        name="reason"
        label={`Lý do hủy số ${label}`}
        state={state}
        rows={2}
        maxLength={500}
        hint="Số đã hủy vẫn nằm trong sổ và không bao giờ được cấp lại; văn bản còn hiệu lực nhận số tiếp theo."
        required
      />
      <SubmitButton tone="danger">Hủy số</SubmitButton>
    </form>
  );
}
