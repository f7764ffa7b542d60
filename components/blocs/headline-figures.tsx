import type { Figure } from "@/lib/blocs/overview";

/** The founding article's headline figures, computed from the records. */
export function HeadlineFigures({ figures }: { figures: Figure[] }) {
  return (
    <ul className="grid grid-cols-2 gap-3 lg:grid-cols-5" aria-label="Số liệu chính">
      {figures.map((f) => (
        <li key={f.key} data-figure={f.key} className="rounded border border-slate-200 bg-white p-3">
          <p className="text-2xl font-semibold tabular-nums text-brand-800">
            {f.numerator}/{f.denominator}
          </p>
          <p className="text-sm text-slate-700">{f.label}</p>
        </li>
      ))}
    </ul>
  );
}
