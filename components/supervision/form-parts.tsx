// What the supervision and criticism forms share: the forms an activity or a criticism case takes, the
// inputs' style, a row's error under its field.
import type { ActionResult } from "@/lib/actions/result";

export type Option = { value: string; label: string };
export const SUPERVISION_FORMS: Option[] = [
  { value: "DOCUMENTS", label: "Nghiên cứu, xem xét văn bản" },
  { value: "DELEGATION", label: "Thành lập đoàn giám sát" },
  { value: "COMMUNITY_BOARD", label: "Thông qua Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng" },
  { value: "JOINT", label: "Phối hợp với cơ quan nhà nước" },
];
export const CRITICISM_FORMS: Option[] = [
  { value: "CONFERENCE", label: "Hội nghị phản biện" },
  { value: "WRITTEN", label: "Lấy ý kiến bằng văn bản" },
  { value: "DIALOGUE", label: "Đối thoại trực tiếp" },
];
export const input = "w-full rounded border border-slate-300 bg-white px-2 py-1 text-base sm:text-sm";
export const err = (state: ActionResult, name: string) => state.fieldErrors?.[name]?.join(" ");

export function RowError({ state, name, id }: { state: ActionResult; name: string; id: string }) {
  const e = err(state, name);
  return e ? (
    <p id={id} className="text-sm text-red-700">
      {e}
    </p>
  ) : null;
}
