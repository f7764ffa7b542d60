import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { unsubscribeTarget } from "@/lib/mail/unsubscribe";

export const metadata: Metadata = { title: "Ngừng nhận thư", referrer: "no-referrer" };

/**
 * The page an unsubscribe link opens, without sign-in. Opening it changes nothing (mail scanners open
 * links); the button posts to /api/unsubscribe, which comes back here with the result.
 */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ t?: string }> }) {
  const { t } = await searchParams;
  const target = await unsubscribeTarget(typeof t === "string" ? t : null);
  return (
    <div className="mx-auto max-w-md space-y-4 py-6">
      <h1 className="text-2xl font-semibold">Ngừng nhận thư</h1>
      {!target ? (
        <Notice tone="warning">
          Liên kết không hợp lệ hoặc đã bị cắt mất một phần. Hãy mở lại liên kết trong thư, hoặc đăng nhập để chọn loại thư ở trang Tài khoản.
        </Notice>
      ) : !target.active ? (
        <Notice tone="info">
          {target.to} sẽ không nhận thư “{target.label}” nữa. Các thư khác không thay đổi.
        </Notice>
      ) : (
        <form method="post" action="/api/unsubscribe" className="space-y-4">
          <p>
            Ngừng gửi thư “<strong>{target.label}</strong>” tới <strong>{target.to}</strong>? Các loại thư khác và thông báo trong cổng không thay đổi.
          </p>
          <input type="hidden" name="t" value={t} />
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
            Ngừng nhận loại thư này
          </button>
        </form>
      )}
      <p className="text-sm">
        <Link href="/account/mail" className="text-brand-700 underline">
          Chọn các loại thư khác (cần đăng nhập)
        </Link>
      </p>
    </div>
  );
}
