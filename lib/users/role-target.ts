// Resolving where a role is held: the unit version of a code in force on the start date, of the level the
// role needs, and for an officer the organisation of that unit.
import type { Db, Tx } from "../db";
import type { Role } from "../../generated/prisma/sqlite/enums";
import { ROLE_NEEDS_ORGANISATION, ROLE_UNIT_LEVELS } from "../auth/roles";
import { formatDate } from "../time/business-date";
import { validOn } from "../units/validity";

export interface RoleTargetInput {
  role: Role;
  unitCode: string;
  organisationCode: string | null;
  validFrom: Date;
}

export type RoleTarget =
  | { ok: true; unit: { id: string; path: string; validTo: Date | null; name: string }; organisationId: string | null }
  | { ok: false; fieldErrors: Record<string, string[]> };

const LEVEL_WORD = { PROVINCE: "cấp tỉnh", DISTRICT: "cấp huyện", COMMUNE: "cấp xã" } as const;

/** "cấp huyện hoặc cấp tỉnh" for the levels a role may be bound to. */
const levelWords = (levels: readonly (keyof typeof LEVEL_WORD)[]) => levels.map((l) => LEVEL_WORD[l]).join(" hoặc ");

export async function resolveRoleTarget(db: Db | Tx, input: RoleTargetInput): Promise<RoleTarget> {
  const levels = ROLE_UNIT_LEVELS[input.role];
  const unit = await db.unit.findFirst({
    where: { code: input.unitCode, level: { in: [...levels] }, ...validOn(input.validFrom) },
    select: { id: true, path: true, validTo: true, name: true },
  });
  if (!unit) {
    return { ok: false, fieldErrors: { unitCode: [`Không có đơn vị ${levelWords(levels)} mã ${input.unitCode} vào ngày ${formatDate(input.validFrom)}.`] } };
  }
  if (!ROLE_NEEDS_ORGANISATION[input.role]) {
    if (input.organisationCode) return { ok: false, fieldErrors: { organisationCode: ["Chỉ cán bộ đoàn thể mới gắn với một tổ chức."] } };
    return { ok: true, unit, organisationId: null };
  }
  if (!input.organisationCode) return { ok: false, fieldErrors: { organisationCode: ["Hãy chọn tổ chức của cán bộ đoàn thể."] } };
  const organisation = await db.organisation.findFirst({
    where: { unitId: unit.id, type: { code: input.organisationCode }, ...validOn(input.validFrom) },
    select: { id: true },
  });
  if (!organisation) return { ok: false, fieldErrors: { organisationCode: [`${unit.name} chưa có tổ chức này.`] } };
  return { ok: true, unit, organisationId: organisation.id };
}
