// The audit viewer (/admin/audit and its download): every event for an administrator, the events of their
// units for a reviewer, filtered by person, unit, kind of action, outcome and date, newest first, a page
// at a time by a cursor on (occurredAt, id) so that a page costs the same on the thousandth page as on the
// first (the `occurredAt` index).
import "server-only";
import { db } from "../db";
import type { Prisma } from "../../generated/prisma/sqlite/client";
import { grantingAssignments, reachOf, type PermissionSubject } from "../auth/permissions";
import { unitScope } from "../auth/scope";
import { normaliseUsername } from "../auth/sign-in";
import { parseIsoDate } from "../time/business-date";
import { ACTION_FAMILIES } from "./labels";
import { changesOf, parseAuditJson, type HistoryChange } from "./queries";
import { maskHistory } from "../privacy/present";
import { seesInFull } from "../privacy/reader";

export const AUDIT_PAGE_SIZE = 50;
/** A download holds at most this many events (the newest); the page says so when there are more. */
export const AUDIT_EXPORT_LIMIT = 10_000;

/** Vietnam is UTC+7 all year: a business day D runs from D − 7 h to D + 17 h in UTC. */
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

export interface AuditFilter {
  person?: string;
  unit?: string;
  family?: string;
  outcome?: "ALLOWED" | "DENIED";
  from?: string;
  to?: string;
  cursor?: string;
}

type Raw = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

export function parseAuditFilter(raw: Raw): { filter: AuditFilter; errors: string[] } {
  const errors: string[] = [];
  const filter: AuditFilter = {};
  const person = one(raw.person);
  if (person && person.length > 64) errors.push("Tên đăng nhập không quá 64 ký tự.");
  else if (person) filter.person = person;
  const unit = one(raw.unit);
  if (unit && !/^\d{2,5}$/.test(unit)) errors.push("Mã đơn vị gồm 2 đến 5 chữ số.");
  else if (unit) filter.unit = unit;
  const family = one(raw.family);
  if (family && !ACTION_FAMILIES.some((f) => f.prefix === family)) errors.push("Loại việc không hợp lệ.");
  else if (family) filter.family = family;
  const outcome = one(raw.outcome);
  if (outcome && outcome !== "ALLOWED" && outcome !== "DENIED") errors.push("Kết quả không hợp lệ.");
  else if (outcome) filter.outcome = outcome as AuditFilter["outcome"];
  for (const key of ["from", "to"] as const) {
    const v = one(raw[key]);
    if (v && !parseIsoDate(v)) errors.push(`${key === "from" ? "Từ ngày" : "Đến ngày"} không hợp lệ: dùng dạng YYYY-MM-DD.`);
    else if (v) filter[key] = v;
  }
  if (filter.from && filter.to && filter.from > filter.to) errors.push("Từ ngày phải trước hoặc bằng đến ngày.");
  const cursor = one(raw.cursor);
  if (cursor && decodeCursor(cursor)) filter.cursor = cursor;
  return { filter, errors };
}

const encodeCursor = (e: { occurredAt: Date; id: string }) => `${e.occurredAt.getTime()}_${e.id}`;
function decodeCursor(raw: string): { at: Date; id: string } | null {
  const m = /^(\d{1,15})_([A-Za-z0-9-]{1,40})$/.exec(raw);
  return m ? { at: new Date(Number(m[1])), id: m[2] } : null;
}

/** Where the actor may read the trail: everywhere (administrator), the units of their subtree (reviewer), or nowhere. */
export function auditReach(actor: PermissionSubject): "global" | "units" | null {
  const granting = grantingAssignments(actor, "audit.read").map((a) => reachOf(a.role, "audit.read"));
  if (granting.includes("global")) return "global";
  return granting.some(Boolean) ? "units" : null;
}

export interface AuditRow {
  id: string;
  occurredAt: Date;
  action: string;
  outcome: "ALLOWED" | "DENIED";
  actorName: string;
  actorUsername: string | null;
  entityType: string;
  entityId: string | null;
  /** An account the event is about, by name (the record's id otherwise). */
  entityLabel: string | null;
  unit: { code: string; name: string; path: string } | null;
  reason: string | null;
  address: string | null;
  requestId: string | null;
  changes: HistoryChange[];
}

/** The events the filter selects within the actor's reach, or the message to show instead. */
async function whereOf(
  actor: PermissionSubject,
  filter: AuditFilter,
): Promise<{ where: Prisma.AuditEventWhereInput; byUnits: boolean } | { error: string; outOfScope?: true }> {
  const reach = auditReach(actor);
  if (!reach) return { error: "Bạn không có quyền xem nhật ký." };
  const and: Prisma.AuditEventWhereInput[] = [];
  let unitIds: string[] | null = null;
  if (reach === "units") {
    unitIds = (await db.unit.findMany({ where: unitScope(actor, "audit.read"), select: { id: true } })).map((u) => u.id);
  }
  if (filter.unit) {
    // Every unit that has held the code, in any period: the trail keeps the unit of the time.
    const coded = (await db.unit.findMany({ where: { code: filter.unit, ...(reach === "units" ? { id: { in: unitIds! } } : {}) }, select: { id: true } })).map(
      (u) => u.id,
    );
    if (!coded.length) return { error: `Không có đơn vị mã ${filter.unit} trong phạm vi của bạn.`, outOfScope: true };
    unitIds = coded;
  }
  if (unitIds) and.push({ unitId: { in: unitIds } });
  if (filter.person) {
    const user = await db.user.findUnique({ where: { username: normaliseUsername(filter.person) }, select: { id: true } });
    if (!user) return { error: `Không có tài khoản "${filter.person}".` };
    // What the person did, and the sign-ins to their account (written before anyone is signed in).
    and.push({ OR: [{ actorUserId: user.id }, { entityType: "User", entityId: user.id, action: { startsWith: "auth." } }] });
  }
  if (filter.family) and.push({ action: { startsWith: filter.family } });
  if (filter.outcome) and.push({ outcome: filter.outcome });
  if (filter.from) and.push({ occurredAt: { gte: new Date(parseIsoDate(filter.from)!.getTime() - VIETNAM_OFFSET_MS) } });
  if (filter.to) and.push({ occurredAt: { lt: new Date(parseIsoDate(filter.to)!.getTime() + 24 * 3600 * 1000 - VIETNAM_OFFSET_MS) } });
  return { where: { AND: and }, byUnits: unitIds !== null };
}

/**
 * Days back from the newest event wanted that a page restricted to a set of units looks at first, widening
 * until it has a page: the newest events of a window are the newest of all. Over a province's few hundred
 * units the planner reads each unit's events through the (unitId, occurredAt) index and sorts them all (157 ms
 * for a province on a national trail of two million events); a window keeps that sort small.
 */
const UNIT_WINDOWS_DAYS = [7, 62, 400];

async function rowsOf(events: Prisma.AuditEventGetPayload<object>[]): Promise<AuditRow[]> {
  const unitIds = [...new Set(events.flatMap((e) => (e.unitId ? [e.unitId] : [])))];
  const userIds = [...new Set(events.flatMap((e) => (e.entityType === "User" && e.entityId ? [e.entityId] : [])))];
  const [units, users] = await Promise.all([
    db.unit
      .findMany({ where: { id: { in: unitIds } }, select: { id: true, code: true, name: true, path: true } })
      .then((r) => new Map(r.map((u) => [u.id, u]))),
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, username: true, displayName: true } }).then((r) => new Map(r.map((u) => [u.id, u]))),
  ]);
  return events.map((e) => {
    const actor = parseAuditJson(e.actorSnapshot);
    const anonymous = !actor || actor.anonymous === true;
    const account = e.entityType === "User" && e.entityId ? users.get(e.entityId) : undefined;
    // A sign-in is written before anyone is signed in: its person is the account it is about.
    const person = anonymous && e.action.startsWith("auth.") ? account : undefined;
    return {
      id: e.id,
      occurredAt: e.occurredAt,
      action: e.action,
      outcome: e.outcome,
      entityType: e.entityType,
      entityId: e.entityId,
      entityLabel: account ? `${account.displayName} (${account.username})` : null,
      actorName: person ? person.displayName : anonymous ? "(chưa đăng nhập)" : String(actor.displayName ?? ""),
      actorUsername: person ? person.username : anonymous ? null : String(actor.username ?? ""),
      unit: e.unitId ? (units.get(e.unitId) ?? null) : null,
      reason: e.reason,
      address: e.address,
      requestId: e.requestId,
      changes: changesOf(parseAuditJson(e.before), parseAuditJson(e.after)),
    };
  });
}

export async function auditPage(
  actor: PermissionSubject,
  filter: AuditFilter,
): Promise<{ rows: AuditRow[]; next: string | null } | { error: string; outOfScope?: true }> {
  const scoped = await whereOf(actor, filter);
  if ("error" in scoped) return scoped;
  const cursor = filter.cursor ? decodeCursor(filter.cursor) : null;
  const where: Prisma.AuditEventWhereInput = cursor
    ? // The range on occurredAt alone lets the index drive the scan (an OR of the two cases made SQLite walk the
      // whole trail: 4.3 s at page 100 of two million events); ties on the instant are broken by id.
      { AND: [scoped.where, { occurredAt: { lte: cursor.at } }, { OR: [{ occurredAt: { lt: cursor.at } }, { id: { lt: cursor.id } }] }] }
    : scoped.where;
  const read = (w: Prisma.AuditEventWhereInput) =>
    db.auditEvent.findMany({ where: w, orderBy: [{ occurredAt: "desc" }, { id: "desc" }], take: AUDIT_PAGE_SIZE + 1 });
  let events: Awaited<ReturnType<typeof read>> | null = null;
  if (scoped.byUnits) {
    const newest = (cursor?.at ?? new Date()).getTime();
    for (const days of UNIT_WINDOWS_DAYS) {
      const found = await read({ AND: [where, { occurredAt: { gte: new Date(newest - days * 24 * 3600 * 1000) } }] });
      if (found.length > AUDIT_PAGE_SIZE) {
        events = found;
        break;
      }
    }
  }
  events ??= await read(where);
  const more = events.length > AUDIT_PAGE_SIZE;
  const page = events.slice(0, AUDIT_PAGE_SIZE);
  return { rows: shownTo(actor, await rowsOf(page)), next: more ? encodeCursor(page.at(-1)!) : null };
}

/** The trail's copies of records' texts (reasons, before and after) with citizens' data masked where the reader may not see it in full. */
function shownTo(actor: PermissionSubject, rows: AuditRow[]): AuditRow[] {
  return rows.map((r) => (r.unit && seesInFull(actor, r.unit.path) ? r : maskHistory([r], [])[0]));
}

/** The newest AUDIT_EXPORT_LIMIT events of the filter (the cursor is ignored), and whether there were more. */
export async function auditExportRows(
  actor: PermissionSubject,
  filter: AuditFilter,
): Promise<{ rows: AuditRow[]; truncated: boolean } | { error: string; outOfScope?: true }> {
  const scoped = await whereOf(actor, filter);
  if ("error" in scoped) return scoped;
  const events = await db.auditEvent.findMany({ where: scoped.where, orderBy: [{ occurredAt: "desc" }, { id: "desc" }], take: AUDIT_EXPORT_LIMIT + 1 });
  return { rows: await rowsOf(events.slice(0, AUDIT_EXPORT_LIMIT)), truncated: events.length > AUDIT_EXPORT_LIMIT };
}
