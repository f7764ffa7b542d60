// Table primitives: a scroll container so wide tables stay usable on a phone, and consistent cells.
export function Table({ caption, children }: { caption: string; children: React.ReactNode }) {
  return (
    // Focusable, so a keyboard user can scroll a table that is wider than a phone's screen even when its
    // cells hold no link (axe: scrollable-region-focusable).
    <div tabIndex={0} className="overflow-x-auto rounded border border-slate-200 bg-white focus:outline-2 focus:outline-brand-700">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function Th({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  return (
    <th scope="col" className={`border-b border-slate-200 bg-slate-100 px-3 py-2 font-semibold text-slate-700 ${className}`}>
      {children}
    </th>
  );
}

export function Td({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  return <td className={`border-b border-slate-100 px-3 py-2 align-top ${className}`}>{children}</td>;
}
