import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { ModelCriteriaForm } from "@/components/skilful-models/review-forms";
import { requirePermission } from "@/lib/auth/guard";
import { criteriaYears } from "@/lib/skilful-models/queries";
import { today } from "@/lib/time/today";

export const metadata: Metadata = { title: "Tiêu chí đánh giá mô hình Dân vận khéo" };

/** The years' criteria of the "Dân vận khéo" models (decision 0043): this year, the next, and every year with models. */
export default async function ModelCriteriaPage() {
  await requirePermission("reference.manage");
  const day = today();
  const years = await criteriaYears(day);
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        <Link href="/admin" className="text-brand-700 underline">
          Quản trị
        </Link>
        <span aria-hidden="true"> › </span>
        <span>Tiêu chí Dân vận khéo</span>
      </nav>
      <PageHeader title="Tiêu chí đánh giá mô hình Dân vận khéo" kicker="Mỗi năm một bộ tiêu chí; không sửa được khi đã có mô hình của năm được chấm" />
      <ul className="space-y-4">
        {years.map(({ year, set: y }) => {
          return (
            <li key={year} className="rounded border border-slate-200 bg-white p-4">
              <ModelCriteriaForm
                year={year}
                version={y?.version ?? 0}
                passThreshold={y?.passThreshold ?? 70}
                criteria={(y?.criteria ?? []).map((c) => `${c.name}; ${c.weight}; ${c.maxScore}`).join("\n")}
              />
            </li>
          );
        })}
      </ul>
    </>
  );
}
