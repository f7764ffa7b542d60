// A person's request: what the portal holds about them, as an Excel file for the administrator to answer
// it (decision 0042). The administrator only; the request's basis (at least 10 characters) is required and
// opens the file with who took it, when and why; the download is audited with it.
import "server-only";
import { getActor } from "../auth/current";
import { can } from "../auth/permissions";
import { deniedResponse } from "../audit/denied-response";
import { auditChange } from "../audit/write";
import { db } from "../db";
import { badRequest, exportResponse } from "../exports/respond";
import { requestContext } from "../request-context";
import { formatDate } from "../time/business-date";
import { exportNote } from "./export";
import { RECORD_KIND_LABEL } from "./inventory";
import { CITIZEN_FIELD_LABEL } from "./labels";
import { REASON_MAX, REASON_MIN } from "./limits";
import { findPerson, parsePersonQuery } from "./person";

export async function personExport(url: URL): Promise<Response> {
  const actor = await getActor();
  const denial = { action: "privacy.person_export", entityType: "PersonRequest" };
  if (!actor || !can(actor, "privacy.manage", { unitPath: "/" })) return deniedResponse(actor, denial);
  const reason = (url.searchParams.get("reason") ?? "").replace(/\s+/g, " ").trim();
  if ([...reason].length < REASON_MIN || [...reason].length > REASON_MAX)
    return badRequest(`Ghi căn cứ yêu cầu (đơn, ngày, người yêu cầu), từ ${REASON_MIN} đến ${REASON_MAX} ký tự. Chưa có tệp nào được tải.`);
  const q = parsePersonQuery(url.searchParams.get("name") ?? "", url.searchParams.get("id") ?? "");
  if ("error" in q) return badRequest(q.error);
  const { hits, truncated } = await findPerson(db, q);
  await auditChange(
    db,
    actor,
    { ...denial, after: { name: Boolean(q.name), number: Boolean(q.digits), records: hits.length, truncated }, reason },
    await requestContext(),
  );
  const header = ["Loại hồ sơ", "Mã hồ sơ", "Mã đơn vị", "Tên đơn vị", "Ngày", "Trạng thái", "Đã ẩn danh", "Nơi ghi", "Nội dung"];
  const rows = hits.flatMap((h) =>
    h.found.map((f) => [
      RECORD_KIND_LABEL[h.kind],
      h.id,
      h.unit.code,
      h.unit.name,
      formatDate(h.date),
      h.status ?? "",
      h.anonymised ? "Có" : "Không",
      CITIZEN_FIELD_LABEL[f.field] ?? f.field,
      f.value,
    ]),
  );
  const note = [
    ...exportNote(actor, reason, new Date()),
    ["Tìm theo", [q.name && `họ tên “${q.name}”`, q.digits && `số ${q.digits}`].filter(Boolean).join(", ")],
    ["Số hồ sơ tìm thấy", `${hits.length}${truncated ? " (chỉ 200 hồ sơ mới nhất)" : ""}`],
  ];
  return exportResponse("du-lieu-ca-nhan-theo-yeu-cau", header, rows, "xlsx", note);
}
