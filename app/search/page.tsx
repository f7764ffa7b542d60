import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { Badge } from "@/components/ui/badge";
import { checkQuery, MAX_QUERY_LENGTH } from "@/lib/text/fold";
import { resolveAsOf } from "@/lib/units/as-of";
import { searchUnits } from "@/lib/units/queries";
import { formatDate } from "@/lib/time/business-date";
import { unitHref, unitTitle } from "@/lib/units/labels";
import { requireActor } from "@/lib/auth/current";
import { MAX_WORDS, searchRecords } from "@/lib/search/queries";
import type { SearchKind } from "@/lib/search/documents";

export const metadata: Metadata = { title: "Tìm kiếm" };

const KIND_LABEL: Record<SearchKind, string> = {
  MEETING: "Cuộc họp",
  TASK: "Nhiệm vụ",
  REPORT: "Báo cáo",
  RECOMMENDATION: "Kiến nghị",
  CRITICISM: "Phản biện",
  PERSON: "Người",
};

type Props = { searchParams: Promise<{ q?: string | string[]; asOf?: string | string[] }> };

export default async function SearchPage({ searchParams }: Props) {
  const actor = await requireActor();
  const params = await searchParams;
  const raw = Array.isArray(params.q) ? params.q[0] : params.q;
  const asOf = resolveAsOf(params.asOf);
  const check = checkQuery(raw);
  const [results, records] = check.ok ? await Promise.all([searchUnits(actor, check.folded, asOf.date), searchRecords(actor, check.folded)]) : [[], []];
  const shown = raw && raw.length <= MAX_QUERY_LENGTH ? raw : "";
  return (
    <>
      <PageHeader
        title="Tìm kiếm"
        kicker="Đơn vị, cuộc họp, nhiệm vụ, báo cáo, kiến nghị, phản biện và người trong phạm vi của bạn. Không phân biệt chữ hoa, chữ thường và dấu: “khoi dan van” tìm được “khối dân vận”."
      />
      <form method="get" action="/search" role="search" className="mb-4 flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-3">
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <label htmlFor="q" className="text-sm font-semibold text-slate-700">
            Từ khóa
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={shown}
            maxLength={MAX_QUERY_LENGTH}
            className="rounded border border-slate-300 px-3 py-2 text-sm"
            aria-describedby="q-hint"
          />
          <p id="q-hint" className="text-xs text-slate-600">
            Tối đa {MAX_QUERY_LENGTH} ký tự; tìm theo {MAX_WORDS} từ đầu tiên.
          </p>
        </div>
        {asOf.explicit ? <input type="hidden" name="asOf" value={asOf.iso} /> : null}
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
          Tìm
        </button>
      </form>
      <div className="space-y-3">
        {asOf.error ? <Notice tone="error">{asOf.error}</Notice> : null}
        {!check.ok && check.reason === "too-long" ? <Notice tone="error">Từ khóa quá dài: hãy nhập tối đa {MAX_QUERY_LENGTH} ký tự.</Notice> : null}
        {!check.ok && check.reason === "empty" && raw !== undefined ? <Notice>Hãy nhập từ khóa cần tìm (chữ hoặc số).</Notice> : null}
        {check.ok ? (
          <section aria-labelledby="results-heading">
            <h2 id="results-heading" className="mb-2 text-lg font-semibold">
              {results.length ? `Đơn vị: ${results.length} kết quả` : "Không tìm thấy đơn vị nào"}
            </h2>
            <ul className="divide-y divide-slate-100 rounded border border-slate-200 bg-white">
              {results.map((u) => {
                const base = unitHref(u);
                const href = u.inForce ? `${base}${asOf.explicit ? `?asOf=${asOf.iso}` : ""}` : `${base}?asOf=${u.validFrom.toISOString().slice(0, 10)}`;
                return (
                  <li key={u.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-3 py-2">
                    <Link href={href} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
                      {unitTitle(u)}
                    </Link>
                    <span className="text-sm text-slate-700">{u.parent ? unitTitle(u.parent) : ""}</span>
                    <span className="text-xs tabular-nums text-slate-600">mã {u.code}</span>
                    {u.inForce ? null : (
                      <Badge tone="muted">
                        {formatDate(u.validFrom)} – {u.validTo ? formatDate(u.validTo) : "nay"}
                      </Badge>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        ) : null}
        {check.ok ? (
          <section aria-labelledby="records-heading">
            <h2 id="records-heading" className="mb-2 text-lg font-semibold">
              {records.length ? `Hồ sơ: ${records.length}${records.length >= 30 ? "+" : ""} kết quả, phù hợp nhất trước` : "Không tìm thấy hồ sơ nào"}
            </h2>
            {records.length ? (
              <ul className="divide-y divide-slate-100 rounded border border-slate-200 bg-white">
                {records.map((r) => (
                  <li key={`${r.kind}-${r.recordId}`} className="space-y-1 px-3 py-2">
                    <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
                      <Badge tone="muted">{KIND_LABEL[r.kind]}</Badge>
                      <Link href={r.href} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
                        {r.title}
                      </Link>
                    </p>
                    <p className="text-sm text-slate-700">
                      {r.unit ? unitTitle(r.unit) : ""} · <span className="tabular-nums">{formatDate(r.day)}</span>
                    </p>
                    {r.snippet && r.snippet !== r.title ? <p className="text-sm text-slate-600">{r.snippet}</p> : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        ) : null}
      </div>
    </>
  );
}
