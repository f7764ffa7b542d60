// The province's own bloc body (from 1/7/2025, decision 0035) on the province's page: its status, its
// giao ban, and for its reviewers the form that records it.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { SetBlocForm } from "@/components/blocs/set-bloc-form";
import { MODEL_LABEL, STATUS_LABEL, agencyModelOf } from "@/lib/blocs/labels";

interface Props {
  unit: { id: string; code: string; level: string };
  bloc: { model: string; status: keyof typeof STATUS_LABEL; version: number; _count: { meetings: number } } | null;
  manage: boolean;
  today: string;
}

export function AgencyPanel({ unit, bloc, manage, today }: Props) {
  const model = agencyModelOf(unit.level);
  if (!model) return null;
  return (
    <section aria-labelledby="agency-h" className="space-y-2 rounded border border-slate-200 bg-white p-4">
      <h2 id="agency-h" className="text-lg font-semibold">
        {MODEL_LABEL[model]}
      </h2>
      <p className="flex flex-wrap items-center gap-3 text-sm">
        {bloc ? <Badge tone={bloc.status === "ESTABLISHED" ? "success" : "neutral"}>{STATUS_LABEL[bloc.status]}</Badge> : <span>Chưa ghi nhận.</span>}
        <Link className="font-semibold text-brand-700 underline" href={`/agencies/${unit.code}/meetings`}>
          Giao ban của cơ quan khối{bloc ? ` (${bloc._count.meetings} cuộc họp)` : ""} và nhiệm vụ giao cho các xã
        </Link>
      </p>
      {manage ? (
        <details>
          <summary className="cursor-pointer font-semibold">Ghi nhận thay đổi của cơ quan khối</summary>
          <div className="mt-3">
            <SetBlocForm agency unitId={unit.id} version={bloc?.version ?? 0} model={model} status={bloc?.status ?? "NOT_STARTED"} today={today} scan={null} />
          </div>
        </details>
      ) : null}
    </section>
  );
}
