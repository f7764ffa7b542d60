"use client";
// The supervision and criticism forms: the yearly plan (rows added as needed) and its approval, an
// activity with its delegation, the activity's status, recommendations (send, record the response or
// withdraw, escalate, follow up, make a task) and a criticism case with its steps.
import { useActionState, useState } from "react";
import { INITIAL_RESULT, type ActionResult } from "@/lib/actions/result";
import { LONG_TEXT } from "@/lib/limits";
import {
  approvePlanAction, closeRecommendationAction, criticismStepAction, escalateRecommendationAction, moveActivityAction, noteRecommendationAction,
  recommendationTaskAction, saveActivityAction, saveCriticismAction, savePlanAction, sendRecommendationAction,
} from "@/lib/supervision/actions";
import { Field, FormMessage, SelectField, SubmitButton, TextAreaField } from "@/components/ui/form";

type Option = { value: string; label: string };
const SUPERVISION_FORMS: Option[] = [
  { value: "DOCUMENTS", label: "Nghiên cứu, xem xét văn bản" }, { value: "DELEGATION", label: "Thành lập đoàn giám sát" },
  { value: "COMMUNITY_BOARD", label: "Thông qua Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng" }, { value: "JOINT", label: "Phối hợp với cơ quan nhà nước" },
];
const CRITICISM_FORMS: Option[] = [{ value: "CONFERENCE", label: "Hội nghị phản biện" }, { value: "WRITTEN", label: "Lấy ý kiến bằng văn bản" }, { value: "DIALOGUE", label: "Đối thoại trực tiếp" }];
const input = "w-full rounded border border-slate-300 bg-white px-2 py-1 text-base sm:text-sm";
const err = (state: ActionResult, name: string) => state.fieldErrors?.[name]?.join(" ");

function RowError({ state, name, id }: { state: ActionResult; name: string; id: string }) {
  const e = err(state, name);
  return e ? <p id={id} className="text-sm text-red-700">{e}</p> : null;
}

// ---- Plan ----

export type PlanItem = { id: string; kind: string; form: string; subject: string; content: string; intendedTime: string; leadOrganisationId: string };

export function PlanForm({ unitId, year, version, items, organisations }: { unitId: string; year: number; version: number; items: PlanItem[]; organisations: Option[] }) {
  const [state, action] = useActionState(savePlanAction, INITIAL_RESULT);
  const blank = (): PlanItem => ({ id: "", kind: "SUPERVISION", form: "", subject: "", content: "", intendedTime: "", leadOrganisationId: "" });
  const [rows, setRows] = useState<PlanItem[]>(items.length ? items : [blank()]);
  const v = (n: number, f: keyof PlanItem) => (state.values?.[`item_${n}_${f}`] as string | undefined) ?? rows[n]?.[f] ?? "";
  return (
    <form action={action} className="space-y-3" noValidate aria-label={`Kế hoạch giám sát, phản biện năm ${year}`}>
      <FormMessage state={state} />
      <input type="hidden" name="unitId" value={unitId} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="version" value={version} />
      <ol className="space-y-3">
        {rows.map((row, n) => (
          <li key={n} className="space-y-2 rounded border border-slate-200 p-3">
            <input type="hidden" name={`item_${n}_id`} value={row.id} />
            <p className="text-sm font-semibold">Nội dung {n + 1}</p>
            <div className="grid gap-2 sm:grid-cols-3">
              <label className="text-sm">Loại
                <select name={`item_${n}_kind`} defaultValue={v(n, "kind")} className={input}><option value="SUPERVISION">Giám sát</option><option value="CRITICISM">Phản biện xã hội</option></select>
              </label>
              <label className="text-sm">Hình thức
                <select name={`item_${n}_form`} defaultValue={v(n, "form")} className={input} aria-invalid={err(state, `item_${n}_form`) ? true : undefined} aria-describedby={`item-${n}-form-e`}>
                  <option value="">— Chọn —</option>
                  <optgroup label="Giám sát">{SUPERVISION_FORMS.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}</optgroup>
                  <optgroup label="Phản biện xã hội">{CRITICISM_FORMS.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}</optgroup>
                </select>
                <RowError state={state} name={`item_${n}_form`} id={`item-${n}-form-e`} />
              </label>
              <label className="text-sm">Tổ chức chủ trì
                <select name={`item_${n}_leadOrganisationId`} defaultValue={v(n, "leadOrganisationId")} className={input} aria-invalid={err(state, `item_${n}_leadOrganisationId`) ? true : undefined} aria-describedby={`item-${n}-lead-e`}>
                  <option value="">— Chọn —</option>{organisations.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                </select>
                <RowError state={state} name={`item_${n}_leadOrganisationId`} id={`item-${n}-lead-e`} />
              </label>
            </div>
            <div className="grid gap-2 sm:grid-cols-[1fr_10rem]">
              <label className="text-sm">Đối tượng<input name={`item_${n}_subject`} defaultValue={v(n, "subject")} maxLength={300} className={input} aria-describedby={`item-${n}-subject-e`} /><RowError state={state} name={`item_${n}_subject`} id={`item-${n}-subject-e`} /></label>
              <label className="text-sm">Thời gian dự kiến<input name={`item_${n}_intendedTime`} defaultValue={v(n, "intendedTime")} maxLength={100} placeholder="Quý III" className={input} aria-describedby={`item-${n}-time-e`} /><RowError state={state} name={`item_${n}_intendedTime`} id={`item-${n}-time-e`} /></label>
            </div>
            <label className="block text-sm">Nội dung<textarea name={`item_${n}_content`} defaultValue={v(n, "content")} maxLength={3000} rows={2} className={input} aria-describedby={`item-${n}-content-e`} /><RowError state={state} name={`item_${n}_content`} id={`item-${n}-content-e`} /></label>
            {!row.id ? <button type="button" className="text-sm text-red-800 underline" onClick={() => setRows(rows.filter((_, i) => i !== n))}>Bỏ nội dung này</button> : null}
          </li>
        ))}
      </ol>
      <RowError state={state} name="items" id="items-e" />
      <div className="flex flex-wrap gap-3">
        <button type="button" className="rounded border border-slate-300 bg-white px-3 py-2 text-sm" onClick={() => setRows([...rows, blank()])}>Thêm nội dung</button>
        <SubmitButton>Lưu kế hoạch</SubmitButton>
      </div>
    </form>
  );
}

export function ApprovePlanForm({ planId, version }: { planId: string; version: number }) {
  const [state, action] = useActionState(approvePlanAction, INITIAL_RESULT);
  return (
    <form action={action} className="grid items-end gap-3 sm:grid-cols-4" noValidate aria-label="Ghi nhận phê duyệt kế hoạch">
      <div className="sm:col-span-4"><FormMessage state={state} /></div>
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="version" value={version} />
      <Field name="approvalNumber" label="Số văn bản phê duyệt" state={state} defaultValue="" maxLength={60} required />
      <Field name="approvalDate" label="Ngày phê duyệt" type="date" state={state} defaultValue="" required />
      <Field name="approvalBody" label="Cơ quan phê duyệt" state={state} defaultValue="Đảng ủy xã" maxLength={200} required />
      <SubmitButton>Ghi nhận phê duyệt</SubmitButton>
    </form>
  );
}

// ---- Activity ----

export interface ActivityValues {
  id: string; version: number; planItemId: string; outsidePlanReason: string; form: string; subject: string; content: string;
  decisionNumber: string; decisionDate: string; startOn: string; endOn: string; subjectReport: string; findings: string; resultReport: string; resultReportOn: string;
  members: { personId: string; role: string }[];
}

export function ActivityForm({ unitId, submissionId, values, planItems, people }: { unitId: string; submissionId: string; values: ActivityValues; planItems: Option[]; people: Option[] }) {
  const [state, action] = useActionState(saveActivityAction, INITIAL_RESULT);
  const [members, setMembers] = useState(values.members.length ? values.members.map((m) => ({ ...m, name: "" })) : [{ personId: "", role: "Trưởng đoàn", name: "" }]);
  const [planned, setPlanned] = useState(values.planItemId || (values.id ? "" : planItems[0]?.value ?? ""));
  const mv = (n: number, f: "personId" | "role" | "name") => (state.values?.[`member_${n}_${f}`] as string | undefined) ?? members[n]?.[f] ?? "";
  return (
    <form action={action} className="space-y-4" noValidate aria-label={values.id ? "Sửa hoạt động giám sát" : "Thêm hoạt động giám sát"}>
      <FormMessage state={state} />
      <input type="hidden" name="unitId" value={unitId} />
      <input type="hidden" name="submissionId" value={submissionId} />
      <input type="hidden" name="version" value={values.version} />
      {values.id ? <input type="hidden" name="activityId" value={values.id} /> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField name="planItemId" label="Theo kế hoạch" state={state} defaultValue={planned} options={planItems} placeholder="Ngoài kế hoạch" onChange={(e) => setPlanned(e.currentTarget.value)} />
        {!planned ? <Field name="outsidePlanReason" label="Lý do ngoài kế hoạch" state={state} defaultValue={values.outsidePlanReason} maxLength={1000} /> : null}
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
            <label className="text-sm">Người của địa bàn
              <select name={`member_${n}_personId`} defaultValue={mv(n, "personId")} className={input} aria-describedby={`member-${n}-e`} aria-invalid={err(state, `member_${n}_personId`) ? true : undefined}>
                <option value="">— Người mới (nhập tên) —</option>{people.map((p) => <option key={p.value} value={p.value}>{p.label}</option>)}
              </select>
            </label>
            <label className="text-sm">hoặc họ và tên<input name={`member_${n}_name`} defaultValue={mv(n, "name")} maxLength={120} className={input} /></label>
            <label className="text-sm">Vai trò
              <select name={`member_${n}_role`} defaultValue={mv(n, "role") || "Thành viên"} className={input}><option>Trưởng đoàn</option><option>Phó đoàn</option><option>Thành viên</option></select>
            </label>
            <button type="button" className="pb-1 text-sm text-red-800 underline" onClick={() => setMembers(members.filter((__, i) => i !== n))}>Bỏ</button>
            <div className="sm:col-span-4"><RowError state={state} name={`member_${n}_personId`} id={`member-${n}-e`} /><RowError state={state} name={`member_${n}_name`} id={`member-${n}-name-e`} /></div>
          </div>
        ))}
        <RowError state={state} name="members" id="members-e" />
        <button type="button" className="rounded border border-slate-300 bg-white px-3 py-1 text-sm" onClick={() => setMembers([...members, { personId: "", role: "Thành viên", name: "" }])}>Thêm thành viên</button>
      </fieldset>
      <TextAreaField name="subjectReport" label="Báo cáo của đối tượng được giám sát" state={state} defaultValue={values.subjectReport} maxLength={LONG_TEXT} rows={3} />
      <TextAreaField name="findings" label="Kết quả, phát hiện qua giám sát" state={state} defaultValue={values.findings} maxLength={LONG_TEXT} rows={3} />
      <div className="grid gap-3 sm:grid-cols-[1fr_12rem]">
        <TextAreaField name="resultReport" label="Báo cáo kết quả giám sát" state={state} defaultValue={values.resultReport} maxLength={LONG_TEXT} rows={3} />
        <Field name="resultReportOn" label="Ngày báo cáo kết quả" type="date" state={state} defaultValue={values.resultReportOn} />
      </div>
      <SubmitButton>{values.id ? "Lưu hoạt động" : "Tạo hoạt động"}</SubmitButton>
    </form>
  );
}

export function ActivityMoveForm({ activityId, version, move, label, tone, needsReason }: { activityId: string; version: number; move: string; label: string; tone?: "primary" | "secondary" | "danger"; needsReason?: boolean }) {
  const [state, action] = useActionState(moveActivityAction, INITIAL_RESULT);
  return (
    <form action={action} className="space-y-2" noValidate aria-label={label}>
      <FormMessage state={state} />
      {err(state, "move") ? <p className="text-sm text-red-700" role="alert">{err(state, "move")}</p> : null}
      <input type="hidden" name="activityId" value={activityId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="move" value={move} />
      {needsReason ? <Field id={`reason-${move}`} name="reason" label="Lý do" state={state} defaultValue="" maxLength={1000} /> : null}
      <SubmitButton tone={tone}>{label}</SubmitButton>
    </form>
  );
}

// ---- Recommendations ----

export function SendRecommendationForm({ activityId, criticismCaseId, submissionId, today }: { activityId?: string; criticismCaseId?: string; submissionId: string; today: string }) {
  const [state, action] = useActionState(sendRecommendationAction, INITIAL_RESULT);
  return (
    <form action={action} className="space-y-3" noValidate aria-label="Ghi kiến nghị">
      <FormMessage state={state} />
      {activityId ? <input type="hidden" name="activityId" value={activityId} /> : null}
      {criticismCaseId ? <input type="hidden" name="criticismCaseId" value={criticismCaseId} /> : null}
      <input type="hidden" name="submissionId" value={submissionId} />
      <TextAreaField name="content" label="Nội dung kiến nghị" state={state} defaultValue="" maxLength={5000} rows={2} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="addressee" label="Nơi nhận kiến nghị" state={state} defaultValue="" maxLength={300} required />
        <Field name="sentOn" label="Ngày gửi" type="date" state={state} defaultValue={today} required />
      </div>
      <SubmitButton>Ghi kiến nghị</SubmitButton>
    </form>
  );
}

export function CloseRecommendationForm({ id, version }: { id: string; version: number }) {
  const [state, action] = useActionState(closeRecommendationAction, INITIAL_RESULT);
  const [how, setHow] = useState((state.values?.how as string | undefined) ?? "response");
  return (
    <form action={action} className="space-y-3" noValidate aria-label="Kết thúc kiến nghị">
      <FormMessage state={state} />
      <input type="hidden" name="recommendationId" value={id} />
      <input type="hidden" name="version" value={version} />
      <fieldset className="flex flex-wrap gap-4 text-sm">
        <legend className="sr-only">Cách kết thúc</legend>
        <label className="flex items-center gap-2"><input type="radio" name="how" value="response" checked={how === "response"} onChange={() => setHow("response")} className="h-5 w-5" />Đã có văn bản trả lời</label>
        <label className="flex items-center gap-2"><input type="radio" name="how" value="withdrawal" checked={how === "withdrawal"} onChange={() => setHow("withdrawal")} className="h-5 w-5" />Rút kiến nghị</label>
      </fieldset>
      {how === "response" ? (
        <>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field id={`${id}-respondedOn`} name="respondedOn" label="Ngày trả lời" type="date" state={state} defaultValue="" />
            <SelectField id={`${id}-outcome`} name="responseOutcome" label="Kết quả tiếp thu" state={state} defaultValue="" placeholder="— Chọn —"
              options={[{ value: "ACCEPTED", label: "Tiếp thu" }, { value: "PARTLY", label: "Tiếp thu một phần" }, { value: "NOT_ACCEPTED", label: "Không tiếp thu" }]} />
          </div>
          <TextAreaField id={`${id}-response`} name="responseContent" label="Nội dung trả lời" state={state} defaultValue="" maxLength={5000} rows={2} />
        </>
      ) : (
        <Field id={`${id}-withdrawn`} name="withdrawnReason" label="Lý do rút kiến nghị" state={state} defaultValue="" maxLength={1000} />
      )}
      <SubmitButton>{how === "response" ? "Ghi nhận trả lời" : "Rút kiến nghị"}</SubmitButton>
    </form>
  );
}

export function EscalateRecommendationForm({ id, version, higherBody, today }: { id: string; version: number; higherBody: string; today: string }) {
  const [state, action] = useActionState(escalateRecommendationAction, INITIAL_RESULT);
  return (
    <form action={action} className="grid items-end gap-3 sm:grid-cols-[1fr_12rem_auto]" noValidate aria-label="Kiến nghị lên cấp trên">
      <div className="sm:col-span-3"><FormMessage state={state} /></div>
      <input type="hidden" name="recommendationId" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="how" value="escalation" />
      <Field id={`${id}-escalatedTo`} name="escalatedTo" label="Cơ quan cấp trên" state={state} defaultValue={higherBody} maxLength={300} />
      <Field id={`${id}-escalatedOn`} name="escalatedOn" label="Ngày kiến nghị" type="date" state={state} defaultValue={today} max={today} />
      <SubmitButton tone="secondary">Kiến nghị cấp trên</SubmitButton>
    </form>
  );
}

export function NoteRecommendationForm({ id, today }: { id: string; today: string }) {
  const [state, action] = useActionState(noteRecommendationAction, INITIAL_RESULT);
  return (
    <form action={action} className="grid items-end gap-3 sm:grid-cols-[1fr_12rem_auto]" noValidate aria-label="Ghi theo dõi">
      <div className="sm:col-span-3"><FormMessage state={state} /></div>
      <input type="hidden" name="recommendationId" value={id} />
      <Field id={`${id}-note`} name="note" label="Nội dung theo dõi, đôn đốc" state={state} defaultValue="" maxLength={2000} />
      <Field id={`${id}-notedOn`} name="notedOn" label="Ngày" type="date" state={state} defaultValue={today} />
      <SubmitButton tone="secondary">Ghi</SubmitButton>
    </form>
  );
}

export function RecommendationTaskForm({ id, submissionId, organisations }: { id: string; submissionId: string; organisations: Option[] }) {
  const [state, action] = useActionState(recommendationTaskAction, INITIAL_RESULT);
  return (
    <form action={action} className="grid items-end gap-3 sm:grid-cols-[1fr_14rem_10rem_auto]" noValidate aria-label="Giao nhiệm vụ theo dõi kiến nghị">
      <div className="sm:col-span-4"><FormMessage state={state} /></div>
      <input type="hidden" name="recommendationId" value={id} />
      <input type="hidden" name="submissionId" value={submissionId} />
      <Field id={`${id}-task`} name="title" label="Nhiệm vụ" state={state} defaultValue="" maxLength={500} />
      <SelectField id={`${id}-owner`} name="ownerId" label="Tổ chức chủ trì" state={state} defaultValue="" options={organisations} placeholder="— Chọn —" />
      <Field id={`${id}-due`} name="dueOn" label="Hạn" type="date" state={state} defaultValue="" />
      <SubmitButton tone="secondary">Giao nhiệm vụ</SubmitButton>
    </form>
  );
}

// ---- Criticism ----

export interface CriticismValues { id: string; version: number; planItemId: string; outsidePlanReason: string; title: string; draftingBody: string; receivedOn: string; plannedSubmissionOn: string; form: string; participants: string }

export function CriticismForm({ unitId, submissionId, values, planItems }: { unitId: string; submissionId: string; values: CriticismValues; planItems: Option[] }) {
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
        <SelectField name="planItemId" label="Theo kế hoạch" state={state} defaultValue={planned} options={planItems} placeholder="Ngoài kế hoạch" onChange={(e) => setPlanned(e.currentTarget.value)} />
        {!planned ? <Field name="outsidePlanReason" label="Lý do ngoài kế hoạch" state={state} defaultValue={values.outsidePlanReason} maxLength={1000} /> : null}
      </div>
      <Field name="title" label="Tên dự thảo văn bản" state={state} defaultValue={values.title} maxLength={500} required />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="draftingBody" label="Cơ quan chủ trì soạn thảo" state={state} defaultValue={values.draftingBody} maxLength={300} required />
        <SelectField name="form" label="Hình thức phản biện" state={state} defaultValue={values.form} options={CRITICISM_FORMS} placeholder="— Chọn —" />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="receivedOn" label="Ngày nhận dự thảo" type="date" state={state} defaultValue={values.receivedOn} required />
        <Field name="plannedSubmissionOn" label="Ngày dự kiến trình" type="date" state={state} defaultValue={values.plannedSubmissionOn} required
          hint="Dự thảo phải được gửi ít nhất 15 ngày trước ngày trình; nếu gửi muộn hơn, hệ thống sẽ cảnh báo." />
      </div>
      <TextAreaField name="participants" label="Thành phần tham gia" state={state} defaultValue={values.participants} maxLength={3000} rows={2} />
      <SubmitButton>{values.id ? "Lưu" : "Thêm việc phản biện"}</SubmitButton>
    </form>
  );
}

export function CriticismStepForm({ caseId, version, step, today }: { caseId: string; version: number; step: "opinion" | "explanation" | "close"; today: string }) {
  const [state, action] = useActionState(criticismStepAction, INITIAL_RESULT);
  const label = { opinion: "Ghi ý kiến phản biện đã gửi", explanation: "Ghi giải trình của cơ quan soạn thảo", close: "Kết thúc việc phản biện" }[step];
  return (
    <form action={action} className="space-y-3" noValidate aria-label={label}>
      <FormMessage state={state} />
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="step" value={step} />
      {step === "opinion" ? (
        <>
          <Field name="opinionSentOn" label="Ngày gửi ý kiến" type="date" state={state} defaultValue={today} />
          <TextAreaField name="opinionContent" label="Ý kiến phản biện" state={state} defaultValue="" maxLength={LONG_TEXT} rows={4} />
        </>
      ) : null}
      {step === "explanation" ? (
        <>
          <Field name="explanationOn" label="Ngày nhận giải trình" type="date" state={state} defaultValue={today} />
          <TextAreaField name="explanationContent" label="Nội dung giải trình, tiếp thu" state={state} defaultValue="" maxLength={LONG_TEXT} rows={4} />
        </>
      ) : null}
      <SubmitButton tone={step === "close" ? "secondary" : "primary"}>{label}</SubmitButton>
    </form>
  );
}
