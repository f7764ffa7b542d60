// Validity periods: a unit (or organisation) version is in force on `day` when validFrom ≤ day ≤ validTo.

export function validOn(day: Date) {
  return { validFrom: { lte: day }, OR: [{ validTo: null }, { validTo: { gte: day } }] };
}

export function isValidOn(row: { validFrom: Date; validTo: Date | null }, day: Date): boolean {
  return row.validFrom <= day && (row.validTo === null || row.validTo >= day);
}
