// The hand-over forms' fields (lib/handover/definitions.ts).
import { isoDate, recordId, z } from "../validation";

const KIND = "TASK|RECOMMENDATION|REPORT|SUPERVISION_PLAN|SUPERVISION_ACTIVITY|CRITICISM_CASE|BLOC|ROLE_ASSIGNMENT|MODEL";
const list = (item: z.ZodString, empty: string) =>
  z
    .union([z.string(), z.array(z.string())], { error: empty })
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .pipe(z.array(item).min(1, empty).max(2000));

/** Whole units at once, each item to its proposed successor. */
export const handOverUnitsSchema = z.strictObject({
  date: isoDate("Ngày sắp xếp"),
  unitCodes: list(z.string().regex(/^\d{2,5}$/, "Mã đơn vị không hợp lệ."), "Hãy chọn ít nhất một đơn vị."),
});

/** Items of one closed unit: the ticked ones (`item`: KIND:id), each with its row's choice (`choice`: KIND:id:version:successorId). */
export const handOverItemsSchema = z.strictObject({
  date: isoDate("Ngày sắp xếp"),
  unitCode: z.string().regex(/^\d{2,5}$/, "Mã đơn vị không hợp lệ."),
  item: list(z.string().regex(new RegExp(`^(${KIND}):[A-Za-z0-9_-]{1,64}$`), "Mục không hợp lệ."), "Hãy chọn ít nhất một mục để bàn giao."),
  choice: list(
    z.string().regex(new RegExp(`^(${KIND}):[A-Za-z0-9_-]{1,64}:\\d{1,7}:[A-Za-z0-9_-]{1,64}$`), "Đơn vị nhận không hợp lệ."),
    "Hãy chọn đơn vị nhận.",
  ),
});

export const reverseHandOverSchema = z.strictObject({
  handOverId: recordId,
});
