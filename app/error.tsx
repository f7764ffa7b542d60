"use client";

// Shown for an unexpected failure inside a page. Never shows the error itself: the digest lets the
// operator find it in the server log, where it is written with the request id.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl space-y-3 py-10 text-center">
      <h1 className="text-2xl font-semibold">Đã có lỗi xảy ra</h1>
      <p className="text-slate-700">Hệ thống chưa xử lý được yêu cầu này. Dữ liệu bạn đã lưu trước đó không bị ảnh hưởng.</p>
      {error.digest ? <p className="text-xs text-slate-600">Mã lỗi để báo cho quản trị viên: {error.digest}</p> : null}
      <button type="button" onClick={reset} className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
        Thử lại
      </button>
    </div>
  );
}
