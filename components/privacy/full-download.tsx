// Asking for a download with citizens' data in full (lib/privacy/export.ts): the links beside it give the
// masked file; this form states the reason and takes the full one. Shown only to those who may see the
// record's citizens in full; the server checks again and refuses a reason under ten characters.
import { REASON_MAX, REASON_MIN } from "@/lib/privacy/limits";

/** `href`: the download's address with its query (e.g. /api/export/tasks.csv?commune=07105&format=xlsx). */
export function FullDownload({ href, id, label = "Tải bản đầy đủ dữ liệu cá nhân" }: { href: string; id: string; label?: string }) {
  const url = new URL(href, "http://local");
  const hidden = [...url.searchParams].filter(([k]) => k !== "citizens" && k !== "reason");
  return (
    <details className="w-full rounded border border-amber-300 bg-amber-50 p-2 text-sm sm:w-auto">
      <summary className="cursor-pointer font-semibold text-amber-900">{label}</summary>
      <form method="get" action={url.pathname} className="mt-2 flex flex-col gap-2">
        {hidden.map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <input type="hidden" name="citizens" value="full" />
        <label htmlFor={`${id}-reason`} className="font-semibold text-slate-800">
          Lý do tải bản đầy đủ
        </label>
        <input
          id={`${id}-reason`}
          name="reason"
          required
          minLength={REASON_MIN}
          maxLength={REASON_MAX}
          aria-describedby={`${id}-hint`}
          className="w-full rounded border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm"
        />
        <p id={`${id}-hint`} className="text-xs text-slate-700">
          Bản thường đã che họ tên, số điện thoại, số định danh của người dân. Bản đầy đủ ghi ở đầu tệp người tải, thời điểm và lý do (ít nhất {REASON_MIN} ký
          tự); việc tải được ghi vào nhật ký.
        </p>
        <button type="submit" className="self-start rounded bg-amber-800 px-4 py-2 text-sm font-semibold text-white hover:bg-amber-900">
          Tải bản đầy đủ
        </button>
      </form>
    </details>
  );
}
