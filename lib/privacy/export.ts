// Citizens' data leaving the portal in a file (decision 0040): every download (CSV, Excel, DOCX) masks it
// by default; the full data is on request only (`citizens=full`), with a stated reason, for those who may see
// it in full (the "citizen.full" permission on the record's unit), written to the audit trail with that
// reason, and the file itself says who took it, when and why (an Excel file's first sheet, a document's
// first lines). A CSV has no place to say so, so full data comes as Excel only.
import "server-only";
import type { Actor } from "../auth/actor";
import { reachOf } from "../auth/permissions";
import { formatDateTime } from "../time/business-date";
import { maskText } from "./mask";
import { REASON_MAX, REASON_MIN } from "./limits";
import { seesInFull } from "./reader";

export type CitizenChoice = { full: false } | { full: true; reason: string };

/** What a download asked for: masked (the default) or full with its reason; a message when the request cannot be served. */
export function citizenChoice(params: URLSearchParams): CitizenChoice | { error: string } {
  const mode = params.get("citizens");
  if (mode === null || mode === "" || mode === "masked") return { full: false };
  if (mode !== "full") return { error: "Tham số citizens không hợp lệ: dùng masked (che dữ liệu cá nhân) hoặc full (đầy đủ, kèm lý do)." };
  const reason = (params.get("reason") ?? "").replace(/\s+/g, " ").trim();
  if ([...reason].length < REASON_MIN)
    return {
      error: `Bản đầy đủ dữ liệu cá nhân của người dân cần ghi lý do tải (ít nhất ${REASON_MIN} ký tự), ví dụ "Liên hệ lại người dân để giải quyết kiến nghị". Chưa có tệp nào được tải.`,
    };
  if ([...reason].length > REASON_MAX) return { error: `Lý do tải quá dài: tối đa ${REASON_MAX} ký tự.` };
  return { full: true, reason };
}

/** Whether the actor may see citizens in full anywhere (overview readers and the administrator may not). */
export const mayExportFull = (actor: Actor) => actor.assignments.some((a) => reachOf(a.role, "citizen.full") !== undefined);

export const FULL_REFUSED = "Tài khoản của bạn không được xem đầy đủ dữ liệu cá nhân của người dân ở đơn vị này: hãy tải bản đã che.";

/** The lines that open a file carrying citizens in full: who took it, when, why, and what it holds. */
export function exportNote(actor: Actor, reason: string, at: Date, rows?: { full: number; masked: number }): [string, string][] {
  return [
    [
      "Tệp có dữ liệu cá nhân của người dân",
      "Chỉ dùng cho mục đích đã nêu; không chuyển cho người không có nhiệm vụ (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15).",
    ],
    ["Người tải", `${actor.displayName} (${actor.username})`],
    ["Thời điểm tải", formatDateTime(at)],
    ["Lý do", reason],
    ...(rows
      ? ([
          ["Số dòng đầy đủ", String(rows.full)],
          ["Số dòng đã che (ngoài đơn vị bạn được xem đầy đủ)", String(rows.masked)],
        ] as [string, string][])
      : []),
  ];
}

/**
 * A list download's texts, row by row: in full where the actor asked for it and may see that row's unit in
 * full, masked otherwise (personal numbers, and the names a row's record gives); counts both for the note.
 */
export function citizenRows(actor: Actor, choice: CitizenChoice) {
  const count = { full: 0, masked: 0 };
  return {
    texts(unitPath: string, texts: string[], names: string[] = []): string[] {
      const full = choice.full && seesInFull(actor, unitPath);
      count[full ? "full" : "masked"]++;
      return full ? texts : texts.map((t) => maskText(t, names));
    },
    note: () => (choice.full ? exportNote(actor, choice.reason, new Date(), count) : undefined),
  };
}
