// A model's evaluation on its page: the year's criteria with the reviewer's scores, the weighted total, the
// pass mark and the reviewer's comment; the reviewer's form while it waits for them, and the sending back
// of a returned model for those who registered it.
import type { ModelDetail } from "@/lib/skilful-models/queries";
import type { modelYearOf } from "@/lib/skilful-models/queries";
import { MODEL_LEVEL_LABEL, MODEL_STATUS_LABEL } from "@/lib/skilful-models/rules";
import { formatDate } from "@/lib/time/business-date";
import { Notice } from "@/components/ui/notice";
import { EvaluateModelForm, RecogniseModelForm, ResubmitModelForm } from "./review-forms";

type Year = NonNullable<Awaited<ReturnType<typeof modelYearOf>>>;
const points = (n: number) => String(n).replace(".", ",");

export function ReviewSection({
  model,
  year,
  evaluate,
  manage,
  recognise,
  today,
}: {
  model: ModelDetail;
  year: Year | null;
  evaluate: boolean;
  manage: boolean;
  /** The levels the reader may recognise the model at (not yet recognised there). */
  recognise: ("COMMUNE" | "PROVINCE")[];
  today: string;
}) {
  const scores = Object.fromEntries(model.scores.map((s) => [s.criterionId, s.score]));
  return (
    <section aria-labelledby="review-h" className="space-y-3 rounded border border-slate-200 bg-white p-4">
      <h2 id="review-h" className="text-lg font-semibold">
        Đánh giá
      </h2>
      <p className="text-sm">
        {MODEL_STATUS_LABEL[model.status]}
        {model.totalScore !== null ? ` · tổng điểm ${points(model.totalScore)}` : ""}
        {year ? ` · ngưỡng đạt năm ${model.year}: ${year.passThreshold}` : ""}
      </p>
      {model.reviewComment ? (
        <p className="text-sm">
          <span className="font-semibold">Ý kiến của cấp trên: </span>
          <span className="whitespace-pre-line">{model.reviewComment}</span>
        </p>
      ) : null}
      {year && model.scores.length ? (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Điểm theo tiêu chí</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-1 pr-3">
                Tiêu chí
              </th>
              <th scope="col" className="py-1 pr-3 text-right">
                Trọng số
              </th>
              <th scope="col" className="py-1 text-right">
                Điểm
              </th>
            </tr>
          </thead>
          <tbody>
            {year.criteria.map((c) => (
              <tr key={c.id} className="border-b border-slate-100">
                <td className="py-1 pr-3">{c.name}</td>
                <td className="py-1 pr-3 text-right">{c.weight}</td>
                <td className="py-1 text-right">{scores[c.id] === undefined ? "—" : `${scores[c.id]}/${c.maxScore}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {evaluate && model.status === "REGISTERED" ? (
        year?.criteria.length ? (
          <EvaluateModelForm modelId={model.id} version={model.version} criteria={year.criteria} scores={scores} />
        ) : (
          <Notice tone="warning">Chưa có tiêu chí đánh giá năm {model.year}: quản trị viên đặt tiêu chí trước khi chấm.</Notice>
        )
      ) : null}
      {manage && model.status === "RETURNED" ? <ResubmitModelForm modelId={model.id} version={model.version} /> : null}
      {model.recognitions.length ? (
        <ul className="space-y-1 text-sm">
          {model.recognitions.map((r) => (
            <li key={r.id}>
              Công nhận {MODEL_LEVEL_LABEL[r.level]}: quyết định số <strong>{r.label}</strong> ngày {formatDate(r.issuedOn)}
            </li>
          ))}
        </ul>
      ) : null}
      {model.status === "ACCEPTED" && recognise.length ? (
        <RecogniseModelForm
          modelId={model.id}
          version={model.version}
          levels={recognise.map((l) => ({ value: l, label: `Công nhận ${MODEL_LEVEL_LABEL[l]}` }))}
          today={today}
        />
      ) : null}
    </section>
  );
}
