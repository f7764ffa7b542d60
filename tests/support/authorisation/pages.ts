// The pages of the authorisation matrix: every page under app/ that shows a record or a unit, rendered as
// every principal with a target at every position. A principal without a usable session is sent to the
// sign-in page; every other principal gets the page, showing the target (its unit's name, or the record's
// own text), or a 404: never another redirect, never a page without the target.
import { db } from "@/lib/db";
import type { Case } from "./harness";
import { CODES, UNIT_POSITIONS, unitAt, type Position, type World } from "./world";
import { account, pendingImport } from "./cases/admin";
import { commune, COMMUNES } from "./cases/common";
import { meeting } from "./cases/meetings";
import { modelAt } from "./cases/models";
import { unreadNotification } from "./cases/notifications";
import { report } from "./cases/reports";
import { READERS } from "./cases/routes";
import { activity, criticismCase } from "./cases/supervision";
import {
  closedCode,
  communeAt,
  HAND_OVER,
  openRecommendation,
  submittedReport,
  TWO_LEVEL_COMMUNES,
  type TwoLevelPosition,
  type TwoLevelPrincipal,
  type TwoLevelWorld,
} from "./two-level";

export interface PageCall {
  params: Record<string, string>;
  search?: Record<string, string>;
  /** Text the page must show for the target. */
  shows: string;
}

export interface PageCase {
  positions: readonly Position[];
  allow: Case["allow"];
  build: (w: World, at: Position) => Promise<PageCall>;
}

/** Who reads a commune's records: its own people, its district's reviewer, the province, the administrator. */
export const COMMUNE_READERS = { ...READERS, OVERVIEW: COMMUNES, ADMIN: COMMUNES, REVIEWER: ["own", "sibling"] } as const;
const DISTRICT_READERS = { OVERVIEW: ["district", "otherDistrict"], ADMIN: ["district", "otherDistrict"], REVIEWER: ["district"] } as const;

const communeCode = (at: Position) => CODES[commune(at)];
const unitName = (w: World, at: Position) => w.blocs[commune(at)].unit.name;

/** A page of a commune, by its code. */
const communePage = (allow: Case["allow"] = COMMUNE_READERS): PageCase => ({
  positions: COMMUNES,
  allow,
  build: async (w, at) => ({ params: { code: communeCode(at) }, shows: unitName(w, at) }),
});

/** A page of a district (Cẩm Phả, or Uông Bí for the other district), by its code. */
const districtPage: PageCase = {
  positions: ["district", "otherDistrict"],
  allow: DISTRICT_READERS,
  build: async (_w, at) => {
    const code = at === "district" ? CODES.district : CODES.otherDistrictDistrict;
    const unit = await db.unit.findFirstOrThrow({ where: { code, level: "DISTRICT" }, orderBy: { validFrom: "desc" } });
    return { params: { code }, shows: unit.name };
  },
};

/** Writing pages of a commune: its bloc head only. */
const HEAD_OWN = { BLOC_HEAD: ["own"] } as const;

export const PAGE_CASES: Record<string, PageCase> = {
  // One person's notification: its owner (the own commune's bloc head) only; its unit's reviewer gets a 404 too.
  "app/notifications/[id]/page.tsx": {
    positions: ["own"],
    allow: { BLOC_HEAD: ["own"] },
    build: async (w) => {
      const n = await unreadNotification(w, w.users.BLOC_HEAD.userId);
      return { params: { id: n.id }, shows: n.title };
    },
  },
  "app/communes/[code]/page.tsx": communePage(),
  "app/communes/[code]/bloc/page.tsx": communePage(),
  "app/communes/[code]/meetings/page.tsx": communePage(),
  "app/communes/[code]/tasks/page.tsx": communePage(),
  "app/communes/[code]/trends/page.tsx": communePage(),
  "app/communes/[code]/contributions/page.tsx": communePage(),
  "app/communes/[code]/reports/page.tsx": communePage(),
  "app/communes/[code]/supervision/page.tsx": communePage(),
  "app/communes/[code]/models/page.tsx": communePage(),
  // Readers get the page with a notice that only the bloc head records meetings (not the form).
  "app/communes/[code]/meetings/new/page.tsx": communePage(),
  "app/communes/[code]/supervision/new/page.tsx": communePage(HEAD_OWN),
  "app/communes/[code]/criticism/new/page.tsx": communePage(HEAD_OWN),
  // A unit's register: whoever reads the unit; the page names its bodies after the unit.
  "app/registers/[unitId]/page.tsx": {
    positions: UNIT_POSITIONS,
    allow: READERS,
    build: async (w, at) => ({ params: { unitId: unitAt(w, at).id }, shows: unitAt(w, at).name }),
  },
  "app/districts/[code]/page.tsx": districtPage,
  // The agency's own giao ban (decision 0035): readers of the district get the list; the form page shows a
  // notice to those who do not record it.
  "app/agencies/[code]/meetings/page.tsx": districtPage,
  "app/agencies/[code]/meetings/new/page.tsx": districtPage,
  "app/districts/[code]/reports/page.tsx": districtPage,
  "app/districts/[code]/supervision/page.tsx": districtPage,
  "app/districts/[code]/trends/page.tsx": districtPage,
  "app/meetings/[id]/page.tsx": {
    positions: COMMUNES,
    allow: COMMUNE_READERS,
    build: async (w, at) => ({ params: { id: (await meeting(w, at)).id }, shows: unitName(w, at) }),
  },
  "app/meetings/[id]/minutes/page.tsx": {
    positions: COMMUNES,
    allow: COMMUNE_READERS,
    build: async (w, at) => ({ params: { id: (await meeting(w, at)).id }, shows: unitName(w, at).toUpperCase() }),
  },
  "app/reports/[id]/page.tsx": {
    positions: [...COMMUNES, "district"],
    allow: READERS,
    build: async (w, at) => {
      const r = await report(w, at);
      const unit = await db.unit.findUniqueOrThrow({ where: { id: r.unitId } });
      return { params: { id: r.id }, shows: unit.name };
    },
  },
  "app/models/[id]/page.tsx": {
    positions: COMMUNES,
    allow: COMMUNE_READERS,
    build: async (w, at) => {
      const m = await modelAt(w, at);
      return { params: { id: m.id }, shows: m.name };
    },
  },
  "app/supervision/[id]/page.tsx": {
    positions: COMMUNES,
    allow: COMMUNE_READERS,
    build: async (w, at) => ({ params: { id: (await activity(w, at)).id }, shows: "Việc thu các khoản đóng góp tự nguyện" }),
  },
  "app/criticism/[id]/page.tsx": {
    positions: COMMUNES,
    allow: COMMUNE_READERS,
    build: async (w, at) => {
      const c = await criticismCase(w, at);
      return { params: { id: c.id }, shows: c.title };
    },
  },
  "app/admin/users/[id]/page.tsx": {
    positions: [...COMMUNES, "district", "province"],
    allow: { ADMIN: [...COMMUNES, "district", "province"] },
    build: async (w, at) => {
      const user = await account(w, at);
      return { params: { id: user.id }, shows: user.username };
    },
  },
  "app/admin/users/import/[id]/page.tsx": {
    positions: ["global"],
    allow: { ADMIN: ["global"] },
    build: async (w) => {
      const id = await pendingImport(w);
      const rows = (await db.userImport.findUniqueOrThrow({ where: { id } })).rows;
      return { params: { id }, shows: /"username":"([^"]+)"/.exec(rows)?.[1] ?? "(no row)" };
    },
  },
};

export interface TwoLevelPageCase {
  positions: readonly TwoLevelPosition[];
  allow: Partial<Record<TwoLevelPrincipal, readonly TwoLevelPosition[]>>;
  build: (w: TwoLevelWorld, at: TwoLevelPosition) => Promise<PageCall>;
}

/** Readers of a commune of today: its people, its province's reviewer and overview, the administrator. */
const TODAY_READERS = {
  OVERVIEW: ["own", "sibling"],
  REVIEWER: ["own", "sibling"],
  BLOC_HEAD: ["own"],
  ORG_OFFICER: ["own"],
  ADMIN: TWO_LEVEL_COMMUNES,
  otherReviewer: ["otherProvince"],
} as const;
/** Mông Dương kept its code through 1/7/2025: its 2018 head, whose role has ended, still reads its page (history, read-only). */
const TODAY_COMMUNE_READERS = { ...TODAY_READERS, endedHead: ["own"] } as const;
/** A closed commune: its province's reviewer and overview (its history), the administrator. */
const CLOSED_READERS = {
  OVERVIEW: ["province"],
  REVIEWER: ["province"],
  ADMIN: ["province", "otherProvinceArea"],
  otherReviewer: ["otherProvinceArea"],
} as const;
const communeOfToday = (w: TwoLevelWorld, at: TwoLevelPosition) => w.blocs[communeAt(at)].unit;

/** A closed commune at the position, by its code, showing its name. */
async function closedCommune(at: TwoLevelPosition): Promise<PageCall> {
  const code = await closedCode(at);
  const unit = await db.unit.findFirstOrThrow({ where: { code, level: "COMMUNE" }, orderBy: { validFrom: "desc" } });
  return { params: { code }, shows: unit.name };
}

/** The same pages on today's province: communes directly under it (and another province's), a closed commune. */
export const TWO_LEVEL_PAGE_CASES: Record<string, TwoLevelPageCase> = {
  "app/communes/[code]/page.tsx": {
    positions: TWO_LEVEL_COMMUNES,
    allow: TODAY_COMMUNE_READERS,
    build: async (w, at) => ({ params: { code: communeOfToday(w, at).code }, shows: communeOfToday(w, at).name }),
  },
  "app/communes/[code]/page.tsx closed": {
    positions: ["province", "otherProvinceArea"],
    allow: CLOSED_READERS,
    build: async (_w, at) => closedCommune(at),
  },
  // Only those who hand the closed unit's work over: its province's reviewer, the administrator.
  "app/handover/[code]/page.tsx": {
    positions: ["province", "otherProvinceArea"],
    allow: HAND_OVER,
    build: async (_w, at) => closedCommune(at),
  },
  "app/reports/[id]/page.tsx": {
    positions: TWO_LEVEL_COMMUNES,
    allow: TODAY_READERS,
    build: async (w, at) => ({ params: { id: (await submittedReport(w, at)).id }, shows: communeOfToday(w, at).name }),
  },
  "app/supervision/[id]/page.tsx": {
    positions: TWO_LEVEL_COMMUNES,
    allow: TODAY_READERS,
    build: async (w, at) => ({ params: { id: (await openRecommendation(w, at)).activityId! }, shows: "Công khai tài chính" }),
  },
};
