import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { ResetPasswordForm } from "@/components/auth/password-reset-forms";
import { INVALID_LINK, validReset } from "@/lib/auth/reset";

// The token is in the address: no referrer leaves this page.
export const metadata: Metadata = { title: "Đặt mật khẩu mới", referrer: "no-referrer" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const reset = await validReset(typeof token === "string" ? token : null);
  return (
    <div className="mx-auto max-w-sm space-y-5 py-6">
      <h1 className="text-2xl font-semibold">Đặt mật khẩu mới</h1>
      {reset ? (
        <>
          <p className="text-sm text-slate-700">
            Tài khoản <strong>{reset.user.username}</strong>. Đặt mật khẩu mới sẽ kết thúc mọi phiên đăng nhập đang mở của tài khoản.
          </p>
          <ResetPasswordForm token={token!} />
        </>
      ) : (
        <>
          <Notice tone="warning">{INVALID_LINK}</Notice>
          <p className="text-sm">
            <Link href="/password/forgot" className="text-brand-700 underline">
              Yêu cầu liên kết mới
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
