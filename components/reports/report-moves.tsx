"use client";
// The moves of a written report: preparing it for signing, signing and sending it, adding the communes' reports received since it was
// consolidated, and the reviewer's return (reasons per section), accept and unlock.
import { useActionState } from "react";
import { INITIAL_RESULT } from "@/lib/actions/result";
import { prepareReportAction, reconsolidateReportAction, reviewReportAction, submitReportAction } from "@/lib/reports/actions";
import { FormMessage, SubmitButton, TextAreaField } from "@/components/ui/form";

/** The writer's side: "Trình ký" (the preparer) or "Ký và gửi" (the signer), lib/signoff. */
export function SignReportForm({ reportId, version, move, label }: { reportId: string; version: number; move: "prepare" | "submit"; label: string }) {
  const [state, action] = useActionState(move === "prepare" ? prepareReportAction : submitReportAction, INITIAL_RESULT);
  return (
    <form action={action} className="space-y-2" aria-label={label}>
      <FormMessage state={state} />
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="move" value={move} />
      <SubmitButton tone={move === "prepare" ? "secondary" : "primary"}>{label}</SubmitButton>
    </form>
  );
}

export function ReconsolidateForm({ reportId, version, names }: { reportId: string; version: number; names: string[] }) {
  const [state, action] = useActionState(reconsolidateReportAction, INITIAL_RESULT);
  return (
    <form action={action} className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3" aria-label="Bổ sung báo cáo của các xã">
      <p className="text-sm">
        {names.length} báo cáo của xã được tiếp nhận sau khi lập báo cáo này: {names.join(", ")}. Bổ sung các vấn đề và kiến nghị của chúng vào cuối báo cáo
        (phần đã sửa được giữ nguyên). Hãy lưu trước khi bổ sung.
      </p>
      <FormMessage state={state} />
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton>Bổ sung {names.length} báo cáo của xã</SubmitButton>
    </form>
  );
}

export function ReviewForms({
  reportId,
  version,
  status,
  sections,
}: {
  reportId: string;
  version: number;
  status: string;
  sections: { key: string; label: string }[];
}) {
  const [state, action] = useActionState(reviewReportAction, INITIAL_RESULT);
  const [acceptState, accept] = useActionState(reviewReportAction, INITIAL_RESULT);
  if (status === "ACCEPTED") {
    return (
      <form action={action} className="space-y-2" aria-label="Mở khóa báo cáo">
        <FormMessage state={state} />
        <input type="hidden" name="reportId" value={reportId} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="move" value="unlock" />
        <TextAreaField name="reason" label="Lý do mở khóa" state={state} maxLength={1000} rows={2} />
        <SubmitButton tone="secondary">Mở khóa để đơn vị sửa</SubmitButton>
      </form>
    );
  }
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <form action={accept} className="space-y-2" aria-label="Tiếp nhận báo cáo">
        <FormMessage state={acceptState} />
        <input type="hidden" name="reportId" value={reportId} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="move" value="accept" />
        <p className="text-sm">Tiếp nhận khóa báo cáo; chỉ mở lại được bằng thao tác mở khóa có lý do.</p>
        <SubmitButton>Tiếp nhận</SubmitButton>
      </form>
      <form action={action} className="space-y-2" aria-label="Trả lại báo cáo">
        <FormMessage state={state} />
        {state.fieldErrors?.reason ? (
          <p role="alert" className="text-sm text-red-700">
            {state.fieldErrors.reason.join(" ")}
          </p>
        ) : null}
        <input type="hidden" name="reportId" value={reportId} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="move" value="return" />
        <p className="text-sm font-semibold">Trả lại, ghi lý do ở phần cần sửa</p>
        {sections.map((s) => (
          <TextAreaField key={s.key} id={`reason-${s.key}`} name={`reason_${s.key}`} label={s.label} state={state} maxLength={1000} rows={1} />
        ))}
        <SubmitButton tone="danger">Trả lại</SubmitButton>
      </form>
    </div>
  );
}
