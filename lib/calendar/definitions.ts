// Keeping the working-day calendar (a year's days off and make-up working days, entered from the official
// announcement) and revising deadline rules (a new version; computed due dates keep theirs).
import "server-only";
import { updateAtVersion } from "../actions/versioned";
import type { ActionDefinition, Loaded } from "../actions/run-action";
import { ConflictError, MESSAGES, RefusedError } from "../actions/result";
import { formatDate, toIsoDate } from "../time/business-date";
import { parseDayList, reviseRuleSchema, setYearSchema } from "./schema";

const INVALID = MESSAGES.invalid;

const KIND_WORD = { HOLIDAY: "lễ", DAY_OFF: "nghỉ", WORKDAY: "làm" } as const;

/** The day list as the form shows it, one "dd/MM/yyyy; loại; tên" per line. */
export function formatDayList(days: { date: Date; kind: keyof typeof KIND_WORD; name: string }[]): string {
  return days.map((d) => `${formatDate(d.date)}; ${KIND_WORD[d.kind]}; ${d.name}`).join("\n");
}

export const setCalendarYear: ActionDefinition<typeof setYearSchema, Loaded & { year: { version: number; status: string } | null }, undefined> = {
  name: "calendar.set_year",
  permission: "reference.manage",
  schema: setYearSchema,
  async load(db, input) {
    const year = await db.calendarYear.findUnique({ where: { year: input.year } });
    return { entityType: "CalendarYear", entityId: String(input.year), target: { unitPath: "/" }, year };
  },
  async write(tx, { input, loaded, actor }) {
    const { days, problems } = parseDayList(input.days, input.year);
    if (problems.length) throw new RefusedError(INVALID, { days: problems.slice(0, 20) });
    if ((loaded.year?.version ?? 0) !== input.version) throw new ConflictError();
    const from = new Date(Date.UTC(input.year, 0, 1));
    const to = new Date(Date.UTC(input.year + 1, 0, 1));
    const before = await tx.calendarDay.findMany({ where: { date: { gte: from, lt: to } }, orderBy: { date: "asc" } });
    // The announcement replaces the year's schedule; the previous list stays in the audit trail.
    await tx.calendarDay.deleteMany({ where: { date: { gte: from, lt: to } } });
    await tx.calendarDay.createMany({
      data: days.map((d) => ({ date: d.date, kind: d.kind, name: d.name, source: "ANNOUNCEMENT" as const, basis: input.basis, createdById: actor.userId })),
    });
    const status = input.verified ? "VERIFIED" : "TO_VERIFY";
    const data = { status, basis: input.basis, verifiedById: input.verified ? actor.userId : null, verifiedAt: input.verified ? new Date() : null } as const;
    if (loaded.year) {
      await updateAtVersion(tx.calendarYear, { year: input.year, version: input.version }, data);
    } else {
      await tx.calendarYear.create({ data: { year: input.year, ...data } });
    }
    return {
      entityType: "CalendarYear",
      entityId: String(input.year),
      before: { status: loaded.year?.status ?? null, days: before.map((d) => `${toIsoDate(d.date)} ${d.kind} ${d.name}`) },
      after: { status, basis: input.basis, days: days.map((d) => `${toIsoDate(d.date)} ${d.kind} ${d.name}`) },
      message: `Đã lưu lịch năm ${input.year}: ${days.length} ngày${input.verified ? ", đã đối chiếu thông báo" : ""}.`,
    };
  },
};

type RuleLoaded = Loaded & { current: { version: number; validFrom: Date } | null };

export const reviseDeadlineRule: ActionDefinition<typeof reviseRuleSchema, RuleLoaded, undefined> = {
  name: "deadline_rule.revise",
  permission: "reference.manage",
  schema: reviseRuleSchema,
  async load(db, input) {
    const current = await db.deadlineRule.findFirst({ where: { code: input.code }, orderBy: { version: "desc" } });
    if (!current) return null;
    return { entityType: "DeadlineRule", entityId: input.code, target: { unitPath: "/" }, current };
  },
  async write(tx, { input, loaded, actor }) {
    if (loaded.current!.version !== input.version) throw new ConflictError();
    if (input.validFrom < loaded.current!.validFrom) {
      throw new RefusedError(INVALID, {
        validFrom: [`Phiên bản mới phải áp dụng từ ngày ${formatDate(loaded.current!.validFrom)} trở đi (ngày áp dụng của phiên bản đang dùng).`],
      });
    }
    const { code, version: _v, verified, ...rest } = input;
    // A new version; the rows of earlier versions, and every due date computed with them, stay as they are.
    const created = await tx.deadlineRule.create({
      data: { ...rest, code, version: input.version + 1, verified: Boolean(verified), createdById: actor.userId },
    });
    return {
      entityType: "DeadlineRule",
      entityId: code,
      before: { version: input.version },
      after: {
        version: created.version,
        offset: created.offset,
        unit: created.unit,
        anchor: created.anchor,
        verified: created.verified,
        validFrom: created.validFrom,
      },
      message: `Đã tạo phiên bản ${created.version} của quy tắc.`,
    };
  },
};
