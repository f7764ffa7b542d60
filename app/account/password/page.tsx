import type { Metadata } from "next";
import { Notice } from "@/components/ui/notice";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { requireActor } from "@/lib/auth/current";

export const metadata: Metadata = { title: "Đổi mật khẩu" };

export default async function ChangePasswordPage() {
  const actor = await requireActor({ allowPasswordChange: true });
  return (
    <div className="mx-auto max-w-sm space-y-5 py-6">
      <h1 className="text-2xl font-semibold">Đổi mật khẩu</h1>
      {actor.mustChangePassword ? (
        <Notice tone="warning">Tài khoản của bạn vừa được cấp hoặc cấp lại mật khẩu. Hãy đặt mật khẩu mới trước khi tiếp tục.</Notice>
      ) : null}
      <ChangePasswordForm />
    </div>
  );
}
