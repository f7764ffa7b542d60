import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { UnitsHandOverForm } from "@/components/handover/handover-forms";
import { requireActor } from "@/lib/auth/current";
import { reachOf } from "@/lib/auth/permissions";
import { handOverDates, planOn } from "@/lib/handover/queries";
import { addDays, formatDate, toIsoDate } from "@/lib/time/business-date";
import { unitTitle } from "@/lib/units/labels";

export const metadata: Metadata = { title: "Bàn giao công việc khi sắp xếp đơn vị" };

type Props = { searchParams: Promise<{ date?: string; show?: string }> };

export default async function HandOverPage({ searchParams }: Props) {
  const actor = await requireActor();
  if (!actor.assignments.some((a) => reachOf(a.role, "handover.apply"))) notFound();
  const search = await searchParams;
  const dates = await handOverDates();
  const asked = search.date ? dates.find((d) => toIsoDate(d) === search.date) : undefined;
  const date = asked ?? dates.at(-1);
  if (!date) notFound();
  const all = search.show === "all";
  const plan = await planOn(actor, date);
  const pending = plan.filter((p) => p.items.length > 0);
  const movable = pending.filter((p) => p.successors.length && p.items.some((i) => i.blocked === null));
  const count = (f: (p: (typeof plan)[number]) => number) => plan.reduce((n, p) => n + f(p), 0);
  const rows = all ? plan : pending;
  const iso = toIsoDate(date);
  return (
    <>
      <PageHeader title="Bàn giao công việc khi sắp xếp đơn vị" kicker={`Các đơn vị kết thúc hoạt động ngày ${formatDate(addDays(date, -1))}`}>
        <p className="text-sm text-slate-700">
          Việc đang mở của đơn vị đã kết thúc (nhiệm vụ, kiến nghị, báo cáo, giám sát, phản biện, khối, vai trò) chuyển về đơn vị kế thừa. Lịch sử vẫn ở đơn vị
          cũ; mỗi lần chuyển được ghi lại và có thể hoàn tác khi đơn vị nhận chưa xử lý.
        </p>
      </PageHeader>
      <div className="space-y-5">
        {search.date && !asked ? (
          <Notice tone="error">
            Ngày {search.date} không phải là ngày sắp xếp đơn vị nào; đang xem ngày {formatDate(date)}.
          </Notice>
        ) : null}
        <form method="get" action="/handover" className="flex flex-wrap items-end gap-3">
          <div className="flex flex-col gap-1">
            <label htmlFor="date" className="text-sm font-semibold">
              Ngày sắp xếp (đơn vị mới bắt đầu hoạt động)
            </label>
            <select id="date" name="date" defaultValue={iso} className="rounded border border-slate-300 px-3 py-2 text-sm">
              {dates.map((d) => (
                <option key={toIsoDate(d)} value={toIsoDate(d)}>
                  {formatDate(d)}
                </option>
              ))}
            </select>
          </div>
          <label className="flex items-center gap-2 pb-2 text-sm">
            <input type="checkbox" name="show" value="all" defaultChecked={all} className="h-5 w-5" /> Cả đơn vị đã bàn giao xong
          </label>
          <button type="submit" className="rounded border border-slate-300 bg-white px-3 py-2 text-sm font-semibold">
            Xem
          </button>
        </form>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {[
            ["Đơn vị kết thúc hoạt động", plan.length],
            ["Đơn vị còn việc chờ bàn giao", pending.length],
            ["Mục chờ bàn giao", count((p) => p.items.length)],
            ["Mục đã bàn giao", count((p) => p.handed.length)],
          ].map(([label, value]) => (
            <div key={label} className="rounded border border-slate-200 bg-white p-3">
              <dt className="text-xs text-slate-600">{label}</dt>
              <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
        {rows.length ? (
          <Table caption={`Các đơn vị kết thúc hoạt động ngày ${formatDate(addDays(date, -1))} và việc chờ bàn giao`}>
            <thead>
              <tr>
                <Th>
                  <span className="sr-only">Chọn</span>
                </Th>
                <Th>Đơn vị đã kết thúc</Th>
                <Th>Đơn vị kế thừa</Th>
                <Th className="text-right">Chờ bàn giao</Th>
                <Th className="text-right">Chưa đủ điều kiện</Th>
                <Th className="text-right">Đã bàn giao</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => {
                const waiting = p.items.filter((i) => i.blocked !== null).length;
                const can = movable.includes(p);
                const href = `/handover/${p.unit.code}?date=${iso}`;
                return (
                  <tr key={p.unit.id}>
                    <Td>
                      {can ? (
                        <input
                          type="checkbox"
                          form="handover-units"
                          name="unitCodes"
                          value={p.unit.code}
                          aria-label={`Chọn ${unitTitle(p.unit)}`}
                          className="h-5 w-5"
                        />
                      ) : null}
                    </Td>
                    <Td>
                      <Link href={href} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
                        {unitTitle(p.unit)}
                      </Link>
                      <span className="block text-xs text-slate-600">
                        Mã {p.unit.code}
                        {p.parentTitle ? ` · ${p.parentTitle}` : ""}
                      </span>
                    </Td>
                    <Td>
                      {p.successors.length ? (
                        p.successors.map((s, n) => (
                          <span key={s.id} className="block">
                            {unitTitle(s)}
                            {s.whole === false ? " (một phần)" : ""}
                            {n === 0 && p.successors.length > 1 ? " · đề xuất" : ""}
                          </span>
                        ))
                      ) : (
                        <span className="text-slate-600">Không có trong phạm vi của bạn</span>
                      )}
                    </Td>
                    <Td className="text-right tabular-nums">{p.items.length ? <Badge tone="warning">{p.items.length}</Badge> : "0"}</Td>
                    <Td className="text-right tabular-nums">{waiting}</Td>
                    <Td className="text-right tabular-nums">{p.handed.length}</Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        ) : (
          <Notice>Không còn đơn vị nào có việc chờ bàn giao cho ngày này.</Notice>
        )}
        {movable.length ? <UnitsHandOverForm date={iso} count={movable.length} /> : null}
      </div>
    </>
  );
}
