// A model's evidence: the documents and photos filed with it, and, for those who registered it, the upload
// form (through lib/skilful-models/files.ts: PDF or an image, at most 20 MB).
import type { ModelDetail } from "@/lib/skilful-models/queries";
import { Notice } from "@/components/ui/notice";

const ERRORS: Record<string, string> = {
  size: "Tệp quá lớn: tối đa 20 MB. Chưa có gì được lưu.",
  type: "Chỉ nhận văn bản PDF hoặc ảnh (PNG, JPEG, WebP). Chưa có gì được lưu.",
  empty: "Hãy chọn tệp.",
  form: "Biểu mẫu gửi lên không hợp lệ; hãy thử lại.",
};

const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

export function EvidenceSection({ model, manage, saved, error }: { model: ModelDetail; manage: boolean; saved: boolean; error?: string }) {
  return (
    <section aria-labelledby="evidence-h" className="space-y-2 rounded border border-slate-200 bg-white p-4">
      <h2 id="evidence-h" className="text-lg font-semibold">
        Minh chứng ({model.evidence.length})
      </h2>
      {saved ? <Notice>Đã lưu minh chứng.</Notice> : null}
      {error ? <Notice tone="error">{ERRORS[error] ?? ERRORS.form}</Notice> : null}
      {model.evidence.length ? (
        <ul className="space-y-1 text-sm">
          {model.evidence.map((e) => (
            <li key={e.id}>
              <a className="text-brand-700 underline" href={`/api/files/${e.file.id}`}>
                {e.file.originalName}
              </a>{" "}
              <span className="text-slate-600">
                ({e.file.mimeType === "application/pdf" ? "PDF" : "ảnh"}, {size(e.file.size)})
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-700">Chưa có minh chứng.</p>
      )}
      {manage ? (
        <form action={`/api/models/${model.id}/evidence`} method="post" encType="multipart/form-data" className="flex flex-wrap items-end gap-3">
          <div className="flex flex-col gap-1">
            <label htmlFor="evidence" className="text-sm">
              Văn bản hoặc hình ảnh (PDF, PNG, JPEG, WebP; tối đa 20 MB)
            </label>
            <input id="evidence" name="evidence" type="file" required accept="application/pdf,image/png,image/jpeg,image/webp" className="text-sm" />
          </div>
          <button type="submit" className="rounded border border-slate-300 bg-white px-3 py-2 text-sm font-semibold">
            Thêm minh chứng
          </button>
        </form>
      ) : null}
    </section>
  );
}
