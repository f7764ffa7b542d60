// The authorisation matrix on today's province (from 1/7/2025), on a pinned business date of 2026: communes
// directly under the province (Mông Dương 06760 "own", Quang Hanh 06778 "sibling"), a commune of another
// province ("otherProvince", a synthetic province 98 as the national scale holds them), and the province
// itself. Principals: each role bound as it is today (the reviewer and the overview to the province), the
// other province's reviewer, and a 2018 commune head whose role ended on 30/6/2025 (history only).
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { openReport } from "@/lib/reports/definitions";
import { prepareReport, submitReport } from "@/lib/reports/move-definitions";
import { saveActivity } from "@/lib/supervision/activity-definitions";
import { sendRecommendation } from "@/lib/supervision/recommendation-definitions";
import { parseIsoDate } from "@/lib/time/business-date";
import { validOn } from "@/lib/units/validity";
import { makeUser, operatingBloc, type MadeUser } from "../factories";
import type { Invoke } from "./harness";
import { as } from "./cases/common";
import { handedOver, itemsForm, REORGANISED, unitsForm } from "./cases/handover";

export const TODAY = parseIsoDate("2026-03-18")!;
export const TWO_LEVEL_POSITIONS = ["own", "sibling", "otherProvince", "province", "otherProvinceArea"] as const;
export type TwoLevelPosition = (typeof TWO_LEVEL_POSITIONS)[number];
export const TWO_LEVEL_PRINCIPALS = ["none", "OVERVIEW", "REVIEWER", "BLOC_HEAD", "ORG_OFFICER", "ADMIN", "otherReviewer", "endedHead"] as const;
export type TwoLevelPrincipal = (typeof TWO_LEVEL_PRINCIPALS)[number];
type CommuneAt = "own" | "sibling" | "otherProvince";

type Bloc = Awaited<ReturnType<typeof operatingBloc>>;

export interface TwoLevelWorld {
  blocs: Record<CommuneAt, Bloc>;
  areas: { province: { id: string; code: string }; otherProvinceArea: { id: string; code: string } };
  sessions: Record<TwoLevelPrincipal, string | null>;
  owners: { head: Record<CommuneAt, MadeUser>; secretary: Record<CommuneAt, MadeUser>; reviewer: Record<"province" | "otherProvinceArea", MadeUser> };
}

export interface TwoLevelCase {
  positions: readonly TwoLevelPosition[];
  allow: Partial<Record<TwoLevelPrincipal, readonly TwoLevelPosition[]>>;
  build: (w: TwoLevelWorld, at: TwoLevelPosition) => Promise<Invoke>;
}

const ORGS = ["DANG_UY", "MTTQ", "CONG_DOAN", "HOI_NONG_DAN", "DOAN_THANH_NIEN", "HOI_PHU_NU", "HOI_CUU_CHIEN_BINH"];

/** Province 98 with one commune directly under it and the commune's organisations. */
async function otherProvince() {
  const from = parseIsoDate("2025-07-01")!;
  // Paths are made of ids, as the rollups walk them to the ancestors.
  const [provinceId, communeId] = [randomUUID(), randomUUID()];
  const province = await db.unit.create({
    data: {
      id: provinceId,
      code: "98",
      name: "Thử Nghiệm",
      type: "TINH",
      level: "PROVINCE",
      path: `/${provinceId}/`,
      searchText: "tinh thu nghiem",
      validFrom: from,
      source: "test",
    },
  });
  const commune = await db.unit.create({
    data: {
      id: communeId,
      code: "98001",
      name: "Thử Một",
      type: "XA",
      level: "COMMUNE",
      parentId: province.id,
      path: `/${provinceId}/${communeId}/`,
      searchText: "xa thu mot",
      validFrom: from,
      source: "test",
    },
  });
  const types = await db.organisationType.findMany({ where: { code: { in: ORGS } } });
  await db.organisation.createMany({ data: types.map((t) => ({ unitId: commune.id, typeId: t.id, name: `${t.name} xã Thử Một`, validFrom: from })) });
  return province;
}

export async function buildTwoLevelWorld(): Promise<TwoLevelWorld> {
  const since = { since: "2025-08-01", day: TODAY, model: "JOINT_ADVISORY_UNIT" as const };
  const other = await otherProvince();
  const blocs = { own: await operatingBloc("06760", since), sibling: await operatingBloc("06778", since), otherProvince: await operatingBloc("98001", since) };
  const province = await db.unit.findFirstOrThrow({ where: { code: "22", level: "PROVINCE", ...validOn(TODAY) } });
  const on = { day: TODAY };
  const users: Record<Exclude<TwoLevelPrincipal, "none">, MadeUser> = {
    OVERVIEW: await makeUser("OVERVIEW", "22", on),
    REVIEWER: await makeUser("REVIEWER", "22", on),
    BLOC_HEAD: await makeUser("BLOC_HEAD", "06760", on),
    ORG_OFFICER: await makeUser("ORG_OFFICER", "06760", { ...on, organisationCode: "HOI_PHU_NU" }),
    ADMIN: await makeUser("ADMIN", "22", on),
    otherReviewer: await makeUser("REVIEWER", "98", on),
    // Head of Mông Dương of 2018 (closed 30/6/2025): on today's date the role has ended.
    endedHead: await makeUser("BLOC_HEAD", "06760", { day: parseIsoDate("2018-08-13")! }),
  };
  const sessions = { none: null, ...Object.fromEntries(Object.entries(users).map(([k, u]) => [k, u.sessionId])) } as Record<TwoLevelPrincipal, string | null>;
  const owners = {
    head: {
      own: await makeUser("BLOC_HEAD", "06760", on),
      sibling: await makeUser("BLOC_HEAD", "06778", on),
      otherProvince: await makeUser("BLOC_HEAD", "98001", on),
    },
    // Who prepares a commune's report for its head's signature (lib/signoff).
    secretary: {
      own: await makeUser("BLOC_HEAD", "06760", on),
      sibling: await makeUser("BLOC_HEAD", "06778", on),
      otherProvince: await makeUser("BLOC_HEAD", "98001", on),
    },
    reviewer: { province: await makeUser("REVIEWER", "22", on), otherProvinceArea: await makeUser("REVIEWER", "98", on) },
  };
  return { blocs, areas: { province: { id: province.id, code: "22" }, otherProvinceArea: { id: other.id, code: "98" } }, sessions, owners };
}

export const communeAt = (at: TwoLevelPosition): CommuneAt => {
  if (at !== "own" && at !== "sibling" && at !== "otherProvince") throw new Error(`${at} is not a commune`);
  return at;
};
export const TWO_LEVEL_COMMUNES = ["own", "sibling", "otherProvince"] as const;
const COMMUNES = TWO_LEVEL_COMMUNES;
/** Each commune's reviewer: the province's for its communes, the other province's for its own. */
const REVIEWERS = { REVIEWER: ["own", "sibling"], otherReviewer: ["otherProvince"] } as const;

const weeks = new Map<string, number>();
/** A week of 2026 that has begun by the pinned day (weeks 1–12) and that the unit has no report for yet. */
function nextWeek(unitId: string) {
  const n = (weeks.get(unitId) ?? 0) + 1;
  if (n > 12) throw new Error("the two-level matrix ran out of weeks for this unit");
  weeks.set(unitId, n);
  return `2026-W${String(n).padStart(2, "0")}`;
}

/** A submitted weekly report of the commune at the position (each target its own week). */
export async function submittedReport(w: TwoLevelWorld, at: TwoLevelPosition) {
  const head = w.owners.head[communeAt(at)];
  const unitId = w.blocs[communeAt(at)].unit.id;
  const opened = await as(head, openReport, { regimeCode: "situation.weekly", unitId, periodKey: nextWeek(unitId), submissionId: randomUUID() });
  const id = String(opened.data!.reportId);
  await as(w.owners.secretary[communeAt(at)], prepareReport, { reportId: id, version: "1", move: "prepare" });
  await as(head, submitReport, { reportId: id, version: "2", move: "submit" });
  return db.report.findUniqueOrThrow({ where: { id } });
}

export async function openRecommendation(w: TwoLevelWorld, at: TwoLevelPosition) {
  const c = communeAt(at);
  const saved = await as(w.owners.head[c], saveActivity, {
    unitId: w.blocs[c].unit.id,
    submissionId: randomUUID(),
    version: "0",
    outsidePlanReason: "Theo phản ánh",
    form: "DOCUMENTS",
    subject: "UBND xã",
    content: "Công khai tài chính",
    startOn: "2026-01-05",
    endOn: "2026-01-09",
  });
  const activityId = String(/\/supervision\/(.+)$/.exec(saved.redirectTo!)![1]);
  await as(w.owners.head[c], sendRecommendation, {
    activityId,
    submissionId: randomUUID(),
    content: "Niêm yết công khai",
    addressee: "UBND xã",
    sentOn: "2026-01-20",
  });
  return db.recommendation.findFirstOrThrow({ where: { activityId } });
}

export const HAND_OVER = { REVIEWER: ["province"], ADMIN: ["province", "otherProvinceArea"], otherReviewer: ["otherProvinceArea"] } as const;
let closedOfOther: Promise<string> | null = null;
/** A closed commune at the position: Cẩm Thạch (06787), or one of province 98 that closed on 30/6/2025 into 98001. */
export function closedCode(at: TwoLevelPosition): Promise<string> {
  if (at === "province") return Promise.resolve("06787");
  closedOfOther ??= (async () => {
    const province = await db.unit.findFirstOrThrow({ where: { code: "98", level: "PROVINCE" } });
    const successor = await db.unit.findFirstOrThrow({ where: { code: "98001" } });
    const id = randomUUID();
    await db.unit.create({
      data: {
        id,
        code: "98002",
        name: "Thử Cũ",
        type: "XA",
        level: "COMMUNE",
        parentId: province.id,
        path: `${province.path}${id}/`,
        searchText: "xa thu cu",
        validFrom: parseIsoDate("2020-01-01")!,
        validTo: parseIsoDate("2025-06-30")!,
        source: "test",
      },
    });
    await db.unitLineage.create({
      data: { predecessorId: id, successorId: successor.id, whole: true, effectiveFrom: parseIsoDate(REORGANISED)!, legalBasis: "Nghị quyết thử" },
    });
    return "98002";
  })();
  return closedOfOther;
}

let decisions = 0;
export const TWO_LEVEL_CASES: Record<string, TwoLevelCase> = {
  "lib/blocs/actions.ts#setBlocAction": {
    positions: COMMUNES,
    allow: REVIEWERS,
    build: async (w, at) => {
      const bloc = await db.bloc.findUniqueOrThrow({ where: { unitId: w.blocs[communeAt(at)].unit.id } });
      const next: Record<string, string> =
        bloc.status === "ESTABLISHED"
          ? { status: "OPERATING_INFORMALLY" }
          : {
              status: "ESTABLISHED",
              decisionFamily: "FRONT",
              decisionNumber: `${++decisions}/QĐ-MTTQ`,
              decisionDate: "2026-02-20",
              decisionIssuer: "Ban Thường trực Ủy ban MTTQ xã",
            };
      return {
        form: { unitId: bloc.unitId, version: String(bloc.version), model: "JOINT_ADVISORY_UNIT", effectiveOn: "2026-03-01", reason: "Kiện toàn", ...next },
      };
    },
  },
  "lib/blocs/actions.ts#bulkUpdateBlocsAction": {
    positions: ["province", "otherProvinceArea"],
    allow: { REVIEWER: ["province"], otherReviewer: ["otherProvinceArea"] },
    build: async (w, at) => ({
      form: {
        areaCode: at === "province" ? "22" : "98",
        unitCodes: [at === "province" ? "06778" : "98001"],
        model: "JOINT_ADVISORY_UNIT",
        status: "OPERATING_INFORMALLY",
        effectiveOn: "2026-03-02",
        reason: "Rà soát",
      },
    }),
  },
  "lib/blocs/actions.ts#addPostAction": {
    positions: COMMUNES,
    allow: { BLOC_HEAD: ["own"], ...REVIEWERS },
    build: async (w, at) => ({
      form: {
        unitId: w.blocs[communeAt(at)].unit.id,
        fullName: `Người ${randomUUID().slice(0, 6)}`,
        role: "DEPUTY",
        title: "Chủ tịch Hội Nông dân",
        organisationCode: "HOI_NONG_DAN",
        termStart: "2026-03-01",
      },
    }),
  },
  "lib/meetings/actions.ts#saveMeetingAction": {
    positions: COMMUNES,
    allow: { BLOC_HEAD: ["own"] },
    build: async (w, at) => {
      const b = w.blocs[communeAt(at)];
      return {
        form: {
          unitId: b.unit.id,
          submissionId: randomUUID(),
          kind: "EXTRAORDINARY",
          heldOn: "2026-03-16",
          place: "Hội trường",
          chairId: b.head.id,
          [`att_${b.org("MTTQ").id}`]: "present",
        },
      };
    },
  },
  "lib/reports/actions.ts#openReportAction": {
    positions: COMMUNES,
    allow: { BLOC_HEAD: ["own"] },
    build: async (w, at) => {
      const unitId = w.blocs[communeAt(at)].unit.id;
      return { form: { regimeCode: "situation.weekly", unitId, periodKey: nextWeek(unitId), submissionId: randomUUID() } };
    },
  },
  "lib/reports/actions.ts#reviewReportAction": {
    // Sent to the province: its reviewer reviews, its overview only reads (decision 0020).
    positions: COMMUNES,
    allow: REVIEWERS,
    build: async (w, at) => {
      const r = await submittedReport(w, at);
      return { form: { reportId: r.id, version: String(r.version), move: "accept" } };
    },
  },
  "lib/supervision/actions.ts#escalateRecommendationAction": {
    positions: COMMUNES,
    allow: { BLOC_HEAD: ["own"], ...REVIEWERS },
    build: async (w, at) => {
      const r = await openRecommendation(w, at);
      return {
        form: {
          recommendationId: r.id,
          version: String(r.version),
          how: "escalation",
          escalatedTo: "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh",
          escalatedOn: "2026-03-10",
        },
      };
    },
  },
  // The hand-over of 1/7/2025: a closed 2018 commune of Quảng Ninh (Cẩm Thạch → phường Quang Hanh) and a
  // closed commune of the other province (→ 98001), reached by their province's reviewer and the administrator.
  "lib/handover/actions.ts#handOverUnitsAction": {
    positions: ["province", "otherProvinceArea"],
    allow: HAND_OVER,
    build: async (_w, at) => unitsForm(await closedCode(at)),
  },
  "lib/handover/actions.ts#handOverItemsAction": {
    positions: ["province", "otherProvinceArea"],
    allow: HAND_OVER,
    build: async (_w, at) => itemsForm(await closedCode(at)),
  },
  "lib/handover/actions.ts#reverseHandOverAction": {
    positions: ["province", "otherProvinceArea"],
    allow: HAND_OVER,
    build: async (w, at) => ({
      form: { handOverId: (await handedOver(await closedCode(at), w.owners.reviewer[at === "province" ? "province" : "otherProvinceArea"].actor)).id },
    }),
  },
  "app/api/export/[file]/route.ts#GET communes.csv": {
    positions: ["province", "otherProvinceArea"],
    allow: { OVERVIEW: ["province"], REVIEWER: ["province"], ADMIN: ["province", "otherProvinceArea"], otherReviewer: ["otherProvinceArea"] },
    build: async (_w, at) => ({ url: `/api/export/communes.csv?area=${at === "province" ? "22" : "98"}`, params: { file: "communes.csv" } }),
  },
  "app/api/reports/[id]/[file]/route.ts#GET report.docx": {
    positions: COMMUNES,
    allow: {
      OVERVIEW: ["own", "sibling"],
      REVIEWER: ["own", "sibling"],
      BLOC_HEAD: ["own"],
      ORG_OFFICER: ["own"],
      ADMIN: COMMUNES,
      otherReviewer: ["otherProvince"],
    },
    build: async (w, at) => {
      const r = await submittedReport(w, at);
      return { url: `/api/reports/${r.id}/report.docx`, params: { id: r.id, file: "report.docx" } };
    },
  },
};

/** The route or action a case names (the part before a space is the code's key in the matrix). */
export const codeKeyOf = (name: string) => name.split(" ")[0];
