"use client";
// Recommendations: send one, record the response or withdraw it, escalate, follow up, make a task of it.
import { useActionState, useState } from "react";
import { INITIAL_RESULT } from "@/lib/actions/result";
import {
  closeRecommendationAction,
  escalateRecommendationAction,
  noteRecommendationAction,
  recommendationTaskAction,
  sendRecommendationAction,
} from "@/lib/supervision/actions";
import { Field, FormMessage, SelectField, SubmitButton, TextAreaField } from "@/components/ui/form";
import type { Option } from "./form-parts";

export function SendRecommendationForm({
  activityId,
  criticismCaseId,
  submissionId,
  today,
}: {
  activityId?: string;
  criticismCaseId?: string;
  submissionId: string;
  today: string;
}) {
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
        <label className="flex items-center gap-2">
          <input type="radio" name="how" value="response" checked={how === "response"} onChange={() => setHow("response")} className="h-5 w-5" />
          Đã có văn bản trả lời
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="how" value="withdrawal" checked={how === "withdrawal"} onChange={() => setHow("withdrawal")} className="h-5 w-5" />
          Rút kiến nghị
        </label>
      </fieldset>
      {how === "response" ? (
        <>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field id={`${id}-respondedOn`} name="respondedOn" label="Ngày trả lời" type="date" state={state} defaultValue="" />
            <SelectField
              id={`${id}-outcome`}
              name="responseOutcome"
              label="Kết quả tiếp thu"
              state={state}
              defaultValue=""
              placeholder="— Chọn —"
              options={[
                { value: "ACCEPTED", label: "Tiếp thu" },
                { value: "PARTLY", label: "Tiếp thu một phần" },
                { value: "NOT_ACCEPTED", label: "Không tiếp thu" },
              ]}
            />
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
      <div className="sm:col-span-3">
        <FormMessage state={state} />
      </div>
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
      <div className="sm:col-span-3">
        <FormMessage state={state} />
      </div>
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
      <div className="sm:col-span-4">
        <FormMessage state={state} />
      </div>
      <input type="hidden" name="recommendationId" value={id} />
      <input type="hidden" name="submissionId" value={submissionId} />
      <Field id={`${id}-task`} name="title" label="Nhiệm vụ" state={state} defaultValue="" maxLength={500} />
      <SelectField id={`${id}-owner`} name="ownerId" label="Tổ chức chủ trì" state={state} defaultValue="" options={organisations} placeholder="— Chọn —" />
      <Field id={`${id}-due`} name="dueOn" label="Hạn" type="date" state={state} defaultValue="" />
      <SubmitButton tone="secondary">Giao nhiệm vụ</SubmitButton>
    </form>
  );
}
