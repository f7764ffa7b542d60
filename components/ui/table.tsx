// Table primitives: a scroll container so wide tables stay usable on a phone, and consistent cells. The
// cells' borders and padding come from one rule (`.data-table` in app/globals.css), not from classes
// repeated on every cell: a table of a district's communes was sending them hundreds of times, in the HTML and
// again in the page's data for the browser.
export function Table({ caption, children }: { caption: string; children: React.ReactNode }) {
  return (
    // Focusable, so a keyboard user can scroll a table that is wider than a phone's screen even when its
    // cells hold no link (axe: scrollable-region-focusable).
    <div tabIndex={0} className="overflow-x-auto rounded border border-slate-200 bg-white focus:outline-2 focus:outline-brand-700">
      <table className="data-table w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function Th({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  return (
    <th scope="col" className={className || undefined}>
      {children}
    </th>
  );
}

export function Td({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  return <td className={className || undefined}>{children}</td>;
}
