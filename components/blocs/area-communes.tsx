// The communes of an area page (a 2018 district, or today's province with its communes directly under it):
// filters, the registry and activity table (grouped by former district where the page offers it), the
// downloads and the bulk update. Renders what the page loaded (lib/blocs/area-view.ts).
import { Notice } from "@/components/ui/notice";
import { CommuneBlocTable } from "@/components/blocs/commune-bloc-table";
import { BulkBlocForm } from "@/components/blocs/bulk-bloc-form";
import type { AreaCommunes as AreaData } from "@/lib/blocs/area-view";
import type { Sort } from "@/lib/blocs/district-table";
import { COMMUNE_MODELS, MODEL_LABEL, STATUS_LABEL, STATUSES } from "@/lib/blocs/labels";
import { sumRates } from "@/lib/reports/rules";
import type { AsOf } from "@/lib/units/as-of";
import { toIsoDate } from "@/lib/time/business-date";

interface Props {
  data: AreaData;
  area: { code: string; title: string };
  /** The page's own address, e.g. /districts/201 or /province. */
  basePath: string;
  asOf: AsOf;
}

export function AreaCommunes({ data, area, basePath, asOf }: Props) {
  const { rows, shown, filter, activity, reportRates, formers, manage, day } = data;
  const href = (sort: Sort, desc: boolean) => {
    const p = new URLSearchParams();
    if (asOf.explicit) p.set("asOf", asOf.iso);
    if (filter.model) p.set("model", filter.model);
    if (filter.status) p.set("status", filter.status);
    if (filter.q) p.set("q", filter.q);
    if (filter.mismatch) p.set("mismatch", "1");
    if (filter.group) p.set("group", "district");
    p.set("sort", sort);
    if (desc) p.set("dir", "desc");
    return `${basePath}?${p}`;
  };
  const grouped = filter.group && formers;
  const groups = grouped ? groupByFormer(shown, formers) : [{ code: "", name: "", list: shown }];
  const exportQuery = `area=${area.code}&asOf=${asOf.iso}`;
  return (
    <section aria-labelledby="communes-h" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="communes-h" className="text-lg font-semibold">
          Khối của các xã, phường ({shown.length}/{rows.length})
        </h2>
        <p className="flex gap-3 text-sm">
          <a className="text-brand-700 underline" href={`/api/export/communes.csv?${exportQuery}`}>
            Tải CSV
          </a>
          <a className="text-brand-700 underline" href={`/api/export/communes.csv?${exportQuery}&format=xlsx`}>
            Tải Excel
          </a>
        </p>
      </div>
      <form method="get" action={basePath} className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-3" role="search">
        {asOf.explicit ? <input type="hidden" name="asOf" value={asOf.iso} /> : null}
        <div className="flex flex-col gap-1">
          <label htmlFor="fq" className="text-sm font-semibold">
            Tên xã
          </label>
          <input id="fq" name="q" type="search" defaultValue={filter.q ?? ""} maxLength={100} className="rounded border border-slate-300 px-3 py-2 text-sm" />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="fmodel" className="text-sm font-semibold">
            Mô hình
          </label>
          <select id="fmodel" name="model" defaultValue={filter.model ?? ""} className="rounded border border-slate-300 px-3 py-2 text-sm">
            <option value="">Tất cả</option>
            {COMMUNE_MODELS.map((m) => (
              <option key={m} value={m}>
                {MODEL_LABEL[m]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="fstatus" className="text-sm font-semibold">
            Trạng thái
          </label>
          <select id="fstatus" name="status" defaultValue={filter.status ?? ""} className="rounded border border-slate-300 px-3 py-2 text-sm">
            <option value="">Tất cả</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </div>
        {formers ? (
          <div className="flex flex-col gap-1">
            <label htmlFor="fgroup" className="text-sm font-semibold">
              Nhóm theo
            </label>
            <select id="fgroup" name="group" defaultValue={filter.group ? "district" : ""} className="rounded border border-slate-300 px-3 py-2 text-sm">
              <option value="">Không nhóm</option>
              <option value="district">Huyện cũ (đến 30/06/2025)</option>
            </select>
          </div>
        ) : null}
        <label className="flex items-center gap-2 pb-2 text-sm">
          <input type="checkbox" name="mismatch" value="1" defaultChecked={filter.mismatch} className="h-5 w-5" />
          Trưởng khối không đúng quy định
        </label>
        {filter.sort !== "code" ? <input type="hidden" name="sort" value={filter.sort} /> : null}
        {filter.desc ? <input type="hidden" name="dir" value="desc" /> : null}
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
          Lọc
        </button>
      </form>
      {shown.length ? (
        groups.map((g) => {
          const established = g.list.filter((r) => r.status === "ESTABLISHED").length;
          const held = g.list.reduce((n, r) => n + (activity?.get(r.unitId)?.held4 ? 1 : 0), 0);
          const overdue = g.list.reduce((n, r) => n + (activity?.get(r.unitId)?.overdue ?? 0), 0);
          const rates = reportRates ? sumRates(g.list.flatMap((r) => reportRates.get(r.unitId) ?? [])) : null;
          return (
            <div key={g.code} className="space-y-2">
              {grouped ? (
                <h3 className="pt-2 font-semibold">
                  {g.name}{" "}
                  <span className="font-normal text-slate-700">
                    — {g.list.length} đơn vị, {established} đã thành lập khối
                    {activity ? `, ${held} có giao ban trong 4 tuần, ${overdue} nhiệm vụ quá hạn` : ""}
                    {rates && rates.expected ? `, báo cáo tháng đúng hạn ${rates.onTime}/${rates.expected}` : ""}
                  </span>
                </h3>
              ) : null}
              <CommuneBlocTable
                rows={g.list}
                filter={filter}
                baseHref={href}
                today={asOf.date}
                caption={grouped ? `${g.name}: khối cấp xã` : `Khối cấp xã của ${area.title}`}
                selectable={manage}
                activity={activity}
                reportRates={reportRates}
                dropped={data.dropped}
                formerOf={grouped ? null : formers}
              />
            </div>
          );
        })
      ) : (
        <Notice>Không có xã nào khớp bộ lọc.</Notice>
      )}
      <p className="text-xs text-slate-600">
        Giao ban: số cuộc họp đã họp trong 4 và 13 tuần gần nhất (tính cả tuần này); nhiệm vụ: đang mở / quá hạn, tính đến hôm nay. Báo cáo tháng đúng hạn: số
        báo cáo tình hình nhân dân hằng tháng gửi đúng hạn / số phải gửi, trong các kỳ đã chốt số liệu gần nhất.
      </p>
      {manage && shown.length ? <BulkBlocForm areaCode={area.code} today={toIsoDate(day)} /> : null}
    </section>
  );
}

/** Rows by the district their unit belonged to on 30/6/2025, districts by code (the row order kept within each). */
function groupByFormer<R extends { unitId: string }>(rows: R[], formers: Map<string, { code: string; name: string }>) {
  const out = new Map<string, { code: string; name: string; list: R[] }>();
  for (const r of rows) {
    const d = formers.get(r.unitId);
    const key = d?.code ?? "";
    if (!out.has(key)) out.set(key, { code: key, name: d?.name ?? "Không xác định", list: [] });
    out.get(key)!.list.push(r);
  }
  return [...out.values()].sort((a, b) => (a.code || "999").localeCompare(b.code || "999"));
}
