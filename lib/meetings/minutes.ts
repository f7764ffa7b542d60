// The minutes (biên bản) of a meeting as one structured document, rendered to an A4 page and to DOCX by
// the same model, in the issuing body's format as the body chose it: the Party's (Hướng dẫn 36-HD/VPTW)
// for a dân vận bloc's Party committee, the Front's or the State's for a Front committee (docs/DOMAIN.md,
// "Documents").
import "server-only";
import type { BlocModel } from "../../generated/prisma/sqlite/enums";
import { MODEL_LABEL } from "../blocs/labels";
import { formatDate, formatDateLong } from "../time/business-date";
import { formatIsoWeek, isoWeekOf } from "../time/iso-week";
import { UNIT_TYPE_LABEL, type UnitType } from "../units/labels";
import { TASK_STATUS_LABEL } from "../tasks/rules";
import { numberLine } from "../registers/rules";
import { blocIssuer, mottoOf, type OfficialDocument } from "../documents/official";
import type { MeetingDetail } from "./queries";

export type MinutesDocument = OfficialDocument;

const typed = (u: { type: UnitType; name: string }) => `${UNIT_TYPE_LABEL[u.type]} ${u.name}`;

/**
 * What a meeting's documents (minutes, conclusions notice) share: the format, name and symbol of the body
 * that issues them as it chose them (its register page), its header lines, and the tasks assigned.
 */
export function meetingFrame(m: MeetingDetail) {
  const model = m.bloc.model as BlocModel;
  const { family, name: bodyName, symbol } = m.issuingBody;
  const parent = m.unit.parent ? typed(m.unit.parent) : null;
  const blocName = model === "DAN_VAN_BLOC" ? "Khối dân vận" : MODEL_LABEL[model];
  return {
    family,
    symbol,
    blocName,
    issuer: blocIssuer(family, bodyName, parent, blocName),
    motto: mottoOf(family),
    /** "Hội nghị giao ban Khối dân vận tuần 32/2018". */
    meetingName: `Hội nghị giao ban ${blocName.toLowerCase().replace(/^khối/, "Khối")} ${formatIsoWeek(isoWeekOf(m.heldOn)).toLowerCase()}${m.kind === "EXTRAORDINARY" ? " (đột xuất)" : ""}`,
    tasks: {
      header: ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Hạn hoàn thành"],
      rows: m.tasks
        .filter((t) => t.status !== "CANCELLED")
        .map((t, i) => [String(i + 1), t.title, t.owner.name, t.coOwners.map((c) => c.organisation.name).join(", "), formatDate(t.dueOn)]),
    },
  };
}

export function minutesOf(m: MeetingDetail): MinutesDocument {
  const { family, symbol, issuer, motto, meetingName, tasks } = meetingFrame(m);
  const present = m.attendance.filter((a) => a.present);
  const absent = m.attendance.filter((a) => !a.present);
  const content = m.agendaItems.filter((i) => i.kind === "CONTENT" && i.content).sort((a, b) => (a.workGroup?.sortOrder ?? 0) - (b.workGroup?.sortOrder ?? 0));
  const carried = m.agendaItems.filter((i) => i.kind === "CARRIED_OVER" && i.task).map((i) => i.task!);
  const sections: MinutesDocument["sections"] = [
    {
      heading: "I. THỜI GIAN, ĐỊA ĐIỂM",
      paragraphs: [
        `Thời gian: ${m.startTime ? `${m.startTime.replace(":", " giờ ")} phút, ` : ""}${formatDateLong(m.heldOn)}.`,
        `Địa điểm: ${m.place || "…"}.`,
      ],
    },
    {
      heading: "II. THÀNH PHẦN",
      paragraphs: [
        `Chủ trì: ${m.chair?.fullName ?? "…"}.`,
        `Thư ký: ${m.secretary?.fullName ?? "…"}.`,
        `Có mặt: ${present.length ? present.map((a) => `${a.organisation.name}${a.attendees ? ` (${a.attendees} người)` : ""}`).join("; ") : "…"}.`,
        ...(absent.length
          ? [`Vắng mặt: ${absent.map((a) => `${a.organisation.name}${a.absenceReason ? ` (lý do: ${a.absenceReason})` : ""}`).join("; ")}.`]
          : []),
      ],
    },
    {
      heading: "III. NỘI DUNG",
      paragraphs: [
        ...(carried.length
          ? [
              "Tình hình thực hiện nhiệm vụ của các cuộc họp trước:",
              ...carried.map((t) => `- ${t.title} (${t.owner.name}, hạn ${formatDate(t.dueOn)}): ${TASK_STATUS_LABEL[t.status].toLowerCase()}.`),
            ]
          : []),
        ...content.flatMap((i) => [`${i.workGroup!.name}:`, ...i.content.split(/\r?\n/).filter(Boolean)]),
        ...(m.peopleSituation ? ["Tình hình nhân dân:", ...m.peopleSituation.split(/\r?\n/).filter(Boolean)] : []),
        ...(m.hotSpots ? ["Điểm nóng, kiến nghị của nhân dân:", ...m.hotSpots.split(/\r?\n/).filter(Boolean)] : []),
        ...(m.discussion ? ["Ý kiến thảo luận:", ...m.discussion.split(/\r?\n/).filter(Boolean)] : []),
      ],
    },
    { heading: "IV. KẾT LUẬN CỦA CHỦ TRÌ", paragraphs: m.conclusions ? m.conclusions.split(/\r?\n/).filter(Boolean) : ["…"] },
  ];
  return {
    family,
    issuer,
    motto,
    number: numberLine(family, m.minutesLabel, "MINUTES", symbol),
    placeDate: `${m.unit.name}, ${formatDateLong(m.heldOn)}`,
    title: "BIÊN BẢN",
    subtitle: meetingName,
    sections,
    tasks: { heading: "V. NHIỆM VỤ GIAO", ...tasks },
    // Minutes go to the body the bloc reports to and to its member organisations.
    recipients:
      family === "PARTY"
        ? ["Thường trực Đảng ủy (để b/c)", "Các tổ chức thành viên khối", "Lưu: VT."]
        : ["Ban Thường trực Ủy ban MTTQ (để b/c)", "Các tổ chức thành viên", "Lưu: VT."],
    signatures: [
      { role: "THƯ KÝ", name: m.secretary?.fullName ?? "" },
      { role: "CHỦ TRÌ", name: m.chair?.fullName ?? "" },
    ],
    draft: m.status !== "APPROVED",
  };
}
