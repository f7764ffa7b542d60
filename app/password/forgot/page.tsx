import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/components/auth/password-reset-forms";
import { RESET_MINUTES } from "@/lib/auth/reset";

export const metadata: Metadata = { title: "Quên mật khẩu" };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-sm space-y-5 py-6">
      <h1 className="text-2xl font-semibold">Quên mật khẩu</h1>
      <p className="text-sm text-slate-700">
        Nhập tên đăng nhập hoặc địa chỉ thư điện tử của tài khoản. Cổng gửi tới địa chỉ thư của tài khoản một liên kết để đặt mật khẩu mới, dùng được một lần
        trong {RESET_MINUTES} phút.
      </p>
      <ForgotPasswordForm />
      <p className="text-sm">
        <Link href="/login" className="text-brand-700 underline">
          Quay lại đăng nhập
        </Link>
      </p>
    </div>
  );
}
