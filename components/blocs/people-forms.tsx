"use client";
// Forms for a bloc's people and member organisations (commune bloc head and district staff).
import { useActionState } from "react";
import { INITIAL_RESULT } from "@/lib/actions/result";
import { addPostAction, endPostAction, setMembersAction } from "@/lib/blocs/actions";
import { CheckboxField, Field, FormMessage, SelectField, SubmitButton } from "@/components/ui/form";

type Org = { code: string; name: string; member: boolean };

export function AddPostForm({
  unitId,
  organisations,
  people,
  today,
}: {
  unitId: string;
  organisations: Org[];
  people: { id: string; label: string }[];
  today: string;
}) {
  const [state, action] = useActionState(addPostAction, INITIAL_RESULT);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="unitId" value={unitId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          name="personId"
          label="Người đã có trong khối"
          state={state}
          placeholder="— Người mới (nhập họ tên bên cạnh) —"
          options={people.map((p) => ({ value: p.id, label: p.label }))}
        />
        <Field name="fullName" label="Họ và tên (người mới)" state={state} maxLength={120} />
        <SelectField
          name="role"
          label="Chức danh trong khối"
          state={state}
          placeholder="— Chọn —"
          required
          options={
            organisations.length
              ? [
                  { value: "HEAD", label: "Trưởng khối" },
                  { value: "DEPUTY", label: "Phó khối" },
                ]
              : [
                  { value: "HEAD", label: "Trưởng Cơ quan khối" },
                  { value: "DEPUTY", label: "Phó Cơ quan khối" },
                ]
          }
        />
        <Field
          name="title"
          label={organisations.length ? "Chức vụ" : "Chức vụ và cơ quan"}
          state={state}
          maxLength={200}
          placeholder={organisations.length ? "Phó Bí thư Đảng ủy xã" : "Trưởng Ban Dân vận Huyện ủy"}
          required
        />
        {organisations.length ? (
          <SelectField
            name="organisationCode"
            label="Tổ chức nơi công tác"
            state={state}
            placeholder="— Chọn tổ chức —"
            required
            options={organisations.map((o) => ({ value: o.code, label: o.name }))}
          />
        ) : null}
        <Field name="termStart" label="Bắt đầu nhiệm kỳ" type="date" state={state} defaultValue={today} max={today} required />
      </div>
      {organisations.length ? (
        <fieldset className="space-y-2 rounded border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold">Chức vụ đang giữ (để đối chiếu quy định trưởng khối)</legend>
          <CheckboxField name="partyDeputySecretary" label="Phó Bí thư Đảng ủy xã" state={state} />
          <CheckboxField name="frontChair" label="Chủ tịch Ủy ban MTTQ xã" state={state} />
          {state.fieldErrors?.ruleMismatchReason || state.values?.ruleMismatchReason ? (
            <Field name="ruleMismatchReason" label="Lý do vẫn ghi nhận dù không đúng quy định" state={state} maxLength={300} />
          ) : null}
        </fieldset>
      ) : null}
      <SubmitButton>Ghi nhận</SubmitButton>
    </form>
  );
}

export function EndPostForm({ postId, today, label }: { postId: string; today: string; label: string }) {
  const [state, action] = useActionState(endPostAction, INITIAL_RESULT);
  return (
    <form action={action} className="space-y-2" noValidate aria-label={`Kết thúc nhiệm kỳ của ${label}`}>
      <FormMessage state={state} />
      <input type="hidden" name="postId" value={postId} />
      <Field id={`end-${postId}`} name="termEnd" label="Ngày kết thúc" type="date" state={state} defaultValue={today} max={today} required />
      <Field id={`why-${postId}`} name="reason" label="Lý do" state={state} maxLength={300} required />
      <SubmitButton tone="secondary">Kết thúc nhiệm kỳ</SubmitButton>
    </form>
  );
}

export function MembersForm({ unitId, organisations, today }: { unitId: string; organisations: Org[]; today: string }) {
  const [state, action] = useActionState(setMembersAction, INITIAL_RESULT);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="unitId" value={unitId} />
      <fieldset>
        <legend className="mb-2 text-sm font-semibold">Tổ chức thành viên của khối</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {organisations.map((o) => (
            <label key={o.code} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="organisationCodes" value={o.code} defaultChecked={o.member} className="h-5 w-5" />
              {o.name}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="max-w-xs">
        <Field name="effectiveOn" label="Từ ngày" type="date" state={state} defaultValue={today} max={today} required />
      </div>
      <SubmitButton>Lưu thành viên</SubmitButton>
    </form>
  );
}
