"use client";
// The hand-over page's forms: whole units to their proposed successors (the table's checkboxes belong to it),
// one unit's items with a successor chosen per item, and the reversal of one hand-over.
import Link from "next/link";
import { useActionState, useState } from "react";
import { INITIAL_RESULT } from "@/lib/actions/result";
import { handOverItemsAction, handOverUnitsAction, reverseHandOverAction } from "@/lib/handover/actions";
import { FormMessage, SubmitButton } from "@/components/ui/form";

export function UnitsHandOverForm({ date, count }: { date: string; count: number }) {
  const [state, action] = useActionState(handOverUnitsAction, INITIAL_RESULT);
  return (
    <form id="handover-units" action={action} className="space-y-3 rounded border border-slate-200 bg-white p-4" aria-labelledby="handover-units-h">
      <h2 id="handover-units-h" className="font-semibold">
        Bàn giao theo đề xuất cho các đơn vị đã đánh dấu
      </h2>
      <p className="text-sm text-slate-700">
        Mỗi mục chuyển về đơn vị kế thừa được đề xuất (đơn vị giữ mã cũ, nếu có). Các mục chưa đủ điều kiện được giữ lại và nêu lý do ở trang của từng đơn vị; ở
        đó bạn cũng có thể chọn đơn vị nhận cho từng mục. {count} đơn vị có việc chuyển được.
      </p>
      <FormMessage state={state} />
      {state.fieldErrors?.unitCodes ? (
        <p role="alert" className="text-sm text-red-700">
          {state.fieldErrors.unitCodes.join(" ")}
        </p>
      ) : null}
      <input type="hidden" name="date" value={date} />
      <SubmitButton>Bàn giao các đơn vị đã đánh dấu</SubmitButton>
    </form>
  );
}

export interface ItemRow {
  key: string;
  kindLabel: string;
  label: string;
  /** The item's own page, where its history is. */
  href: string | null;
  /** One option per successor: the value the form sends for it, the successor's name. The first is proposed. */
  options: { value: string; label: string }[];
  blocked: string | null;
  /** Blocked whatever the choice (one successor only). */
  disabled: boolean;
}

export function ItemsHandOverForm({ date, unitCode, rows }: { date: string; unitCode: string; rows: ItemRow[] }) {
  const [state, action] = useActionState(handOverItemsAction, INITIAL_RESULT);
  // The ticks and the successors chosen are the person's work. React resets a form to its defaults once its
  // action has run, refused or not, so the defaults follow what the person chose (by item and successor: a
  // row whose version changed keeps its choice).
  const [ticked, setTicked] = useState<Record<string, boolean>>({});
  const [to, setTo] = useState<Record<string, string>>({});
  const successorOf = (value: string) => value.slice(value.lastIndexOf(":") + 1);
  const errors = [...(state.fieldErrors?.item ?? []), ...(state.fieldErrors?.choice ?? [])];
  // Stays on the page when nothing is left, so that the confirmation of the last hand-over stays visible.
  return (
    <form action={action} className="space-y-3" aria-labelledby="items-h">
      <h2 id="items-h" className="text-lg font-semibold">
        Việc đang mở chờ bàn giao ({rows.length})
      </h2>
      <FormMessage state={state} />
      {errors.length ? (
        <p role="alert" className="text-sm text-red-700">
          {[...new Set(errors)].join(" ")}
        </p>
      ) : null}
      <input type="hidden" name="date" value={date} />
      <input type="hidden" name="unitCode" value={unitCode} />
      {rows.length ? (
        <>
          <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
            {rows.map((r, n) => {
              const chosen = r.options.find((o) => successorOf(o.value) === to[r.key]) ?? r.options[0];
              return (
                <li key={r.key} className="flex flex-col gap-2 p-3 sm:flex-row sm:items-start sm:justify-between">
                  <div className="text-sm">
                    <label htmlFor={`item-${n}`} className="flex items-start gap-3">
                      <input
                        id={`item-${n}`}
                        type="checkbox"
                        name="item"
                        value={r.key}
                        defaultChecked={!r.disabled && (ticked[r.key] ?? !r.blocked)}
                        disabled={r.disabled}
                        onChange={(e) => setTicked((t) => ({ ...t, [r.key]: e.target.checked }))}
                        className="mt-0.5 h-5 w-5 shrink-0"
                      />
                      <span>
                        <span className="block text-xs font-semibold uppercase tracking-wide text-slate-600">{r.kindLabel}</span>
                        <span className="block">{r.label}</span>
                        {r.blocked ? <span className="block text-xs font-semibold text-amber-800">⚠ {r.blocked}</span> : null}
                      </span>
                    </label>
                    {r.href ? (
                      <Link href={r.href} className="ml-8 text-xs text-brand-700 underline">
                        Xem chi tiết<span className="sr-only">: {r.label}</span>
                      </Link>
                    ) : null}
                  </div>
                  <div className="flex flex-col gap-1 sm:w-64">
                    <label htmlFor={`to-${n}`} className="text-xs font-semibold text-slate-700">
                      Đơn vị nhận
                    </label>
                    <select
                      id={`to-${n}`}
                      name="choice"
                      defaultValue={chosen?.value}
                      disabled={r.disabled}
                      onChange={(e) => setTo((t) => ({ ...t, [r.key]: successorOf(e.target.value) }))}
                      className="rounded border border-slate-300 px-2 py-2 text-sm"
                    >
                      {r.options.map((o, i) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                          {i === 0 && r.options.length > 1 ? " (đề xuất)" : ""}
                        </option>
                      ))}
                    </select>
                  </div>
                </li>
              );
            })}
          </ul>
          <SubmitButton>Bàn giao các mục đã đánh dấu</SubmitButton>
        </>
      ) : (
        <p className="text-sm text-slate-700">Không còn việc nào chờ bàn giao.</p>
      )}
    </form>
  );
}

export interface HandedRow {
  id: string;
  kindLabel: string;
  label: string;
  href: string | null;
  to: string;
  on: string;
  reversible: boolean;
}

/** What was handed over, each reversible row with its own button: one form, so its message outlives the row. */
export function HandedList({ caption, rows }: { caption: string; rows: HandedRow[] }) {
  const [state, action] = useActionState(reverseHandOverAction, INITIAL_RESULT);
  return (
    <form action={action} className="space-y-2">
      <FormMessage state={state} />
      {rows.length ? (
        <div tabIndex={0} className="overflow-x-auto rounded border border-slate-200 bg-white focus:outline-2 focus:outline-brand-700">
          <table className="data-table w-full border-collapse text-left text-sm">
            <caption className="sr-only">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">Mục</th>
                <th scope="col">Đã chuyển đến</th>
                <th scope="col">Ngày bàn giao</th>
                <th scope="col">Hoàn tác</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((h) => (
                <tr key={h.id}>
                  <td>
                    <span className="block text-xs font-semibold uppercase tracking-wide text-slate-600">{h.kindLabel}</span>
                    {h.href ? (
                      <Link href={h.href} className="text-brand-700 underline">
                        {h.label}
                      </Link>
                    ) : (
                      h.label
                    )}
                  </td>
                  <td>{h.to}</td>
                  <td className="tabular-nums">{h.on}</td>
                  <td>
                    {h.reversible ? (
                      <button
                        type="submit"
                        name="handOverId"
                        value={h.id}
                        aria-label={`Hoàn tác bàn giao: ${h.label}`}
                        className="rounded border border-slate-300 bg-white px-3 py-1 text-sm font-semibold hover:bg-slate-50"
                      >
                        Hoàn tác
                      </button>
                    ) : (
                      <span className="text-sm text-slate-600">Đơn vị nhận đã xử lý</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="text-sm text-slate-700">Chưa có mục nào được bàn giao.</p>
      )}
    </form>
  );
}
