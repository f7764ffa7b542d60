// The meetings' downloads: meetings.csv and tasks.csv, with optional commune=<code>, from=, to= (default:
// the last 12 months to today) and format=xlsx; rows in the caller's scope only, their texts with citizens'
// data masked unless asked in full (lib/privacy/export.ts).
import "server-only";
import { db } from "../db";
import type { Actor } from "../auth/actor";
import { unitScope } from "../auth/scope";
import { MEETING_STATUS_LABEL } from "../meetings/rules";
import { isOverdue, onTime, TASK_STATUS_LABEL } from "../tasks/rules";
import { formatDate, toIsoDate } from "../time/business-date";
import { today } from "../time/today";
import { getUnitByCode } from "../units/queries";
import { exportRange, exportResponse, type ExportFormat } from "./respond";
import { deniedResponse } from "../audit/denied-response";
import { meetingChildCounts } from "../meetings/queries";
import { citizenRows, type CitizenChoice } from "../privacy/export";

export const MEETING_EXPORTS = ["meetings.csv", "tasks.csv"] as const;

export async function meetingExport(
  file: (typeof MEETING_EXPORTS)[number],
  url: URL,
  actor: Actor,
  format: ExportFormat,
  choice: CitizenChoice,
): Promise<Response> {
  const day = today();
  const range = exportRange(url, day);
  if (range instanceof Response) return range;
  const { from, to } = range;
  const code = url.searchParams.get("commune");
  let unitId: string | undefined;
  if (code) {
    const unit = await getUnitByCode(actor, "COMMUNE", code, day);
    if (!unit) return deniedResponse(actor, { action: `export.${file}`, entityType: "Export", after: { commune: code } });
    unitId = unit.id;
  }
  const scope = { unit: unitScope(actor, "unit.read"), ...(unitId ? { unitId } : {}) };
  const stamp = `${code ?? "tat-ca"}-${toIsoDate(from)}-${toIsoDate(to)}`;
  const citizens = citizenRows(actor, choice);

  if (file === "meetings.csv") {
    const meetings = await db.meeting.findMany({
      where: { ...scope, heldOn: { gte: from, lte: to } },
      orderBy: [{ unit: { code: "asc" } }, { heldOn: "asc" }],
      take: 100_000,
      include: {
        unit: { select: { code: true, name: true, path: true } },
        chair: { select: { fullName: true } },
        secretary: { select: { fullName: true } },
        attendance: { select: { present: true } },
      },
    });
    const counts = await meetingChildCounts(meetings.map((m) => m.id));
    const header = [
      "Mã xã",
      "Tên xã",
      "Ngày họp",
      "Loại",
      "Trạng thái",
      "Số biên bản",
      "Địa điểm",
      "Chủ trì",
      "Thư ký",
      "Tổ chức có mặt",
      "Tổ chức vắng",
      "Nhiệm vụ giao",
      "Nhiệm vụ chuyển tiếp",
      "Kết luận",
    ];
    const rows = meetings.map((m) => [
      m.unit.code,
      m.unit.name,
      formatDate(m.heldOn),
      m.kind === "REGULAR" ? "Thường kỳ" : "Đột xuất",
      MEETING_STATUS_LABEL[m.status],
      m.minutesLabel ?? "",
      m.place,
      m.chair?.fullName ?? "",
      m.secretary?.fullName ?? "",
      String(m.attendance.filter((a) => a.present).length),
      String(m.attendance.filter((a) => !a.present).length),
      String(counts.tasks.get(m.id) ?? 0),
      String(counts.carried.get(m.id) ?? 0),
      ...citizens.texts(m.unit.path, [m.conclusions]),
    ]);
    return exportResponse(`cuoc-hop-${stamp}`, header, rows, format, citizens.note());
  }

  const tasks = await db.task.findMany({
    where: { ...scope, assignedOn: { gte: from, lte: to } },
    orderBy: [{ unit: { code: "asc" } }, { assignedOn: "asc" }, { createdAt: "asc" }],
    take: 100_000,
    include: {
      unit: { select: { code: true, name: true, path: true } },
      owner: { select: { name: true } },
      coOwners: { include: { organisation: { select: { name: true } } } },
    },
  });
  const header = [
    "Mã xã",
    "Tên xã",
    "Ngày giao",
    "Nhiệm vụ",
    "Tổ chức chủ trì",
    "Tổ chức phối hợp",
    "Hạn ban đầu",
    "Hạn hiện tại",
    "Trạng thái",
    "Quá hạn",
    "Ngày báo cáo hoàn thành",
    "Đúng hạn",
    "Số lần chuyển tiếp",
    "Kết quả",
  ];
  const rows = tasks.map((t) => {
    const ok = onTime(t);
    const [title, progressNote] = citizens.texts(t.unit.path, [t.title, t.progressNote ?? ""]);
    return [
      t.unit.code,
      t.unit.name,
      formatDate(t.assignedOn),
      title,
      t.owner.name,
      t.coOwners.map((c) => c.organisation.name).join(", "),
      formatDate(t.originalDueOn),
      formatDate(t.dueOn),
      TASK_STATUS_LABEL[t.status],
      isOverdue(t, day) ? "Có" : "Không",
      t.doneReportedOn ? formatDate(t.doneReportedOn) : "",
      ok === null ? "" : ok ? "Có" : "Không",
      String(t.carryCount),
      progressNote,
    ];
  });
  return exportResponse(`nhiem-vu-${stamp}`, header, rows, format, citizens.note());
}
