// Who recorded and submitted the minutes and who approved them (two people unless the body recorded a
// dual post, lib/signoff), on the meeting's page.
import type { minutesSignOff } from "@/lib/meetings/queries";
import { formatDateTime } from "@/lib/time/business-date";

type SignOff = NonNullable<Awaited<ReturnType<typeof minutesSignOff>>>;

export function MinutesSignOff({ signOff, status }: { signOff: SignOff; status: string }) {
  return (
    <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
      {signOff.submitted ? (
        <>
          <dt className="font-semibold">Ghi và trình biên bản</dt>
          <dd>
            {signOff.submitted.name}, {formatDateTime(signOff.submitted.at)}
          </dd>
        </>
      ) : null}
      {signOff.approved && status === "APPROVED" ? (
        <>
          <dt className="font-semibold">Duyệt biên bản</dt>
          <dd>
            {signOff.approved.name}, {formatDateTime(signOff.approved.at)}
            {signOff.samePerson ? " (kiêm nhiệm, đã được ghi nhận)" : ""}
          </dd>
        </>
      ) : status === "MINUTES_SUBMITTED" ? (
        <>
          <dt className="font-semibold">Duyệt biên bản</dt>
          <dd>chờ người chủ trì duyệt (một người khác người đã trình)</dd>
        </>
      ) : null}
    </dl>
  );
}
