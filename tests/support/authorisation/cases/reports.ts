// Periodic reports: a unit writes its own, one account prepares it and another signs and sends it (the
// commune's secretary and head, the district's clerk and staff); the unit
// it is sent to reviews it (the district for its communes, the province for its districts). Weekly
// reports, so that every target has a period of its own.
import { db } from "@/lib/db";
import { openReport } from "@/lib/reports/definitions";
import { prepareReport, reviewReport, submitReport } from "@/lib/reports/move-definitions";
import type { Case } from "../harness";
import type { Position, World } from "../world";
import { as, commune, uuid } from "./common";

const REGIME = "situation.weekly";
const WRITER_UNITS = ["own", "sibling", "otherDistrict", "district"] as const;
const weeks = new Map<string, number>();

/**
 * A free week of 2018 (weeks 1–32 have begun by the demo's business date) for a unit: counted up from the
 * first week, or down from the last for the consolidation cases, so that the two never meet.
 */
function nextWeek(unitId: string, fromEnd = false) {
  const key = `${unitId}:${fromEnd}`;
  const n = (weeks.get(key) ?? 0) + 1;
  if (n > 16) throw new Error("the matrix ran out of weeks for this unit");
  weeks.set(key, n);
  return `2018-W${String(fromEnd ? 33 - n : n).padStart(2, "0")}`;
}

/** The writer of a report at the position: a commune's head, or Cẩm Phả's staff for the district's own;
 * and who prepares it for their signature (the commune's secretary, the district's clerk; lib/signoff). */
function writerOf(w: World, at: Position) {
  if (at === "district") return { unitId: w.units.district.id, owner: w.owners.staff.district, preparer: w.owners.districtClerk };
  const c = commune(at);
  return { unitId: w.blocs[c].unit.id, owner: w.owners.head[c], preparer: w.owners.secretary[c] };
}

/** Prepared by its preparer, ready for a signer. */
async function prepared(who: ReturnType<typeof writerOf>, id: string) {
  await as(who.preparer, prepareReport, { reportId: id, version: "1", move: "prepare" });
}

export async function report(w: World, at: Position, { submitted = false } = {}) {
  const who = writerOf(w, at);
  const periodKey = nextWeek(who.unitId);
  const opened = await as(who.owner, openReport, { regimeCode: REGIME, unitId: who.unitId, periodKey, submissionId: uuid() });
  const id = opened.data!.reportId as string;
  if (submitted) {
    await prepared(who, id);
    await as(who.owner, submitReport, { reportId: id, version: "2", move: "submit" });
  }
  return { ...(await db.report.findUniqueOrThrow({ where: { id } })), who };
}

const WRITERS = { BLOC_HEAD: ["own"], REVIEWER: ["district"] } as const;

const saveCase: Case = {
  positions: WRITER_UNITS,
  allow: WRITERS,
  build: async (w, at) => {
    const r = await report(w, at);
    return { form: { reportId: r.id, version: String(r.version), generalMood: "Nhân dân phấn khởi, tin tưởng", forecast: "Ổn định" } };
  },
};

export const reportCases: Record<string, Case> = {
  "lib/reports/actions.ts#openReportAction": {
    positions: WRITER_UNITS,
    allow: WRITERS,
    build: async (w, at) => {
      const { unitId } = writerOf(w, at);
      return { form: { regimeCode: REGIME, unitId, periodKey: nextWeek(unitId), submissionId: uuid() } };
    },
  },
  "lib/reports/actions.ts#saveReportAction": saveCase,
  "lib/reports/actions.ts#autosaveReportAction": saveCase,
  "lib/reports/actions.ts#prepareReportAction": {
    positions: WRITER_UNITS,
    allow: WRITERS,
    build: async (w, at) => {
      const r = await report(w, at);
      return { form: { reportId: r.id, version: String(r.version), move: "prepare" } };
    },
  },
  "lib/reports/actions.ts#submitReportAction": {
    // Prepared by another account, so that the principal may sign it where its role allows.
    positions: WRITER_UNITS,
    allow: WRITERS,
    build: async (w, at) => {
      const r = await report(w, at);
      await prepared(r.who, r.id);
      return { form: { reportId: r.id, version: "2", move: "submit" } };
    },
  },
  "lib/reports/actions.ts#reviewReportAction": {
    // The position is the report's writer; its reviewer is the unit above (a reviewer bound to it; the
    // overview reads but does not review, decision 0020).
    positions: WRITER_UNITS,
    allow: { REVIEWER: ["own", "sibling"] },
    build: async (w, at) => {
      const r = await report(w, at, { submitted: true });
      return { form: { reportId: r.id, version: String(r.version), move: "accept" } };
    },
  },
  "lib/reports/actions.ts#reconsolidateReportAction": {
    // A district's report, with a commune's report accepted after the district's was opened.
    positions: ["district", "otherDistrict"],
    allow: { REVIEWER: ["district"] },
    build: async (w, at) => {
      const district =
        at === "district"
          ? w.units.district
          : await db.unit.findUniqueOrThrow({ where: { id: w.blocs.otherDistrict.unit.id }, select: { parent: true } }).then((u) => u.parent!);
      const staff = at === "district" ? w.owners.staff.district : w.owners.staff.otherDistrict;
      const c = at === "district" ? "sibling" : "otherDistrict";
      const week = nextWeek(district.id, true);
      const opened = await as(staff, openReport, { regimeCode: REGIME, unitId: district.id, periodKey: week, submissionId: uuid() });
      const communeReport = await as(w.owners.head[c], openReport, { regimeCode: REGIME, unitId: w.blocs[c].unit.id, periodKey: week, submissionId: uuid() });
      await prepared(writerOf(w, c), communeReport.data!.reportId as string);
      await as(w.owners.head[c], submitReport, { reportId: communeReport.data!.reportId, version: "2", move: "submit" });
      await as(staff, reviewReport, { reportId: communeReport.data!.reportId, version: "3", move: "accept" });
      const r = await db.report.findUniqueOrThrow({ where: { id: opened.data!.reportId as string } });
      return { form: { reportId: r.id, version: String(r.version) } };
    },
  },
};
