// A register's writes: the body's own staff (a commune's bloc head on its commune's bodies, a reviewer on
// the bodies of the unit they serve) and the administrator everywhere; readers may not.
import { db } from "@/lib/db";
import { recordDualPost } from "@/lib/signoff/definitions";
import { makeUser } from "../../factories";
import type { Case } from "../harness";
import { CODES, UNIT_POSITIONS, unitAt, type Position, type World } from "../world";
import { as, commune, COMMUNES } from "./common";
import { approvedMeeting } from "./meetings";

/** A fresh signer of the commune (so every cell records a new dual post). */
async function signer(w: World, at: Position) {
  const c = commune(at);
  return { unit: w.blocs[c].unit, user: await makeUser("BLOC_HEAD", CODES[c]) };
}

export const registerCases: Record<string, Case> = {
  "lib/registers/actions.ts#setRegisterStartAction": {
    positions: UNIT_POSITIONS,
    allow: { BLOC_HEAD: ["own"], REVIEWER: ["district"], ADMIN: UNIT_POSITIONS },
    build: async (w, at) => ({
      // Next year: no case issues a number in it (plans approved in the matrix take 2018's).
      form: { unitId: unitAt(w, at).id, bodyKind: "FRONT_COMMITTEE", kind: "PLAN", year: "2019", startNumber: String(1 + w.next()) },
    }),
  },
  "lib/registers/actions.ts#setIssuingBodyAction": {
    positions: UNIT_POSITIONS,
    allow: { BLOC_HEAD: ["own"], REVIEWER: ["district"], ADMIN: UNIT_POSITIONS },
    build: async (w, at) => ({
      form: { unitId: unitAt(w, at).id, bodyKind: "FRONT_COMMITTEE", name: `Ủy ban MTTQ Việt Nam ${unitAt(w, at).name}`, symbol: "MTTQ", family: "FRONT" },
    }),
  },
  "lib/registers/actions.ts#voidRegisterEntryAction": {
    positions: COMMUNES,
    allow: { BLOC_HEAD: ["own"], ADMIN: COMMUNES },
    build: async (w, at) => {
      const m = await approvedMeeting(w, at);
      const entry = await db.registerEntry.findFirstOrThrow({ where: { entityId: m.id, status: "ISSUED" } });
      return { form: { entryId: entry.id, reason: "Cấp nhầm số cho biên bản chưa ký" } };
    },
  },
  // The reviewing body and the administrator record a dual post; the body's own head may not.
  "lib/signoff/actions.ts#recordDualPostAction": {
    positions: COMMUNES,
    allow: { REVIEWER: ["own", "sibling"], ADMIN: COMMUNES },
    build: async (w, at) => {
      const { unit, user } = await signer(w, at);
      return { form: { unitId: unit.id, userId: user.userId, note: "Chủ tịch Ủy ban MTTQ xã kiêm thư ký giao ban" } };
    },
  },
  "lib/signoff/actions.ts#revokeDualPostAction": {
    positions: COMMUNES,
    allow: { REVIEWER: ["own", "sibling"], ADMIN: COMMUNES },
    build: async (w, at) => {
      const { unit, user } = await signer(w, at);
      await as(w.owners.admin, recordDualPost, { unitId: unit.id, userId: user.userId, note: "Chủ tịch Ủy ban MTTQ xã kiêm thư ký giao ban" });
      const dual = await db.dualPost.findUniqueOrThrow({ where: { unitId_userId: { unitId: unit.id, userId: user.userId } } });
      return { form: { dualPostId: dual.id, version: String(dual.version) } };
    },
  },
};
