// The five roles, named by what people do (not by a level), their Vietnamese names, the levels of unit
// each may be bound to, and where each lands after sign-in (decision 0020).
import type { Role, UnitLevel } from "../../generated/prisma/sqlite/enums";

export const ROLES = ["OVERVIEW", "REVIEWER", "BLOC_HEAD", "ORG_OFFICER", "ADMIN"] as const satisfies readonly Role[];

export const ROLE_LABEL = {
  OVERVIEW: "Cán bộ theo dõi chung",
  REVIEWER: "Cán bộ hướng dẫn, thẩm định khối cấp xã",
  BLOC_HEAD: "Trưởng khối cấp xã",
  ORG_OFFICER: "Cán bộ đoàn thể",
  ADMIN: "Quản trị viên",
} as const satisfies Record<Role, string>;

/**
 * The levels of unit a role may be bound to; an assignment elsewhere is refused. The reviewer and the
 * overview serve whichever unit has communes below it: a district in 2018, the province from 1/7/2025.
 */
export const ROLE_UNIT_LEVELS = {
  OVERVIEW: ["PROVINCE", "DISTRICT"],
  REVIEWER: ["DISTRICT", "PROVINCE"],
  BLOC_HEAD: ["COMMUNE"],
  ORG_OFFICER: ["COMMUNE"],
  ADMIN: ["PROVINCE"],
} as const satisfies Record<Role, readonly UnitLevel[]>;

/** Only officers are bound to an organisation as well as a unit. */
export const ROLE_NEEDS_ORGANISATION = {
  OVERVIEW: false,
  REVIEWER: false,
  BLOC_HEAD: false,
  ORG_OFFICER: true,
  ADMIN: false,
} as const satisfies Record<Role, boolean>;

export interface HomeAssignment {
  role: Role;
  unitCode: string;
  unitLevel: UnitLevel;
  /** Whether the assignment is in force on the business date; an ended one opens its unit as it last was. */
  current?: boolean;
  validTo?: Date | null;
}

/** The page of the unit an assignment is bound to: the province, a district or a commune. */
export function unitHome(level: UnitLevel, code: string): string {
  return level === "PROVINCE" ? "/province" : level === "DISTRICT" ? `/districts/${code}` : `/communes/${code}`;
}

export function homeOf(assignment: HomeAssignment | undefined): string {
  if (!assignment) return "/account";
  if (assignment.role === "ADMIN") return "/admin";
  const home = unitHome(assignment.unitLevel, assignment.unitCode);
  // A role that has ended (the district level abolished on 1/7/2025) opens its unit on its last day, read-only.
  if (assignment.current === false && assignment.validTo) return `${home}?asOf=${assignment.validTo.toISOString().slice(0, 10)}`;
  return home;
}
