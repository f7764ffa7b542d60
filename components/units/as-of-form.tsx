import type { AsOf } from "@/lib/units/as-of";
import { formatDate } from "@/lib/time/business-date";

/** A plain GET form that changes the viewing date; works without JavaScript. */
export function AsOfForm({ asOf, action, presets = [] }: { asOf: AsOf; action: string; presets?: { iso: string; label: string }[] }) {
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-3">
      <div className="flex flex-col gap-1">
        <label htmlFor="asOf" className="text-sm font-semibold text-slate-700">
          Xem theo ngày
        </label>
        <input
          id="asOf"
          name="asOf"
          type="date"
          defaultValue={asOf.iso}
          min="2015-03-12"
          max="2100-12-31"
          className="rounded border border-slate-300 px-3 py-2 text-sm"
          aria-describedby="asOf-hint"
        />
      </div>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
        Xem
      </button>
      <p id="asOf-hint" className="w-full text-xs text-slate-600 sm:w-auto">
        Đang xem cơ cấu ngày {formatDate(asOf.date)}.
        {presets.map((p) => (
          <span key={p.iso}>
            {" "}
            <a className="text-brand-700 underline" href={`${action}?asOf=${p.iso}`}>
              {p.label}
            </a>
          </span>
        ))}
      </p>
    </form>
  );
}
