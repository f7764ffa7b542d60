"use client";
// A register's writes: the body's name, symbol and format; where a year's register starts; voiding a number
// issued by mistake.
import { useActionState } from "react";
import { INITIAL_RESULT } from "@/lib/actions/result";
import { setIssuingBodyAction, setRegisterStartAction, voidRegisterEntryAction } from "@/lib/registers/actions";
import { Field, FormMessage, SelectField, SubmitButton, TextAreaField } from "@/components/ui/form";

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

export function IssuingBodyForm(props: {
  unitId: string;
  bodyKind: "PARTY_COMMITTEE" | "FRONT_COMMITTEE";
  name: string;
  symbol: string;
  family: string;
  families: { value: string; label: string }[];
}) {
  const [state, action] = useActionState(setIssuingBodyAction, INITIAL_RESULT);
  const id = (field: string) => `${field}-${props.bodyKind}`;
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
      <input type="hidden" name="unitId" value={props.unitId} />
      <input type="hidden" name="bodyKind" value={props.bodyKind} />
      <Field name="name" id={id("name")} label="Tên cơ quan ban hành" state={state} defaultValue={props.name} maxLength={200} required />
      <Field
        name="symbol"
        id={id("symbol")}
        label="Ký hiệu trong số văn bản"
        state={state}
        defaultValue={props.symbol}
        maxLength={20}
        hint="Chữ in hoa và chữ số, các nhóm nối bằng dấu gạch ngang: ĐU, MTTQ, MTTQ-BTT. Số đã cấp giữ nguyên."
        required
      />
      <SelectField name="family" id={id("family")} label="Thể thức văn bản" state={state} options={props.families} defaultValue={props.family} />
      <div className="self-end">
        <SubmitButton tone="secondary">Lưu cơ quan ban hành</SubmitButton>
      </div>
    </form>
  );
}
