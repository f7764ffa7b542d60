import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { Table, Td, Th } from "@/components/ui/table";
import { ConfirmImportForm } from "@/components/users/import-forms";
import { requirePermission } from "@/lib/auth/guard";
import { ROLE_LABEL } from "@/lib/auth/roles";
import { FIELD_LABEL, parseStoredRows, type ImportError } from "@/lib/users/import";
import { getImport } from "@/lib/users/queries";
import { formatDate, parseIsoDate } from "@/lib/time/business-date";

export const metadata: Metadata = { title: "Xem trước tệp nhập" };

export default async function ImportPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("user.manage");
  const found = await getImport(actor, (await params).id);
  if (!found) notFound();
  const rows = parseStoredRows(found.rows);
  const errors = JSON.parse(found.errors) as ImportError[];
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        <Link href="/admin/users/import" className="text-brand-700 underline">
          Nhập người dùng
        </Link>
      </nav>
      <PageHeader title={`Tệp “${found.fileName}”`} kicker={`${rows.length} dòng hợp lệ, ${errors.length} lỗi`} />
      <div className="space-y-4">
        {found.status !== "PENDING" ? <Notice>{found.status === "IMPORTED" ? "Tệp này đã được nhập." : "Tệp này đã bị hủy."}</Notice> : null}
        {errors.length ? (
          <>
            <Notice tone="error">Tệp còn {errors.length} lỗi: không tài khoản nào được tạo. Hãy sửa tệp rồi tải lên lại.</Notice>
            <Table caption="Các lỗi theo dòng">
              <thead>
                <tr>
                  <Th>Dòng</Th>
                  <Th>Cột</Th>
                  <Th>Lỗi</Th>
                </tr>
              </thead>
              <tbody>
                {errors.map((e, i) => (
                  <tr key={i}>
                    <Td className="tabular-nums">{e.row}</Td>
                    <Td>{FIELD_LABEL[e.field as keyof typeof FIELD_LABEL] ?? "—"}</Td>
                    <Td>{e.message}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </>
        ) : null}
        {rows.length ? (
          <Table caption="Các dòng hợp lệ">
            <thead>
              <tr>
                <Th>Dòng</Th>
                <Th>Tên đăng nhập</Th>
                <Th>Họ và tên</Th>
                <Th>Vai trò</Th>
                <Th>Mã đơn vị</Th>
                <Th>Tổ chức</Th>
                <Th>Từ ngày</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.row}>
                  <Td className="tabular-nums">{r.row}</Td>
                  <Td>{r.username}</Td>
                  <Td>{r.displayName}</Td>
                  <Td>{ROLE_LABEL[r.role]}</Td>
                  <Td>{r.unitCode}</Td>
                  <Td>{r.organisationCode ?? "—"}</Td>
                  <Td>{formatDate(parseIsoDate(r.validFrom)!)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : null}
        {found.status === "PENDING" && !errors.length && rows.length ? <ConfirmImportForm importId={found.id} count={rows.length} /> : null}
      </div>
    </>
  );
}
