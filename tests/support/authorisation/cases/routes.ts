// Route handlers: downloads read within the reader's scope (unit.read: one's own unit and below; the
// administrator everywhere), uploads by those who keep the record. A refused request answers 401 or 404
// with one denial record.
import { db } from "@/lib/db";
import { closeRecommendation } from "@/lib/supervision/recommendation-definitions";
import { saveCriticism } from "@/lib/supervision/criticism-definitions";
import { openReport } from "@/lib/reports/definitions";
import { storeBytes } from "@/lib/files/store";
import type { Case, Invoke } from "../harness";
import { CODES, UNIT_POSITIONS, unitAt, type Position, type World } from "../world";
import { as, commune, COMMUNES, uuid } from "./common";
import { approvedMeeting } from "./meetings";
import { planAt, recommendationAt } from "./supervision";

/** Who reads a unit's records: everyone at or above it, and the administrator. */
export const READERS = {
  OVERVIEW: UNIT_POSITIONS,
  ADMIN: UNIT_POSITIONS,
  REVIEWER: ["own", "sibling", "district"],
  BLOC_HEAD: ["own"],
  ORG_OFFICER: ["own"],
} as const;
const COMMUNE_READERS = { ...READERS, OVERVIEW: COMMUNES, ADMIN: COMMUNES, REVIEWER: ["own", "sibling"] } as const;

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
const upload = (url: string, params: Record<string, string>, field: string): Invoke => {
  const body = new FormData();
  body.append(field, new File([PDF], "quyet-dinh.pdf", { type: "application/pdf" }));
  return { method: "POST", url, params, body };
};

async function storedFileAt(w: World, at: Position) {
  const m = await approvedMeeting(w, at);
  const sha256 = storeBytes(PDF);
  const file = await db.storedFile.create({
    data: { sha256, size: PDF.byteLength, mimeType: "application/pdf", originalName: "bien-ban.pdf", uploadedById: w.owners.head[commune(at)].userId },
  });
  await db.meeting.update({ where: { id: m.id }, data: { minutesScanId: file.id } });
  return file;
}

const unitCode = (at: Position) => (at === "district" ? CODES.district : at === "province" ? CODES.province : CODES[commune(at)]);
const exportCase = (file: string, param: string, positions: readonly Position[], allow: Case["allow"]): Case => ({
  positions,
  allow,
  build: async (_w, at) => ({ url: `/api/export/${file}?${param}=${unitCode(at)}`, params: { file } }),
});
const DISTRICT_READERS = { OVERVIEW: ["district"], ADMIN: ["district"], REVIEWER: ["district"] } as const;
/** Who may take a commune's citizens in full (citizen.full): its head and officers, its reviewer; never an overview reader or the administrator. */
const FULL_READERS = { BLOC_HEAD: ["own"], ORG_OFFICER: ["own"], REVIEWER: ["own", "sibling"] } as const;
const FULL = `citizens=full&reason=${encodeURIComponent("Liên hệ lại người dân để giải quyết")}`;
/** The same download asked for with citizens in full and a reason. */
const inFull = (c: Case, extra = ""): Case => ({
  ...c,
  build: async (w, at) => {
    const call = (await c.build(w, at)) as { url: string; params: Record<string, string> };
    return { ...call, url: `${call.url}${call.url.includes("?") ? "&" : "?"}${FULL}${extra}` };
  },
});

/** One report per unit serves every reader of its DOCX (a download changes nothing): a unit has only so many months. */
const docxReports = new WeakMap<World, Map<Position, string>>();
async function reportFor(w: World, at: Position): Promise<string> {
  const known = docxReports.get(w) ?? new Map<Position, string>();
  docxReports.set(w, known);
  if (!known.has(at)) {
    const [unitId, owner] = at === "district" ? [w.units.district.id, w.owners.staff.district] : [w.blocs[commune(at)].unit.id, w.owners.head[commune(at)]];
    const opened = await as(owner, openReport, { regimeCode: "situation.monthly", unitId, periodKey: `2018-0${1 + (w.next() % 7)}`, submissionId: uuid() });
    known.set(at, opened.data!.reportId as string);
  }
  return known.get(at)!;
}

/** A report's DOCX: whoever reads the report (its writer's unit and above). */
const reportDocx: Case = {
  positions: ["own", "sibling", "otherDistrict", "district"],
  allow: { ...READERS, OVERVIEW: ["own", "sibling", "otherDistrict", "district"], ADMIN: ["own", "sibling", "otherDistrict", "district"] },
  build: async (w, at) => {
    const id = await reportFor(w, at);
    return { url: `/api/reports/${id}/report.docx`, params: { id, file: "report.docx" } };
  },
};

export const routeCases: Record<string, Record<string, Case>> = {
  "app/api/blocs/[unitId]/scan/route.ts#POST": {
    "": {
      positions: ["own", "sibling", "otherDistrict", "district"],
      allow: { REVIEWER: ["own", "sibling", "district"] },
      build: async (w, at) => {
        const unitId = at === "district" ? w.units.district.id : w.blocs[commune(at)].unit.id;
        return upload(`/api/blocs/${unitId}/scan`, { unitId }, "scan");
      },
    },
  },
  "app/api/meetings/[id]/minutes-scan/route.ts#POST": {
    "": {
      positions: COMMUNES,
      allow: { BLOC_HEAD: ["own"] },
      build: async (w, at) => {
        const id = (await approvedMeeting(w, at)).id;
        return upload(`/api/meetings/${id}/minutes-scan`, { id }, "scan");
      },
    },
  },
  "app/api/recommendations/[id]/response-file/route.ts#POST": {
    "": {
      positions: COMMUNES,
      allow: { BLOC_HEAD: ["own"] },
      build: async (w, at) => {
        const r = await recommendationAt(w, at);
        await as(w.owners.head[commune(at)], closeRecommendation, {
          recommendationId: r.id,
          version: String(r.version),
          how: "response",
          respondedOn: "2018-07-20",
          responseContent: "Đã thực hiện",
          responseOutcome: "ACCEPTED",
        });
        return upload(`/api/recommendations/${r.id}/response-file`, { id: r.id }, "file");
      },
    },
  },
  "app/api/files/[id]/route.ts#GET": {
    "": {
      positions: COMMUNES,
      allow: COMMUNE_READERS,
      build: async (w, at) => {
        const f = await storedFileAt(w, at);
        return { url: `/api/files/${f.id}`, params: { id: f.id } };
      },
    },
  },
  "app/api/meetings/[id]/[file]/route.ts#GET": {
    "minutes.docx": {
      positions: COMMUNES,
      allow: COMMUNE_READERS,
      build: async (w, at) => {
        const m = await approvedMeeting(w, at);
        return { url: `/api/meetings/${m.id}/minutes.docx`, params: { id: m.id, file: "minutes.docx" } };
      },
    },
    "notice.docx": {
      positions: COMMUNES,
      allow: COMMUNE_READERS,
      build: async (w, at) => {
        const m = await approvedMeeting(w, at);
        return { url: `/api/meetings/${m.id}/notice.docx`, params: { id: m.id, file: "notice.docx" } };
      },
    },
  },
  "app/api/reports/[id]/[file]/route.ts#GET": {
    "report.docx": reportDocx,
    "report.docx in full": inFull({ ...reportDocx, allow: { ...FULL_READERS, REVIEWER: ["own", "sibling", "district"] } }),
  },
  "app/api/criticism/[id]/[file]/route.ts#GET": {
    "opinion.docx": {
      positions: COMMUNES,
      allow: COMMUNE_READERS,
      build: async (w, at) => {
        const submissionId = uuid();
        await as(w.owners.head[commune(at)], saveCriticism, {
          caseId: "",
          unitId: w.blocs[commune(at)].unit.id,
          submissionId,
          version: "0",
          outsidePlanReason: "UBND xã gửi xin ý kiến",
          title: "Dự thảo kế hoạch phát triển du lịch",
          draftingBody: "UBND xã",
          receivedOn: "2018-08-01",
          plannedSubmissionOn: "2018-09-01",
          form: "WRITTEN",
          participants: "",
        });
        const c = await db.criticismCase.findUniqueOrThrow({ where: { submissionId } });
        return { url: `/api/criticism/${c.id}/opinion.docx`, params: { id: c.id, file: "opinion.docx" } };
      },
    },
  },
  "app/api/supervision-plans/[id]/[file]/route.ts#GET": {
    "plan.docx": {
      positions: COMMUNES,
      allow: COMMUNE_READERS,
      build: async (w, at) => {
        const plan = await planAt(w, at);
        return { url: `/api/supervision-plans/${plan.id}/plan.docx`, params: { id: plan.id, file: "plan.docx" } };
      },
    },
  },
  // What the portal holds about a person, for their request: the administrator only.
  "app/api/admin/person-export/route.ts#GET": {
    "": {
      positions: ["global"],
      allow: { ADMIN: ["global"] },
      build: async (w) => {
        const m = await approvedMeeting(w, "own");
        await db.meeting.update({ where: { id: m.id }, data: { hotSpots: "Ông Nguyễn Văn An khiếu nại" } });
        const q = new URLSearchParams({ name: "Nguyen Van An", id: "", reason: "Đơn ngày 01/12/2026 của ông An" });
        return { url: `/api/admin/person-export?${q}`, params: {} };
      },
    },
  },
  "app/api/export/[file]/route.ts#GET": {
    "districts.csv": {
      positions: ["province"],
      allow: { OVERVIEW: ["province"], ADMIN: ["province"] },
      build: async () => ({ url: "/api/export/districts.csv", params: { file: "districts.csv" } }),
    },
    "communes.csv": exportCase("communes.csv", "district", ["district"], DISTRICT_READERS),
    "meetings.csv": exportCase("meetings.csv", "commune", COMMUNES, COMMUNE_READERS),
    "tasks.csv": exportCase("tasks.csv", "commune", COMMUNES, COMMUNE_READERS),
    "tasks.csv in full": inFull(exportCase("tasks.csv", "commune", COMMUNES, FULL_READERS), "&format=xlsx"),
    "reporting-rates.csv": exportCase("reporting-rates.csv", "unit", ["district", "province"], {
      OVERVIEW: ["district", "province"],
      ADMIN: ["district", "province"],
      REVIEWER: ["district"],
    }),
    "recommendations.csv": exportCase("recommendations.csv", "unit", [...COMMUNES, "district"], READERS),
    "models.csv": exportCase("models.csv", "unit", [...COMMUNES, "district"], READERS),
    "recommendations.csv in full": inFull(
      exportCase("recommendations.csv", "unit", [...COMMUNES, "district"], { ...FULL_READERS, REVIEWER: ["own", "sibling", "district"] }),
      "&format=xlsx",
    ),
    // The audit trail: the administrator everywhere, a reviewer on the units of their district; no other role.
    "audit.csv": exportCase("audit.csv", "unit", UNIT_POSITIONS, { ADMIN: UNIT_POSITIONS, REVIEWER: ["own", "sibling", "district"] }),
    // A unit's register: whoever reads the unit.
    "register.csv": {
      positions: UNIT_POSITIONS,
      allow: READERS,
      build: async (w, at) => ({ url: `/api/export/register.csv?unit=${unitAt(w, at).id}&year=2018`, params: { file: "register.csv" } }),
    },
  },
};
