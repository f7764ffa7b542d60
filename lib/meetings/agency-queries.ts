// Reads of an agency's own giao ban (decision 0035): its unit and the tasks its meetings assigned.
import "server-only";
import { db } from "../db";
import type { PermissionSubject } from "../auth/permissions";
import { unitScope } from "../auth/scope";
import { taskScope } from "../auth/records";
import { GSO_CODE, versionOn } from "../units/queries";
import { CLOSED_TASK } from "../tasks/rules";
import { AGENCY_LEVELS } from "./agency";
import { statusOn } from "../blocs/status-on";

/** The agency's unit (a district or the province) by its code, in the actor's scope, as it stood on `day`. */
export async function agencyUnitByCode(actor: PermissionSubject, code: string, day: Date) {
  if (!GSO_CODE.test(code)) return null;
  const versions = await db.unit.findMany({
    where: { AND: [{ level: { in: [...AGENCY_LEVELS] }, code }, unitScope(actor, "unit.read")] },
    orderBy: { validFrom: "asc" },
    select: {
      id: true,
      code: true,
      name: true,
      type: true,
      level: true,
      path: true,
      validFrom: true,
      validTo: true,
      bloc: { select: { id: true, model: true, statusChanges: { select: { toStatus: true, effectiveOn: true, createdAt: true } } } },
    },
  });
  const unit = versionOn(versions, day);
  if (!unit) return null;
  const { bloc, ...rest } = unit;
  // The bloc's status on `day`: a district's 2018 agency, dissolved since, still operated then.
  return { ...rest, bloc: bloc && { id: bloc.id, model: bloc.model, status: statusOn(bloc.statusChanges, day) } };
}

/**
 * The tasks the agency's meetings assigned that are not closed, its members' and the communes' (which
 * each commune follows in its own list), soonest due first.
 */
export async function agencyOpenTasks(actor: PermissionSubject, unitId: string) {
  return db.task.findMany({
    where: { meeting: { unitId }, status: { notIn: CLOSED_TASK }, ...taskScope(actor, "unit.read") },
    orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
    take: 200,
    select: {
      id: true,
      title: true,
      status: true,
      dueOn: true,
      unitId: true,
      progressNote: true,
      owner: { select: { name: true } },
      unit: { select: { code: true, name: true, type: true } },
      meeting: { select: { id: true, heldOn: true } },
    },
  });
}

/** The agency's bloc facts for its unit's page: its status and version (for recording a change). */
export async function agencyBloc(actor: PermissionSubject, unitId: string) {
  return db.bloc.findFirst({
    where: { unitId, unit: unitScope(actor, "unit.read") },
    select: { id: true, model: true, status: true, version: true, _count: { select: { meetings: true } } },
  });
}
