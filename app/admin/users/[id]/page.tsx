import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { AuditHistory } from "@/components/history/audit-history";
import { AssignRoleForm, EndRoleForm, ResetPasswordForm, UpdateNameForm, UserStatusForm } from "@/components/users/user-forms";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { ROLE_LABEL } from "@/lib/auth/roles";
import { historyOf } from "@/lib/audit/queries";
import { getUser, listOrganisationTypes } from "@/lib/users/queries";
import { formatDate, formatDateTime, toIsoDate } from "@/lib/time/business-date";
import { today } from "@/lib/time/today";
import { unitTitle } from "@/lib/units/labels";
import { isValidOn } from "@/lib/units/validity";

export const metadata: Metadata = { title: "Người dùng" };

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("user.read");
  const user = await getUser(actor, (await params).id);
  if (!user) notFound();
  const manage = can(actor, "user.manage");
  const [organisationTypes, history] = await Promise.all([listOrganisationTypes(), historyOf("User", user.id)]);
  const day = today();
  const iso = toIsoDate(day);
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        <Link href="/admin/users" className="text-brand-700 underline">
          Người dùng
        </Link>
      </nav>
      <PageHeader title={user.displayName} kicker={`Tên đăng nhập: ${user.username}`}>
        <p className="flex flex-wrap gap-2 text-sm">
          {user.status === "ACTIVE" ? <Badge tone="success">Đang hoạt động</Badge> : <Badge tone="muted">Đã khóa</Badge>}
          {user.mustChangePassword && !user.isDemo ? <Badge tone="warning">Phải đổi mật khẩu</Badge> : null}
          {user.isDemo ? <Badge>Tài khoản demo</Badge> : null}
          {user.lastSignInAt ? <span className="text-slate-600">Đăng nhập gần nhất: {formatDateTime(user.lastSignInAt)}</span> : null}
        </p>
      </PageHeader>
      <div className="space-y-6">
        {manage ? (
          <section aria-labelledby="info-h" className="space-y-2">
            <h2 id="info-h" className="text-lg font-semibold">
              Thông tin
            </h2>
            <UpdateNameForm userId={user.id} version={user.version} displayName={user.displayName} email={user.email} />
          </section>
        ) : null}

        <section aria-labelledby="roles-h" className="space-y-2">
          <h2 id="roles-h" className="text-lg font-semibold">
            Vai trò
          </h2>
          <Table caption="Các vai trò của người dùng">
            <thead>
              <tr>
                <Th>Vai trò</Th>
                <Th>Đơn vị / tổ chức</Th>
                <Th>Thời hạn</Th>
                {manage ? <Th>Kết thúc</Th> : null}
              </tr>
            </thead>
            <tbody>
              {user.assignments.map((a) => (
                <tr key={a.id}>
                  <Td>
                    {ROLE_LABEL[a.role]} {isValidOn(a, day) ? <Badge tone="success">Hiện tại</Badge> : null}
                  </Td>
                  <Td>
                    {a.organisation?.name ?? unitTitle(a.unit)} <span className="text-slate-600">(mã {a.unit.code})</span>
                  </Td>
                  <Td>
                    từ {formatDate(a.validFrom)}
                    {a.validTo ? ` đến ${formatDate(a.validTo)}` : ""}
                    {a.endedReason ? ` — ${a.endedReason}` : ""}
                  </Td>
                  {manage ? <Td>{isValidOn(a, day) ? <EndRoleForm assignmentId={a.id} today={iso} label={ROLE_LABEL[a.role]} /> : "—"}</Td> : null}
                </tr>
              ))}
            </tbody>
          </Table>
          {manage ? (
            <details className="rounded border border-slate-200 bg-white p-3">
              <summary className="cursor-pointer font-semibold">Giao thêm vai trò</summary>
              <div className="mt-3">
                <AssignRoleForm userId={user.id} organisationTypes={organisationTypes} today={iso} />
              </div>
            </details>
          ) : null}
        </section>

        {manage ? (
          <section aria-labelledby="access-h" className="grid gap-4 sm:grid-cols-2">
            <h2 id="access-h" className="text-lg font-semibold sm:col-span-2">
              Truy cập
            </h2>
            <div className="rounded border border-slate-200 bg-white p-3">
              <UserStatusForm userId={user.id} version={user.version} disabled={user.status === "DISABLED"} />
            </div>
            <div className="space-y-2 rounded border border-slate-200 bg-white p-3">
              <p className="text-sm text-slate-700">
                Tạo mật khẩu tạm thời mới; mọi phiên đăng nhập hiện có kết thúc và người dùng phải đổi mật khẩu ở lần đăng nhập tới.
              </p>
              <ResetPasswordForm userId={user.id} version={user.version} />
            </div>
            <p className="text-sm text-slate-700 sm:col-span-2">Phiên đăng nhập đang mở: {user.sessions.length}</p>
          </section>
        ) : null}

        <section aria-labelledby="history-h" className="space-y-2">
          <h2 id="history-h" className="text-lg font-semibold">
            Lịch sử thay đổi
          </h2>
          <AuditHistory entries={history} />
        </section>
      </div>
    </>
  );
}
