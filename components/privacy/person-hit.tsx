// One record that names the person of a request: where it names them, and what the administrator may do
// with it (correct the marked fields of a report's issue, anonymise the record), unless it is under review
// or already anonymised.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { RECORD_KIND_LABEL } from "@/lib/privacy/inventory";
import { CITIZEN_FIELD_LABEL } from "@/lib/privacy/labels";
import type { PersonHit } from "@/lib/privacy/person";
import { formatDate } from "@/lib/time/business-date";
import { AnonymiseRecordForm, CorrectCitizenForm } from "./person-forms";

export function PersonHitCard({ hit, reason }: { hit: PersonHit; reason: string }) {
  return (
    <li className="space-y-2 rounded border border-slate-200 bg-white p-3">
      <p className="flex flex-wrap items-center gap-2">
        <Link className="font-semibold text-brand-700 underline" href={hit.href}>
          {RECORD_KIND_LABEL[hit.kind]} · {hit.unit.name} · {formatDate(hit.date)}
        </Link>
        {hit.anonymised ? <Badge>Đã ẩn danh</Badge> : null}
        {hit.underReview ? <Badge tone="warning">Đang chờ xem xét</Badge> : null}
      </p>
      <dl className="space-y-1 text-sm">
        {hit.found.map((f, i) => (
          <div key={i}>
            <dt className="font-semibold">{CITIZEN_FIELD_LABEL[f.field] ?? f.field}</dt>
            <dd className="whitespace-pre-line">{f.value}</dd>
          </div>
        ))}
      </dl>
      {hit.anonymised ? null : hit.underReview ? (
        <p className="text-sm text-slate-700">Hồ sơ đang chờ xem xét: sửa hoặc ẩn danh sau khi hồ sơ được trả lại hoặc chấp nhận.</p>
      ) : (
        <details className="rounded border border-slate-200 p-2">
          <summary className="cursor-pointer text-sm font-semibold">Sửa hoặc ẩn danh</summary>
          <div className="mt-2 space-y-4">
            {hit.issues.map((issue) => (
              <CorrectCitizenForm key={issue.id} issue={issue} reason={reason} />
            ))}
            <AnonymiseRecordForm kind={hit.kind} id={hit.id} reason={reason} />
          </div>
        </details>
      )}
    </li>
  );
}
