// A giao ban's conclusions notice (thông báo kết luận) as an official document: the chair's conclusions and
// the tasks assigned, to the member organisations, under its number in the body's register of notices, in
// the body's format; rendered to DOCX by the same builder as the minutes.
import "server-only";
import type { OfficialDocument } from "../documents/official";
import { formatDateLong } from "../time/business-date";
import { numberLine } from "../registers/rules";
import { meetingFrame } from "./minutes";
import type { MeetingDetail } from "./queries";

export function noticeOf(m: MeetingDetail, day: Date): OfficialDocument {
  const { family, symbol, issuer, motto, meetingName, tasks } = meetingFrame(m);
  const lines = m.conclusions
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return {
    family,
    issuer,
    motto,
    number: numberLine(family, m.notice?.label ?? null, "CONCLUSION", symbol),
    placeDate: `${m.unit.name}, ${formatDateLong(m.notice?.issuedOn ?? day)}`,
    title: "THÔNG BÁO",
    subtitle: `Kết luận của đồng chí ${m.chair?.fullName ?? "…"}, chủ trì ${meetingName.replace(/^Hội nghị/, "hội nghị")}`,
    sections: [
      {
        heading: "",
        paragraphs: [
          `Ngày ${formatDateLong(m.heldOn).replace(/^ngày /, "")}, ${meetingName.replace(/^Hội nghị/, "hội nghị")} được tổ chức tại ${m.place || "…"}. Sau khi nghe các tổ chức thành viên báo cáo và ý kiến thảo luận, đồng chí chủ trì kết luận:`,
          ...(lines.length ? lines : ["…"]),
        ],
      },
    ],
    tasks: { heading: tasks.rows.length ? "NHIỆM VỤ GIAO" : "", ...tasks },
    recipients: ["Các tổ chức thành viên khối", family === "PARTY" ? "Thường trực Đảng ủy (để b/c)" : "Ban Thường trực Ủy ban MTTQ (để b/c)", "Lưu: VT."],
    // The chair signs, as the register recorded them when the notice was issued.
    signatures: [{ role: "CHỦ TRÌ HỘI NGHỊ", name: m.notice?.signerName ?? m.chair?.fullName ?? "" }],
    draft: !m.notice,
  };
}
