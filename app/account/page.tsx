import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/current";
import { ROLE_LABEL } from "@/lib/auth/roles";
import { unitTitle } from "@/lib/units/labels";

export const metadata: Metadata = { title: "Tài khoản" };

export default async function AccountPage() {
  const actor = await requireActor();
  return (
    <>
      <PageHeader title={actor.displayName} kicker={`Tên đăng nhập: ${actor.username}`} />
      <div className="space-y-4">
        {actor.assignments.length ? (
          <Table caption="Vai trò hiện tại">
            <thead><tr><Th>Vai trò</Th><Th>Đơn vị</Th><Th>Tổ chức</Th></tr></thead>
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
        <p><Link href="/account/password" className="text-brand-700 underline">Đổi mật khẩu</Link></p>
      </div>
    </>
  );
}
