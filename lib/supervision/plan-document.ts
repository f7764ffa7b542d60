// A commune's yearly plan of supervision and social criticism (kế hoạch giám sát, phản biện xã hội) as an
// official document of its Front committee: what the Party committee's approval says, then each item with
// its form, time and lead organisation. A draft until the approval is recorded and the plan numbered.
import type { OfficialDocument } from "../documents/official";
import { mottoOf, upper } from "../documents/official";
import { formatDate, formatDateLong } from "../time/business-date";
import { UNIT_TYPE_LABEL, type UnitType } from "../units/labels";
import { CRITICISM_FORM_LABEL, FORM_LABEL } from "./rules";
import { numberLine } from "../registers/rules";
import type { DocumentBody } from "../registers/queries";

export interface PlanForDocument {
  year: number;
  status: string;
  approvalNumber: string | null;
  approvalDate: Date | null;
  approvalBody: string | null;
  unit: { name: string; type: string };
  items: { kind: string; form: string; subject: string; content: string; intendedTime: string; leadOrganisation: { name: string } }[];
  number: { current: { label: string; issuedOn: Date; signerName: string; signerPost: string } | null; body: DocumentBody };
}

const formLabel = (form: string) => (FORM_LABEL as Record<string, string>)[form] ?? (CRITICISM_FORM_LABEL as Record<string, string>)[form] ?? form;

export function planDocumentOf(p: PlanForDocument, day: Date): OfficialDocument {
  const commune = `${UNIT_TYPE_LABEL[p.unit.type as UnitType]} ${p.unit.name}`;
  const { family, name: bodyName, symbol } = p.number.body;
  const approved = p.status === "APPROVED" && p.approvalNumber && p.approvalDate;
  return {
    family,
    issuer: [upper(bodyName), "BAN THƯỜNG TRỰC"],
    motto: mottoOf(family),
    number: numberLine(family, p.number.current?.label ?? null, "PLAN", symbol),
    placeDate: `${p.unit.name}, ${formatDateLong(p.number.current?.issuedOn ?? day)}`,
    title: "KẾ HOẠCH",
    subtitle: `Giám sát và phản biện xã hội năm ${p.year}`,
    sections: [
      {
        heading: "I. CĂN CỨ, YÊU CẦU",
        paragraphs: [
          approved
            ? `Thực hiện văn bản số ${p.approvalNumber} ngày ${formatDate(p.approvalDate!)} của ${p.approvalBody} phê duyệt kế hoạch, Ban Thường trực Ủy ban MTTQ Việt Nam ${commune} ban hành kế hoạch giám sát và phản biện xã hội năm ${p.year} như sau.`
            : `Ban Thường trực Ủy ban MTTQ Việt Nam ${commune} xây dựng kế hoạch giám sát và phản biện xã hội năm ${p.year}, trình Đảng ủy phê duyệt.`,
          `Mỗi nội dung do tổ chức được phân công chủ trì, phối hợp với các tổ chức thành viên thực hiện và báo cáo kết quả về Ban Thường trực Ủy ban MTTQ Việt Nam ${commune}.`,
        ],
      },
    ],
    tasks: {
      heading: "II. NỘI DUNG GIÁM SÁT, PHẢN BIỆN XÃ HỘI",
      header: ["TT", "Nội dung", "Hình thức", "Thời gian", "Chủ trì"],
      rows: p.items.map((i, n) => [
        String(n + 1),
        `${i.kind === "CRITICISM" ? "Phản biện" : "Giám sát"} ${i.subject}: ${i.content}`,
        formLabel(i.form),
        i.intendedTime,
        i.leadOrganisation.name,
      ]),
    },
    recipients: [`Đảng ủy ${commune} (để báo cáo)`, "Các tổ chức thành viên (để thực hiện)", "Lưu: VT."],
    signatures: [{ role: "T/M BAN THƯỜNG TRỰC", post: upper(p.number.current?.signerPost ?? ""), name: p.number.current?.signerName ?? "" }],
    draft: !approved || !p.number.current,
  };
}
