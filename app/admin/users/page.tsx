import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/guard";
import { ROLE_LABEL } from "@/lib/auth/roles";
import { listUsers, USERS_PAGE_SIZE } from "@/lib/users/queries";
import { unitTitle } from "@/lib/units/labels";
import { isValidOn } from "@/lib/units/validity";
import { today } from "@/lib/time/today";
import { Pager } from "@/components/ui/pager";

export const metadata: Metadata = { title: "Người dùng" };

type Props = { searchParams: Promise<{ q?: string; status?: string; page?: string }> };

export default async function UsersPage({ searchParams }: Props) {
  const actor = await requirePermission("user.read");
  const params = await searchParams;
  const q = typeof params.q === "string" ? params.q.slice(0, 64) : "";
  const status = params.status === "ACTIVE" || params.status === "DISABLED" ? params.status : undefined;
  const page = Math.max(1, Math.min(10_000, Number.parseInt(String(params.page ?? "1"), 10) || 1));
  const result = (await listUsers(actor, { q, status, page }))!;
  const day = today();
  const pages = Math.max(1, Math.ceil(result.total / USERS_PAGE_SIZE));
  const link = (p: number) => `/admin/users?${new URLSearchParams({ ...(q ? { q } : {}), ...(status ? { status } : {}), page: String(p) })}`;
  return (
    <>
      <PageHeader title="Người dùng" kicker={`${result.total} tài khoản`} />
      <div className="mb-4 flex flex-wrap gap-3">
        <Link href="/admin/users/new" className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
          Tạo tài khoản
        </Link>
        <Link href="/admin/users/import" className="rounded border border-slate-300 bg-white px-4 py-2 text-sm font-semibold">
          Nhập từ tệp CSV/XLSX
        </Link>
      </div>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-3" role="search">
        <div className="flex flex-col gap-1">
          <label htmlFor="uq" className="text-sm font-semibold">
            Tên đăng nhập hoặc họ tên
          </label>
          <input id="uq" name="q" defaultValue={q} maxLength={64} className="rounded border border-slate-300 px-3 py-2 text-sm" />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="ustatus" className="text-sm font-semibold">
            Trạng thái
          </label>
          <select id="ustatus" name="status" defaultValue={status ?? ""} className="rounded border border-slate-300 px-3 py-2 text-sm">
            <option value="">Tất cả</option>
            <option value="ACTIVE">Đang hoạt động</option>
            <option value="DISABLED">Đã khóa</option>
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
          Lọc
        </button>
      </form>
      <Table caption="Danh sách người dùng">
        <thead>
          <tr>
            <Th>Tên đăng nhập</Th>
            <Th>Họ và tên</Th>
            <Th>Vai trò hiện tại</Th>
            <Th>Trạng thái</Th>
          </tr>
        </thead>
        <tbody>
          {result.users.map((u) => {
            const current = u.assignments.filter((a) => isValidOn(a, day));
            return (
              <tr key={u.id}>
                <Td>
                  <Link href={`/admin/users/${u.id}`} className="font-semibold text-brand-700 underline">
                    {u.username}
                  </Link>
                </Td>
                <Td>{u.displayName}</Td>
                <Td>{current.length ? current.map((a) => `${ROLE_LABEL[a.role]} · ${unitTitle(a.unit)}`).join("; ") : "—"}</Td>
                <Td>{u.status === "ACTIVE" ? <Badge tone="success">Đang hoạt động</Badge> : <Badge tone="muted">Đã khóa</Badge>}</Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      <Pager page={page} pages={pages} href={link} />
    </>
  );
}
