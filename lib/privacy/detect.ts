// Phone and identity numbers typed into free text (decision 0039): found when a form is saved, so the
// writer moves them into the marked fields (Người dân liên quan) or confirms they belong in the text.
import { isPersonalNumber, PERSONAL_NUMBER } from "./mask";

/** The form field a writer ticks to keep the numbers in the text. */
export const CONFIRM_PERSONAL = "confirmPersonalNumbers";

/** Per form field whose name matches `fields` and whose text holds a phone or identity number: the message. */
export function personalNumbersIn(raw: Record<string, unknown>, fields: RegExp): Record<string, string[]> | null {
  const found: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (typeof value !== "string" || !fields.test(name)) continue;
    const numbers = value.match(PERSONAL_NUMBER)?.filter(isPersonalNumber);
    if (numbers?.length)
      found[name] = [
        `Có số giống số điện thoại hoặc số định danh (${numbers.map((n) => n.trim()).join(", ")}): hãy chuyển vào ô Người dân liên quan, hoặc xác nhận cần ghi trong nội dung.`,
      ];
  }
  return Object.keys(found).length ? found : null;
}
