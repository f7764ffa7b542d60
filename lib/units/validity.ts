// Validity periods: a unit (or organisation) version is in force on `day` when validFrom ≤ day ≤ validTo.
import { Prisma } from "../../generated/prisma/sqlite/client";

export function validOn(day: Date) {
  return { validFrom: { lte: day }, OR: [{ validTo: null }, { validTo: { gte: day } }] };
}

/** The same rule in raw SQL, for the row of table alias `alias` (a plain identifier written by the caller). */
export function validOnSql(alias: string, day: Date) {
  if (!/^[a-z]+$/.test(alias)) throw new Error(`Not a table alias: ${alias}`);
  return Prisma.sql`${Prisma.raw(`${alias}."validFrom"`)} <= ${day} AND (${Prisma.raw(`${alias}."validTo"`)} IS NULL OR ${Prisma.raw(`${alias}."validTo"`)} >= ${day})`;
}

export function isValidOn(row: { validFrom: Date; validTo: Date | null }, day: Date): boolean {
  return row.validFrom <= day && (row.validTo === null || row.validTo >= day);
}

/** In force at some point between `from` and `to` (both included): the where clause, then the same test in memory. */
export function validDuring(from: Date, to: Date) {
  return { validFrom: { lte: to }, OR: [{ validTo: null }, { validTo: { gte: from } }] };
}

export function isValidDuring(row: { validFrom: Date; validTo: Date | null }, from: Date, to: Date): boolean {
  return row.validFrom <= to && (row.validTo === null || row.validTo >= from);
}
