// Hostile text stored by a user comes back inert: in the downloads (a cell a spreadsheet would run as a
// formula is neutralised, CSV and XLSX) and in the generated documents (markup escaped in the DOCX XML).
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { saveActivity } from "@/lib/supervision/activity-definitions";
import { sendRecommendation } from "@/lib/supervision/recommendation-definitions";
import { openReport, saveReport } from "@/lib/reports/definitions";
import { recommendationsExport } from "@/lib/exports/supervision-exports";
import { reportDetail, workGroups } from "@/lib/reports/queries";
import { reportDocumentOf } from "@/lib/reports/document";
import { officialDocx } from "@/lib/documents/official-docx";
import { parseIsoDate } from "@/lib/time/business-date";
import { ctx, makeUser, operatingBloc } from "../support/factories";

const HOSTILE = `=HYPERLINK("http://ke-xau.example","bấm")<script>alert(1)</script> & "trích" 🏛️`;

describe("hostile text", () => {
  it("is neutralised in CSV and XLSX downloads and escaped in DOCX", async () => {
    const bloc = await operatingBloc("07105");
    const head = await makeUser("BLOC_HEAD", "07105");
    const saved = await runAction(
      db,
      saveActivity,
      {
        unitId: bloc.unit.id,
        submissionId: randomUUID(),
        version: "0",
        outsidePlanReason: "Đột xuất",
        form: "DOCUMENTS",
        subject: "UBND xã",
        content: "Văn bản",
        startOn: "2018-07-02",
        endOn: "2018-07-06",
        subjectReport: "",
        findings: "",
        resultReport: "",
      },
      head.actor,
      ctx(),
    );
    const activityId = /\/supervision\/(.+)$/.exec(saved.redirectTo!)![1];
    expect(
      (
        await runAction(
          db,
          sendRecommendation,
          { activityId, submissionId: randomUUID(), content: HOSTILE, addressee: "@UBND xã", sentOn: "2018-07-10" },
          head.actor,
          ctx(),
        )
      ).ok,
    ).toBe(true);
    // The text is stored as typed (escaping is the output's job).
    expect((await db.recommendation.findFirstOrThrow({ where: { activityId } })).content).toBe(HOSTILE);

    const csv = await (await recommendationsExport(new URL("http://x/api/export/recommendations.csv?unit=07105"), head.actor, "csv")).text();
    const line = csv.split("\r\n").find((l) => l.includes("ke-xau"))!;
    expect(line).toContain(`"'=HYPERLINK(""http://ke-xau.example"",""bấm"")<script>alert(1)</script> & ""trích"" 🏛️"`);
    expect(line).toContain(",'@UBND xã,");
    const xlsx = new ExcelJS.Workbook();
    await xlsx.xlsx.load(
      await (await recommendationsExport(new URL("http://x/api/export/recommendations.csv?unit=07105&format=xlsx"), head.actor, "xlsx")).arrayBuffer(),
    );
    const cells = xlsx.worksheets[0].getRow(2).values as unknown[];
    expect(cells).toContain(`'${HOSTILE}`);
    expect(cells.some((c) => typeof c === "object" && c !== null && "formula" in c)).toBe(false);

    const report = (
      await runAction(
        db,
        openReport,
        { regimeCode: "situation.monthly", unitId: bloc.unit.id, periodKey: "2018-07", submissionId: randomUUID() },
        head.actor,
        ctx(),
      )
    ).data!.reportId as string;
    const topic = await db.topic.findFirstOrThrow();
    expect(
      (
        await runAction(
          db,
          saveReport,
          { reportId: report, version: "1", generalMood: HOSTILE, forecast: "", issue_0_topicId: topic.id, issue_0_description: HOSTILE },
          head.actor,
          ctx(),
        )
      ).ok,
    ).toBe(true);
    const doc = reportDocumentOf((await reportDetail(head.actor, report))!, await workGroups(), parseIsoDate("2018-08-13")!);
    const xml = await (await JSZip.loadAsync(await officialDocx(doc))).file("word/document.xml")!.async("string");
    expect(xml).not.toContain("<script>");
    expect(xml).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;trích&quot; 🏛️");
  });
});
