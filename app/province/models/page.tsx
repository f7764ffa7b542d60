import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { requireActor } from "@/lib/auth/current";
import { modelCounts, recognisedModels } from "@/lib/skilful-models/counts";
import { MODEL_FIELD_LABEL, MODEL_LEVEL_LABEL } from "@/lib/skilful-models/rules";
import { formatDate } from "@/lib/time/business-date";
import { today } from "@/lib/time/today";
import { getProvince } from "@/lib/units/queries";
import { unitTitle } from "@/lib/units/labels";

export const metadata: Metadata = { title: "Mô hình Dân vận khéo toàn tỉnh" };

const FIELDS = Object.keys(MODEL_FIELD_LABEL) as (keyof typeof MODEL_FIELD_LABEL)[];

/** The province's "Dân vận khéo" models of a year: per unit, by field, and how many were accepted (decision 0043). */
export default async function ProvinceModelsPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requireActor();
  const day = today();
  const province = await getProvince(actor, day);
  if (!province || !actor.assignments.some((a) => a.unitLevel === "PROVINCE")) notFound();
  const asked = Number((await searchParams).year);
  const year = Number.isInteger(asked) && asked >= 2015 && asked <= day.getUTCFullYear() + 1 ? asked : day.getUTCFullYear();
  const [rows, recognised] = await Promise.all([modelCounts(actor, province.path, year), recognisedModels(actor, province.path, year)]);
  const sum = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((a, r) => a + pick(r), 0);
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        <Link href="/province" className="text-brand-700 underline">
          {province.name}
        </Link>
        <span aria-hidden="true"> › </span>
        <span>Dân vận khéo</span>
      </nav>
      <PageHeader title="Mô hình Dân vận khéo toàn tỉnh" kicker={`${unitTitle(province)} · năm ${year}`}>
        <div className="flex flex-wrap items-end gap-4 text-sm">
          <form method="get" className="flex items-end gap-2">
            <div className="flex flex-col gap-1">
              <label htmlFor="year" className="font-semibold">
                Năm
              </label>
              <input
                id="year"
                name="year"
                type="number"
                min={2015}
                max={day.getUTCFullYear() + 1}
                defaultValue={year}
                className="w-28 rounded border border-slate-300 px-3 py-2"
              />
            </div>
            <button type="submit" className="rounded border border-slate-300 bg-white px-3 py-2 font-semibold">
              Xem
            </button>
          </form>
          <a className="text-brand-700 underline" href={`/api/export/models.csv?year=${year}`}>
            Tải CSV
          </a>
          <a className="text-brand-700 underline" href={`/api/export/models.csv?year=${year}&format=xlsx`}>
            Tải Excel
          </a>
        </div>
      </PageHeader>
      <p className="mb-3 text-sm">
        {sum((r) => r.total)} mô hình của {rows.length} đơn vị; {sum((r) => r.accepted)} được đánh giá đạt, {sum((r) => r.recognised)} được công nhận.
      </p>
      {rows.length ? (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Số mô hình Dân vận khéo năm {year} theo đơn vị và lĩnh vực</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1 pr-3">
                  Đơn vị
                </th>
                {FIELDS.map((f) => (
                  <th key={f} scope="col" className="py-1 pr-3 text-right">
                    {MODEL_FIELD_LABEL[f]}
                  </th>
                ))}
                <th scope="col" className="py-1 pr-3 text-right">
                  Tổng
                </th>
                <th scope="col" className="py-1 pr-3 text-right">
                  Đạt
                </th>
                <th scope="col" className="py-1 text-right">
                  Được công nhận
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.unitId} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    <Link className="text-brand-700 underline" href={`/communes/${r.code}/models`}>
                      {r.name}
                    </Link>
                  </th>
                  {FIELDS.map((f) => (
                    <td key={f} className="py-1 pr-3 text-right">
                      {r.byField[f]}
                    </td>
                  ))}
                  <td className="py-1 pr-3 text-right font-semibold">{r.total}</td>
                  <td className="py-1 pr-3 text-right">{r.accepted}</td>
                  <td className="py-1 text-right">{r.recognised}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <Notice>Chưa có mô hình nào đăng ký năm {year}.</Notice>
      )}
      {recognised.length ? (
        <section aria-labelledby="recognised-h" className="mt-6 space-y-2">
          <h2 id="recognised-h" className="text-lg font-semibold">
            Mô hình được công nhận năm {year}
          </h2>
          <ol className="space-y-2">
            {recognised.map((r) => (
              <li key={r.id} className="rounded border border-slate-200 bg-white p-3 text-sm">
                <Link href={`/models/${r.model.id}`} className="font-semibold text-brand-700 underline">
                  {r.model.name}
                </Link>
                <span className="block text-slate-700">
                  {r.model.unit.name} · {r.model.organisation?.name ?? "Khối"} · {MODEL_FIELD_LABEL[r.model.field]}
                </span>
                <span className="block">
                  Công nhận {MODEL_LEVEL_LABEL[r.level]}: quyết định số {r.label} ngày {formatDate(r.issuedOn)}
                </span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
