import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-3 py-10 text-center">
      <p className="text-sm font-semibold text-brand-700">Lỗi 404</p>
      <h1 className="text-2xl font-semibold">Không tìm thấy trang</h1>
      <p className="text-slate-700">Trang hoặc đơn vị bạn tìm không tồn tại, hoặc bạn không có quyền xem.</p>
      <p>
        <Link href="/" className="text-brand-700 underline">
          Về trang chủ
        </Link>
      </p>
    </div>
  );
}
