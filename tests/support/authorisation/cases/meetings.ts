// Meetings and their tasks: the commune's bloc head keeps them; the owner organisation's officer
// reports progress on its own tasks.
import { db } from "@/lib/db";
import { saveMeeting } from "@/lib/meetings/definitions";
import { moveMeeting } from "@/lib/meetings/move-definitions";
import { addTask } from "@/lib/tasks/definitions";
import type { Case } from "../harness";
import { OFFICER_ORG, type Position, type World } from "../world";
import { as, commune, COMMUNES, uuid } from "./common";

export function meetingForm(w: World, at: Position): Record<string, string> {
  // The district's own Cơ quan khối (decision 0035): its giao ban is its staff's.
  if (at === "district") return { unitId: w.units.district.id, submissionId: uuid(), kind: "EXTRAORDINARY", heldOn: "2018-08-06", place: "Phòng họp" };
  const bloc = w.blocs[commune(at)];
  return {
    unitId: bloc.unit.id,
    submissionId: uuid(),
    kind: "EXTRAORDINARY",
    heldOn: "2018-08-06",
    place: "Hội trường UBND",
    chairId: bloc.head.id,
    [`att_${bloc.org("MTTQ").id}`]: "present",
  };
}

export async function meeting(w: World, at: Position) {
  const form = meetingForm(w, at);
  await as(w.owners.head[commune(at)], saveMeeting, form);
  return db.meeting.findUniqueOrThrow({ where: { submissionId: form.submissionId } });
}

export async function task(w: World, at: Position) {
  const m = await meeting(w, at);
  const submissionId = uuid();
  await as(w.owners.head[commune(at)], addTask, {
    meetingId: m.id,
    submissionId,
    title: "Vận động hộ nghèo",
    ownerId: w.blocs[commune(at)].org(OFFICER_ORG).id,
    dueOn: "2018-08-20",
  });
  return db.task.findUniqueOrThrow({ where: { submissionId } });
}

export async function approvedMeeting(w: World, at: Position) {
  const c = commune(at);
  const form: Record<string, string> = { ...meetingForm(w, at), secretaryName: "Trần Thị Thư", conclusions: "Thống nhất triển khai" };
  await as(w.owners.head[c], saveMeeting, form);
  const m = await db.meeting.findUniqueOrThrow({ where: { submissionId: form.submissionId } });
  for (const [i, move] of ["hold", "submit", "approve"].entries())
    await as(move === "submit" ? w.owners.secretary[c] : w.owners.head[c], moveMeeting, { meetingId: m.id, version: String(m.version + i), move });
  return m;
}

const headOwn = { BLOC_HEAD: ["own"] } as const;

const saveMeetingCase: Case = {
  positions: [...COMMUNES, "district"],
  allow: { ...headOwn, REVIEWER: ["district"] },
  build: async (w, at) => ({ form: meetingForm(w, at) }),
};

export const meetingCases: Record<string, Case> = {
  "lib/meetings/actions.ts#saveMeetingAction": saveMeetingCase,
  "lib/meetings/actions.ts#autosaveMeetingAction": saveMeetingCase,
  "lib/meetings/actions.ts#issueNoticeAction": {
    // Approved minutes (submitted by the secretary), whose chair issues the conclusions notice.
    positions: COMMUNES,
    allow: headOwn,
    build: async (w, at) => {
      const m = await approvedMeeting(w, at);
      return { form: { meetingId: m.id, version: String(m.version + 3) } };
    },
  },
  // A member organisation's officer writes its own organisation's contribution (this week, the matrix's 13/08/2018).
  "lib/contributions/actions.ts#saveContributionAction": {
    positions: COMMUNES,
    allow: { ORG_OFFICER: ["own"] },
    build: async (w, at) => ({
      form: {
        organisationId: w.blocs[commune(at)].org(OFFICER_ORG).id,
        weekStart: "2018-08-13",
        version: "0",
        results: "Vận động 20 hội viên tham gia vệ sinh môi trường",
      },
    }),
  },
  "lib/meetings/actions.ts#moveMeetingAction": {
    positions: COMMUNES,
    allow: headOwn,
    build: async (w, at) => ({ form: { meetingId: (await meeting(w, at)).id, version: "1", move: "hold" } }),
  },
  "lib/tasks/actions.ts#addTaskAction": {
    positions: COMMUNES,
    allow: headOwn,
    build: async (w, at) => ({
      form: {
        meetingId: (await meeting(w, at)).id,
        submissionId: uuid(),
        title: "Rà soát hộ cận nghèo",
        ownerId: w.blocs[commune(at)].org("MTTQ").id,
        dueOn: "2018-08-24",
      },
    }),
  },
  "lib/tasks/actions.ts#progressTaskAction": {
    positions: COMMUNES,
    allow: { BLOC_HEAD: ["own"], ORG_OFFICER: ["own"] },
    build: async (w, at) => ({ form: { taskId: (await task(w, at)).id, version: "1", move: "start" } }),
  },
  "lib/tasks/actions.ts#manageTaskAction": {
    positions: COMMUNES,
    allow: headOwn,
    build: async (w, at) => ({ form: { taskId: (await task(w, at)).id, version: "1", move: "cancel", reason: "Trùng nhiệm vụ khác" } }),
  },
};
