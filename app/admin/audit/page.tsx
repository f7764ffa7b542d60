import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { Notice } from "@/components/ui/notice";
import { requireActor } from "@/lib/auth/current";
import { ACTION_FAMILIES, actionLabel } from "@/lib/audit/labels";
import { auditPage, auditReach, parseAuditFilter, type AuditFilter } from "@/lib/audit/viewer";
import { formatDateTime } from "@/lib/time/business-date";

export const metadata: Metadata = { title: "Nhật ký hệ thống" };

type SearchParams = Record<string, string | string[] | undefined>;

/** The filter as a query string (without the cursor unless given). */
function queryOf(filter: AuditFilter, extra: Record<string, string> = {}) {
  const p = new URLSearchParams();
  for (const key of ["person", "unit", "family", "outcome", "from", "to"] as const) if (filter[key]) p.set(key, filter[key]!);
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  return p.toString();
}

const ENTITY_LABEL: Record<string, string> = {
  User: "Tài khoản",
  Bloc: "Khối",
  Meeting: "Cuộc giao ban",
  Task: "Nhiệm vụ",
  Report: "Báo cáo",
  SupervisionPlan: "Kế hoạch giám sát",
  SupervisionActivity: "Hoạt động giám sát",
  Recommendation: "Kiến nghị",
  CriticismCase: "Phản biện",
  Export: "Tải dữ liệu",
  HandOver: "Bàn giao",
  StoredFile: "Tệp",
  CalendarYear: "Lịch năm",
  Unit: "Đơn vị",
};

/** A changed value as text, cut at 160 characters: the page stays light, the download has every value whole. */
function short(v: unknown): string {
  const text = v === null || v === undefined ? "—" : typeof v === "string" ? v : JSON.stringify(v);
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const reach = auditReach(actor);
  // Outside the roles that read the trail the page does not exist (as for any record out of scope).
  if (!reach) notFound();
  const { filter, errors } = parseAuditFilter(await searchParams);
  const result = errors.length ? null : await auditPage(actor, filter);
  const query = queryOf(filter);
  return (
    <>
      {reach === "global" ? (
        <nav aria-label="Vị trí" className="mb-2 text-sm">
          <Link href="/admin" className="text-brand-700 underline">
            Quản trị
          </Link>
          <span aria-hidden="true"> › </span>
          <span>Nhật ký hệ thống</span>
        </nav>
      ) : null}
      <PageHeader
        title="Nhật ký hệ thống"
        kicker={reach === "global" ? "Mọi thao tác, được phép và bị từ chối, kể cả đăng nhập và tải dữ liệu" : "Thao tác trên các đơn vị thuộc phạm vi của bạn"}
      />
      <div className="space-y-4">
        <form
          method="get"
          action="/admin/audit"
          role="search"
          className="grid grid-cols-2 gap-3 rounded border border-slate-200 bg-white p-3 sm:grid-cols-3 lg:grid-cols-6"
        >
          <div className="flex flex-col gap-1">
            <label htmlFor="a-person" className="text-sm font-semibold">
              Tên đăng nhập
            </label>
            <input
              id="a-person"
              name="person"
              defaultValue={filter.person ?? ""}
              maxLength={64}
              autoComplete="off"
              className="min-w-0 rounded border border-slate-300 px-3 py-2 text-sm"
            />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="a-unit" className="text-sm font-semibold">
              Mã đơn vị
            </label>
            <input
              id="a-unit"
              name="unit"
              defaultValue={filter.unit ?? ""}
              inputMode="numeric"
              maxLength={5}
              className="min-w-0 rounded border border-slate-300 px-3 py-2 text-sm"
            />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="a-family" className="text-sm font-semibold">
              Loại việc
            </label>
            <select id="a-family" name="family" defaultValue={filter.family ?? ""} className="min-w-0 rounded border border-slate-300 px-3 py-2 text-sm">
              <option value="">Tất cả</option>
              {ACTION_FAMILIES.map((f) => (
                <option key={f.prefix} value={f.prefix}>
                  {f.label}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="a-outcome" className="text-sm font-semibold">
              Kết quả
            </label>
            <select id="a-outcome" name="outcome" defaultValue={filter.outcome ?? ""} className="min-w-0 rounded border border-slate-300 px-3 py-2 text-sm">
              <option value="">Tất cả</option>
              <option value="ALLOWED">Được thực hiện</option>
              <option value="DENIED">Bị từ chối</option>
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="a-from" className="text-sm font-semibold">
              Từ ngày
            </label>
            <input id="a-from" name="from" type="date" defaultValue={filter.from ?? ""} className="min-w-0 rounded border border-slate-300 px-3 py-2 text-sm" />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="a-to" className="text-sm font-semibold">
              Đến ngày
            </label>
            <input id="a-to" name="to" type="date" defaultValue={filter.to ?? ""} className="min-w-0 rounded border border-slate-300 px-3 py-2 text-sm" />
          </div>
          <div className="col-span-2 flex flex-wrap items-center gap-3 sm:col-span-3 lg:col-span-6">
            <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
              Lọc
            </button>
            <Link href="/admin/audit" className="text-sm text-brand-700 underline">
              Bỏ lọc
            </Link>
            {!errors.length ? (
              <span className="flex flex-wrap gap-x-3 gap-y-1 whitespace-nowrap text-sm sm:ml-auto">
                <a className="text-brand-700 underline" href={`/api/export/audit.csv${query ? `?${query}` : ""}`}>
                  Tải CSV
                </a>
                <a className="text-brand-700 underline" href={`/api/export/audit.csv?${queryOf(filter, { format: "xlsx" })}`}>
                  Tải Excel
                </a>
                <span className="text-slate-600">(tối đa 10.000 dòng mới nhất)</span>
              </span>
            ) : null}
          </div>
        </form>
        {errors.length ? (
          <Notice tone="error">
            <ul className="list-disc pl-5">
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </Notice>
        ) : null}
        {result && "error" in result ? <Notice tone="error">{result.error}</Notice> : null}
        {result && "rows" in result ? (
          result.rows.length ? (
            <>
              <ol className="space-y-2" aria-label="Các thao tác, mới nhất trước">
                {result.rows.map((e) => (
                  <li key={e.id} className="rounded border border-slate-200 bg-white p-3 text-sm">
                    <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
                      <time dateTime={e.occurredAt.toISOString()} className="tabular-nums text-slate-600">
                        {formatDateTime(e.occurredAt)}
                      </time>
                      <span className="font-semibold">{actionLabel(e.action)}</span>
                      {e.outcome === "DENIED" ? <Badge tone="danger">Bị từ chối</Badge> : <Badge tone="success">Được thực hiện</Badge>}
                    </p>
                    <p className="text-slate-700">
                      {e.actorUsername ? (
                        <>
                          {e.actorName} (
                          <Link className="text-brand-700 underline" href={`/admin/audit?${queryOf({ ...filter, person: e.actorUsername })}`}>
                            {e.actorUsername}
                          </Link>
                          )
                        </>
                      ) : (
                        e.actorName
                      )}
                      {e.unit ? (
                        <>
                          {" "}
                          · {e.unit.name} (mã {e.unit.code})
                        </>
                      ) : null}
                      {" · "}
                      {ENTITY_LABEL[e.entityType] ?? e.entityType}
                      {e.entityLabel ? `: ${e.entityLabel}` : e.entityId ? <span className="text-slate-600"> {e.entityId.slice(0, 12)}</span> : null}
                    </p>
                    {e.reason ? <p className="text-slate-700">Lý do: {e.reason}</p> : null}
                    {e.changes.length || e.address ? (
                      <details className="mt-1">
                        <summary className="cursor-pointer text-brand-700">Chi tiết</summary>
                        <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs text-slate-700">
                          {e.changes.map((c) => (
                            <div key={c.field} className="contents">
                              <dt className="font-semibold">{c.field}</dt>
                              <dd className="break-all">
                                {short(c.before)} → {short(c.after)}
                              </dd>
                            </div>
                          ))}
                          {e.address ? (
                            <div className="contents">
                              <dt className="font-semibold">Địa chỉ</dt>
                              <dd>{e.address}</dd>
                            </div>
                          ) : null}
                          {e.requestId ? (
                            <div className="contents">
                              <dt className="font-semibold">Mã yêu cầu</dt>
                              <dd className="break-all">{e.requestId}</dd>
                            </div>
                          ) : null}
                        </dl>
                      </details>
                    ) : null}
                  </li>
                ))}
              </ol>
              <nav aria-label="Trang" className="flex gap-4 text-sm">
                {filter.cursor ? (
                  <Link className="text-brand-700 underline" href={`/admin/audit${query ? `?${query}` : ""}`}>
                    ← Mới nhất
                  </Link>
                ) : null}
                {result.next ? (
                  <Link className="font-semibold text-brand-700 underline" href={`/admin/audit?${queryOf(filter, { cursor: result.next })}`}>
                    Cũ hơn →
                  </Link>
                ) : (
                  <span className="text-slate-600">Hết danh sách.</span>
                )}
              </nav>
            </>
          ) : (
            <Notice>Không có thao tác nào khớp bộ lọc.</Notice>
          )
        ) : null}
      </div>
    </>
  );
}
