import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { Badge } from "@/components/ui/badge";
import { RegisterModelForm } from "@/components/skilful-models/register-form";
import { requireActor } from "@/lib/auth/current";
import { can, officerOrganisation } from "@/lib/auth/permissions";
import { registrationChoices, unitModels } from "@/lib/skilful-models/queries";
import { MODEL_FIELD_LABEL, MODEL_LEVEL_LABEL, MODEL_STATUS_LABEL, registrableYears } from "@/lib/skilful-models/rules";
import { toIsoDate } from "@/lib/time/business-date";
import { today } from "@/lib/time/today";
import { getUnitByCode } from "@/lib/units/queries";
import { unitTitle } from "@/lib/units/labels";
import { isValidOn } from "@/lib/units/validity";

export const metadata: Metadata = { title: "Mô hình Dân vận khéo" };

/** A commune's "Dân vận khéo" models by year, and the form to register one (decision 0043). */
export default async function CommuneModelsPage({ params }: { params: Promise<{ code: string }> }) {
  const actor = await requireActor();
  const day = today();
  const unit = await getUnitByCode(actor, "COMMUNE", (await params).code, day);
  if (!unit) notFound();
  const models = await unitModels(actor, unit.id);
  const own = officerOrganisation(actor, unit.path);
  const head = can(actor, "model.register", { unitPath: unit.path });
  const mayRegister = (head || (own !== null && can(actor, "model.register", { unitPath: unit.path, organisationId: own }))) && isValidOn(unit, day);
  const choices = mayRegister ? await registrationChoices(unit.id, day) : null;
  const years = [...new Set(models.map((m) => m.year))];
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        <Link href={`/communes/${unit.code}`} className="text-brand-700 underline">
          {unit.name}
        </Link>
        <span aria-hidden="true"> › </span>
        <span>Dân vận khéo</span>
      </nav>
      <PageHeader title="Mô hình Dân vận khéo" kicker={unitTitle(unit)} />
      <div className="space-y-8">
        {!models.length ? <Notice>Chưa có mô hình nào được đăng ký.</Notice> : null}
        {years.map((year) => (
          <section key={year} aria-labelledby={`y${year}-h`} className="space-y-2">
            <h2 id={`y${year}-h`} className="text-lg font-semibold">
              Năm {year}
            </h2>
            <ul className="space-y-2">
              {models
                .filter((m) => m.year === year)
                .map((m) => (
                  <li key={m.id} className="rounded border border-slate-200 bg-white p-3">
                    <Link href={`/models/${m.id}`} className="font-semibold text-brand-700 underline">
                      {m.name}
                    </Link>
                    <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
                      <span>{MODEL_FIELD_LABEL[m.field]}</span>
                      <span>· {m.organisation?.name ?? "Khối"}</span>
                      <span>· {m._count.evidence} minh chứng</span>
                      <Badge
                        tone={m.status === "ACCEPTED" ? "success" : m.status === "RETURNED" ? "warning" : m.status === "NOT_ACCEPTED" ? "danger" : "neutral"}
                      >
                        {MODEL_STATUS_LABEL[m.status]}
                      </Badge>
                      {m.recognitions.map((r) => (
                        <Badge key={r.level} tone="success">
                          Công nhận {MODEL_LEVEL_LABEL[r.level]} ({r.label})
                        </Badge>
                      ))}
                    </p>
                  </li>
                ))}
            </ul>
          </section>
        ))}
        {!isValidOn(unit, day) ? <Notice>{unit.name} không còn là đơn vị hành chính: mô hình mới đăng ký ở đơn vị kế tiếp sau sắp xếp.</Notice> : null}
        {choices ? (
          <section aria-labelledby="register-h" className="space-y-2 rounded border border-slate-200 bg-white p-4">
            <h2 id="register-h" className="text-lg font-semibold">
              Đăng ký mô hình
            </h2>
            <RegisterModelForm
              unitId={unit.id}
              submissionId={randomUUID()}
              years={registrableYears(day)}
              fields={Object.entries(MODEL_FIELD_LABEL).map(([value, label]) => ({ value, label }))}
              organisations={choices.organisations.filter((o) => head || o.id === own).map((o) => ({ value: o.id, label: o.name }))}
              blocToo={head}
              earlier={choices.earlier.map((m) => ({ value: m.id, label: `${m.year} · ${m.name}${m.unit.name !== unit.name ? ` (${m.unit.name})` : ""}` }))}
              today={toIsoDate(day)}
            />
          </section>
        ) : null}
      </div>
    </>
  );
}
