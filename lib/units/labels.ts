// Vietnamese labels of unit types and levels, and the GSO type names of the reference data.
import type { UnitLevel, UnitType } from "../../generated/prisma/sqlite/enums";

export type { UnitLevel, UnitType };

export const UNIT_TYPE_LABEL = {
  TINH: "tỉnh",
  THANH_PHO_TW: "thành phố trực thuộc trung ương",
  THANH_PHO: "thành phố",
  THI_XA: "thị xã",
  HUYEN: "huyện",
  QUAN: "quận",
  PHUONG: "phường",
  XA: "xã",
  THI_TRAN: "thị trấn",
  DAC_KHU: "đặc khu",
} as const satisfies Record<UnitType, string>;

export const UNIT_LEVEL_LABEL = {
  PROVINCE: "Cấp tỉnh",
  DISTRICT: "Cấp huyện",
  COMMUNE: "Cấp xã",
} as const satisfies Record<UnitLevel, string>;

const TYPE_BY_GSO_NAME: Record<string, UnitType> = Object.fromEntries(Object.entries(UNIT_TYPE_LABEL).map(([type, label]) => [label, type as UnitType]));

export function unitTypeFromGso(name: string): UnitType {
  const type = TYPE_BY_GSO_NAME[name.normalize("NFC").toLowerCase()];
  if (!type) throw new Error(`Unknown unit type "${name}"`);
  return type;
}

/** "Xã Đầm Hà", "Huyện Hải Hà": the type label capitalised, then the name. */
export function unitTitle(unit: { type: UnitType; name: string }): string {
  const label = UNIT_TYPE_LABEL[unit.type];
  return `${label.charAt(0).toUpperCase()}${label.slice(1)} ${unit.name}`;
}

/** A commune's page as of its last day in force (today's page for a unit still in force). */
export const unitPageHref = (u: { code: string; validTo: Date | null }) =>
  `/communes/${u.code}${u.validTo ? `?asOf=${u.validTo.toISOString().slice(0, 10)}` : ""}`;

/** A unit's own page: the province's, a district's or a commune's. */
export function unitHref(unit: { level: string; code: string }): string {
  return unit.level === "PROVINCE" ? "/province" : unit.level === "DISTRICT" ? `/districts/${unit.code}` : `/communes/${unit.code}`;
}

/** Where a unit's tasks are followed: a commune's task list, or an agency's meetings page (decision 0035). */
export function tasksHref(unit: { level?: string; code: string }): string {
  return unit.level && unit.level !== "COMMUNE" ? `/agencies/${unit.code}/meetings` : `/communes/${unit.code}/tasks`;
}

/** Where a unit's giao ban meetings are listed: a commune's, or an agency's above the communes (decision 0035). */
export function meetingsHref(unit: { level: string; code: string }): string {
  return unit.level === "COMMUNE" ? `/communes/${unit.code}/meetings` : `/agencies/${unit.code}/meetings`;
}
