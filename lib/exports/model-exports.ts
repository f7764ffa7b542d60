// models.csv: the "Dân vận khéo" models (decision 0043) of a year (year=, default this year) under a unit
// (unit=<code of a commune, district or the province>, default the caller's scope), as CSV or XLSX; rows in
// the caller's scope.
import "server-only";
import { db } from "../db";
import type { Actor } from "../auth/actor";
import { unitScope } from "../auth/scope";
import { deniedResponse } from "../audit/denied-response";
import { MODEL_FIELD_LABEL, MODEL_LEVEL_LABEL, MODEL_STATUS_LABEL } from "../skilful-models/rules";
import { formatDate } from "../time/business-date";
import { today } from "../time/today";
import { validOn } from "../units/validity";
import { badRequest, exportResponse, type ExportFormat } from "./respond";

export async function modelsExport(url: URL, actor: Actor, format: ExportFormat): Promise<Response> {
  const day = today();
  const rawYear = url.searchParams.get("year");
  const year = rawYear === null || rawYear === "" ? day.getUTCFullYear() : Number(rawYear);
  if (!Number.isInteger(year) || year < 2015 || year > 2100) return badRequest("Năm không hợp lệ: dùng dạng YYYY, ví dụ year=2018.");
  const unitCode = url.searchParams.get("unit");
  let path: string | undefined;
  if (unitCode) {
    const unit = await db.unit.findFirst({ where: { AND: [{ code: unitCode, ...validOn(day) }, unitScope(actor, "unit.read")] }, select: { path: true } });
    if (!unit) return deniedResponse(actor, { action: "export.models.csv", entityType: "Export", after: { unit: unitCode } });
    path = unit.path;
  }
  const models = await db.skilfulModel.findMany({
    where: { year, unit: { AND: [unitScope(actor, "unit.read"), path ? { path: { startsWith: path } } : {}] } },
    orderBy: [{ unit: { code: "asc" } }, { name: "asc" }],
    take: 100_000,
    include: {
      unit: { select: { code: true, name: true, parent: { select: { code: true } } } },
      organisation: { select: { name: true } },
      continues: { select: { year: true } },
      recognitions: { orderBy: { level: "asc" }, select: { level: true, label: true, issuedOn: true } },
      _count: { select: { evidence: true } },
    },
  });
  const header = [
    "Mã xã",
    "Tên xã",
    "Mã đơn vị cấp trên",
    "Năm",
    "Tên mô hình",
    "Lĩnh vực",
    "Đơn vị đăng ký",
    "Đối tượng hướng tới",
    "Ngày bắt đầu",
    "Mục tiêu, chỉ tiêu",
    "Trạng thái",
    "Tổng điểm",
    "Số minh chứng",
    "Tiếp nối mô hình năm",
    "Công nhận",
  ];
  const rows = models.map((m) => [
    m.unit.code,
    m.unit.name,
    m.unit.parent?.code ?? "",
    String(m.year),
    m.name,
    MODEL_FIELD_LABEL[m.field],
    m.organisation?.name ?? "Khối",
    m.targetGroup,
    formatDate(m.startOn),
    m.goals.replace(/\r?\n/g, "; "),
    MODEL_STATUS_LABEL[m.status],
    m.totalScore === null ? "" : String(m.totalScore),
    String(m._count.evidence),
    m.continues ? String(m.continues.year) : "",
    m.recognitions.map((r) => `${MODEL_LEVEL_LABEL[r.level]}: ${r.label} (${formatDate(r.issuedOn)})`).join("; "),
  ]);
  return exportResponse(`mo-hinh-dan-van-kheo-${unitCode ?? "tat-ca"}-${year}`, header, rows, format);
}
