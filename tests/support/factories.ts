// Test factories: real users with real role assignments and sessions in the test database, so that
// tests run the same scope and permission code as the portal. Unique names per call, no fixed ids.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { prepareReport, submitReport } from "@/lib/reports/move-definitions";
import { loadActor, type Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { ROLE_UNIT_LEVELS } from "@/lib/auth/roles";
import { parseIsoDate } from "@/lib/time/business-date";
import { validOn } from "@/lib/units/validity";
import type { Role } from "@/generated/prisma/sqlite/enums";

export const DAY = parseIsoDate("2018-08-13")!;
export const PASSWORD = "Mat-khau-thu-2018";
let hashed: Promise<string> | undefined;

export interface MadeUser {
  userId: string;
  username: string;
  sessionId: string;
  actor: Actor;
}

export async function makeUser(
  role: Role,
  unitCode: string,
  { organisationCode, day = DAY, status = "ACTIVE" as "ACTIVE" | "DISABLED", email = null as string | null } = {} as {
    organisationCode?: string;
    day?: Date;
    status?: "ACTIVE" | "DISABLED";
    /** An e-mail address: the user then gets the portal's mail. */
    email?: string | null;
  },
): Promise<MadeUser> {
  hashed ??= hashPassword(PASSWORD);
  const unit = await db.unit.findFirstOrThrow({ where: { code: unitCode, level: { in: [...ROLE_UNIT_LEVELS[role]] }, ...validOn(day) } });
  const organisation = organisationCode
    ? await db.organisation.findFirstOrThrow({ where: { unitId: unit.id, type: { code: organisationCode }, ...validOn(day) } })
    : null;
  const username = `t-${role.toLowerCase().replace(/_/g, "")}-${randomUUID().slice(0, 8)}`;
  const user = await db.user.create({ data: { username, displayName: `Người thử ${username}`, mustChangePassword: false, status, email } });
  await db.passwordCredential.create({ data: { userId: user.id, hash: await hashed } });
  await db.roleAssignment.create({
    data: { userId: user.id, role, unitId: unit.id, organisationId: organisation?.id ?? null, validFrom: unit.validFrom, validTo: unit.validTo },
  });
  const session = await db.session.create({ data: { userId: user.id } });
  const loaded = await loadActor(db, session.id, day);
  if (!("actor" in loaded)) {
    // A disabled user has no actor; tests of that case build it from the same rows.
    return { userId: user.id, username, sessionId: session.id, actor: null as unknown as Actor };
  }
  return { userId: user.id, username, sessionId: session.id, actor: loaded.actor };
}

export const ctx = () => ({ requestId: `test-${randomUUID()}`, address: "127.0.0.1" });

/** Gives a commune a bloc operating since `since` (as a district would record it), with the given member organisations. */
export async function operatingBloc(
  unitCode: string,
  {
    since = "2018-01-02",
    status = "ESTABLISHED" as "ESTABLISHED" | "OPERATING_INFORMALLY" | "PROPOSED",
    model = "DAN_VAN_BLOC" as "DAN_VAN_BLOC" | "JOINT_ADVISORY_UNIT",
    members = ["MTTQ", "HOI_PHU_NU", "HOI_NONG_DAN", "DOAN_THANH_NIEN"],
    day = DAY,
  } = {},
) {
  const unit = await db.unit.findFirstOrThrow({ where: { code: unitCode, level: "COMMUNE", ...validOn(day) } });
  const effectiveOn = parseIsoDate(since)!;
  const bloc = await db.bloc.create({ data: { unitId: unit.id, model, status, statusSince: effectiveOn } });
  await db.blocStatusChange.create({ data: { blocId: bloc.id, toStatus: status, effectiveOn, reason: "Dữ liệu thử" } });
  const orgs = await db.organisation.findMany({ where: { unitId: unit.id, ...validOn(day) }, include: { type: true } });
  for (const code of members) {
    const org = orgs.find((o) => o.type.code === code)!;
    await db.blocMember.create({ data: { blocId: bloc.id, organisationId: org.id, joinedOn: effectiveOn } });
  }
  const head = await db.person.create({ data: { unitId: unit.id, fullName: "Nguyễn Văn Trưởng", searchText: "nguyen van truong" } });
  const mttq = orgs.find((o) => o.type.code === "MTTQ")!;
  await db.blocPost.create({
    data: { blocId: bloc.id, personId: head.id, role: "HEAD", title: "Phó Bí thư Đảng ủy xã", organisationId: mttq.id, termStart: effectiveOn },
  });
  const org = (code: string) => orgs.find((o) => o.type.code === code)!;
  return { unit, bloc, head, org };
}

/**
 * Sends a report as the portal requires (lib/signoff): `preparer` puts it up for signing ("Trình ký"),
 * then `signer`, another account, signs and sends it. Returns the first refusal or the signer's result.
 */
export async function sendReport(reportId: string, preparer: MadeUser, signer: MadeUser) {
  const version = async () => String((await db.report.findUniqueOrThrow({ where: { id: reportId } })).version);
  const prepared = await runAction(db, prepareReport, { reportId, version: await version(), move: "prepare" }, preparer.actor, ctx());
  if (!prepared.ok) return prepared;
  return runAction(db, submitReport, { reportId, version: await version(), move: "submit" }, signer.actor, ctx());
}
