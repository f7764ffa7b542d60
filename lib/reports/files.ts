// A report as a DOCX download, read within the actor's scope (its writer's unit or its recipient).
import "server-only";
import { docxDownload } from "../documents/download";
import { today } from "../time/today";
import { reportDetail, workGroups, type ReportDetail } from "./queries";
import { reportDocumentOf } from "./document";

export async function reportDocxResponse(id: string): Promise<Response> {
  const groups = await workGroups();
  return docxDownload<ReportDetail>({
    id,
    action: "report.docx",
    entityType: "Report",
    load: reportDetail,
    document: (r) => reportDocumentOf(r, groups, today()),
    fileName: (r) => `bao-cao-${r.regime.code}-${r.unit.code}-${r.periodKey}${r.status === "ACCEPTED" || r.status === "SUBMITTED" ? "" : "-du-thao"}.docx`,
  });
}
