// What the hand-over pages read (pages do not import the database client).
import "server-only";
import { db } from "../db";
import type { PermissionSubject } from "../auth/permissions";
import type { HandOverKind, UnitType } from "../../generated/prisma/sqlite/enums";
import { formatDate } from "../time/business-date";
import { unitPageHref, unitTitle } from "../units/labels";
import { KIND_LABEL, KINDS, reorganisationDates } from "./open-work";
import { handOverPlan } from "./plan";

export const planOn = (actor: PermissionSubject, date: Date, codes?: string[]) => handOverPlan(db, actor, date, { codes });
export const handOverDates = () => reorganisationDates(db);

export interface HandOverUnit {
  code: string;
  name: string;
  type: UnitType;
  validTo: Date | null;
}

export interface HandOverFact {
  from: HandOverUnit;
  to: HandOverUnit;
  appliedOn: Date;
  effectiveOn: Date;
}

const UNIT = { select: { code: true, name: true, type: true, validTo: true } } as const;

/** The hand-overs in force (not reversed) of these items of one kind: where each came from, where it went, when. */
export async function handOversOf(kind: HandOverKind, itemIds: string[]): Promise<Map<string, HandOverFact>> {
  if (!itemIds.length) return new Map();
  const rows = await db.handOver.findMany({
    where: { kind, itemId: { in: itemIds }, reversedOn: null },
    select: { itemId: true, appliedOn: true, effectiveOn: true, fromUnit: UNIT, toUnit: UNIT },
    orderBy: { appliedOn: "asc" },
  });
  return new Map(rows.map((r) => [r.itemId, { from: r.fromUnit, to: r.toUnit, appliedOn: r.appliedOn, effectiveOn: r.effectiveOn }]));
}

/** "Nhận bàn giao từ …" for a successor's lists. */
export const receivedLine = (f: HandOverFact) => `Nhận bàn giao từ ${unitTitle(f.from)} (${formatDate(f.appliedOn)})`;

/**
 * "Nhận bàn giao từ …" for items of one kind a unit's lists show: the closed unit each came from and the day it
 * was handed over (items not received by a hand-over are absent).
 */
export async function receivedFrom(kind: HandOverKind, itemIds: string[]): Promise<Map<string, string>> {
  return new Map([...(await handOversOf(kind, itemIds))].map(([id, f]) => [id, receivedLine(f)]));
}

/** What a unit received from each predecessor and handed to each successor, by kind (hand-overs not reversed). */
export async function handOverTotals(unitId: string) {
  const [received, given] = await Promise.all([
    db.handOver.groupBy({ by: ["fromUnitId", "kind"], where: { toUnitId: unitId, reversedOn: null }, _count: { _all: true } }),
    db.handOver.groupBy({ by: ["toUnitId", "kind"], where: { fromUnitId: unitId, reversedOn: null }, _count: { _all: true } }),
  ]);
  const words = (rows: { kind: HandOverKind; _count: { _all: number } }[]) =>
    [...rows]
      .sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind))
      .map((r) => `${r._count._all} ${KIND_LABEL[r.kind].toLowerCase()}`)
      .join(", ");
  const by = <K extends "fromUnitId" | "toUnitId">(rows: ({ [k in K]: string } & { kind: HandOverKind; _count: { _all: number } })[], key: K) => {
    const out = new Map<string, string>();
    for (const id of new Set(rows.map((r) => r[key]))) out.set(id, words(rows.filter((r) => r[key] === id)));
    return out;
  };
  return { receivedFrom: by(received, "fromUnitId"), handedTo: by(given, "toUnitId") };
}

/**
 * Where each item is seen in full: a task at the meeting that assigned it (its unit's task list when no meeting
 * did), a recommendation on its activity or criticism case, a plan or the bloc on its unit's pages, a role on
 * the account's page. Items not found have no link.
 */
export async function itemHrefs(items: { kind: HandOverKind; id: string }[]): Promise<Map<string, string>> {
  const ids = (kind: HandOverKind) => items.filter((i) => i.kind === kind).map((i) => i.id);
  const some = (kind: HandOverKind) => ids(kind).length > 0;
  const [tasks, recs, plans, blocs, roles] = await Promise.all([
    some("TASK") ? db.task.findMany({ where: { id: { in: ids("TASK") } }, select: { id: true, meetingId: true, unit: { select: { code: true } } } }) : [],
    some("RECOMMENDATION")
      ? db.recommendation.findMany({ where: { id: { in: ids("RECOMMENDATION") } }, select: { id: true, activityId: true, criticismCaseId: true } })
      : [],
    some("SUPERVISION_PLAN")
      ? db.supervisionPlan.findMany({ where: { id: { in: ids("SUPERVISION_PLAN") } }, select: { id: true, year: true, unit: { select: { code: true } } } })
      : [],
    some("BLOC") ? db.bloc.findMany({ where: { id: { in: ids("BLOC") } }, select: { id: true, unit: { select: { code: true, validTo: true } } } }) : [],
    some("ROLE_ASSIGNMENT") ? db.roleAssignment.findMany({ where: { id: { in: ids("ROLE_ASSIGNMENT") } }, select: { id: true, userId: true } }) : [],
  ]);
  const out = new Map<string, string>();
  const put = (kind: HandOverKind, id: string, href: string) => out.set(`${kind}:${id}`, href);
  for (const t of tasks) put("TASK", t.id, t.meetingId ? `/meetings/${t.meetingId}` : `/communes/${t.unit.code}/tasks`);
  for (const r of recs)
    put("RECOMMENDATION", r.id, r.activityId ? `/supervision/${r.activityId}#kien-nghi-${r.id}` : `/criticism/${r.criticismCaseId}#kien-nghi-${r.id}`);
  for (const p of plans) put("SUPERVISION_PLAN", p.id, `/communes/${p.unit.code}/supervision?year=${p.year}`);
  for (const b of blocs) put("BLOC", b.id, unitPageHref(b.unit));
  for (const r of roles) put("ROLE_ASSIGNMENT", r.id, `/admin/users/${r.userId}`);
  for (const id of ids("REPORT")) put("REPORT", id, `/reports/${id}`);
  for (const id of ids("SUPERVISION_ACTIVITY")) put("SUPERVISION_ACTIVITY", id, `/supervision/${id}`);
  for (const id of ids("CRITICISM_CASE")) put("CRITICISM_CASE", id, `/criticism/${id}`);
  for (const id of ids("MODEL")) put("MODEL", id, `/models/${id}`);
  return out;
}
