import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { MarkAllRead, OpenNotification } from "@/components/notifications/inbox-forms";
import { requireActor } from "@/lib/auth/current";
import { INBOX_PAGE_SIZE, inbox } from "@/lib/notifications/queries";
import { NOTIFICATION_KIND_LABEL } from "@/lib/notifications/kinds";
import { formatDateTime } from "@/lib/time/business-date";
import { Pager } from "@/components/ui/pager";

export const metadata: Metadata = { title: "Thông báo" };

type Props = { searchParams: Promise<{ page?: string; unread?: string }> };

export default async function NotificationsPage({ searchParams }: Props) {
  const actor = await requireActor();
  const query = await searchParams;
  const page = Math.min(Math.max(Number.parseInt(query.page ?? "1", 10) || 1, 1), 10_000);
  const unreadOnly = query.unread === "1";
  const { rows, total, unread } = await inbox(actor, { page, unreadOnly });
  const pages = Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE));
  const href = (p: number, u = unreadOnly) => `/notifications?${new URLSearchParams({ ...(u ? { unread: "1" } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`;
  return (
    <>
      <PageHeader title="Thông báo" kicker={unread ? `${unread} thông báo chưa đọc` : "Không có thông báo chưa đọc"} />
      <div className="mb-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <nav aria-label="Lọc thông báo" className="flex gap-3">
          <Link
            href={href(1, false)}
            aria-current={!unreadOnly ? "page" : undefined}
            className={!unreadOnly ? "font-semibold" : "underline underline-offset-4"}
          >
            Tất cả
          </Link>
          <Link href={href(1, true)} aria-current={unreadOnly ? "page" : undefined} className={unreadOnly ? "font-semibold" : "underline underline-offset-4"}>
            Chưa đọc ({unread})
          </Link>
        </nav>
        {unread ? (
          <div className="sm:ml-auto">
            <MarkAllRead seenAt={new Date().toISOString()} />
          </div>
        ) : null}
      </div>
      {rows.length ? (
        <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
          {rows.map((n) => (
            <li key={n.id} className={`flex gap-3 px-3 py-3 ${n.readAt ? "" : "bg-amber-50"}`}>
              <span aria-hidden="true" className={`mt-2 h-2 w-2 shrink-0 rounded-full ${n.readAt ? "bg-transparent" : "bg-brand-700"}`} />
              <div className="min-w-0 flex-1 space-y-1">
                <OpenNotification id={n.id} unread={!n.readAt}>
                  {n.title}
                </OpenNotification>
                <p id={`tb-${n.id}-meta`} className="text-xs text-slate-600">
                  {n.readAt ? "" : "Chưa đọc · "}
                  {NOTIFICATION_KIND_LABEL[n.kind]} · {formatDateTime(n.createdAt)} ·{" "}
                  <Link href={`/notifications/${n.id}`} className="underline underline-offset-4">
                    Chi tiết
                  </Link>
                </p>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded border border-slate-200 bg-white px-3 py-6 text-center text-slate-700">
          {unreadOnly ? "Không có thông báo chưa đọc." : "Chưa có thông báo nào."}
        </p>
      )}
      <Pager page={page} pages={pages} href={(p) => href(p)} />
    </>
  );
}
