// The fixed geography and the principals of the authorisation matrix. The principals sit in one district
// of Quảng Ninh (Cẩm Phả, 195): the commune roles in phường Mông Dương (06760); the target positions are
// that commune, another commune of the district (Cửa Ông, 06763), a commune of another district (Uông Bí's
// Vàng Danh, 06808), the district itself and the province. Owners of each commune and district build the
// targets through the portal's own definitions, so every target is one the portal could hold.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { revokeSession } from "@/lib/auth/sessions";
import type { Role } from "@/generated/prisma/sqlite/enums";
import { validOn } from "@/lib/units/validity";
import { DAY, makeUser, operatingBloc, type MadeUser } from "../factories";

export const ROLES_UNDER_TEST = ["OVERVIEW", "REVIEWER", "BLOC_HEAD", "ORG_OFFICER", "ADMIN"] as const satisfies readonly Role[];
export const PRINCIPALS = ["none", "disabled", "revoked", ...ROLES_UNDER_TEST] as const;
export type Principal = (typeof PRINCIPALS)[number];

export const COMMUNE_POSITIONS = ["own", "sibling", "otherDistrict"] as const;
export type CommunePosition = (typeof COMMUNE_POSITIONS)[number];
export const UNIT_POSITIONS = [...COMMUNE_POSITIONS, "district", "province"] as const;
/** "global": reference data that belongs to no unit; "self": the principal's own account. */
export type Position = (typeof UNIT_POSITIONS)[number] | "global" | "self";

export const CODES = { own: "06760", sibling: "06763", otherDistrict: "06808", district: "195", otherDistrictDistrict: "196", province: "22" } as const;
/** The officer's organisation: tasks owned by it are the officer's to progress. */
export const OFFICER_ORG = "HOI_PHU_NU";

type Bloc = Awaited<ReturnType<typeof operatingBloc>>;
type UnitRow = { id: string; code: string; path: string; name: string };

export interface World {
  units: Record<(typeof UNIT_POSITIONS)[number], UnitRow>;
  blocs: Record<CommunePosition, Bloc>;
  /** Session ids of the principals (null: no session). */
  sessions: Record<Principal, string | null>;
  users: Record<(typeof ROLES_UNDER_TEST)[number], MadeUser>;
  /** Those who build targets: the head of each commune, the staff of each district, the province, an administrator. */
  owners: {
    head: Record<CommunePosition, MadeUser>;
    secretary: Record<CommunePosition, MadeUser>;
    staff: { district: MadeUser; otherDistrict: MadeUser };
    districtClerk: MadeUser;
    province: MadeUser;
    admin: MadeUser;
  };
  /** Fresh numbers for dates, years and names that must not repeat. */
  next(): number;
}

export async function buildWorld(): Promise<World> {
  const unit = (code: string, level: "DISTRICT" | "PROVINCE") =>
    db.unit.findFirstOrThrow({ where: { code, level, ...validOn(DAY) }, select: { id: true, code: true, path: true, name: true } });
  const blocs = {
    own: await operatingBloc(CODES.own),
    sibling: await operatingBloc(CODES.sibling),
    otherDistrict: await operatingBloc(CODES.otherDistrict),
  };
  const units = {
    own: blocs.own.unit,
    sibling: blocs.sibling.unit,
    otherDistrict: blocs.otherDistrict.unit,
    district: await unit(CODES.district, "DISTRICT"),
    province: await unit(CODES.province, "PROVINCE"),
  };
  const users = {
    OVERVIEW: await makeUser("OVERVIEW", CODES.province),
    REVIEWER: await makeUser("REVIEWER", CODES.district),
    BLOC_HEAD: await makeUser("BLOC_HEAD", CODES.own),
    ORG_OFFICER: await makeUser("ORG_OFFICER", CODES.own, { organisationCode: OFFICER_ORG }),
    ADMIN: await makeUser("ADMIN", CODES.province),
  };
  const disabled = await makeUser("BLOC_HEAD", CODES.own, { status: "DISABLED" });
  const revoked = await makeUser("BLOC_HEAD", CODES.own);
  await revokeSession(db, revoked.sessionId, "SIGN_OUT");
  const owners = {
    head: {
      own: await makeUser("BLOC_HEAD", CODES.own),
      sibling: await makeUser("BLOC_HEAD", CODES.sibling),
      otherDistrict: await makeUser("BLOC_HEAD", CODES.otherDistrict),
    },
    // Minutes are submitted, and reports prepared, by another account than the head who approves or signs
    // them (lib/signoff); the district's reports are prepared by its clerk and signed by its staff.
    secretary: {
      own: await makeUser("BLOC_HEAD", CODES.own),
      sibling: await makeUser("BLOC_HEAD", CODES.sibling),
      otherDistrict: await makeUser("BLOC_HEAD", CODES.otherDistrict),
    },
    staff: { district: await makeUser("REVIEWER", CODES.district), otherDistrict: await makeUser("REVIEWER", CODES.otherDistrictDistrict) },
    districtClerk: await makeUser("REVIEWER", CODES.district),
    province: await makeUser("OVERVIEW", CODES.province),
    admin: await makeUser("ADMIN", CODES.province),
  };
  const sessions = {
    none: null,
    disabled: disabled.sessionId,
    revoked: revoked.sessionId,
    ...Object.fromEntries(ROLES_UNDER_TEST.map((r) => [r, users[r].sessionId])),
  } as Record<Principal, string | null>;
  let n = 0;
  return { units, blocs, sessions, users, owners, next: () => ++n };
}

/** A fresh user of a role at the principal's unit, for actions that change the acting account itself. */
export async function freshPrincipal(role: (typeof ROLES_UNDER_TEST)[number]): Promise<MadeUser> {
  const code = role === "REVIEWER" ? CODES.district : role === "OVERVIEW" || role === "ADMIN" ? CODES.province : CODES.own;
  return makeUser(role, code, role === "ORG_OFFICER" ? { organisationCode: OFFICER_ORG } : {});
}

export const uuid = () => randomUUID();

/** The unit at a unit position (a case whose positions are all units). */
export function unitAt(w: World, at: Position): UnitRow {
  if (at === "global" || at === "self") throw new Error(`${at} is not a unit position`);
  return w.units[at];
}
