// The bloc registry's downloads: districts.csv and communes.csv.
import { recommendationsExport } from "./supervision-exports";
import "server-only";
import { getActor } from "../auth/current";
import { db } from "../db";
import { auditChange, recordDenial } from "../audit/write";
import type { Actor } from "../auth/actor";
import { requestContext } from "../request-context";
import { provinceOverview } from "../blocs/overview";
import { communeBlocRows } from "../blocs/queries";
import { HEAD_RULE_LABEL, MODEL_LABEL, STATUS_LABEL } from "../blocs/labels";
import { formerDistricts, getProvinceByCode, getUnitByCode } from "../units/queries";
import { resolveAsOf } from "../units/as-of";
import { UNIT_TYPE_LABEL } from "../units/labels";
import { formatDate } from "../time/business-date";
import { badRequest, exportFormat, exportResponse, notFoundResponse, type ExportFormat } from "./respond";
import { MEETING_EXPORTS, meetingExport } from "./meeting-exports";
import { reportingRatesExport } from "./report-exports";
import { deniedResponse } from "../audit/denied-response";
import { auditExport } from "./audit-exports";
import { registerExport } from "./register-exports";
import { trendsExport } from "./trend-exports";
import { modelsExport } from "./model-exports";
import { citizenChoice, FULL_REFUSED, mayExportFull, type CitizenChoice } from "../privacy/export";

const EXPORTS = [
  "districts.csv",
  "communes.csv",
  "reporting-rates.csv",
  "recommendations.csv",
  "audit.csv",
  "register.csv",
  "trends.csv",
  "models.csv",
  ...MEETING_EXPORTS,
] as const;

/** The downloads that carry citizens' text: masked unless asked in full (lib/privacy/export.ts). */
const CITIZEN_EXPORTS: readonly string[] = ["recommendations.csv", "audit.csv", ...MEETING_EXPORTS];

export async function handleExport(file: string, url: URL): Promise<Response> {
  if (!(EXPORTS as readonly string[]).includes(file)) return notFoundResponse();
  const actor = await getActor();
  if (!actor) {
    await recordDenial(db, null, { action: `export.${file}`, entityType: "Export", reason: "no-session" }, await requestContext());
    return new Response("Cần đăng nhập.", { status: 401 });
  }
  const format = exportFormat(url.searchParams.get("format"));
  if (!format) return badRequest("Định dạng không hợp lệ: dùng csv hoặc xlsx.");
  const choice = citizenChoice(url.searchParams);
  if ("error" in choice) return badRequest(choice.error);
  if (choice.full) {
    if (!CITIZEN_EXPORTS.includes(file)) return badRequest("Tệp này không có dữ liệu cá nhân của người dân: hãy tải bản thường.");
    if (format !== "xlsx")
      return badRequest("Bản đầy đủ dữ liệu cá nhân chỉ tải dạng Excel (format=xlsx): trang đầu của tệp ghi người tải, thời điểm và lý do.");
    if (!mayExportFull(actor))
      return deniedResponse(actor, { action: `export.${file}`, entityType: "Export", after: { citizens: "full" } }, "citizen-full", FULL_REFUSED);
  }
  const response = await produce(file, url, actor, format, choice);
  // Every download that went out is in the audit trail, with what was asked for and, for citizens in
  // full, why (audit.csv writes its own).
  if (response.ok && file !== "audit.csv") {
    const { reason: _reason, ...query } = Object.fromEntries(url.searchParams);
    await auditChange(
      db,
      actor,
      {
        action: `export.${file}`,
        entityType: "Export",
        after: { query, ...(choice.full ? { citizens: "full" } : {}) },
        reason: choice.full ? choice.reason : null,
      },
      await requestContext(),
    );
  }
  return response;
}

async function produce(file: string, url: URL, actor: Actor, format: ExportFormat, choice: CitizenChoice): Promise<Response> {
  if (file === "meetings.csv" || file === "tasks.csv") return meetingExport(file, url, actor, format, choice);
  if (file === "reporting-rates.csv") return reportingRatesExport(url, actor, format);
  if (file === "recommendations.csv") return recommendationsExport(url, actor, format, choice);
  if (file === "audit.csv") return auditExport(url, actor, format, choice);
  if (file === "register.csv") return registerExport(url, actor, format);
  if (file === "trends.csv") return trendsExport(url, actor, format);
  if (file === "models.csv") return modelsExport(url, actor, format);
  const asOfRaw = url.searchParams.get("asOf") ?? undefined;
  const asOf = resolveAsOf(asOfRaw);
  if (asOf.error) return badRequest("Ngày không hợp lệ: dùng dạng YYYY-MM-DD.");
  const stamp = asOf.iso;

  if (file === "districts.csv") {
    const overview = await provinceOverview(actor, asOf.date);
    if (!overview) return deniedResponse(actor, { action: `export.${file}`, entityType: "Export" });
    const header = ["Mã", "Tên", "Loại", "Cơ quan khối cấp huyện", "Mô hình cấp xã", "Số xã đã thành lập khối", "Tổng số xã", "Trưởng khối / trưởng bộ phận"];
    const rows = overview.rows
      .filter((r) => r.level === "DISTRICT")
      .map((r) => [
        r.code,
        r.name,
        UNIT_TYPE_LABEL[r.type],
        r.agencyStatus ? STATUS_LABEL[r.agencyStatus] : "",
        r.communeModel ? MODEL_LABEL[r.communeModel] : "",
        String(r.established),
        String(r.communes),
        r.headRule ? HEAD_RULE_LABEL[r.headRule] : "",
      ]);
    return exportResponse(`huyen-${stamp}`, header, rows, format);
  }

  // The area: a district (2018) or the province (today's communes sit directly under it); `district` is its former name.
  const areaCode = url.searchParams.get("area") ?? url.searchParams.get("district");
  let where = {};
  if (areaCode) {
    const area = /^\d{2}$/.test(areaCode) ? await getProvinceByCode(actor, areaCode, asOf.date) : await getUnitByCode(actor, "DISTRICT", areaCode, asOf.date);
    if (!area) return deniedResponse(actor, { action: `export.${file}`, entityType: "Export", after: { area: areaCode } });
    where = { parentId: area.id };
  }
  const rows = await communeBlocRows(actor, where, asOf.date);
  const formers = await formerDistricts(rows.filter((r) => !r.district).map((r) => r.unitId));
  // Existing columns keep their names and order (people's spreadsheets read them); new ones go at the end.
  const header = [
    "Mã xã",
    "Tên xã",
    "Loại",
    "Mã huyện",
    "Tên huyện",
    "Mô hình",
    "Trạng thái",
    "Từ ngày",
    "Số quyết định",
    "Ngày quyết định",
    "Cơ quan ban hành",
    "Trưởng khối",
    "Cảnh báo trưởng khối",
    "Mã huyện cũ (đến 30/06/2025)",
    "Tên huyện cũ (đến 30/06/2025)",
  ];
  const body = rows.map((r) => [
    r.code,
    r.name,
    UNIT_TYPE_LABEL[r.type],
    r.district?.code ?? "",
    r.district?.name ?? "",
    // The model only when one is recorded; never a default.
    r.model ? MODEL_LABEL[r.model] : "",
    STATUS_LABEL[r.status],
    r.statusSince ? formatDate(r.statusSince) : "",
    r.decision?.number ?? "",
    r.decision ? formatDate(r.decision.issuedOn) : "",
    r.decision?.issuer ?? "",
    r.head ?? "",
    r.headMismatch ? `Không đúng quy định: cần ${r.headMismatch.needs}${r.headMismatch.reason ? ` (lý do: ${r.headMismatch.reason})` : ""}` : "",
    formers.get(r.unitId)?.code ?? "",
    formers.get(r.unitId)?.name ?? "",
  ]);
  return exportResponse(`xa-${areaCode ?? "tat-ca"}-${stamp}`, header, body, format);
}
