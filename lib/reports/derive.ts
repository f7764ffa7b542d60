// The bloc work section of a report, derived from the period's meetings and tasks so nobody types it twice:
// per work group, what the meetings recorded under it and its tasks (assigned, done, overdue); under the
// movements, the year's "Dân vận khéo" models (registered, accepted, recognised).
import type { Tx } from "../db";
import { formatDate } from "../time/business-date";
import { HELD_FAMILY } from "../meetings/rules";
import { CLOSED_TASK } from "../tasks/rules";

export async function deriveBlocWork(tx: Tx, unitId: string, from: Date, to: Date, asOf: Date): Promise<Record<string, string>> {
  // One statement at a time on a transaction's connection (lib/db.ts, `Tx`).
  const groups = await tx.workGroup.findMany({ orderBy: { sortOrder: "asc" } });
  const meetings = await tx.meeting.findMany({
    where: { unitId, heldOn: { gte: from, lte: to }, status: { in: HELD_FAMILY } },
    orderBy: { heldOn: "asc" },
    select: { heldOn: true, conclusions: true, agendaItems: { where: { kind: "CONTENT" }, select: { content: true, workGroup: { select: { code: true } } } } },
  });
  const tasks = await tx.task.findMany({
    where: { unitId, assignedOn: { gte: from, lte: to } },
    select: { status: true, dueOn: true, workGroup: { select: { code: true } }, doneReportedOn: true },
  });
  // The year's "Dân vận khéo" models feed the section on movements (decision 0043).
  const models = await tx.skilfulModel.findMany({
    where: { unitId, year: to.getUTCFullYear() },
    orderBy: { name: "asc" },
    select: { name: true, status: true, _count: { select: { recognitions: true } } },
  });
  const out: Record<string, string> = {};
  for (const g of groups) {
    const lines: string[] = [];
    if (g.code === "BRIEFING") {
      lines.push(`Tổ chức ${meetings.length} cuộc giao ban${meetings.length ? ` (${meetings.map((m) => formatDate(m.heldOn).slice(0, 5)).join(", ")})` : ""}.`);
      const closed = tasks.filter((t) => t.status === "VERIFIED").length;
      const overdue = tasks.filter((t) => !CLOSED_TASK.includes(t.status) && t.status !== "DONE_REPORTED" && t.dueOn < asOf).length;
      lines.push(`Giao ${tasks.length} nhiệm vụ; ${closed} đã hoàn thành, ${overdue} quá hạn.`);
      const last = meetings.at(-1);
      if (last?.conclusions) lines.push(`Kết luận gần nhất (${formatDate(last.heldOn)}): ${last.conclusions}`);
    } else {
      for (const m of meetings)
        for (const a of m.agendaItems) if (a.workGroup?.code === g.code && a.content) lines.push(`${formatDate(m.heldOn)}: ${a.content}`);
      const own = tasks.filter((t) => t.workGroup?.code === g.code);
      if (own.length) lines.push(`Nhiệm vụ: ${own.length} được giao, ${own.filter((t) => t.status === "VERIFIED").length} đã hoàn thành.`);
      if (g.code === "MOBILISATION" && models.length)
        lines.push(
          `Phong trào “Dân vận khéo” năm ${to.getUTCFullYear()}: ${models.length} mô hình đăng ký (${models.map((m) => m.name).join("; ")}), ${models.filter((m) => m.status === "ACCEPTED").length} được đánh giá đạt, ${models.filter((m) => m._count.recognitions).length} được công nhận.`,
        );
    }
    out[g.code] = lines.join("\n");
  }
  return out;
}
