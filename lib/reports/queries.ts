// Reads of periodic reports, each scoped to the actor.
import "server-only";
import { documentNumber } from "../registers/queries";
import { Prisma } from "../../generated/prisma/sqlite/client";
import { db } from "../db";
import { countsByParent } from "../child-counts";
import type { PermissionSubject } from "../auth/permissions";
import { unitScope } from "../auth/scope";
import { reportScope } from "../auth/records";
import { loadCalendarWith } from "../calendar/store";
import { computeDeadline } from "../time/deadlines";
import { RECORD_ID } from "../validation";
import { periodOf, windowOf, type Period, type PeriodType } from "../time/windows";
import { addDays } from "../time/business-date";
import { parseRange } from "../time/range";
import { expectedOf, lateList, periodsClosedIn, ratesOf } from "./rules";
import { reportBodyKind } from "../registers/issue";
import { present } from "../privacy/present";
import { seesInFull } from "../privacy/reader";

/** The most periods a chosen range shows (two years of weeks). */
export const MAX_PERIODS = 106;

/** How many recent periods each regime shows. */
const RECENT: Record<PeriodType, number> = { WEEKLY: 4, MONTHLY: 3, QUARTERLY: 2, SIX_MONTH: 2, NINE_MONTH: 1, ANNUAL: 1 };

/** The periods of a regime that have started by `day`, newest first. */
export function recentPeriods(type: PeriodType, startsOn: Date, day: Date, count = RECENT[type]): Period[] {
  const out: Period[] = [];
  let p = periodOf(type, day);
  while (out.length < count && p.end >= startsOn) {
    out.push(p);
    p = periodOf(type, addDays(p.start, -1));
  }
  return out;
}

/** A regime's recent periods whose data window has closed by `day` (so each is expected), newest first. */
export function closedRecentPeriods(regime: Parameters<typeof windowOf>[1] & { periodType: string; startsOn: Date }, day: Date): Period[] {
  const n = RECENT[regime.periodType as PeriodType];
  return recentPeriods(regime.periodType as PeriodType, regime.startsOn, day, n + 1)
    .filter((p) => windowOf(p, regime).to < day)
    .slice(0, n);
}

/** A unit's reports by regime: the recent periods, each with its report or its expected due date. */
export async function unitReports(actor: PermissionSubject, unitId: string, day: Date) {
  const unit = await db.unit.findFirst({ where: { AND: [{ id: unitId }, unitScope(actor, "unit.read")] }, select: { id: true } });
  if (!unit) return null;
  const regimes = await db.reportingRegime.findMany({ where: { active: true }, orderBy: { code: "asc" } });
  const reports = await db.report.findMany({ where: { unitId }, orderBy: { periodEnd: "desc" }, take: 200 });
  const byRegime = regimes.map((regime) => ({ regime, periods: recentPeriods(regime.periodType as PeriodType, regime.startsOn, day) }));
  // One read of the calendar and of the rules for every period not yet opened (their due dates are shown as expected).
  const earliest = byRegime.flatMap((r) => r.periods).reduce((min, p) => (p.start < min ? p.start : min), day);
  const [calendar, rules] = await Promise.all([
    loadCalendarWith(db, earliest, addDays(day, 120)),
    db.deadlineRule.findMany({ where: { code: { in: regimes.map((r) => r.deadlineRuleCode) } }, orderBy: { version: "desc" } }),
  ]);
  return byRegime.map(({ regime, periods }) => ({
    regime,
    rows: periods.map((p) => {
      const report = reports.find((r) => r.regimeId === regime.id && r.periodKey === p.key) ?? null;
      const window = windowOf(p, regime);
      const rule = report ? undefined : rules.find((r) => r.code === regime.deadlineRuleCode && r.validFrom <= window.to);
      const expected = rule ? computeDeadline(rule, window.to, calendar) : null;
      return { period: p, window, report, expectedDue: expected?.due ?? null, expectedToVerify: expected?.toVerify ?? false };
    }),
  }));
}

export async function reportDetail(actor: PermissionSubject, id: string) {
  if (!RECORD_ID.test(id)) return null;
  const report = await db.report.findFirst({
    where: { id, ...reportScope(actor, "unit.read") },
    include: {
      regime: true,
      unit: {
        select: {
          id: true,
          code: true,
          name: true,
          type: true,
          level: true,
          path: true,
          parent: { select: { name: true, type: true } },
          bloc: { select: { model: true } },
        },
      },
      recipient: { select: { id: true, code: true, name: true, type: true, level: true, path: true } },
      issues: { include: { topic: true }, orderBy: { sortOrder: "asc" } },
      recommendations: { orderBy: { sortOrder: "asc" } },
      reviews: { orderBy: { createdAt: "desc" } },
    },
  });
  return (
    report && {
      ...report,
      number: await documentNumber("Report", report.id, { unit: report.unit, kind: reportBodyKind(report.unit.level, report.unit.bloc?.model) }),
    }
  );
}
export type ReportDetail = NonNullable<Awaited<ReturnType<typeof reportDetail>>>;

/**
 * Reports sent to a unit: every one waiting for review (oldest due first), then the latest decided ones
 * (returned or accepted, newest due first). Two reads, so that a province receiving hundreds of reports a
 * month never loses a waiting one behind the history.
 */
export async function reviewQueue(actor: PermissionSubject, recipientId: string, decided = 60) {
  const where = { recipientId, recipient: unitScope(actor, "unit.read") };
  const include = { regime: { select: { name: true } }, unit: { select: { code: true, name: true } } } as const;
  const [waiting, done] = await Promise.all([
    db.report.findMany({ where: { ...where, status: "SUBMITTED" }, include, orderBy: [{ dueOn: "asc" }], take: 500 }),
    db.report.findMany({ where: { ...where, status: { in: ["RETURNED", "ACCEPTED"] } }, include, orderBy: [{ dueOn: "desc" }], take: decided }),
  ]);
  const order = { SUBMITTED: 0, RETURNED: 1, ACCEPTED: 2, DRAFT: 3 } as const;
  const reports = [...waiting, ...done.sort((a, b) => order[a.status] - order[b.status] || b.dueOn.getTime() - a.dueOn.getTime())];
  // Hot spots per report (lib/child-counts.ts says why not `_count`).
  const hot = await countsByParent(
    reports.map((r) => r.id),
    (batch) => db.reportIssue.groupBy({ by: ["reportId"], where: { reportId: { in: batch }, hotSpot: true }, _count: { _all: true } }),
    (r) => r.reportId,
  );
  return reports.map((r) => ({ ...r, _count: { issues: hot.get(r.id) ?? 0 } }));
}

export function workGroups() {
  return db.workGroup.findMany({ orderBy: { sortOrder: "asc" } });
}

/** A rates page's query: the regime (default the monthly situation report) and an optional range. */
export function ratesQuery(q: { regime?: string | string[]; from?: string | string[]; to?: string | string[] }, day: Date) {
  const regimeCode = typeof q.regime === "string" && /^[a-z0-9_.]{3,80}$/.test(q.regime) ? q.regime : "situation.monthly";
  const from = typeof q.from === "string" && q.from ? q.from : null;
  const to = typeof q.to === "string" && q.to ? q.to : null;
  if (!from && !to) return { regimeCode, range: null, rangeError: undefined };
  const range = parseRange(from, to, day);
  return "error" in range ? { regimeCode, range: null, rangeError: range.error } : { regimeCode, range, rangeError: undefined };
}

/** The active regimes, for choosing one. */
export function regimeChoices() {
  return db.reportingRegime.findMany({ where: { active: true }, select: { code: true, name: true }, orderBy: { code: "asc" } });
}

export function topics() {
  return db.topic.findMany({ where: { active: true }, orderBy: { sortOrder: "asc" } });
}

/**
 * Completeness and timeliness per reporting unit under the given parents, for a regime over its recent
 * periods whose data window has closed by `day`: expected = units in force in each period; read from the
 * report rows (one per unit and period).
 */
export async function ratesByUnit(actor: PermissionSubject, regimeCode: string, parentIds: string[], day: Date, range?: { from: Date; to: Date }) {
  const regime = await db.reportingRegime.findUnique({ where: { code: regimeCode } });
  if (!regime) return null;
  // A period is expected once its data window has closed; a chosen range keeps the periods whose window
  // closed in it (newest first, at most two years of weeks).
  const periods = range ? periodsClosedIn(regime, range.from, range.to, day).reverse().slice(0, MAX_PERIODS) : closedRecentPeriods(regime, day);
  if (!periods.length) return { regime, periods, rows: [] };
  const units = await db.unit.findMany({
    where: {
      AND: [
        { parentId: { in: parentIds }, validFrom: { lte: periods[0].end } },
        { OR: [{ validTo: null }, { validTo: { gte: periods.at(-1)!.start } }] },
        unitScope(actor, "unit.read"),
      ],
    },
    select: { id: true, code: true, name: true, parentId: true, validFrom: true, validTo: true },
    orderBy: { code: "asc" },
  });
  const reports = await db.report.findMany({
    where: { regimeId: regime.id, unitId: { in: units.map((u) => u.id) }, periodKey: { in: periods.map((p) => p.key) } },
    select: { unitId: true, periodKey: true, dueOn: true, firstSubmittedOn: true, status: true, id: true },
  });
  const rows = units.map((u) => {
    const own = reports.filter((r) => r.unitId === u.id);
    const expected = expectedOf(u, periods);
    return { unit: u, rates: ratesOf(expected, own), late: lateList(expected, own, day), reports: own };
  });
  return { regime, periods, rows };
}

/** Hot spots of submitted reports (submitted, returned or accepted) of the units under `ancestorPath`, recent first. */
export async function hotSpots(actor: PermissionSubject, ancestorPath: string, day: Date, days = 62) {
  // The area's units (the actor's scope applies), then the issues with what the list shows of each in one
  // statement driven by those units' reports. Filtered through the unit's path inside the issue query, the
  // planner walked every issue of the country (30 ms on 80,000 issues at the two-level national scale,
  // docs/BENCHMARKS.md); the client's nested reads were five statements.
  const units = (await db.unit.findMany({ where: { AND: [{ path: { startsWith: ancestorPath } }, unitScope(actor, "unit.read")] }, select: { id: true } })).map(
    (u) => u.id,
  );
  if (!units.length) return [];
  const rows = await db.$queryRaw<HotSpotRow[]>`
    SELECT i."id", i."description", i."location", i."handling", i."citizenName", t."name" AS "topicName", r."id" AS "reportId", r."periodKey", r."submittedOn",
      u."code" AS "unitCode", u."name" AS "unitName", u."path" AS "unitPath", p."name" AS "parentName"
    FROM "Report" r
    JOIN "ReportIssue" i ON i."reportId" = r."id"
    JOIN "Topic" t ON t."id" = i."topicId"
    JOIN "Unit" u ON u."id" = r."unitId"
    LEFT JOIN "Unit" p ON p."id" = u."parentId"
    WHERE r."unitId" IN (${Prisma.join(units)}) AND r."status" IN ('SUBMITTED', 'RETURNED', 'ACCEPTED') AND r."windowTo" >= ${addDays(day, -days)} AND i."hotSpot" = TRUE
    ORDER BY r."submittedOn" DESC, i."sortOrder" ASC
    LIMIT 30`;
  // Citizens masked for a reader who does not work the commune's reports (decision 0039).
  return rows
    .map((raw) => present(raw, ["description", "location", "handling"], seesInFull(actor, raw.unitPath)))
    .map((d) => ({
      id: d.id,
      description: d.description,
      location: d.location,
      handling: d.handling,
      topic: { name: d.topicName },
      report: {
        id: d.reportId,
        periodKey: d.periodKey,
        submittedOn: d.submittedOn === null ? null : new Date(d.submittedOn),
        unit: { code: d.unitCode, name: d.unitName, parent: d.parentName === null ? null : { name: d.parentName } },
      },
    }));
}

type HotSpotRow = {
  id: string;
  description: string;
  location: string;
  handling: string;
  citizenName: string;
  unitPath: string;
  topicName: string;
  reportId: string;
  periodKey: string;
  submittedOn: Date | string | null;
  unitCode: string;
  unitName: string;
  parentName: string | null;
};

/** Accepted reports sent to a consolidated report's unit for its period and not yet merged into it. */
export async function pendingSources(report: { regimeId: string; unitId: string; periodKey: string; consolidatedFrom: string }) {
  return db.report.findMany({
    where: {
      regimeId: report.regimeId,
      recipientId: report.unitId,
      periodKey: report.periodKey,
      status: "ACCEPTED",
      id: { notIn: JSON.parse(report.consolidatedFrom) as string[] },
    },
    select: { id: true, unit: { select: { name: true } } },
    orderBy: { unit: { code: "asc" } },
  });
}

/** What the reporting administration page lists: regimes and topics with their use, and the deadline rules by code. */
export function reportingReference() {
  return Promise.all([
    db.reportingRegime.findMany({ orderBy: { code: "asc" }, include: { _count: { select: { reports: true } } } }),
    db.topic.findMany({ orderBy: { sortOrder: "asc" }, include: { _count: { select: { issues: true } } } }),
    db.deadlineRule.findMany({ orderBy: [{ code: "asc" }, { version: "desc" }], distinct: ["code"], select: { code: true, subject: true } }),
  ]);
}
