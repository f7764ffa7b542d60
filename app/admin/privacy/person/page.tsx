import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { Badge } from "@/components/ui/badge";
import { PersonHitCard } from "@/components/privacy/person-hit";
import { requirePermission } from "@/lib/auth/guard";
import { REASON_MAX, REASON_MIN } from "@/lib/privacy/limits";
import { parsePersonQuery } from "@/lib/privacy/person";
import { searchPerson } from "@/lib/privacy/queries";

export const metadata: Metadata = { title: "Yêu cầu của người dân về dữ liệu cá nhân" };

type Props = { searchParams: Promise<{ name?: string; id?: string; reason?: string }> };

const one = (v: unknown) => (typeof v === "string" ? v : "");
const inputClass = "rounded border border-slate-300 px-3 py-2 text-base sm:text-sm";

/** A person's request (decision 0042): find every record naming them, export it, correct or anonymise it. */
export default async function PersonRequestPage({ searchParams }: Props) {
  const actor = await requirePermission("privacy.manage");
  const query = await searchParams;
  const [name, id, reason] = [one(query.name), one(query.id), one(query.reason).replace(/\s+/g, " ").trim()];
  const asked = Boolean(name || id || reason);
  const reasonError =
    asked && ([...reason].length < REASON_MIN || [...reason].length > REASON_MAX)
      ? `Ghi căn cứ yêu cầu (đơn, ngày, người yêu cầu), từ ${REASON_MIN} đến ${REASON_MAX} ký tự.`
      : null;
  const parsed = asked ? parsePersonQuery(name, id) : null;
  const error = reasonError ?? (parsed && "error" in parsed ? parsed.error : null);
  const person = !error && parsed && !("error" in parsed) ? parsed : null;
  // The search is a step of the request: audited with its basis.
  const result = person ? await searchPerson(actor, person, reason) : null;
  const exportHref = `/api/admin/person-export?${new URLSearchParams({ name, id, reason })}`;
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        <Link href="/admin" className="text-brand-700 underline">
          Quản trị
        </Link>
        <span aria-hidden="true"> › </span>
        <Link href="/admin/privacy" className="text-brand-700 underline">
          Dữ liệu cá nhân
        </Link>
        <span aria-hidden="true"> › </span>
        <span>Yêu cầu của người dân</span>
      </nav>
      <PageHeader title="Yêu cầu của người dân về dữ liệu của mình" kicker="Tìm, xuất, sửa, ẩn danh; mỗi bước được ghi nhật ký kèm căn cứ" />
      <form method="get" className="mb-6 grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2" noValidate>
        {error ? (
          <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 sm:col-span-2">
            {error}
          </p>
        ) : null}
        <div className="flex flex-col gap-1">
          <label htmlFor="p-name" className="text-sm font-semibold">
            Họ tên (có dấu hoặc không dấu)
          </label>
          <input id="p-name" name="name" defaultValue={name} maxLength={120} className={inputClass} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="p-id" className="text-sm font-semibold">
            Số CMND/CCCD hoặc số điện thoại
          </label>
          <input id="p-id" name="id" defaultValue={id} inputMode="numeric" maxLength={20} className={inputClass} />
        </div>
        <div className="flex flex-col gap-1 sm:col-span-2">
          <label htmlFor="p-reason" className="text-sm font-semibold">
            Căn cứ yêu cầu (đơn, ngày, người yêu cầu)
          </label>
          <input
            id="p-reason"
            name="reason"
            defaultValue={reason}
            required
            maxLength={REASON_MAX}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby="p-reason-hint"
            className={inputClass}
          />
          <p id="p-reason-hint" className="text-xs text-slate-700">
            Ít nhất {REASON_MIN} ký tự. Việc tìm, tải, sửa, ẩn danh đều được ghi vào nhật ký kèm căn cứ này.
          </p>
        </div>
        <button type="submit" className="self-start rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
          Tìm hồ sơ
        </button>
      </form>
      {result ? (
        <section aria-labelledby="hits-h" className="space-y-3">
          <h2 id="hits-h" className="text-lg font-semibold">
            {result.hits.length} hồ sơ nêu người này{result.truncated ? " (chỉ 200 hồ sơ mới nhất)" : ""}
          </h2>
          {result.hits.length ? (
            <p className="flex flex-wrap items-center gap-2 text-sm">
              <a className="text-brand-700 underline" href={exportHref}>
                Tải Excel những gì cổng đang giữ về người này
              </a>
              <Badge tone="warning">Có dữ liệu cá nhân đầy đủ</Badge>
            </p>
          ) : (
            <Notice>Không có hồ sơ nào nêu họ tên hay số này.</Notice>
          )}
          <ul className="space-y-3">
            {result.hits.map((h) => (
              <PersonHitCard key={`${h.kind}-${h.id}`} hit={h} reason={reason} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
