// A document's two sign-off steps on its page (lib/signoff): who recorded or prepared it and who approved
// or signed it, with their times; the second step waiting, or taken alone under a recorded dual post.
import type { SignOffRecord, SignOffStepShown } from "@/lib/signoff/queries";
import { formatDateTime } from "@/lib/time/business-date";

export interface SignOffLabels {
  /** "Ghi và trình biên bản", "Soạn và trình ký". */
  first: string;
  /** "Duyệt biên bản", "Ký và gửi". */
  second: string;
}

function Step({ label, step, note }: { label: string; step: SignOffStepShown; note?: string }) {
  return (
    <>
      <dt className="font-semibold">{label}</dt>
      <dd>
        {step.name}, {formatDateTime(step.at)}
        {note ? ` (${note})` : ""}
      </dd>
    </>
  );
}

/** `waiting`: what the second step waits for, shown while it is not taken; nothing is shown before either step. */
export function SignOffSteps({ record, labels, waiting }: { record: SignOffRecord; labels: SignOffLabels; waiting?: string | null }) {
  const { first, second } = record;
  if (!first && !second && !waiting) return null;
  return (
    <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
      {first ? <Step label={labels.first} step={first} /> : null}
      {second ? (
        <Step
          label={!first && record.samePerson ? `${labels.first}, ${labels.second.toLowerCase()}` : labels.second}
          step={second}
          note={record.samePerson ? "kiêm nhiệm, đã được ghi nhận" : undefined}
        />
      ) : waiting ? (
        <>
          <dt className="font-semibold">{labels.second}</dt>
          <dd>{waiting}</dd>
        </>
      ) : null}
    </dl>
  );
}
