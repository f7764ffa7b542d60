"use client";
// A supervision activity with its delegation, and the moves of its status.
import { useActionState, useState } from "react";
import { INITIAL_RESULT } from "@/lib/actions/result";
import { LONG_TEXT } from "@/lib/limits";
import { moveActivityAction, saveActivityAction } from "@/lib/supervision/actions";
import { Field, FormMessage, SelectField, SubmitButton, TextAreaField } from "@/components/ui/form";
import { type Option, SUPERVISION_FORMS, input, err, RowError } from "./form-parts";

export interface ActivityValues {
  id: string;
  version: number;
  planItemId: string;
  outsidePlanReason: string;
  form: string;
  subject: string;
  content: string;
  decisionNumber: string;
  decisionDate: string;
  startOn: string;
  endOn: string;
  subjectReport: string;
  findings: string;
  resultReport: string;
  resultReportOn: string;
  members: { personId: string; role: string }[];
}

export function ActivityForm({
  unitId,
  submissionId,
  values,
  planItems,
  people,
}: {
  unitId: string;
  submissionId: string;
  values: ActivityValues;
  planItems: Option[];
  people: Option[];
}) {
  const [state, action] = useActionState(saveActivityAction, INITIAL_RESULT);
  const [members, setMembers] = useState(
    values.members.length ? values.members.map((m) => ({ ...m, name: "" })) : [{ personId: "", role: "Trưởng đoàn", name: "" }],
  );
  const [planned, setPlanned] = useState(values.planItemId || (values.id ? "" : (planItems[0]?.value ?? "")));
  const mv = (n: number, f: "personId" | "role" | "name") => (state.values?.[`member_${n}_${f}`] as string | undefined) ?? members[n]?.[f] ?? "";
  return (
    <form action={action} className="space-y-4" noValidate aria-label={values.id ? "Sửa hoạt động giám sát" : "Thêm hoạt động giám sát"}>
      <FormMessage state={state} />
      <input type="hidden" name="unitId" value={unitId} />
      <input type="hidden" name="submissionId" value={submissionId} />
      <input type="hidden" name="version" value={values.version} />
      {values.id ? <input type="hidden" name="activityId" value={values.id} /> : null}
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
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField name="form" label="Hình thức giám sát" state={state} defaultValue={values.form} options={SUPERVISION_FORMS} placeholder="— Chọn —" />
        <Field name="subject" label="Đối tượng được giám sát" state={state} defaultValue={values.subject} maxLength={300} required />
      </div>
      <TextAreaField name="content" label="Nội dung giám sát" state={state} defaultValue={values.content} maxLength={5000} rows={2} />
      <div className="grid gap-3 sm:grid-cols-4">
        <Field name="startOn" label="Từ ngày" type="date" state={state} defaultValue={values.startOn} required />
        <Field name="endOn" label="Đến ngày" type="date" state={state} defaultValue={values.endOn} required />
        <Field name="decisionNumber" label="Số quyết định thành lập đoàn" state={state} defaultValue={values.decisionNumber} maxLength={60} />
        <Field name="decisionDate" label="Ngày quyết định" type="date" state={state} defaultValue={values.decisionDate} />
      </div>
      <fieldset className="space-y-2 rounded border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold">Thành viên đoàn</legend>
        {members.map((_, n) => (
          <div key={n} className="grid items-end gap-2 sm:grid-cols-[1fr_1fr_10rem_auto]">
            <label className="text-sm">
              Người của địa bàn
              <select
                key={mv(n, "personId")}
                name={`member_${n}_personId`}
                defaultValue={mv(n, "personId")}
                className={input}
                aria-describedby={`member-${n}-e`}
                aria-invalid={err(state, `member_${n}_personId`) ? true : undefined}
              >
                <option value="">— Người mới (nhập tên) —</option>
                {people.map((p) => (
                  <option key={p.value} value={p.value}>
                    {p.label}
                  </option>
                ))}
              </select>
            </label>
            <label className="text-sm">
              hoặc họ và tên
              <input name={`member_${n}_name`} defaultValue={mv(n, "name")} maxLength={120} className={input} />
            </label>
            <label className="text-sm">
              Vai trò
              <select key={mv(n, "role")} name={`member_${n}_role`} defaultValue={mv(n, "role") || "Thành viên"} className={input}>
                <option>Trưởng đoàn</option>
                <option>Phó đoàn</option>
                <option>Thành viên</option>
              </select>
            </label>
            <button type="button" className="pb-1 text-sm text-red-800 underline" onClick={() => setMembers(members.filter((__, i) => i !== n))}>
              Bỏ
            </button>
            <div className="sm:col-span-4">
              <RowError state={state} name={`member_${n}_personId`} id={`member-${n}-e`} />
              <RowError state={state} name={`member_${n}_name`} id={`member-${n}-name-e`} />
            </div>
          </div>
        ))}
        <RowError state={state} name="members" id="members-e" />
        <button
          type="button"
          className="rounded border border-slate-300 bg-white px-3 py-1 text-sm"
          onClick={() => setMembers([...members, { personId: "", role: "Thành viên", name: "" }])}
        >
          Thêm thành viên
        </button>
      </fieldset>
      <TextAreaField
        name="subjectReport"
        label="Báo cáo của đối tượng được giám sát"
        state={state}
        defaultValue={values.subjectReport}
        maxLength={LONG_TEXT}
        rows={3}
      />
      <TextAreaField name="findings" label="Kết quả, phát hiện qua giám sát" state={state} defaultValue={values.findings} maxLength={LONG_TEXT} rows={3} />
      <div className="grid gap-3 sm:grid-cols-[1fr_12rem]">
        <TextAreaField name="resultReport" label="Báo cáo kết quả giám sát" state={state} defaultValue={values.resultReport} maxLength={LONG_TEXT} rows={3} />
        <Field name="resultReportOn" label="Ngày báo cáo kết quả" type="date" state={state} defaultValue={values.resultReportOn} />
      </div>
      <SubmitButton>{values.id ? "Lưu hoạt động" : "Tạo hoạt động"}</SubmitButton>
    </form>
  );
}

export function ActivityMoveForm({
  activityId,
  version,
  move,
  label,
  tone,
  needsReason,
}: {
  activityId: string;
  version: number;
  move: string;
  label: string;
  tone?: "primary" | "secondary" | "danger";
  needsReason?: boolean;
}) {
  const [state, action] = useActionState(moveActivityAction, INITIAL_RESULT);
  return (
    <form action={action} className="space-y-2" noValidate aria-label={label}>
      <FormMessage state={state} />
      {err(state, "move") ? (
        <p className="text-sm text-red-700" role="alert">
          {err(state, "move")}
        </p>
      ) : null}
      <input type="hidden" name="activityId" value={activityId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="move" value={move} />
      {needsReason ? <Field id={`reason-${move}`} name="reason" label="Lý do" state={state} defaultValue="" maxLength={1000} /> : null}
      <SubmitButton tone={tone}>{label}</SubmitButton>
    </form>
  );
}
