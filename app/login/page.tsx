import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Notice } from "@/components/ui/notice";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getActor } from "@/lib/auth/current";
import { homeOf } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Đăng nhập" };

const REASONS: Record<string, string> = {
  expired: "Phiên làm việc đã hết hạn. Hãy đăng nhập lại.",
  revoked: "Phiên làm việc đã kết thúc (đăng xuất, đổi mật khẩu hoặc bị thu hồi). Hãy đăng nhập lại.",
  disabled: "Tài khoản này đã bị khóa. Hãy liên hệ quản trị viên.",
  missing: "Phiên làm việc không còn hiệu lực. Hãy đăng nhập lại.",
  reset: "Đã đặt mật khẩu mới; mọi phiên đăng nhập cũ đã kết thúc. Hãy đăng nhập bằng mật khẩu mới.",
};

type Props = { searchParams: Promise<{ reason?: string; callbackUrl?: string; error?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  const actor = await getActor();
  if (actor) redirect(actor.mustChangePassword ? "/account/password" : homeOf(actor.assignments[0]));
  const reason = typeof params.reason === "string" ? REASONS[params.reason] : undefined;
  const callbackUrl = typeof params.callbackUrl === "string" && params.callbackUrl.startsWith("/") ? params.callbackUrl.slice(0, 512) : undefined;
  return (
    <div className="mx-auto max-w-sm space-y-5 py-6">
      <h1 className="text-2xl font-semibold">Đăng nhập</h1>
      {reason ? <Notice tone={params.reason === "reset" ? "info" : "warning"}>{reason}</Notice> : null}
      {params.error ? <Notice tone="error">Tên đăng nhập hoặc mật khẩu không đúng.</Notice> : null}
      <SignInForm callbackUrl={callbackUrl} />
      <p className="text-sm text-slate-700">
        <Link href="/password/forgot" className="text-brand-700 underline">
          Quên mật khẩu?
        </Link>{" "}
        Cổng gửi liên kết đặt lại tới địa chỉ thư điện tử của tài khoản; tài khoản chưa có địa chỉ thư thì liên hệ quản trị viên để được cấp lại.
      </p>
    </div>
  );
}
