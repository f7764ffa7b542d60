// Reads of the bloc registry, each scoped to the actor.
import "server-only";
import { db } from "../db";
import type { Prisma } from "../../generated/prisma/sqlite/client";
import type { BlocModel, BlocStatus, UnitType } from "../../generated/prisma/sqlite/enums";
import type { PermissionSubject } from "../auth/permissions";
import { unitScope } from "../auth/scope";
import { validOn } from "../units/validity";
import { isValidOn } from "../units/validity";
import { changeOn } from "./status-on";
import { headRuleCheck } from "./head-rule";
import { RECORD_ID } from "../validation";

export interface CommuneBlocRow {
  unitId: string;
  code: string;
  name: string;
  type: UnitType;
  searchText: string;
  district: { code: string; name: string } | null;
  blocId: string | null;
  /** The model recorded for the commune's bloc; null until someone records one. */
  model: BlocModel | null;
  /** The 2018 district's choice of model for its communes (a hint while the commune's own is not recorded). */
  districtModel: BlocModel | null;
  status: BlocStatus;
  statusSince: Date | null;
  decision: { number: string; issuedOn: Date; issuer: string } | null;
  head: string | null;
  /** The head in office does not meet the bloc's head rule (recorded with a reason, flagged). */
  headMismatch: { needs: string; reason: string | null } | null;
  lastChange: Date | null;
}

/** One row per commune in force on `day` under `where` (and within the actor's scope). */
export async function communeBlocRows(actor: PermissionSubject, where: Prisma.UnitWhereInput, day: Date): Promise<CommuneBlocRow[]> {
  const units = await db.unit.findMany({
    where: { AND: [{ level: "COMMUNE", ...validOn(day) }, where, unitScope(actor, "unit.read")] },
    orderBy: { code: "asc" },
    select: {
      id: true,
      code: true,
      name: true,
      type: true,
      searchText: true,
      parent: { select: { code: true, name: true, level: true, blocPolicy: { select: { communeModel: true, headRule: true, headRuleText: true } } } },
      bloc: {
        select: {
          id: true,
          model: true,
          status: true,
          statusSince: true,
          updatedAt: true,
          headRule: true,
          headRuleReason: true,
          decision: { select: { number: true, issuedOn: true, issuer: true } },
          posts: {
            where: { role: "HEAD" },
            orderBy: { termStart: "desc" },
            select: {
              termStart: true,
              termEnd: true,
              partyDeputySecretary: true,
              frontChair: true,
              ruleMismatchReason: true,
              person: { select: { fullName: true } },
            },
          },
          statusChanges: { select: { toStatus: true, effectiveOn: true, createdAt: true } },
        },
      },
    },
  });
  return units.map((u) => {
    const head = u.bloc?.posts.find((p) => isValidOn({ validFrom: p.termStart, validTo: p.termEnd }, day));
    // Status on the viewing date, replayed from the dated changes (the current status on today).
    const change = u.bloc ? changeOn(u.bloc.statusChanges, day) : null;
    const decision = u.bloc?.decision && u.bloc.decision.issuedOn <= day ? u.bloc.decision : null;
    const district = u.parent?.level === "DISTRICT" ? u.parent : null;
    const check = u.bloc ? headRuleCheck({ ...u.bloc, policy: district?.blocPolicy }, head ?? null) : null;
    return {
      unitId: u.id,
      code: u.code,
      name: u.name,
      type: u.type,
      searchText: u.searchText,
      district: district ? { code: district.code, name: district.name } : null,
      blocId: u.bloc?.id ?? null,
      model: u.bloc?.model ?? null,
      districtModel: district?.blocPolicy?.communeModel ?? null,
      status: change?.toStatus ?? "NOT_STARTED",
      statusSince: change?.effectiveOn ?? null,
      decision,
      head: head?.person.fullName ?? null,
      headMismatch: check && !check.ok ? { needs: check.needs, reason: head?.ruleMismatchReason ?? null } : null,
      // The business date of the last change in force (its effective date), not the moment it was typed in.
      lastChange: change ? (change.effectiveOn ?? change.createdAt) : null,
    };
  });
}

/** A district's own bloc agency and commune-model policy. */
export async function districtBloc(actor: PermissionSubject, unitId: string) {
  const unit = await db.unit.findFirst({
    where: { AND: [{ id: unitId }, unitScope(actor, "unit.read")] },
    select: {
      blocPolicy: true,
      bloc: {
        include: {
          decision: true,
          statusChanges: { orderBy: { createdAt: "desc" }, take: 5 },
          posts: { include: { person: true }, orderBy: [{ role: "asc" }, { termStart: "desc" }] },
        },
      },
    },
  });
  return unit ? { policy: unit.blocPolicy, agency: unit.bloc } : null;
}

/** Everything the commune's bloc page shows. Null outside the actor's scope. */
export async function communeBloc(actor: PermissionSubject, unitId: string) {
  const unit = await db.unit.findFirst({
    where: { AND: [{ id: unitId, level: "COMMUNE" }, unitScope(actor, "unit.read")] },
    select: {
      id: true,
      path: true,
      parent: { select: { level: true, blocPolicy: { select: { communeModel: true, headRule: true, headRuleText: true } } } },
      bloc: {
        include: {
          decision: { include: { scan: { select: { id: true, originalName: true, mimeType: true, size: true } } } },
          statusChanges: { include: { decision: { select: { number: true, issuedOn: true } } }, orderBy: [{ createdAt: "desc" }] },
          posts: { include: { person: true, organisation: { select: { name: true } } }, orderBy: [{ role: "asc" }, { termStart: "desc" }] },
          members: { include: { organisation: { select: { name: true } } }, orderBy: { joinedOn: "asc" } },
        },
      },
    },
  });
  if (!unit) return null;
  return { unit, policy: unit.parent?.level === "DISTRICT" ? unit.parent.blocPolicy : null, bloc: unit.bloc };
}

export async function scanSummary(id: string) {
  if (!RECORD_ID.test(id)) return null;
  return db.storedFile.findUnique({ where: { id }, select: { id: true, originalName: true, size: true, mimeType: true } });
}

/** The commune's organisations in force on `day` (for choosing members and a post holder's organisation). */
export async function communeOrganisations(actor: PermissionSubject, unitId: string, day: Date) {
  return db.organisation.findMany({
    where: { unitId, ...validOn(day), unit: unitScope(actor, "unit.read") },
    select: { id: true, name: true, type: { select: { code: true, blocMember: true, sortOrder: true } } },
    orderBy: { type: { sortOrder: "asc" } },
  });
}
