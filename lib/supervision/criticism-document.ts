// The Front's written criticism opinion on a draft (văn bản phản biện) as an official document in the
// Front's format, from the case: the draft, the drafting body, the form, the opinion.
import "server-only";
import type { OfficialDocument } from "../documents/official";
import { mottoOf, upper } from "../documents/official";
import { formatDate, formatDateLong } from "../time/business-date";
import { UNIT_TYPE_LABEL, type UnitType } from "../units/labels";
import { CRITICISM_FORM_LABEL } from "./rules";
import { numberLine } from "../registers/rules";
import type { DocumentBody } from "../registers/queries";
import type { CriticismForm } from "../../generated/prisma/sqlite/enums";

export interface CriticismForDocument {
  title: string;
  draftingBody: string;
  receivedOn: Date;
  plannedSubmissionOn: Date;
  form: CriticismForm;
  participants: string;
  opinionSentOn: Date | null;
  opinionContent: string;
  status: string;
  unit: { name: string; type: string };
  number: { current: { label: string; signerName: string; signerPost: string } | null; body: DocumentBody };
}

export function criticismDocumentOf(c: CriticismForDocument, day: Date): OfficialDocument {
  const commune = `${UNIT_TYPE_LABEL[c.unit.type as UnitType]} ${c.unit.name}`;
  // The Front committee's format (its own or the State's), name and symbol as it chose them.
  const { family, name: bodyName, symbol } = c.number.body;
  const lines = (s: string) =>
    s
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
  return {
    family,
    issuer: [upper(bodyName), "BAN THƯỜNG TRỰC"],
    motto: mottoOf(family),
    number: numberLine(family, c.number.current?.label ?? null, "CRITICISM", symbol),
    placeDate: `${c.unit.name}, ${formatDateLong(c.opinionSentOn ?? day)}`,
    title: "VĂN BẢN PHẢN BIỆN",
    subtitle: c.title,
    sections: [
      {
        heading: "I. KHÁI QUÁT",
        paragraphs: [
          `Ngày ${formatDate(c.receivedOn)}, Ban Thường trực Ủy ban MTTQ Việt Nam ${commune} nhận được dự thảo “${c.title}” do ${c.draftingBody} chủ trì soạn thảo, dự kiến trình ngày ${formatDate(c.plannedSubmissionOn)}.`,
          `Hình thức phản biện: ${CRITICISM_FORM_LABEL[c.form].toLowerCase()}.${c.participants ? ` Thành phần: ${c.participants}.` : ""}`,
        ],
      },
      { heading: "II. Ý KIẾN PHẢN BIỆN", paragraphs: lines(c.opinionContent).length ? lines(c.opinionContent) : ["…"] },
      { heading: "III. ĐỀ NGHỊ", paragraphs: [`Đề nghị ${c.draftingBody} nghiên cứu, tiếp thu và giải trình bằng văn bản những nội dung không tiếp thu.`] },
    ],
    tasks: { heading: "", header: [], rows: [] },
    recipients: [c.draftingBody, "Lưu: VT."],
    signatures: [{ role: "T/M BAN THƯỜNG TRỰC", post: upper(c.number.current?.signerPost ?? ""), name: c.number.current?.signerName ?? "" }],
    draft: !c.opinionSentOn,
  };
}
