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
import { RECORD_ID } from "../validation";

export interface CommuneBlocRow {
  unitId: string;
  code: string;
  name: string;
  type: UnitType;
  searchText: string;
  district: { code: string; name: string } | null;
  blocId: string | null;
  model: BlocModel | null;
  /** True when no bloc is recorded and the model shown is the district's default. */
  modelIsDefault: boolean;
  status: BlocStatus;
  statusSince: Date | null;
  decision: { number: string; issuedOn: Date; issuer: string } | null;
  head: string | null;
  lastChange: Date | null;
}

/** One row per commune in force on `day` under `where` (and within the actor's scope). */
export async function communeBlocRows(actor: PermissionSubject, where: Prisma.UnitWhereInput, day: Date): Promise<CommuneBlocRow[]> {
  const units = await db.unit.findMany({
    where: { AND: [{ level: "COMMUNE", ...validOn(day) }, where, unitScope(actor, "unit.read")] },
    orderBy: { code: "asc" },
    select: {
      id: true, code: true, name: true, type: true, searchText: true,
      parent: { select: { code: true, name: true, level: true, blocPolicy: { select: { communeModel: true } } } },
      bloc: {
        select: {
          id: true, model: true, status: true, statusSince: true, updatedAt: true,
          decision: { select: { number: true, issuedOn: true, issuer: true } },
          posts: { where: { role: "HEAD" }, select: { termStart: true, termEnd: true, person: { select: { fullName: true } } }, orderBy: { termStart: "desc" } },
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
    return {
      unitId: u.id, code: u.code, name: u.name, type: u.type, searchText: u.searchText,
      district: district ? { code: district.code, name: district.name } : null,
      blocId: u.bloc?.id ?? null,
      model: u.bloc?.model ?? district?.blocPolicy?.communeModel ?? null,
      modelIsDefault: !u.bloc,
      status: change?.toStatus ?? "NOT_STARTED",
      statusSince: change?.effectiveOn ?? null,
      decision,
      head: head?.person.fullName ?? null,
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
      id: true, path: true,
      parent: { select: { level: true, blocPolicy: { select: { communeModel: true, headRuleText: true } } } },
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
