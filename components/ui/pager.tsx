import Link from "next/link";

/** "Previous · page n/m · next" under a paged list; nothing when there is one page. */
export function Pager({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Phân trang" className="mt-3 flex gap-3 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className="text-brand-700 underline">
          ← Trang trước
        </Link>
      ) : null}
      <span>
        Trang {page}/{pages}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} className="text-brand-700 underline">
          Trang sau →
        </Link>
      ) : null}
    </nav>
  );
}
