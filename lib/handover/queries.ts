// What the hand-over pages read (pages do not import the database client).
import { db } from "../db";
import type { PermissionSubject } from "../auth/permissions";
import type { HandOverKind } from "../../generated/prisma/sqlite/enums";
import { formatDate } from "../time/business-date";
import { unitTitle } from "../units/labels";
import { handOverPlan, KIND_LABEL, KINDS, reorganisationDates } from "./open-work";

export const planOn = (actor: PermissionSubject, date: Date, codes?: string[]) => handOverPlan(db, actor, date, { codes });
export const handOverDates = () => reorganisationDates(db);

/**
 * "Nhận bàn giao từ …" for items of one kind a unit's lists show: the closed unit each came from and the day it
 * was handed over (items not received by a hand-over are absent).
 */
export async function receivedFrom(kind: HandOverKind, itemIds: string[]): Promise<Map<string, string>> {
  if (!itemIds.length) return new Map();
  const rows = await db.handOver.findMany({
    where: { kind, itemId: { in: itemIds }, reversedOn: null },
    select: { itemId: true, appliedOn: true, fromUnit: { select: { name: true, type: true } } },
    orderBy: { appliedOn: "asc" },
  });
  return new Map(rows.map((r) => [r.itemId, `Nhận bàn giao từ ${unitTitle(r.fromUnit)} (${formatDate(r.appliedOn)})`]));
}

/** What a unit received from each predecessor and handed to each successor, by kind (hand-overs not reversed). */
export async function handOverTotals(unitId: string) {
  const [received, given] = await Promise.all([
    db.handOver.groupBy({ by: ["fromUnitId", "kind"], where: { toUnitId: unitId, reversedOn: null }, _count: { _all: true } }),
    db.handOver.groupBy({ by: ["toUnitId", "kind"], where: { fromUnitId: unitId, reversedOn: null }, _count: { _all: true } }),
  ]);
  const words = (rows: { kind: HandOverKind; _count: { _all: number } }[]) => [...rows].sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind)).map((r) => `${r._count._all} ${KIND_LABEL[r.kind].toLowerCase()}`).join(", ");
  const by = <K extends "fromUnitId" | "toUnitId">(rows: ({ [k in K]: string } & { kind: HandOverKind; _count: { _all: number } })[], key: K) => {
    const out = new Map<string, string>();
    for (const id of new Set(rows.map((r) => r[key]))) out.set(id, words(rows.filter((r) => r[key] === id)));
    return out;
  };
  return { receivedFrom: by(received, "fromUnitId"), handedTo: by(given, "toUnitId") };
}
