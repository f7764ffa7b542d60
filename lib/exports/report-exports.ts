// reporting-rates.csv: completeness and timeliness per reporting unit and regime, with optional
// regime=<code> (default: all), from=, to= (periods whose data window closed in that range; default the
// last 12 months to today), unit=<code of a district or the province> (default: the caller's scope).
import "server-only";
import { db } from "../db";
import type { Actor } from "../auth/actor";
import { unitScope } from "../auth/scope";
import { expectedOf, periodsClosedIn, ratesOf } from "../reports/rules";
import { toIsoDate } from "../time/business-date";
import { today } from "../time/today";
import { UNIT_LEVEL_LABEL } from "../units/labels";
import { validDuring, validOn } from "../units/validity";
import { exportRange, exportResponse, notFoundResponse, type ExportFormat } from "./respond";
import { deniedResponse } from "../audit/denied-response";

export async function reportingRatesExport(url: URL, actor: Actor, format: ExportFormat): Promise<Response> {
  const day = today();
  const range = exportRange(url, day);
  if (range instanceof Response) return range;
  const { from, to } = range;
  const regimeCode = url.searchParams.get("regime");
  const regimes = await db.reportingRegime.findMany({ where: regimeCode ? { code: regimeCode } : { active: true }, orderBy: { code: "asc" } });
  if (regimeCode && !regimes.length) return notFoundResponse();
  const unitCode = url.searchParams.get("unit");
  let parentFilter = {};
  if (unitCode) {
    const parent = await db.unit.findFirst({
      where: { AND: [{ code: unitCode, level: { in: ["PROVINCE", "DISTRICT"] }, ...validOn(day) }, unitScope(actor, "unit.read")] },
    });
    if (!parent) return deniedResponse(actor, { action: "export.reporting-rates.csv", entityType: "Export", after: { unit: unitCode } });
    parentFilter = { path: { startsWith: parent.path }, id: { not: parent.id } };
  }
  const units = await db.unit.findMany({
    where: {
      AND: [{ level: { in: ["COMMUNE", "DISTRICT"] }, ...validDuring(from, to) }, parentFilter, unitScope(actor, "unit.read")],
    },
    select: { id: true, code: true, name: true, level: true, validFrom: true, validTo: true, parent: { select: { code: true } } },
    orderBy: [{ level: "asc" }, { code: "asc" }],
    take: 20_000,
  });
  const header = [
    "Mã đơn vị",
    "Tên đơn vị",
    "Cấp",
    "Mã đơn vị nhận",
    "Chế độ báo cáo",
    "Từ kỳ",
    "Đến kỳ",
    "Phải gửi",
    "Đã gửi",
    "Đúng hạn",
    "Tỷ lệ báo cáo (%)",
    "Tỷ lệ đúng hạn (%)",
  ];
  const rows: string[][] = [];
  for (const regime of regimes) {
    // Periods whose data window closed within [from, to] and before today.
    const periods = periodsClosedIn(regime, from, to, day);
    if (!periods.length) continue;
    const reports = await db.report.findMany({
      where: { regimeId: regime.id, unitId: { in: units.map((u) => u.id) }, periodKey: { in: periods.map((p) => p.key) } },
      select: { unitId: true, periodKey: true, dueOn: true, firstSubmittedOn: true },
    });
    for (const u of units) {
      const expected = expectedOf(u, periods);
      if (!expected.length) continue;
      const r = ratesOf(
        expected,
        reports.filter((x) => x.unitId === u.id),
      );
      rows.push([
        u.code,
        u.name,
        UNIT_LEVEL_LABEL[u.level],
        u.parent?.code ?? "",
        regime.code,
        expected[0].periodKey,
        expected.at(-1)!.periodKey,
        String(r.expected),
        String(r.actual),
        String(r.onTime),
        r.reportingRate === null ? "" : String(r.reportingRate),
        r.onTimeRate === null ? "" : String(r.onTimeRate),
      ]);
    }
  }
  return exportResponse(`ty-le-bao-cao-${unitCode ?? "tat-ca"}-${toIsoDate(from)}-${toIsoDate(to)}`, header, rows, format);
}
