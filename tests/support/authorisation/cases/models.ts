// "Dân vận khéo" models (decision 0043): the commune's bloc head registers for the bloc or any organisation,
// an organisation's officer for their own organisation only; evidence is added by those who may register the
// model; everyone who reads the commune reads its models.
import { db } from "@/lib/db";
import { registerModel } from "@/lib/skilful-models/definitions";
import type { Case, Invoke } from "../harness";
import { OFFICER_ORG, type Position, type World } from "../world";
import { as, commune, COMMUNES, uuid } from "./common";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

export const modelForm = (w: World, at: Position, organisationId = "") => ({
  unitId: w.blocs[commune(at)].unit.id,
  submissionId: uuid(),
  organisationId,
  continuesId: "",
  year: "2018",
  name: `Đường giao thông bằng sức dân ${uuid().slice(0, 8)}`,
  field: "ECONOMY",
  targetGroup: "Các hộ dân thôn Đông",
  participants: "Hội Nông dân, Đoàn Thanh niên",
  startOn: "2018-03-01",
  goals: "Chiều dài đường: 1,5 km\nSố hộ tham gia: 120",
});

/** A model registered by the commune's head, for the bloc or an organisation. */
export async function modelAt(w: World, at: Position, organisationId = "") {
  const saved = await as(w.owners.head[commune(at)], registerModel, modelForm(w, at, organisationId));
  return db.skilfulModel.findFirstOrThrow({ where: { id: /\/models\/([^?]+)/.exec(saved.redirectTo!)![1] } });
}

/** The year 2018's criteria, set once for the matrix. */
async function criteria2018() {
  await db.modelYear.upsert({ where: { year: 2018 }, create: { year: 2018, passThreshold: 50 }, update: {} });
  const existing = await db.modelCriterion.findFirst({ where: { year: 2018 } });
  return existing ?? db.modelCriterion.create({ data: { year: 2018, name: "Hiệu quả", weight: 100, maxScore: 10, sortOrder: 0 } });
}

export const modelCases: Record<string, Case> = {
  // The year's criteria: the administrator.
  "lib/skilful-models/actions.ts#setModelCriteriaAction": {
    positions: ["global"],
    allow: { ADMIN: ["global"] },
    build: async () => {
      const year = await db.modelYear.findUnique({ where: { year: 2030 } });
      return { form: { year: "2030", version: String(year?.version ?? 0), passThreshold: "70", criteria: "Hiệu quả; 60; 10\nLan tỏa; 40; 10" } };
    },
  },
  // Scoring: the reviewer of the commune's district.
  "lib/skilful-models/actions.ts#evaluateModelAction": {
    positions: COMMUNES,
    allow: { REVIEWER: ["own", "sibling"] },
    build: async (w, at) => {
      const c = await criteria2018();
      const m = await modelAt(w, at);
      return { form: { modelId: m.id, version: String(m.version), move: "reject", comment: "", [`score_${c.id}`]: "4" } };
    },
  },
  // Recognition at commune level: the commune's bloc head, for an accepted model, with a numbered decision.
  "lib/skilful-models/actions.ts#recogniseModelAction": {
    positions: COMMUNES,
    allow: { BLOC_HEAD: ["own"] },
    build: async (w, at) => {
      const m = await modelAt(w, at);
      await db.skilfulModel.update({ where: { id: m.id }, data: { status: "ACCEPTED" } });
      return { form: { modelId: m.id, version: String(m.version), level: "COMMUNE", issuedOn: "2018-08-10" } };
    },
  },
  // Sending a returned model back: those who may register it.
  "lib/skilful-models/actions.ts#resubmitModelAction": {
    positions: COMMUNES,
    allow: { BLOC_HEAD: ["own"], ORG_OFFICER: ["own"] },
    build: async (w, at) => {
      const m = await modelAt(w, at, w.blocs[commune(at)].org(OFFICER_ORG).id);
      await db.skilfulModel.update({ where: { id: m.id }, data: { status: "RETURNED" } });
      return { form: { modelId: m.id, version: String(m.version) } };
    },
  },
  "lib/skilful-models/actions.ts#registerModelAction": {
    positions: COMMUNES,
    allow: { BLOC_HEAD: ["own"], ORG_OFFICER: ["own"] },
    build: async (w, at) => ({ form: modelForm(w, at, w.blocs[commune(at)].org(OFFICER_ORG).id) }),
  },
};

export const modelRouteCases: Record<string, Record<string, Case>> = {
  "app/api/models/[id]/evidence/route.ts#POST": {
    "": {
      positions: COMMUNES,
      allow: { BLOC_HEAD: ["own"], ORG_OFFICER: ["own"] },
      build: async (w, at): Promise<Invoke> => {
        const m = await modelAt(w, at, w.blocs[commune(at)].org(OFFICER_ORG).id);
        const body = new FormData();
        body.append("evidence", new File([PNG], "anh-con-duong.png", { type: "image/png" }));
        return { method: "POST", url: `/api/models/${m.id}/evidence`, params: { id: m.id }, body };
      },
    },
  },
};
