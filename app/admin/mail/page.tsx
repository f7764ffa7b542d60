import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { Table, Td, Th } from "@/components/ui/table";
import { Pager } from "@/components/ui/pager";
import { requirePermission } from "@/lib/auth/guard";
import { MAIL_PAGE_SIZE, MAIL_STATUS_LABEL, MAIL_STATUSES, mailMessage, mailOverview } from "@/lib/mail/queries";
import { MAIL_TOPIC_LABEL, isMailTopic } from "@/lib/mail/topics";
import { formatDateTime } from "@/lib/time/business-date";
import { RECORD_ID } from "@/lib/validation";
import type { MailStatus } from "@/generated/prisma/sqlite/enums";

export const metadata: Metadata = { title: "Thư điện tử đã gửi" };

type Props = { searchParams: Promise<{ status?: string; page?: string; id?: string }> };

const topicLabel = (topic: string) => (isMailTopic(topic) ? MAIL_TOPIC_LABEL[topic] : topic === "PASSWORD_RESET" ? "Đặt lại mật khẩu" : topic);

export default async function AdminMailPage({ searchParams }: Props) {
  await requirePermission("user.manage");
  const query = await searchParams;
  const status = MAIL_STATUSES.includes(query.status as MailStatus) ? (query.status as MailStatus) : null;
  const page = Math.min(Math.max(Number.parseInt(query.page ?? "1", 10) || 1, 1), 10_000);
  const [{ byStatus, total, rows, lease, oldestWaiting }, shown] = await Promise.all([
    mailOverview(status, page),
    typeof query.id === "string" && RECORD_ID.test(query.id) ? mailMessage(query.id) : null,
  ]);
  const href = (p: number, s = status) => `/admin/mail?${new URLSearchParams({ ...(s ? { status: s } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`;
  const backlog = byStatus.PENDING + byStatus.SENDING;
  const runnerAlive = lease && lease.expiresAt > new Date();
  return (
    <>
      <PageHeader title="Thư điện tử" kicker="Quản trị" />
      <div className="space-y-4">
        {backlog ? (
          <Notice tone={runnerAlive ? "info" : "warning"}>
            {backlog} thư đang chờ gửi{oldestWaiting ? `, thư cũ nhất từ ${formatDateTime(oldestWaiting)}` : ""}.{" "}
            {runnerAlive
              ? "Bộ gửi thư đang chạy; thư bị máy chủ từ chối tạm thời được gửi lại sau 1, 2, 4… phút."
              : "Bộ gửi thư không chạy: hãy khởi động npm run mail (xem hướng dẫn vận hành)."}
          </Notice>
        ) : (
          <p className="text-sm text-slate-700">Không còn thư chờ gửi. {runnerAlive ? "Bộ gửi thư đang chạy." : "Bộ gửi thư hiện không chạy."}</p>
        )}
        <nav aria-label="Lọc theo trạng thái" className="flex flex-wrap gap-3 text-sm">
          <Link href={href(1, null)} aria-current={!status ? "page" : undefined} className={!status ? "font-semibold" : "underline underline-offset-4"}>
            Tất cả
          </Link>
          {MAIL_STATUSES.map((s) => (
            <Link
              key={s}
              href={href(1, s)}
              aria-current={status === s ? "page" : undefined}
              className={status === s ? "font-semibold" : "underline underline-offset-4"}
            >
              {MAIL_STATUS_LABEL[s]} ({byStatus[s]})
            </Link>
          ))}
        </nav>
        {shown ? (
          <section aria-labelledby="mail-h" className="space-y-2 rounded border border-slate-200 bg-white p-4">
            <h2 id="mail-h" className="font-semibold">
              {shown.subject}
            </h2>
            <p className="text-sm text-slate-700">
              Tới {shown.to} · {MAIL_STATUS_LABEL[shown.status]} · viết lúc {formatDateTime(shown.createdAt)}
              {shown.sentAt ? ` · gửi lúc ${formatDateTime(shown.sentAt)}` : ""} · {shown.attempts} lần gửi
              {shown.lastError ? ` · lỗi gần nhất: ${shown.lastError}` : ""}
            </p>
            {shown.text === null ? (
              <p className="text-sm">Nội dung thư đặt lại mật khẩu chứa liên kết bí mật của người nhận nên không hiển thị.</p>
            ) : (
              <pre className="overflow-x-auto whitespace-pre-wrap break-words rounded bg-slate-50 p-3 text-sm">{shown.text}</pre>
            )}
          </section>
        ) : null}
        {rows.length ? (
          <Table caption={`${total} thư${status ? ` (${MAIL_STATUS_LABEL[status].toLowerCase()})` : ""}, mới nhất trước`}>
            <thead>
              <tr>
                <Th>Viết lúc</Th>
                <Th>Tới</Th>
                <Th>Tiêu đề</Th>
                <Th>Trạng thái</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((m) => (
                <tr key={m.id}>
                  <Td>
                    <span className="tabular-nums">{formatDateTime(m.createdAt)}</span>
                  </Td>
                  <Td>{m.to}</Td>
                  <Td>
                    <Link href={`/admin/mail?${new URLSearchParams({ ...(status ? { status } : {}), id: m.id })}`} className="text-brand-700 underline">
                      {m.subject}
                    </Link>
                    <span className="block text-xs text-slate-600">{topicLabel(m.topic)}</span>
                  </Td>
                  <Td>
                    {MAIL_STATUS_LABEL[m.status]}
                    {m.status === "PENDING" && m.attempts ? (
                      <span className="block text-xs text-slate-600">
                        đã thử {m.attempts} lần, thử lại lúc {formatDateTime(m.nextAttemptAt)}
                      </span>
                    ) : null}
                    {m.status === "SENT" && m.sentAt ? <span className="block text-xs text-slate-600">{formatDateTime(m.sentAt)}</span> : null}
                    {(m.status === "BOUNCED" || m.status === "FAILED") && m.lastError ? (
                      <span className="block text-xs text-red-800">{m.lastError}</span>
                    ) : null}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <p className="text-sm text-slate-700">Chưa có thư nào.</p>
        )}
        <Pager page={page} pages={Math.max(1, Math.ceil(total / MAIL_PAGE_SIZE))} href={(p) => href(p)} />
      </div>
    </>
  );
}
