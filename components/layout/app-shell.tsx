import Link from "next/link";

const NAV = [
  { href: "/province", label: "Toàn tỉnh" },
  { href: "/search", label: "Tìm đơn vị" },
];

/** Header, navigation and content area; the navigation becomes role-aware with sign-in. */
export function AppShell({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <a href="#noi-dung" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Bỏ qua, đến nội dung chính
      </a>
      <header className="bg-brand-800 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="text-base font-semibold leading-tight sm:text-lg">
            Cổng điều phối Khối MTTQ cấp xã
          </Link>
          <nav aria-label="Điều hướng chính" className="order-3 w-full sm:order-none sm:w-auto">
            <ul className="flex gap-4 text-sm">
              {NAV.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="underline-offset-4 hover:underline">
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <form action="/search" method="get" role="search" className="flex w-full min-w-0 gap-2 sm:ml-auto sm:w-auto sm:max-w-xs sm:flex-1">
            <label htmlFor="header-search" className="sr-only">
              Tìm đơn vị hành chính
            </label>
            <input
              id="header-search"
              name="q"
              type="search"
              maxLength={100}
              placeholder="Tìm xã, phường, huyện…"
              className="min-w-0 flex-1 rounded border-0 bg-white px-3 py-2 text-sm text-slate-900 placeholder:text-slate-500"
            />
            <button type="submit" className="rounded bg-white/15 px-3 py-2 text-sm font-semibold hover:bg-white/25">
              Tìm
            </button>
          </form>
        </div>
      </header>
      <main id="noi-dung" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-white">
        <div className="mx-auto max-w-6xl px-4 py-4 text-xs text-slate-600">
          Khối MTTQ và các tổ chức chính trị - xã hội cấp xã · Dữ liệu đơn vị hành chính theo danh mục của Tổng cục Thống kê.
        </div>
      </footer>
    </div>
  );
}
