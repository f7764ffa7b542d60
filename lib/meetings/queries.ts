// Reads of meetings and tasks, each scoped to the actor (out of scope reads as not found).
import "server-only";
import { db } from "../db";
import { receivedFrom } from "../handover/queries";
import { countsByParent } from "../child-counts";
import type { PermissionSubject } from "../auth/permissions";
import { unitScope } from "../auth/scope";
import { meetingScope, taskScope } from "../auth/records";
import { isValidOn, validOn } from "../units/validity";
import { RECORD_ID } from "../validation";
import { startOfIsoWeek } from "./rules";
import { openTasks } from "../tasks/queries";
import { CLOSED_TASK } from "../tasks/rules";
import { signOffRecord } from "../signoff/queries";
import { documentBody } from "../registers/queries";
import { minutesIssuer } from "./numbering";
import { AGENCY_LEVELS, communeOwners } from "./agency";
import { unitTitle } from "../units/labels";
import { statusOn } from "../blocs/status-on";

/** A commune's workspace: this week's meetings, tasks not closed, the last meetings. */
export async function communeActivity(actor: PermissionSubject, unitId: string, day: Date) {
  const weekStart = startOfIsoWeek(day);
  const [thisWeek, recentRows, tasks] = await Promise.all([
    db.meeting.findMany({
      where: { unitId, weekStart, ...meetingScope(actor, "unit.read"), status: { not: "CANCELLED" } },
      orderBy: { heldOn: "asc" },
      select: { id: true, kind: true, heldOn: true, status: true },
    }),
    db.meeting.findMany({
      where: { unitId, ...meetingScope(actor, "unit.read") },
      orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
      take: 8,
      select: { id: true, kind: true, heldOn: true, status: true, minutesLabel: true },
    }),
    openTasks(actor, { unitId }),
  ]);
  const counts = await meetingChildCounts(recentRows.map((m) => m.id));
  const recent = recentRows.map((m) => ({ ...m, _count: { tasks: counts.tasks.get(m.id) ?? 0 } }));
  return { weekStart, thisWeek, recent, tasks };
}

/** A unit's meetings, newest first, with the tasks each assigned and carried: a commune's or an agency's (decision 0035). */
export async function unitMeetings(actor: PermissionSubject, unitId: string, take = 60) {
  const rows = await db.meeting.findMany({
    where: { unitId, ...meetingScope(actor, "unit.read") },
    orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
    take,
    select: { id: true, kind: true, heldOn: true, status: true, minutesLabel: true, place: true, statusReason: true },
  });
  const counts = await meetingChildCounts(rows.map((m) => m.id));
  return rows.map((m) => ({ ...m, _count: { tasks: counts.tasks.get(m.id) ?? 0, agendaItems: counts.carried.get(m.id) ?? 0 } }));
}

/** Tasks assigned at, and tasks carried into, each of these meetings (lib/child-counts.ts says why not `_count`). */
export async function meetingChildCounts(ids: string[]) {
  const [tasks, carried] = await Promise.all([
    countsByParent(
      ids,
      (batch) => db.task.groupBy({ by: ["meetingId"], where: { meetingId: { in: batch } }, _count: { _all: true } }),
      (r) => r.meetingId,
    ),
    countsByParent(
      ids,
      (batch) => db.agendaItem.groupBy({ by: ["meetingId"], where: { meetingId: { in: batch }, kind: "CARRIED_OVER" }, _count: { _all: true } }),
      (r) => r.meetingId,
    ),
  ]);
  return { tasks, carried };
}

/** Everything the meeting page, its form and its minutes show. Null when out of scope. */
export async function meetingDetail(actor: PermissionSubject, id: string) {
  if (!RECORD_ID.test(id)) return null;
  const meeting = await db.meeting.findFirst({
    where: { id, ...meetingScope(actor, "unit.read") },
    include: {
      unit: {
        select: {
          id: true,
          code: true,
          name: true,
          type: true,
          level: true,
          path: true,
          parent: { select: { code: true, name: true, type: true, level: true } },
        },
      },
      bloc: { select: { id: true, model: true } },
      chair: true,
      secretary: true,
      minutesScan: { select: { id: true, originalName: true } },
      attendance: { include: { organisation: { select: { id: true, name: true, type: { select: { sortOrder: true } } } } } },
      agendaItems: {
        include: {
          workGroup: true,
          task: { include: { owner: { select: { name: true } }, meeting: { select: { heldOn: true } } } },
        },
      },
      tasks: {
        include: {
          owner: { select: { id: true, name: true } },
          coOwners: { include: { organisation: { select: { name: true } } } },
          workGroup: { select: { name: true } },
          unit: { select: { code: true, name: true, type: true, level: true } },
        },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!meeting) return null;
  // The body whose minutes they are, as it chose to write them (its name, symbol and format).
  const [issuingBody, notice] = await Promise.all([
    documentBody(meeting.unit, minutesIssuer(meeting.bloc.model).bodyKind),
    // Its conclusions notice, once issued (the latest number not voided).
    db.registerEntry.findFirst({
      where: { entityType: "Meeting", entityId: meeting.id, status: "ISSUED", register: { kind: "CONCLUSION" } },
      orderBy: { createdAt: "desc" },
      select: { label: true, issuedOn: true, signerName: true, signerPost: true },
    }),
  ]);
  return { ...meeting, issuingBody, notice };
}

export type MeetingDetail = NonNullable<Awaited<ReturnType<typeof meetingDetail>>>;

/** What a new meeting's form starts from: the week's date, the usual place and secretary, the head as chair, the member organisations. */
export async function meetingFormContext(actor: PermissionSubject, unitId: string, day: Date) {
  const unit = await db.unit.findFirst({
    where: { AND: [{ id: unitId, level: { in: ["COMMUNE", ...AGENCY_LEVELS] } }, unitScope(actor, "unit.read")] },
    select: {
      id: true,
      level: true,
      bloc: {
        select: {
          id: true,
          statusChanges: { select: { toStatus: true, effectiveOn: true, createdAt: true } },
          posts: { where: { role: "HEAD" }, select: { personId: true, termStart: true, termEnd: true } },
          members: { where: { leftOn: null }, select: { organisationId: true } },
        },
      },
    },
  });
  if (!unit) return null;
  const [organisations, people, workGroups, last] = await Promise.all([
    db.organisation.findMany({
      where: { unitId, ...validOn(day) },
      select: { id: true, name: true, type: { select: { code: true, blocMember: true, sortOrder: true } } },
      orderBy: { type: { sortOrder: "asc" } },
    }),
    db.person.findMany({
      where: { unitId },
      select: { id: true, fullName: true, posts: { select: { title: true }, orderBy: { termStart: "desc" }, take: 1 } },
      orderBy: { fullName: "asc" },
    }),
    db.workGroup.findMany({ orderBy: { sortOrder: "asc" } }),
    db.meeting.findFirst({
      where: { unitId, status: { not: "CANCELLED" } },
      orderBy: { heldOn: "desc" },
      select: { place: true, startTime: true, secretaryId: true, chairId: true },
    }),
  ]);
  const head = unit.bloc?.posts.find((p) => isValidOn({ validFrom: p.termStart, validTo: p.termEnd }, day));
  const memberIds = new Set(unit.bloc?.members.map((m) => m.organisationId));
  // Attendance starts from the member organisations (or, when none are recorded, the organisations that are
  // bloc members by type); an agency's members are all its bodies.
  const agency = unit.level !== "COMMUNE";
  const attending = organisations.filter((o) => (memberIds.size ? memberIds.has(o.id) : agency || o.type.blocMember));
  // An agency's tasks go to its members or to the communes below it (their Front committees).
  const communes = agency ? await communeOwners(db, unit.id, day) : [];
  return {
    /** The bloc with its status on `day` (a 2018 bloc dissolved since still operated then). */
    bloc: unit.bloc && { id: unit.bloc.id, status: statusOn(unit.bloc.statusChanges, day) },
    agency,
    organisations,
    /** Who a task can go to: the unit's organisations, then (at an agency) each commune below it. */
    owners: [
      ...organisations.map((o) => ({ id: o.id, name: o.name, group: agency ? "Thành viên cơ quan khối" : undefined })),
      ...communes.map((c) => ({
        id: c.organisationId,
        name: `${unitTitle(c.commune)} (Ủy ban MTTQ)${c.blocId ? "" : ", chưa có khối"}`,
        group: "Giao cho xã, phường",
      })),
    ],
    attending,
    workGroups,
    people: people.map((p) => ({ id: p.id, label: p.posts[0] ? `${p.fullName} — ${p.posts[0].title}` : p.fullName })),
    defaults: {
      place: last?.place ?? "",
      startTime: last?.startTime ?? "07:30",
      secretaryId: last?.secretaryId ?? null,
      chairId: head?.personId ?? last?.chairId ?? null,
    },
  };
}

/** Tasks of earlier meetings that a meeting on `day` would carry over (shown on a new meeting's form). */
export async function carryPreview(actor: PermissionSubject, blocId: string, day: Date) {
  const tasks = await db.task.findMany({
    where: { blocId, status: { notIn: CLOSED_TASK }, assignedOn: { lt: day }, ...taskScope(actor, "unit.read") },
    orderBy: { dueOn: "asc" },
    include: { owner: { select: { name: true } } },
  });
  // Tasks a closed unit handed over say where they came from.
  const received = await receivedFrom(
    "TASK",
    tasks.map((t) => t.id),
  );
  return tasks.map((t) => ({ ...t, receivedFrom: received.get(t.id) ?? null }));
}

/** Who recorded and submitted the minutes and who approved them, as the record shows them (lib/signoff). */
export function minutesSignOff(m: { submittedById: string | null; submittedAt: Date | null; approvedById: string | null; approvedAt: Date | null }) {
  return signOffRecord({ by: m.submittedById, at: m.submittedAt }, { by: m.approvedById, at: m.approvedAt });
}
