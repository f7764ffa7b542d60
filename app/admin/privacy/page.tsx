import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { RetentionForm, RunRetentionForm } from "@/components/privacy/retention-forms";
import { requirePermission } from "@/lib/auth/guard";
import { RECORD_KIND_LABEL, type RecordKind } from "@/lib/privacy/inventory";
import { DEFAULT_RETENTION_YEARS, RECORD_KINDS } from "@/lib/privacy/retention";
import { retentionOverview, retentionRuns } from "@/lib/privacy/queries";
import { formatDate, formatDateTime } from "@/lib/time/business-date";
import { today } from "@/lib/time/today";

export const metadata: Metadata = { title: "Dữ liệu cá nhân" };

export default async function PrivacyAdminPage() {
  await requirePermission("privacy.manage");
  const day = today();
  const [{ policy, due }, runs] = await Promise.all([retentionOverview(day), retentionRuns(10)]);
  const totalDue = Object.values(due).reduce((a, b) => a + b, 0);
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        <Link href="/admin" className="text-brand-700 underline">
          Quản trị
        </Link>
        <span aria-hidden="true"> › </span>
        <span>Dữ liệu cá nhân</span>
      </nav>
      <PageHeader title="Dữ liệu cá nhân của người dân" kicker="Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15 · Nghị định 13/2023/NĐ-CP" />
      <div className="space-y-8">
        <section aria-labelledby="retention-h" className="space-y-3">
          <h2 id="retention-h" className="text-lg font-semibold">
            Thời hạn lưu trữ
          </h2>
          <p className="text-sm text-slate-700">
            Hết thời hạn kể từ khi hồ sơ kết thúc (cuộc họp được duyệt, báo cáo được chấp nhận, nhiệm vụ, kiến nghị, giám sát, phản biện đã kết thúc), họ tên,
            số điện thoại, số định danh, địa chỉ và nội dung người dân đã nêu trong hồ sơ được ẩn danh, cả trong nhật ký, thông báo, thư và chỉ mục tìm kiếm. Hồ
            sơ, ngày tháng, trạng thái và số liệu được giữ. Hồ sơ đang làm, đang chờ xem xét không bao giờ bị ẩn danh. Mặc định {DEFAULT_RETENTION_YEARS} năm.
          </p>
          <ul className="space-y-3">
            {RECORD_KINDS.map((kind: RecordKind) => (
              <li key={kind} className="space-y-2 rounded border border-slate-200 bg-white p-3">
                <h3 className="font-semibold">{RECORD_KIND_LABEL[kind]}</h3>
                <p className="text-sm text-slate-700">
                  {policy.get(kind) ? `Giữ ${policy.get(kind)!.years} năm (đã đặt).` : `Giữ ${DEFAULT_RETENTION_YEARS} năm (mặc định).`} Đến hạn ẩn danh hôm
                  nay: <strong>{due[kind]}</strong> hồ sơ.
                </p>
                <RetentionForm
                  kind={kind}
                  label={RECORD_KIND_LABEL[kind]}
                  years={policy.get(kind)?.years ?? DEFAULT_RETENTION_YEARS}
                  version={policy.get(kind)?.version ?? 0}
                />
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="person-h" className="space-y-2">
          <h2 id="person-h" className="text-lg font-semibold">
            Yêu cầu của người dân
          </h2>
          <p className="text-sm text-slate-700">
            Khi một người yêu cầu biết, sửa hoặc xóa dữ liệu của mình:{" "}
            <Link href="/admin/privacy/person" className="text-brand-700 underline">
              tìm mọi hồ sơ nêu tên người đó
            </Link>{" "}
            (theo họ tên có dấu hoặc không dấu, số định danh, số điện thoại), tải về, sửa hoặc ẩn danh.
          </p>
        </section>
        <section aria-labelledby="run-h" className="space-y-3">
          <h2 id="run-h" className="text-lg font-semibold">
            Ẩn danh hồ sơ hết hạn
          </h2>
          <p className="text-sm text-slate-700">
            Bộ chạy nền (npm run mail) ẩn danh mỗi ngày một lần; ngày làm việc hiện tại: {formatDate(day)}. Chạy lại không thay đổi gì thêm.
          </p>
          <RunRetentionForm due={totalDue} />
          {runs.length ? (
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Các lần chạy gần đây</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-1 pr-3">
                    Thời điểm
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Người chạy
                  </th>
                  <th scope="col" className="py-1">
                    Kết quả
                  </th>
                </tr>
              </thead>
              <tbody>
                {runs.map((r) => (
                  <tr key={r.id} className="border-b border-slate-100">
                    <td className="py-1 pr-3">{formatDateTime(r.at)}</td>
                    <td className="py-1 pr-3">{r.by}</td>
                    <td className="py-1">{r.summary}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <Notice>Chưa có lần chạy nào.</Notice>
          )}
        </section>
      </div>
    </>
  );
}
