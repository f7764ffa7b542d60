import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/current";
import { ROLE_LABEL } from "@/lib/auth/roles";
import { unitTitle } from "@/lib/units/labels";
import { accountActivity } from "@/lib/auth/account";
import { actionLabel } from "@/lib/audit/labels";
import { auditReach } from "@/lib/audit/viewer";
import { formatDateTime } from "@/lib/time/business-date";
import { EndSessionForm } from "@/components/auth/end-session-form";

export const metadata: Metadata = { title: "Tài khoản" };

export default async function AccountPage() {
  const actor = await requireActor();
  const { sessions, signIns } = await accountActivity(actor);
  return (
    <>
      <PageHeader title={actor.displayName} kicker={`Tên đăng nhập: ${actor.username}`} />
      <div className="space-y-4">
        {actor.assignments.length ? (
          <Table caption="Vai trò hiện tại">
            <thead>
              <tr>
                <Th>Vai trò</Th>
                <Th>Đơn vị</Th>
                <Th>Tổ chức</Th>
              </tr>
            </thead>
            <tbody>
              {actor.assignments.map((a) => (
                <tr key={a.id}>
                  <Td>{ROLE_LABEL[a.role]}</Td>
                  <Td>{unitTitle({ type: a.unitType, name: a.unitName })}</Td>
                  <Td>{a.organisationName ?? "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <Notice tone="warning">Bạn chưa được giao vai trò nào đang có hiệu lực. Hãy liên hệ quản trị viên.</Notice>
        )}
        <p className="flex flex-wrap gap-4">
          <Link href="/account/password" className="text-brand-700 underline">
            Đổi mật khẩu
          </Link>
          <Link href="/account/mail" className="text-brand-700 underline">
            Thư điện tử và nhắc việc
          </Link>
          {auditReach(actor) ? (
            <Link href="/admin/audit" className="text-brand-700 underline">
              Nhật ký hệ thống
            </Link>
          ) : null}
        </p>
        <section aria-labelledby="sessions-h" className="space-y-2">
          <h2 id="sessions-h" className="text-lg font-semibold">
            Các phiên đăng nhập đang mở
          </h2>
          <p className="text-sm text-slate-700">Nếu có phiên bạn không nhận ra, hãy kết thúc nó và đổi mật khẩu (đổi mật khẩu kết thúc mọi phiên khác).</p>
          <ul className="space-y-2">
            {sessions.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 rounded border border-slate-200 bg-white p-3 text-sm">
                <p>
                  Đăng nhập lúc <span className="tabular-nums">{formatDateTime(s.createdAt)}</span>
                  {s.current ? <span className="font-semibold"> (phiên đang dùng)</span> : null}
                  <span className="block text-slate-600">
                    Dùng lần cuối <span className="tabular-nums">{formatDateTime(s.lastSeenAt)}</span>
                    {s.address ? ` · địa chỉ ${s.address}` : ""}
                  </span>
                </p>
                <EndSessionForm sessionId={s.id} current={s.current} label={`đăng nhập lúc ${formatDateTime(s.createdAt)}`} />
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="signins-h" className="space-y-2">
          <h2 id="signins-h" className="text-lg font-semibold">
            Lịch sử đăng nhập gần đây
          </h2>
          {signIns.length ? (
            <Table caption="Lịch sử đăng nhập gần đây">
              <thead>
                <tr>
                  <Th>Thời điểm</Th>
                  <Th>Việc</Th>
                  <Th>Địa chỉ</Th>
                </tr>
              </thead>
              <tbody>
                {signIns.map((e) => (
                  <tr key={e.id}>
                    <Td className="tabular-nums">{formatDateTime(e.occurredAt)}</Td>
                    <Td className={e.outcome === "DENIED" ? "font-semibold text-red-800" : undefined}>
                      {actionLabel(e.action)}
                      {e.reason === "wrong-password" ? <small>sai mật khẩu</small> : e.reason === "disabled" ? <small>tài khoản đang bị khóa</small> : null}
                    </Td>
                    <Td>{e.address ?? "—"}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <p className="text-sm text-slate-600">Chưa có.</p>
          )}
        </section>
      </div>
    </>
  );
}
