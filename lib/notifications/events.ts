// The notices each change produces, and whose they are (lib/notifications/notify.ts writes them).
import type { Notice } from "./notify";
import { formatDate } from "../time/business-date";
import { tasksHref, unitHref } from "../units/labels";

interface UnitRef {
  id: string;
  code: string;
  /** A unit above the communes: its tasks are followed on its agency's meetings page. */
  level?: string;
}

/** A task given to an organisation: its officers (and those of its co-owners) are told. */
export function taskAssigned(unit: UnitRef, task: { id: string; title: string; ownerId: string; dueOn: Date }, coOwnerIds: string[] = []): Notice {
  return {
    kind: "TASK_ASSIGNED",
    unitId: unit.id,
    entityType: "Task",
    entityId: task.id,
    title: `Nhiệm vụ mới: ${task.title} (hạn ${formatDate(task.dueOn)})`,
    link: tasksHref(unit),
    key: `TASK_ASSIGNED:${task.id}`,
    to: [{ unitId: unit.id, roles: ["ORG_OFFICER"], organisationIds: [task.ownerId, ...coOwnerIds] }],
  };
}

/** A task the agency above a commune assigned it at its own giao ban: the commune's bloc head is told too. */
export function taskFromAgency(commune: UnitRef, task: { id: string; title: string; dueOn: Date }, agency: string): Notice {
  return {
    kind: "TASK_ASSIGNED",
    unitId: commune.id,
    entityType: "Task",
    entityId: task.id,
    title: `${agency} giao nhiệm vụ: ${task.title} (hạn ${formatDate(task.dueOn)})`,
    link: tasksHref(commune),
    key: `TASK_FROM_AGENCY:${task.id}`,
    to: [{ unitId: commune.id, roles: ["BLOC_HEAD"] }],
  };
}

/** A report returned or accepted by its reviewer: whoever writes the unit's reports is told (once per review). */
export function reportReviewed(
  report: { id: string; unitId: string; periodKey: string; regimeName: string; version: number },
  outcome: "RETURNED" | "ACCEPTED",
  reviewer: string,
): Notice {
  const what = `${report.regimeName} — kỳ ${report.periodKey}`;
  return {
    kind: outcome === "RETURNED" ? "REPORT_RETURNED" : "REPORT_ACCEPTED",
    unitId: report.unitId,
    entityType: "Report",
    entityId: report.id,
    title: outcome === "RETURNED" ? `${reviewer} trả lại ${what}: xem lý do ở từng phần` : `${reviewer} đã tiếp nhận ${what}`,
    link: `/reports/${report.id}`,
    key: `REPORT_${outcome}:${report.id}:${report.version}`,
    to: [{ unitId: report.unitId, roles: ["BLOC_HEAD", "REVIEWER"] }],
  };
}

/** Open work handed over to a successor: the successor's bloc head and reviewers are told, once per hand-over run. */
export function workHandedOver(to: UnitRef & { level: string }, from: string, count: number, runKey: string): Notice {
  return {
    kind: "HANDOVER_RECEIVED",
    unitId: to.id,
    entityType: "Unit",
    entityId: to.id,
    title: `Đã nhận bàn giao ${count} việc đang mở của ${from}`,
    link: unitHref(to),
    key: `HANDOVER_RECEIVED:${runKey}`,
    to: [{ unitId: to.id, roles: ["BLOC_HEAD", "REVIEWER"] }],
  };
}

/** The page a recommendation is read on: its activity's or its criticism case's. */
export function recommendationLink(rec: { activityId: string | null; criticismCaseId: string | null }): string {
  return rec.activityId ? `/supervision/${rec.activityId}` : `/criticism/${rec.criticismCaseId}`;
}

/** A record's text cut to one line of a notification. */
export const short = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/** A commune's unanswered recommendation taken to a higher body: the reviewers of the unit above it are told. */
export function recommendationEscalated(
  rec: { id: string; unitId: string; content: string; activityId: string | null; criticismCaseId: string | null },
  unit: { name: string; parentId: string | null },
  escalatedTo: string,
): Notice[] {
  if (!unit.parentId) return [];
  return [
    {
      kind: "RECOMMENDATION_ESCALATED",
      unitId: rec.unitId,
      entityType: "Recommendation",
      entityId: rec.id,
      title: `${unit.name} kiến nghị lên ${escalatedTo}: “${short(rec.content)}”`,
      link: recommendationLink(rec),
      key: `RECOMMENDATION_ESCALATED:${rec.id}`,
      to: [{ unitId: unit.parentId, roles: ["REVIEWER"] }],
    },
  ];
}
