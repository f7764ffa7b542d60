// Supervision and social criticism: the commune's bloc head keeps plans, activities, recommendations and
// criticism cases; the head and the district's staff follow recommendations up (notes, escalation).
import { db } from "@/lib/db";
import { saveActivity } from "@/lib/supervision/activity-definitions";
import { savePlan } from "@/lib/supervision/plan-definitions";
import { sendRecommendation } from "@/lib/supervision/recommendation-definitions";
import { criticismStep, saveCriticism } from "@/lib/supervision/criticism-definitions";
import type { Case } from "../harness";
import type { Position, World } from "../world";
import { as, commune, COMMUNES, uuid } from "./common";

const HEAD_OWN = { BLOC_HEAD: ["own"] } as const;
const FOLLOWERS = { BLOC_HEAD: ["own"], REVIEWER: ["own", "sibling"] } as const;

const years = new Map<string, number>();
/** A year without a plan for the unit: from 2020 for plans being saved, 2018–2019 for plans being approved (approval dates must have passed). */
function planYear(unitId: string, approvable: boolean) {
  const key = `${unitId}:${approvable}`;
  const n = years.get(key) ?? 0;
  years.set(key, n + 1);
  if (approvable && n > 1) throw new Error("the matrix ran out of approvable plan years");
  return (approvable ? 2018 : 2020) + n;
}

const planItem = (w: World, at: Position) => ({
  item_0_kind: "SUPERVISION",
  item_0_form: "DOCUMENTS",
  item_0_subject: "UBND xã",
  item_0_content: "Công khai thu, chi ngân sách xã",
  item_0_intendedTime: "Quý III",
  item_0_leadOrganisationId: w.blocs[commune(at)].org("MTTQ").id,
});

/** A plan of the commune at `at`: one it already has, or a new one saved for a year it has none. */
export async function planAt(w: World, at: Position) {
  const unitId = w.blocs[commune(at)].unit.id;
  const existing = await db.supervisionPlan.findFirst({ where: { unitId } });
  if (existing) return existing;
  const year = planYear(unitId, false);
  await as(w.owners.head[commune(at)], savePlan, { unitId, year: String(year), version: "0", ...planItem(w, at) });
  return db.supervisionPlan.findUniqueOrThrow({ where: { unitId_year: { unitId, year } } });
}

function activityForm(w: World, at: Position) {
  return {
    unitId: w.blocs[commune(at)].unit.id,
    submissionId: uuid(),
    version: "0",
    outsidePlanReason: "Theo đề nghị của cử tri",
    form: "DOCUMENTS",
    subject: "UBND xã",
    content: "Việc thu các khoản đóng góp tự nguyện",
    startOn: "2018-07-02",
    endOn: "2018-07-06",
    subjectReport: "",
    findings: "",
    resultReport: "",
  };
}

export async function activity(w: World, at: Position) {
  const form = activityForm(w, at);
  await as(w.owners.head[commune(at)], saveActivity, form);
  return db.supervisionActivity.findUniqueOrThrow({ where: { submissionId: form.submissionId } });
}

export async function recommendationAt(w: World, at: Position) {
  const a = await activity(w, at);
  const submissionId = uuid();
  await as(w.owners.head[commune(at)], sendRecommendation, {
    activityId: a.id,
    submissionId,
    content: "Công khai các khoản thu tại nhà văn hóa thôn",
    addressee: "UBND xã",
    sentOn: "2018-07-10",
  });
  return db.recommendation.findUniqueOrThrow({ where: { submissionId } });
}

function criticismForm(w: World, at: Position) {
  return {
    caseId: "",
    unitId: w.blocs[commune(at)].unit.id,
    submissionId: uuid(),
    version: "0",
    outsidePlanReason: "UBND xã gửi xin ý kiến",
    title: "Dự thảo đề án xây dựng nông thôn mới nâng cao",
    draftingBody: "UBND xã",
    receivedOn: "2018-08-01",
    plannedSubmissionOn: "2018-09-01",
    form: "WRITTEN",
    participants: "",
  };
}

/** A criticism case of the commune at the position, saved by its head. */
export async function criticismCase(w: World, at: Position) {
  const form = criticismForm(w, at);
  await as(w.owners.head[commune(at)], saveCriticism, form);
  return db.criticismCase.findUniqueOrThrow({ where: { submissionId: form.submissionId } });
}

const onRec = (allow: Case["allow"], form: (r: Awaited<ReturnType<typeof recommendationAt>>) => Record<string, string>): Case => ({
  positions: COMMUNES,
  allow,
  build: async (w, at) => ({ form: form(await recommendationAt(w, at)) }),
});

export const supervisionCases: Record<string, Case> = {
  "lib/supervision/actions.ts#savePlanAction": {
    positions: COMMUNES,
    allow: HEAD_OWN,
    build: async (w, at) => {
      const unitId = w.blocs[commune(at)].unit.id;
      return { form: { unitId, year: String(planYear(unitId, false)), version: "0", ...planItem(w, at) } };
    },
  },
  "lib/supervision/actions.ts#approvePlanAction": {
    positions: COMMUNES,
    allow: HEAD_OWN,
    build: async (w, at) => {
      const unitId = w.blocs[commune(at)].unit.id;
      const year = planYear(unitId, true);
      await as(w.owners.head[commune(at)], savePlan, { unitId, year: String(year), version: "0", ...planItem(w, at) });
      const plan = await db.supervisionPlan.findUniqueOrThrow({ where: { unitId_year: { unitId, year } } });
      return {
        form: {
          planId: plan.id,
          version: String(plan.version),
          approvalNumber: "15-QĐ/ĐU",
          approvalDate: year === 2018 ? "2017-12-20" : "2018-08-01",
          approvalBody: "Đảng ủy xã",
        },
      };
    },
  },
  "lib/supervision/actions.ts#saveActivityAction": { positions: COMMUNES, allow: HEAD_OWN, build: async (w, at) => ({ form: activityForm(w, at) }) },
  "lib/supervision/actions.ts#moveActivityAction": {
    positions: COMMUNES,
    allow: HEAD_OWN,
    build: async (w, at) => {
      const a = await activity(w, at);
      return { form: { activityId: a.id, version: String(a.version), move: "cancel", reason: "Trùng đoàn kiểm tra của huyện" } };
    },
  },
  "lib/supervision/actions.ts#sendRecommendationAction": {
    positions: COMMUNES,
    allow: HEAD_OWN,
    build: async (w, at) => ({
      form: {
        activityId: (await activity(w, at)).id,
        submissionId: uuid(),
        content: "Niêm yết công khai danh sách hộ nghèo",
        addressee: "UBND xã",
        sentOn: "2018-07-12",
      },
    }),
  },
  "lib/supervision/actions.ts#closeRecommendationAction": onRec(HEAD_OWN, (r) => ({
    recommendationId: r.id,
    version: String(r.version),
    how: "response",
    respondedOn: "2018-07-20",
    responseContent: "Đã niêm yết tại nhà văn hóa",
    responseOutcome: "ACCEPTED",
  })),
  "lib/supervision/actions.ts#escalateRecommendationAction": onRec(FOLLOWERS, (r) => ({
    recommendationId: r.id,
    version: String(r.version),
    how: "escalation",
    escalatedTo: "UBND thành phố",
    escalatedOn: "2018-08-10",
  })),
  "lib/supervision/actions.ts#noteRecommendationAction": onRec(FOLLOWERS, (r) => ({
    recommendationId: r.id,
    notedOn: "2018-08-01",
    note: "Đã nhắc UBND xã bằng điện thoại",
  })),
  "lib/supervision/actions.ts#recommendationTaskAction": {
    positions: COMMUNES,
    allow: HEAD_OWN,
    build: async (w, at) => {
      const r = await recommendationAt(w, at);
      return {
        form: {
          recommendationId: r.id,
          submissionId: uuid(),
          title: "Theo dõi việc niêm yết",
          ownerId: w.blocs[commune(at)].org("MTTQ").id,
          dueOn: "2018-08-31",
        },
      };
    },
  },
  "lib/supervision/actions.ts#saveCriticismAction": { positions: COMMUNES, allow: HEAD_OWN, build: async (w, at) => ({ form: criticismForm(w, at) }) },
  "lib/supervision/actions.ts#criticismStepAction": {
    positions: COMMUNES,
    allow: HEAD_OWN,
    build: async (w, at) => {
      // Prepared by the commune's secretary, so that its head may sign and send it (lib/signoff).
      const c = await criticismCase(w, at);
      const opinionContent = "Đề nghị bổ sung nguồn lực thực hiện";
      await as(w.owners.secretary[commune(at)], criticismStep, { caseId: c.id, version: String(c.version), step: "prepare", opinionContent });
      return { form: { caseId: c.id, version: String(c.version + 1), step: "opinion", opinionSentOn: "2018-08-05", opinionContent } };
    },
  },
};
