// recommendations.csv: the recommendations sent in a range (from=, to=, on the sending date; default the
// last 12 months to today), with optional unit=<code of a commune, district or the province> and
// status=open|overdue|answered|escalated|withdrawn, as CSV or XLSX (format=xlsx); rows in the caller's scope,
// citizens' data in their texts masked unless asked in full (lib/privacy/export.ts).
import "server-only";
import { db } from "../db";
import type { Actor } from "../auth/actor";
import { unitScope } from "../auth/scope";
import { answeredLate, OUTCOME_LABEL, REC_STATUS_LABEL } from "../supervision/rules";
import { daysBetween, formatDate, toIsoDate } from "../time/business-date";
import { today } from "../time/today";
import { validOn } from "../units/validity";
import { badRequest, exportRange, exportResponse, type ExportFormat } from "./respond";
import type { Prisma } from "../../generated/prisma/sqlite/client";
import { deniedResponse } from "../audit/denied-response";
import { citizenRows, type CitizenChoice } from "../privacy/export";

const STATUSES = ["open", "overdue", "answered", "escalated", "withdrawn"] as const;

export async function recommendationsExport(url: URL, actor: Actor, format: ExportFormat, choice: CitizenChoice = { full: false }): Promise<Response> {
  const day = today();
  const range = exportRange(url, day);
  if (range instanceof Response) return range;
  const { from, to } = range;
  const status = url.searchParams.get("status");
  if (status !== null && !(STATUSES as readonly string[]).includes(status))
    return badRequest(`Trạng thái không hợp lệ: dùng một trong ${STATUSES.join(", ")}.`);
  const unitCode = url.searchParams.get("unit");
  let path: string | undefined;
  if (unitCode) {
    const unit = await db.unit.findFirst({ where: { AND: [{ code: unitCode, ...validOn(day) }, unitScope(actor, "unit.read")] }, select: { path: true } });
    if (!unit) return deniedResponse(actor, { action: "export.recommendations.csv", entityType: "Export", after: { unit: unitCode } });
    path = unit.path;
  }
  const where: Prisma.RecommendationWhereInput = {
    sentOn: { gte: from, lte: to },
    unit: { AND: [unitScope(actor, "unit.read"), path ? { path: { startsWith: path } } : {}] },
    ...(status === "open"
      ? { status: "OPEN" }
      : status === "overdue"
        ? { status: "OPEN", dueOn: { lt: day } }
        : status
          ? { status: status.toUpperCase() as "ANSWERED" | "ESCALATED" | "WITHDRAWN" }
          : {}),
  };
  const recs = await db.recommendation.findMany({
    where,
    orderBy: [{ unit: { code: "asc" } }, { sentOn: "asc" }],
    take: 100_000,
    include: {
      unit: { select: { code: true, name: true, path: true, parent: { select: { code: true } } } },
      activity: { select: { subject: true } },
      criticismCase: { select: { title: true } },
    },
  });
  const header = [
    "Mã xã",
    "Tên xã",
    "Mã huyện",
    "Nguồn",
    "Đối tượng / dự thảo",
    "Nội dung kiến nghị",
    "Nơi nhận",
    "Ngày gửi",
    "Hạn trả lời",
    "Hạn dự kiến",
    "Trạng thái",
    "Quá hạn (ngày)",
    "Ngày trả lời",
    "Kết quả tiếp thu",
    "Trả lời muộn (ngày)",
    "Kiến nghị cấp trên",
    "Ngày kết thúc",
  ];
  const citizens = citizenRows(actor, choice);
  const rows = recs.map((r) => [
    r.unit.code,
    r.unit.name,
    r.unit.parent?.code ?? "",
    r.activity ? "Giám sát" : "Phản biện",
    r.activity?.subject ?? r.criticismCase?.title ?? "",
    ...citizens.texts(r.unit.path, [r.content]),
    r.addressee,
    formatDate(r.sentOn),
    formatDate(r.dueOn),
    r.dueToVerify ? "có" : "",
    REC_STATUS_LABEL[r.status],
    r.status === "OPEN" && r.dueOn < day ? String(daysBetween(r.dueOn, day)) : "",
    r.respondedOn ? formatDate(r.respondedOn) : "",
    r.responseOutcome ? OUTCOME_LABEL[r.responseOutcome] : "",
    answeredLate(r) ? String(daysBetween(r.dueOn, r.respondedOn!)) : "",
    r.escalatedTo ?? "",
    r.closedOn ? formatDate(r.closedOn) : "",
  ]);
  return exportResponse(`kien-nghi-${unitCode ?? "tat-ca"}-${toIsoDate(from)}-${toIsoDate(to)}`, header, rows, format, citizens.note());
}
