// Deadline reminders, produced from the business date by a run (`npm run reminders`; the scheduled runner
// calls the same function): each is a notification keyed by its record and the deadline it is about, so a
// second run on the same day, or the next day, adds nothing new for the same deadline; a deadline moved
// later is reminded of again. Working days come from the portal's calendar.
import type { Db } from "../db";
import type { NotificationKind } from "../../generated/prisma/sqlite/enums";
import { loadCalendarWith } from "../calendar/store";
import { addDays, formatDate, hourInVietnam, toIsoDate } from "../time/business-date";
import { addWorkingDays } from "../time/working-days";
import { isoWeekday, startOfIsoWeek } from "../time/iso-week";
import { validOn } from "../units/validity";
import { weekKey } from "../meetings/rules";
import { CLOSED_TASK } from "../tasks/rules";
import { EDITABLE_REPORT } from "../reports/rules";
import { recommendationLink, short } from "./events";
import { notify, type Notice } from "./notify";

/** How far ahead each deadline is reminded of, in working days. */
export const REMIND_AHEAD = { task: 2, report: 3, recommendation: 5 } as const;
/** The weekly meeting is chased from Friday noon (Asia/Ho_Chi_Minh) to the end of its week. */
const MEETING_CHASE_FROM = { isoWeekday: 5, hour: 12 } as const;

/**
 * Writes the reminders due on `day` (`now` says whether Friday noon has passed); returns the reminders due
 * per kind and how many notifications were new (the rest had been written by an earlier run).
 */
export async function produceReminders(db: Db, day: Date, now = new Date()): Promise<{ due: Partial<Record<NotificationKind, number>>; written: number }> {
  const calendar = await loadCalendarWith(db, addDays(day, -7), addDays(day, 60));
  const soon = (n: number) => addWorkingDays(day, n, calendar);
  const current = { unit: validOn(day) };
  const notices: Notice[] = [];

  const tasks = await db.task.findMany({
    where: { status: { notIn: CLOSED_TASK }, dueOn: { lte: soon(REMIND_AHEAD.task) }, ...current },
    select: {
      id: true,
      unitId: true,
      title: true,
      ownerId: true,
      dueOn: true,
      coOwners: { select: { organisationId: true } },
      unit: { select: { code: true } },
    },
  });
  for (const t of tasks) {
    const overdue = t.dueOn < day;
    notices.push({
      kind: overdue ? "TASK_OVERDUE" : "TASK_DUE_SOON",
      unitId: t.unitId,
      entityType: "Task",
      entityId: t.id,
      title: overdue ? `Nhiệm vụ quá hạn từ ${formatDate(t.dueOn)}: ${short(t.title)}` : `Nhiệm vụ đến hạn ${formatDate(t.dueOn)}: ${short(t.title)}`,
      link: `/communes/${t.unit.code}/tasks`,
      key: `${overdue ? "TASK_OVERDUE" : "TASK_DUE_SOON"}:${t.id}:${toIsoDate(t.dueOn)}`,
      to: [{ unitId: t.unitId, roles: ["ORG_OFFICER"], organisationIds: [t.ownerId, ...t.coOwners.map((c) => c.organisationId)] }],
    });
  }

  const reports = await db.report.findMany({
    where: { status: { in: EDITABLE_REPORT }, dueOn: { gte: day, lte: soon(REMIND_AHEAD.report) }, ...current },
    select: { id: true, unitId: true, periodKey: true, dueOn: true, regime: { select: { name: true } } },
  });
  for (const r of reports)
    notices.push({
      kind: "REPORT_DUE_SOON",
      unitId: r.unitId,
      entityType: "Report",
      entityId: r.id,
      title: `${r.regime.name} — kỳ ${r.periodKey} phải gửi trước hết ngày ${formatDate(r.dueOn)}`,
      link: `/reports/${r.id}`,
      key: `REPORT_DUE_SOON:${r.id}:${toIsoDate(r.dueOn)}`,
      to: [{ unitId: r.unitId, roles: ["BLOC_HEAD", "REVIEWER"] }],
    });

  const recommendations = await db.recommendation.findMany({
    where: { status: "OPEN", dueOn: { lte: soon(REMIND_AHEAD.recommendation) }, ...current },
    select: { id: true, unitId: true, content: true, addressee: true, dueOn: true, activityId: true, criticismCaseId: true },
  });
  for (const r of recommendations) {
    const overdue = r.dueOn < day;
    const kind = overdue ? "RECOMMENDATION_OVERDUE" : "RECOMMENDATION_DUE_SOON";
    notices.push({
      kind,
      unitId: r.unitId,
      entityType: "Recommendation",
      entityId: r.id,
      title: `${r.addressee} ${overdue ? "chưa trả lời, quá hạn từ" : "phải trả lời trước hết ngày"} ${formatDate(r.dueOn)}: “${short(r.content)}”`,
      link: recommendationLink(r),
      key: `${kind}:${r.id}:${toIsoDate(r.dueOn)}`,
      to: [{ unitId: r.unitId, roles: ["BLOC_HEAD"] }],
    });
  }

  const weekday = isoWeekday(day);
  if (weekday > MEETING_CHASE_FROM.isoWeekday || (weekday === MEETING_CHASE_FROM.isoWeekday && hourInVietnam(now) >= MEETING_CHASE_FROM.hour)) {
    const week = weekKey(day);
    const blocs = await db.bloc.findMany({
      where: {
        status: { in: ["ESTABLISHED", "OPERATING_INFORMALLY"] },
        unit: { level: "COMMUNE", ...validOn(day) },
        meetings: { none: { regularWeek: week } },
      },
      select: { unitId: true, unit: { select: { code: true } } },
    });
    for (const b of blocs)
      notices.push({
        kind: "MEETING_NOT_LOGGED",
        unitId: b.unitId,
        entityType: "Unit",
        entityId: b.unitId,
        title: `Chưa ghi cuộc giao ban thường kỳ tuần ${formatDate(startOfIsoWeek(day))} – ${formatDate(addDays(startOfIsoWeek(day), 6))}`,
        link: `/communes/${b.unit.code}/meetings/new`,
        key: `MEETING_NOT_LOGGED:${b.unitId}:${week}`,
        to: [{ unitId: b.unitId, roles: ["BLOC_HEAD"] }],
      });
  }

  const written = await notify(db, notices, day, { outsideTransaction: true });
  const due: Partial<Record<NotificationKind, number>> = {};
  for (const n of notices) due[n.kind] = (due[n.kind] ?? 0) + 1;
  return { due, written };
}
