"use client";
// An organisation's contribution to the week's giao ban, as its officer writes it on a phone before the
// meeting: the week's results, proposals and hot spots. What was typed stays in the form when it is refused.
import { useActionState } from "react";
import { INITIAL_RESULT } from "@/lib/actions/result";
import { LONG_TEXT } from "@/lib/limits";
import { saveContributionAction } from "@/lib/contributions/actions";
import { FormMessage, SubmitButton, TextAreaField } from "@/components/ui/form";

export function ContributionForm({
  organisationId,
  organisation,
  weekStart,
  version,
  values,
}: {
  organisationId: string;
  organisation: string;
  weekStart: string;
  version: number;
  values: { results: string; proposals: string; hotSpots: string };
}) {
  const [state, action] = useActionState(saveContributionAction, INITIAL_RESULT);
  // After a save the form carries on from the version it wrote (a second save is an edit, not a conflict).
  const current = typeof state.data?.version === "number" ? state.data.version : version;
  return (
    <form action={action} className="space-y-3" noValidate aria-label={`Đóng góp của ${organisation}`}>
      <FormMessage state={state} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <input type="hidden" name="weekStart" value={weekStart} />
      <input type="hidden" name="version" value={current} />
      <TextAreaField
        name="results"
        label="Kết quả công tác trong tuần"
        state={state}
        defaultValue={values.results}
        maxLength={LONG_TEXT}
        rows={4}
        hint="Mỗi việc một dòng."
      />
      <TextAreaField name="proposals" label="Đề xuất, kiến nghị với khối" state={state} defaultValue={values.proposals} maxLength={LONG_TEXT} rows={3} />
      <TextAreaField
        name="hotSpots"
        label="Điểm nóng, vấn đề nổi lên trong nhân dân"
        state={state}
        defaultValue={values.hotSpots}
        maxLength={LONG_TEXT}
        rows={3}
      />
      <SubmitButton>{version || current ? "Cập nhật đóng góp" : "Gửi đóng góp"}</SubmitButton>
    </form>
  );
}
