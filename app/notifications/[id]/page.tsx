import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { OpenNotification } from "@/components/notifications/inbox-forms";
import { requireActor } from "@/lib/auth/current";
import { notificationDetail } from "@/lib/notifications/queries";
import { NOTIFICATION_KIND_LABEL } from "@/lib/notifications/kinds";
import { formatDateTime } from "@/lib/time/business-date";

export const metadata: Metadata = { title: "Thông báo" };

/** One notification (a link from elsewhere, later an e-mail, leads here); another person's is not found. */
export default async function NotificationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const n = await notificationDetail(actor, (await params).id);
  if (!n) notFound();
  return (
    <>
      <PageHeader title={NOTIFICATION_KIND_LABEL[n.kind]} kicker={<Link href="/notifications">← Thông báo</Link>} />
      <div className="space-y-3 rounded border border-slate-200 bg-white p-4">
        <p>{n.title}</p>
        <p id={`tb-${n.id}-meta`} className="text-sm text-slate-600">
          {formatDateTime(n.createdAt)} · {n.readAt ? `Đã đọc lúc ${formatDateTime(n.readAt)}` : "Chưa đọc"}
        </p>
        <OpenNotification id={n.id} unread={!n.readAt}>
          Mở hồ sơ liên quan
        </OpenNotification>
      </div>
    </>
  );
}
