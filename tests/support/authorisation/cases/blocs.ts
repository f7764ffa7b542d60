// The bloc registry: district staff record a commune's (or their own agency's) bloc; the bloc's people are
// kept by the commune's head and by district staff.
import { db } from "@/lib/db";
import * as peopleDefinitions from "@/lib/blocs/people-definitions";
import type { Case } from "../harness";
import { CODES, type Position, type World } from "../world";
import { as, commune, staffOf, uuid } from "./common";

const BLOC_UNITS = ["own", "sibling", "otherDistrict", "district"] as const;

const unitOf = (w: World, at: Position) => (at === "district" ? w.units.district : w.blocs[commune(at)].unit);

let decisions = 0;
/**
 * A status the bloc may move to from where it is now, keeping it operating (the other cases record
 * meetings in the same communes): established by a decision, or operating without one, in turn.
 */
async function nextStatus(unitId: string): Promise<Record<string, string>> {
  const bloc = await db.bloc.findUnique({ where: { unitId } });
  const version = String(bloc?.version ?? 0);
  if (bloc?.status === "ESTABLISHED") return { version, status: "OPERATING_INFORMALLY" };
  return {
    version,
    status: "ESTABLISHED",
    decisionFamily: "PARTY",
    decisionNumber: `${++decisions}-QĐ/ĐU`,
    decisionDate: "2018-07-30",
    decisionIssuer: "Đảng ủy",
  };
}

async function post(w: World, at: Position) {
  const unit = unitOf(w, at);
  const fullName = `Phó khối ${w.next()}`;
  await as(staffOf(w, at), peopleDefinitions.addPost, {
    unitId: unit.id,
    fullName,
    role: "DEPUTY",
    title: "Phó Chủ tịch UBMTTQ",
    termStart: "2018-08-01",
    ...(at === "district" ? {} : { organisationCode: "MTTQ" }),
  });
  return db.blocPost.findFirstOrThrow({ where: { person: { fullName } } });
}

export const blocCases: Record<string, Case> = {
  "lib/blocs/actions.ts#setBlocAction": {
    positions: BLOC_UNITS,
    allow: { REVIEWER: ["own", "sibling", "district"] },
    build: async (w, at) => {
      const unit = unitOf(w, at);
      return {
        form: {
          unitId: unit.id,
          ...(await nextStatus(unit.id)),
          model: at === "district" ? "DISTRICT_BLOC_AGENCY" : "DAN_VAN_BLOC",
          effectiveOn: "2018-08-01",
          reason: "Kiện toàn nhân sự",
        },
      };
    },
  },
  "lib/blocs/actions.ts#bulkUpdateBlocsAction": {
    // A district's communes at once: the position is the district (Cẩm Phả, or Uông Bí as "another district").
    positions: ["district", "otherDistrict"],
    allow: { REVIEWER: ["district"] },
    build: async (_w, at) => {
      const code = at === "district" ? CODES.sibling : CODES.otherDistrict;
      return {
        form: {
          areaCode: at === "district" ? CODES.district : CODES.otherDistrictDistrict,
          unitCodes: [code],
          status: "OPERATING_INFORMALLY",
          effectiveOn: "2018-08-01",
          reason: "Rà soát chung",
        },
      };
    },
  },
  "lib/blocs/actions.ts#addPostAction": {
    positions: BLOC_UNITS,
    allow: { BLOC_HEAD: ["own"], REVIEWER: ["own", "sibling", "district"] },
    build: async (w, at) => ({
      form: {
        unitId: unitOf(w, at).id,
        fullName: `Người mới ${uuid().slice(0, 6)}`,
        role: "DEPUTY",
        title: "Chủ tịch Hội Nông dân",
        termStart: "2018-08-01",
        ...(at === "district" ? {} : { organisationCode: "HOI_NONG_DAN" }),
      },
    }),
  },
  "lib/blocs/actions.ts#endPostAction": {
    positions: BLOC_UNITS,
    allow: { BLOC_HEAD: ["own"], REVIEWER: ["own", "sibling", "district"] },
    build: async (w, at) => ({ form: { postId: (await post(w, at)).id, termEnd: "2018-08-10", reason: "Chuyển công tác" } }),
  },
  "lib/blocs/actions.ts#setMembersAction": {
    positions: ["own", "sibling", "otherDistrict"],
    allow: { BLOC_HEAD: ["own"], REVIEWER: ["own", "sibling"] },
    build: async (w, at) => {
      // A real change each time: the Trade Union leaves the bloc if it is a member, joins it if not.
      const unit = unitOf(w, at);
      const member = await db.blocMember.count({ where: { bloc: { unitId: unit.id }, organisation: { type: { code: "CONG_DOAN" } }, leftOn: null } });
      const codes = ["MTTQ", "HOI_PHU_NU", "HOI_NONG_DAN", "DOAN_THANH_NIEN", "HOI_CUU_CHIEN_BINH", ...(member ? [] : ["CONG_DOAN"])];
      return { form: { unitId: unit.id, organisationCodes: codes, effectiveOn: "2018-08-01" } };
    },
  },
};
