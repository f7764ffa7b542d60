// A register's writes: the body's own staff (a commune's bloc head on its commune's bodies, a reviewer on
// the bodies of the unit they serve) and the administrator everywhere; readers may not.
import { db } from "@/lib/db";
import type { Case } from "../harness";
import { UNIT_POSITIONS, unitAt } from "../world";
import { COMMUNES } from "./common";
import { approvedMeeting } from "./routes";

export const registerCases: Record<string, Case> = {
  "lib/registers/actions.ts#setRegisterStartAction": {
    positions: UNIT_POSITIONS,
    allow: { BLOC_HEAD: ["own"], REVIEWER: ["district"], ADMIN: UNIT_POSITIONS },
    build: async (w, at) => ({
      form: { unitId: unitAt(w, at).id, bodyKind: "FRONT_COMMITTEE", kind: "PLAN", year: "2018", startNumber: String(1 + w.next()) },
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
};
