import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { HandedList, ItemsHandOverForm, type ItemRow } from "@/components/handover/handover-forms";
import { requireActor } from "@/lib/auth/current";
import { handOverDates, itemHrefs, planOn } from "@/lib/handover/queries";
import { KIND_LABEL } from "@/lib/handover/open-work";
import type { Successor } from "@/lib/handover/plan";
import { addDays, formatDate, toIsoDate } from "@/lib/time/business-date";
import { unitTitle } from "@/lib/units/labels";

export const metadata: Metadata = { title: "Bàn giao công việc của một đơn vị" };

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ date?: string }> };

/** Where a successor's work is seen: a commune's page, or the province's. */
const successorHref = (s: Successor) => (s.code.length === 5 ? `/communes/${s.code}` : "/province");

export default async function UnitHandOverPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const { code } = await params;
  const search = await searchParams;
  if (!/^\d{2,5}$/.test(code)) notFound();
  const dates = await handOverDates();
  const date = (search.date ? dates.find((d) => toIsoDate(d) === search.date) : undefined) ?? dates.at(-1);
  if (!date) notFound();
  const [closed] = await planOn(actor, date, [code]);
  if (!closed) notFound();
  const iso = toIsoDate(date);
  const names = new Map(closed.successors.map((s) => [s.id, unitTitle(s)]));
  const hrefs = await itemHrefs([...closed.items, ...closed.handed.map((h) => ({ kind: h.kind, id: h.itemId }))]);
  const rows: ItemRow[] = closed.items.map((i) => ({
    key: `${i.kind}:${i.id}`,
    kindLabel: KIND_LABEL[i.kind],
    label: i.label,
    href: hrefs.get(`${i.kind}:${i.id}`) ?? null,
    options: closed.successors.map((s) => ({ value: `${i.kind}:${i.id}:${i.version}:${s.id}`, label: unitTitle(s) })),
    blocked: i.blocked,
    disabled: i.blocked !== null && closed.successors.length <= 1,
  }));
  return (
    <>
      <PageHeader
        title={`Bàn giao: ${unitTitle(closed.unit)}`}
        kicker={
          <Link href={`/handover?date=${iso}`} className="text-brand-700 underline">
            ← Bàn giao ngày {formatDate(date)}
          </Link>
        }
      >
        <p className="text-sm text-slate-700">
          Mã {closed.unit.code}
          {closed.parentTitle ? ` · ${closed.parentTitle}` : ""} · kết thúc hoạt động ngày {formatDate(addDays(date, -1))}
          {closed.legalBasis ? ` theo ${closed.legalBasis}` : ""}.
        </p>
      </PageHeader>
      <div className="space-y-5">
        <section aria-labelledby="successors-h" className="space-y-1">
          <h2 id="successors-h" className="text-lg font-semibold">
            Đơn vị kế thừa
          </h2>
          {closed.successors.length ? (
            <ul className="list-disc space-y-1 pl-5 text-sm">
              {closed.successors.map((s, n) => (
                <li key={s.id}>
                  <Link href={successorHref(s)} className="text-brand-700 underline">
                    {unitTitle(s)}
                  </Link>{" "}
                  (mã {s.code})
                  {s.whole === true
                    ? ": nhận toàn bộ"
                    : s.whole === false
                      ? ": nhận một phần"
                      : ": cấp trên trực tiếp (không có đơn vị kế thừa theo nghị quyết)"}
                  {s.keptCode ? ", giữ mã cũ" : ""}
                  {n === 0 && closed.successors.length > 1 ? " · được đề xuất trước" : ""}
                </li>
              ))}
            </ul>
          ) : (
            <Notice tone="warning">Không có đơn vị kế thừa nào trong phạm vi của bạn: người có quyền ở đơn vị kế thừa sẽ bàn giao.</Notice>
          )}
        </section>
        {closed.successors.length ? <ItemsHandOverForm date={iso} unitCode={closed.unit.code} rows={rows} /> : null}
        <section aria-labelledby="handed-h" className="space-y-2">
          <h2 id="handed-h" className="text-lg font-semibold">
            Đã bàn giao ({closed.handed.length})
          </h2>
          <HandedList
            caption={`Việc của ${unitTitle(closed.unit)} đã bàn giao`}
            rows={closed.handed.map((h) => ({
              id: h.id,
              kindLabel: KIND_LABEL[h.kind],
              label: h.label,
              href: hrefs.get(`${h.kind}:${h.itemId}`) ?? null,
              to: names.get(h.toUnitId) ?? "Đơn vị ngoài phạm vi của bạn",
              on: formatDate(h.appliedOn),
              reversible: h.reversible,
            }))}
          />
        </section>
      </div>
    </>
  );
}
