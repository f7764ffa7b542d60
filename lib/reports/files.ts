// A report as a DOCX download, read within the actor's scope (its writer's unit or its recipient), its
// citizens masked for a reader who does not work it.
import "server-only";
import { docxDownload } from "../documents/download";
import { today } from "../time/today";
import { reportDetail, workGroups, type ReportDetail } from "./queries";
import { reportDocumentOf } from "./document";
import { reportForReader } from "./present";
import { seesInFull } from "../privacy/reader";

export async function reportDocxResponse(id: string): Promise<Response> {
  const groups = await workGroups();
  return docxDownload<ReportDetail>({
    id,
    action: "report.docx",
    entityType: "Report",
    // Masked as on the page for a reader who does not work the report (decision 0039).
    load: async (actor, reportId) => {
      const r = await reportDetail(actor, reportId);
      return r && reportForReader(r, seesInFull(actor, r.unit.path));
    },
    document: (r) => reportDocumentOf(r, groups, today()),
    fileName: (r) => `bao-cao-${r.regime.code}-${r.unit.code}-${r.periodKey}${r.status === "ACCEPTED" || r.status === "SUBMITTED" ? "" : "-du-thao"}.docx`,
  });
}
