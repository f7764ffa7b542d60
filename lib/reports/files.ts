// A report as a DOCX download, read within the actor's scope (its writer's unit or its recipient), its
// citizens masked unless asked in full by one who works it (lib/privacy/export.ts).
import "server-only";
import { docxDownload } from "../documents/download";
import { today } from "../time/today";
import { reportDetail, workGroups, type ReportDetail } from "./queries";
import { reportDocumentOf } from "./document";
import { reportForReader } from "./present";

export async function reportDocxResponse(id: string, url: URL): Promise<Response> {
  const groups = await workGroups();
  return docxDownload<ReportDetail>({
    id,
    url,
    action: "report.docx",
    entityType: "Report",
    load: reportDetail,
    citizens: { unitPath: (r) => r.unit.path, mask: (r) => reportForReader(r, false) },
    document: (r) => reportDocumentOf(r, groups, today()),
    fileName: (r) => `bao-cao-${r.regime.code}-${r.unit.code}-${r.periodKey}${r.status === "ACCEPTED" || r.status === "SUBMITTED" ? "" : "-du-thao"}.docx`,
  });
}
