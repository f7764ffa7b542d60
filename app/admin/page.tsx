import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Quản trị" };

export default async function AdminPage() {
  await requirePermission("user.read");
  return (
    <>
      <PageHeader title="Quản trị" />
      <ul className="grid gap-3 sm:grid-cols-2">
        <li className="rounded border border-slate-200 bg-white p-4">
          <Link href="/admin/users" className="font-semibold text-brand-700 underline">
            Người dùng
          </Link>
          <p className="text-sm text-slate-700">Tạo tài khoản, giao và kết thúc vai trò, khóa tài khoản, cấp lại mật khẩu, nhập danh sách từ tệp.</p>
        </li>
        <li className="rounded border border-slate-200 bg-white p-4">
          <Link href="/admin/audit" className="font-semibold text-brand-700 underline">
            Nhật ký hệ thống
          </Link>
          <p className="text-sm text-slate-700">
            Mọi thao tác được phép và bị từ chối, đăng nhập và đăng nhập sai, tải dữ liệu, bàn giao: lọc theo người, đơn vị, loại việc, kết quả, ngày; tải về.
          </p>
        </li>
        <li className="rounded border border-slate-200 bg-white p-4">
          <Link href="/admin/models" className="font-semibold text-brand-700 underline">
            Tiêu chí Dân vận khéo
          </Link>
          <p className="text-sm text-slate-700">Tiêu chí, trọng số, điểm tối đa và ngưỡng đạt để cấp trên chấm mô hình Dân vận khéo từng năm.</p>
        </li>
        <li className="rounded border border-slate-200 bg-white p-4">
          <Link href="/admin/privacy" className="font-semibold text-brand-700 underline">
            Dữ liệu cá nhân của người dân
          </Link>
          <p className="text-sm text-slate-700">Thời hạn lưu trữ theo loại hồ sơ, ẩn danh hồ sơ hết hạn; tìm, xuất, sửa, ẩn danh theo yêu cầu của một người.</p>
        </li>
        <li className="rounded border border-slate-200 bg-white p-4">
          <Link href="/admin/mail" className="font-semibold text-brand-700 underline">
            Thư điện tử
          </Link>
          <p className="text-sm text-slate-700">
            Thư nhắc việc, thư tổng hợp, thư đặt lại mật khẩu: đã gửi, đang chờ, bị trả về; bộ gửi thư có đang chạy không.
          </p>
        </li>
        <li className="rounded border border-slate-200 bg-white p-4">
          <Link href="/admin/calendar" className="font-semibold text-brand-700 underline">
            Lịch ngày làm việc
          </Link>
          <p className="text-sm text-slate-700">Ngày nghỉ lễ, nghỉ bù, làm bù từng năm theo thông báo chính thức; năm chưa đối chiếu được đánh dấu.</p>
        </li>
        <li className="rounded border border-slate-200 bg-white p-4">
          <Link href="/admin/deadline-rules" className="font-semibold text-brand-700 underline">
            Quy tắc tính hạn
          </Link>
          <p className="text-sm text-slate-700">Hạn báo cáo, hạn trả lời kiến nghị…: mốc tính, số ngày lịch hoặc ngày làm việc, căn cứ pháp lý, phiên bản.</p>
        </li>
        <li className="rounded border border-slate-200 bg-white p-4">
          <Link href="/admin/reporting" className="font-semibold text-brand-700 underline">
            Chế độ báo cáo và lĩnh vực
          </Link>
          <p className="text-sm text-slate-700">Báo cáo gì, kỳ nào, kỳ số liệu, quy tắc tính hạn, căn cứ; danh mục lĩnh vực của báo cáo tình hình nhân dân.</p>
        </li>
        <li className="rounded border border-slate-200 bg-white p-4">
          <Link href="/province" className="font-semibold text-brand-700 underline">
            Đơn vị hành chính
          </Link>
          <p className="text-sm text-slate-700">Danh mục tỉnh, huyện, xã theo từng thời điểm, với lịch sử sắp xếp.</p>
        </li>
        <li className="rounded border border-slate-200 bg-white p-4">
          <Link href="/handover" className="font-semibold text-brand-700 underline">
            Bàn giao khi sắp xếp đơn vị
          </Link>
          <p className="text-sm text-slate-700">
            Việc đang mở của các đơn vị đã kết thúc hoạt động chuyển về đơn vị kế thừa; cũng bằng lệnh <code>npm run handover</code>.
          </p>
        </li>
        <li className="rounded border border-slate-200 bg-white p-4">
          <Link href="/national" className="font-semibold text-brand-700 underline">
            Toàn quốc
          </Link>
          <p className="text-sm text-slate-700">Các tỉnh, thành phố cạnh nhau: giao ban, nhiệm vụ, báo cáo tháng, kiến nghị, từ bảng tổng hợp.</p>
        </li>
      </ul>
    </>
  );
}
