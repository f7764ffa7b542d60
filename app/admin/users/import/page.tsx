import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { requirePermission } from "@/lib/auth/guard";
import { MAX_IMPORT_ROWS, TEMPLATE_HEADER } from "@/lib/users/import";

export const metadata: Metadata = { title: "Nhập người dùng từ tệp" };

const ERRORS: Record<string, string> = {
  size: "Tệp quá lớn: tối đa 2 MB.",
  type: "Chỉ nhận tệp CSV (UTF-8) hoặc Excel .xlsx; tệp này không phải hai loại đó.",
  empty: "Hãy chọn một tệp.",
  form: "Biểu mẫu gửi lên không hợp lệ; hãy thử lại.",
  unreadable: "Không đọc được tệp; hãy lưu lại dưới dạng CSV UTF-8 hoặc .xlsx rồi thử lại.",
};

export default async function ImportPage({ searchParams }: { searchParams: Promise<{ loi?: string }> }) {
  await requirePermission("user.manage");
  const error = ERRORS[String((await searchParams).loi ?? "")];
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        <Link href="/admin/users" className="text-brand-700 underline">
          Người dùng
        </Link>
      </nav>
      <PageHeader
        title="Nhập người dùng từ tệp"
        kicker={`CSV hoặc Excel (.xlsx), tối đa ${MAX_IMPORT_ROWS} dòng. Bạn sẽ xem trước và xác nhận; nếu còn dòng lỗi, không tài khoản nào được tạo.`}
      />
      <div className="space-y-4">
        {error ? <Notice tone="error">{error}</Notice> : null}
        <p className="text-sm">
          Các cột: {TEMPLATE_HEADER.join(", ")}. Vai trò ghi bằng tên (ví dụ “Trưởng khối cấp xã”); ngày dạng dd/MM/yyyy.{" "}
          <a href="/api/admin/users/import/template" className="text-brand-700 underline">
            Tải tệp mẫu
          </a>
        </p>
        <form
          action="/api/admin/users/import"
          method="post"
          encType="multipart/form-data"
          className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-3"
        >
          <div className="flex flex-col gap-1">
            <label htmlFor="file" className="text-sm font-semibold">
              Tệp danh sách
            </label>
            <input
              id="file"
              name="file"
              type="file"
              required
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className="text-sm"
            />
          </div>
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
            Tải lên và xem trước
          </button>
        </form>
      </div>
    </>
  );
}
