// A periodic report as an official document in its issuing body's format: a commune bloc's report is
// issued by the bloc's host (the Party committee for a dân vận bloc, the Front committee for a unit hosted
// by MTTQ); a district's consolidated report by the district's Front committee; each body's name, symbol
// and format as it chose them on its register page. Rendered to DOCX by the same builder as
// the minutes.
import "server-only";
import type { BlocModel } from "../../generated/prisma/sqlite/enums";
import { MODEL_LABEL } from "../blocs/labels";
import { blocIssuer, mottoOf, upper, type OfficialDocument } from "../documents/official";
import { formatDate, formatDateLong } from "../time/business-date";
import { UNIT_TYPE_LABEL, type UnitType } from "../units/labels";
import { SECTIONS } from "./rules";
import { numberLine } from "../registers/rules";
import type { DocumentBody } from "../registers/queries";

const typed = (u: { type: string; name: string }) => `${UNIT_TYPE_LABEL[u.type as UnitType]} ${u.name}`;
const lines = (s: string) =>
  s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

export interface ReportForDocument {
  periodKey: string;
  status: string;
  windowFrom: Date;
  windowTo: Date;
  submittedOn: Date | null;
  generalMood: string;
  forecast: string;
  blocWork: string;
  regime: { name: string };
  unit: { name: string; type: string; level: string; parent: { name: string; type: string } | null; bloc: { model: string } | null };
  recipient: { name: string; type: string };
  issues: { description: string; location: string; scale: string; channel: string; hotSpot: boolean; handling: string; topic: { name: string } }[];
  recommendations: { content: string; addressee: string }[];
  number: { current: { label: string; signerName: string; signerPost: string } | null; body: DocumentBody };
}

export function reportDocumentOf(r: ReportForDocument, groups: { code: string; name: string }[], day: Date): OfficialDocument {
  const model = r.unit.bloc?.model as BlocModel | undefined;
  // The issuing body's format, name and symbol as it chose them on its register page.
  const { family, name: bodyName, symbol } = r.number.body;
  const blocName = model === "DAN_VAN_BLOC" ? "Khối dân vận" : model ? MODEL_LABEL[model] : "";
  const issuer =
    r.unit.level === "COMMUNE" && model
      ? blocIssuer(family, bodyName, r.unit.parent ? typed(r.unit.parent) : null, blocName)
      : [upper(bodyName), "BAN THƯỜNG TRỰC"];
  const work = JSON.parse(r.blocWork) as Record<string, string>;
  const topics = [...new Set(r.issues.map((i) => i.topic.name))];
  const issueParagraphs = topics.flatMap((t, n) => [
    `${n + 1}. ${t}`,
    ...r.issues
      .filter((i) => i.topic.name === t)
      .map(
        (i) =>
          `- ${i.hotSpot ? "[Điểm nóng] " : ""}${i.description}${[
            i.location && `Địa bàn: ${i.location}`,
            i.scale && `quy mô: ${i.scale}`,
            i.channel && `nguồn: ${i.channel}`,
            i.handling && `giải quyết: ${i.handling}`,
          ]
            .filter(Boolean)
            .map((x) => ` ${x}.`)
            .join("")}`,
      ),
  ]);
  const workParagraphs = groups.filter((g) => work[g.code]).flatMap((g) => [`${g.name}:`, ...lines(work[g.code])]);
  const sent = r.submittedOn ?? day;
  return {
    family,
    issuer,
    motto: mottoOf(family),
    number: numberLine(family, r.number.current?.label ?? null, "REPORT", symbol),
    placeDate: `${r.unit.name}, ${formatDateLong(sent)}`,
    title: "BÁO CÁO",
    subtitle: `${r.regime.name.replace(/^Báo cáo\s*/i, "").replace(/^./, (c) => c.toUpperCase())}, kỳ ${r.periodKey} (số liệu từ ${formatDate(r.windowFrom)} đến ${formatDate(r.windowTo)})`,
    sections: [
      { heading: `I. ${upper(SECTIONS.mood)}`, paragraphs: lines(r.generalMood).length ? lines(r.generalMood) : ["…"] },
      { heading: `II. ${upper(SECTIONS.issues)}`, paragraphs: issueParagraphs.length ? issueParagraphs : ["Không có vấn đề nổi lên trong kỳ."] },
      { heading: `III. ${upper(SECTIONS.blocWork)}`, paragraphs: workParagraphs.length ? workParagraphs : ["…"] },
      { heading: `IV. ${upper(SECTIONS.forecast)}`, paragraphs: lines(r.forecast).length ? lines(r.forecast) : ["…"] },
      {
        heading: `V. ${upper(SECTIONS.recommendations)}`,
        paragraphs: r.recommendations.length ? r.recommendations.map((x, i) => `${i + 1}. ${x.content} (gửi ${x.addressee}).`) : ["Không có kiến nghị."],
      },
    ],
    tasks: { heading: "", header: [], rows: [] },
    recipients: [typed(r.recipient).replace(/^./, (c) => c.toUpperCase()), "Lưu: VT."],
    // The signer as the register recorded them when the report was sent.
    signatures: [
      {
        role: family === "PARTY" ? "TRƯỞNG KHỐI" : "T/M BAN THƯỜNG TRỰC",
        post: upper(r.number.current?.signerPost ?? ""),
        name: r.number.current?.signerName ?? "",
      },
    ],
    draft: r.status === "DRAFT" || r.status === "RETURNED",
  };
}
