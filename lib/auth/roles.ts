// The five roles, their Vietnamese names and where each lands after sign-in (DESIGN.md, routes).
import type { Role } from "../../generated/prisma/sqlite/enums";

export const ROLES = ["PROVINCIAL_OFFICIAL", "DISTRICT_STAFF", "COMMUNE_HEAD", "ORG_OFFICER", "ADMIN"] as const satisfies readonly Role[];

export const ROLE_LABEL = {
  PROVINCIAL_OFFICIAL: "Cán bộ cấp tỉnh",
  DISTRICT_STAFF: "Cán bộ cấp huyện",
  COMMUNE_HEAD: "Trưởng khối cấp xã",
  ORG_OFFICER: "Cán bộ đoàn thể",
  ADMIN: "Quản trị viên",
} as const satisfies Record<Role, string>;

/** Which level of unit each role is bound to; an assignment elsewhere is refused. */
export const ROLE_UNIT_LEVEL = {
  PROVINCIAL_OFFICIAL: "PROVINCE",
  DISTRICT_STAFF: "DISTRICT",
  COMMUNE_HEAD: "COMMUNE",
  ORG_OFFICER: "COMMUNE",
  ADMIN: "PROVINCE",
} as const satisfies Record<Role, "PROVINCE" | "DISTRICT" | "COMMUNE">;

/** Only officers are bound to an organisation as well as a unit. */
export const ROLE_NEEDS_ORGANISATION = {
  PROVINCIAL_OFFICIAL: false,
  DISTRICT_STAFF: false,
  COMMUNE_HEAD: false,
  ORG_OFFICER: true,
  ADMIN: false,
} as const satisfies Record<Role, boolean>;

export function homeOf(assignment: { role: Role; unitCode: string } | undefined): string {
  if (!assignment) return "/account";
  switch (assignment.role) {
    case "PROVINCIAL_OFFICIAL":
      return "/province";
    case "DISTRICT_STAFF":
      return `/districts/${assignment.unitCode}`;
    case "COMMUNE_HEAD":
    case "ORG_OFFICER":
      return `/communes/${assignment.unitCode}`;
    case "ADMIN":
      return "/admin";
  }
}
