// audit.csv: the audit viewer's events as a download, with the same filters and reach (lib/audit/viewer.ts).
// The download is itself an event of the trail. The trail's copies of records' texts (reasons, changes) have
// citizens' data masked unless asked in full (lib/privacy/export.ts).
import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { auditChange } from "../audit/write";
import { deniedResponse } from "../audit/denied-response";
import { actionLabel } from "../audit/labels";
import { auditExportRows, auditReach, parseAuditFilter } from "../audit/viewer";
import { requestContext } from "../request-context";
import { formatDateTime } from "../time/business-date";
import { badRequest, exportResponse, type ExportFormat } from "./respond";
import { citizenRows, type CitizenChoice } from "../privacy/export";

export async function auditExport(url: URL, actor: Actor, format: ExportFormat, choice: CitizenChoice): Promise<Response> {
  if (!auditReach(actor)) return deniedResponse(actor, { action: "export.audit.csv", entityType: "Export" });
  const { filter, errors } = parseAuditFilter(Object.fromEntries(url.searchParams));
  if (errors.length) return badRequest(errors.join(" "));
  const result = await auditExportRows(actor, filter);
  // A unit outside the reader's reach is answered as any record out of scope: not found, with a denial record.
  if ("error" in result)
    return result.outOfScope
      ? deniedResponse(actor, { action: "export.audit.csv", entityType: "Export", after: { unit: filter.unit } })
      : badRequest(result.error);
  await auditChange(
    db,
    actor,
    {
      action: "export.audit.csv",
      entityType: "Export",
      after: { filter, rows: result.rows.length, truncated: result.truncated, ...(choice.full ? { citizens: "full" } : {}) },
      reason: choice.full ? choice.reason : null,
    },
    await requestContext(),
  );
  const header = [
    "Thời điểm (giờ Việt Nam)",
    "Người thực hiện",
    "Tên đăng nhập",
    "Việc",
    "Mã việc",
    "Kết quả",
    "Loại đối tượng",
    "Mã đối tượng",
    "Mã đơn vị",
    "Tên đơn vị",
    "Lý do",
    "Thay đổi",
    "Địa chỉ",
    "Mã yêu cầu",
  ];
  const citizens = citizenRows(actor, choice);
  const rows = result.rows.map((e) => [
    formatDateTime(e.occurredAt),
    e.actorName,
    e.actorUsername ?? "",
    actionLabel(e.action),
    e.action,
    e.outcome === "DENIED" ? "Bị từ chối" : "Được thực hiện",
    e.entityType,
    e.entityLabel ?? e.entityId ?? "",
    e.unit?.code ?? "",
    e.unit?.name ?? "",
    ...citizens.texts(e.unit?.path ?? "", [
      e.reason ?? "",
      e.changes.map((c) => `${c.field}: ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}`).join("; "),
    ]),
    e.address ?? "",
    e.requestId ?? "",
  ]);
  return exportResponse(`nhat-ky${filter.from ? `-${filter.from}` : ""}${filter.to ? `-${filter.to}` : ""}`, header, rows, format, citizens.note());
}
