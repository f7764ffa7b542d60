// trends.csv: a unit's trend figures (decision 0037), one row per week or month and figure, for the
// window the page shows (?weeks=13 or 52).
import "server-only";
import type { Actor } from "../auth/actor";
import { deniedResponse } from "../audit/denied-response";
import { today } from "../time/today";
import { toIsoDate } from "../time/business-date";
import { unitTrends } from "../trends/queries";
import { TREND_EXPORT_HEADER, trendExportRows, trendRows } from "../trends/rows";
import { parseTrendWindow } from "../trends/series";
import { getProvinceByCode, getUnitByCode } from "../units/queries";
import { badRequest, exportResponse, type ExportFormat } from "./respond";

const CODE = /^(\d{2}|\d{3}|\d{5})$/;

export async function trendsExport(url: URL, actor: Actor, format: ExportFormat): Promise<Response> {
  const code = url.searchParams.get("unit") ?? "";
  if (!CODE.test(code)) return badRequest("Mã đơn vị không hợp lệ: dùng mã tỉnh (2 số), huyện (3 số) hoặc xã (5 số).");
  const window = parseTrendWindow(url.searchParams.get("weeks"));
  if (window === null) return badRequest("Khoảng thời gian không hợp lệ: weeks=13 hoặc weeks=52.");
  const day = today();
  const unit =
    code.length === 2
      ? actor.assignments.some((a) => a.unitLevel === "PROVINCE")
        ? await getProvinceByCode(actor, code, day)
        : null
      : await getUnitByCode(actor, code.length === 3 ? "DISTRICT" : "COMMUNE", code, day);
  if (!unit) return deniedResponse(actor, { action: "export.trends.csv", entityType: "Export", after: { unit: code } });
  const trends = await unitTrends(actor, unit, day, window);
  return exportResponse(`xu-huong-${code}-${window}-tuan-${toIsoDate(day)}`, TREND_EXPORT_HEADER, trendExportRows(unit, trendRows(trends)), format);
}
