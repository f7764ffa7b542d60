import Link from "next/link";
import { getActor } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { auditReach } from "@/lib/audit/viewer";
import { CalendarWarning } from "@/components/calendar/calendar-warning";
import { homeOf, ROLE_LABEL } from "@/lib/auth/roles";
import { signOutAction } from "@/lib/auth/actions";
import { unitTitle } from "@/lib/units/labels";
import { formatDate } from "@/lib/time/business-date";
import type { Actor } from "@/lib/auth/actor";
import { unreadCount } from "@/lib/notifications/queries";

/** Navigation for what the actor can use; nothing for someone not signed in. */
function navFor(actor: Actor): { href: string; label: string }[] {
  const items: { href: string; label: string }[] = [];
  const levelLabel = { PROVINCE: "Toàn tỉnh", DISTRICT: "Huyện của tôi", COMMUNE: "Xã của tôi" } as const;
  for (const a of actor.assignments) {
    const href = homeOf(a);
    const label = a.role === "ADMIN" ? "Quản trị" : levelLabel[a.unitLevel];
    if (!items.some((i) => i.href === href)) items.push({ href, label });
  }
  // Roles that have ended (a district's staff after 30/6/2025): their unit's history, read-only.
  for (const a of actor.history) {
    if (a.role === "ADMIN") continue;
    const href = homeOf({ ...a, current: false });
    if (!items.some((i) => i.href === href))
      items.push({ href, label: `${unitTitle({ type: a.unitType, name: a.unitName })} (đến ${formatDate(a.validTo!)})` });
  }
  if (can(actor, "user.read")) items.push({ href: "/admin/users", label: "Người dùng" });
  if (auditReach(actor)) items.push({ href: "/admin/audit", label: "Nhật ký" });
  if (actor.assignments.length || actor.history.length) items.push({ href: "/search", label: "Tìm kiếm" });
  return items;
}

/** Header (the person, their role and unit), role-aware navigation, content area. */
export async function AppShell({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  const main = actor?.assignments[0] ?? actor?.history[0];
  const unread = actor && can(actor, "notification.read") ? await unreadCount(actor) : null;
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#noi-dung"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
      >
        Bỏ qua, đến nội dung chính
      </a>
      <header className="bg-brand-800 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="text-base font-semibold leading-tight sm:text-lg">
            Cổng điều phối Khối MTTQ cấp xã
          </Link>
          {actor ? (
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm sm:ml-auto">
              <span>
                <span className="font-semibold">{actor.displayName}</span>
                {main ? (
                  <span className="text-white/85">
                    {" · "}
                    {ROLE_LABEL[main.role]} · {main.organisationName ?? unitTitle({ type: main.unitType, name: main.unitName })}
                  </span>
                ) : null}
              </span>
              {unread !== null ? (
                <Link href="/notifications" className="underline underline-offset-4" aria-label={`Thông báo, ${unread} chưa đọc`}>
                  Thông báo
                  {unread ? (
                    <span aria-hidden="true" className="ml-1 rounded-full bg-white px-1.5 text-xs font-semibold text-brand-800">
                      {unread > 99 ? "99+" : unread}
                    </span>
                  ) : null}
                </Link>
              ) : null}
              <Link href="/account" className="underline underline-offset-4">
                Tài khoản
              </Link>
              <form action={signOutAction}>
                <button type="submit" className="rounded bg-white/15 px-2 py-1 hover:bg-white/25">
                  Đăng xuất
                </button>
              </form>
            </div>
          ) : null}
        </div>
        {actor && (actor.assignments.length || actor.history.length) ? (
          <div className="border-t border-white/15">
            <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2">
              <nav aria-label="Điều hướng chính">
                <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                  {navFor(actor).map((item) => (
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
                  Tìm đơn vị, cuộc họp, nhiệm vụ, báo cáo, kiến nghị, người
                </label>
                <input
                  id="header-search"
                  name="q"
                  type="search"
                  maxLength={100}
                  placeholder="Tìm xã, cuộc họp, nhiệm vụ…"
                  className="min-w-0 flex-1 rounded border-0 bg-white px-3 py-2 text-sm text-slate-900 placeholder:text-slate-500"
                />
                <button type="submit" className="rounded bg-white/15 px-3 py-2 text-sm font-semibold hover:bg-white/25">
                  Tìm
                </button>
              </form>
            </div>
          </div>
        ) : null}
      </header>
      {actor ? <CalendarWarning actor={actor} /> : null}
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
