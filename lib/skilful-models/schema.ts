// Inputs of the "Dân vận khéo" models.
import { isoDate, recordId, text, z } from "../validation";
import type { ModelField } from "../../generated/prisma/sqlite/enums";
import { MODEL_FIELD_LABEL, measurableGoals } from "./rules";

const submissionId = z.string().uuid("Biểu mẫu không hợp lệ, hãy tải lại trang.");
const optionalId = z.union([z.literal(""), recordId]).transform((v) => v || null);

export const registerModelSchema = z.strictObject({
  unitId: recordId,
  submissionId,
  organisationId: optionalId,
  continuesId: optionalId,
  year: z.coerce.number({ error: "Năm không hợp lệ." }).int("Năm không hợp lệ.").min(2015, "Năm không hợp lệ.").max(2100, "Năm không hợp lệ."),
  name: text("Tên mô hình", { max: 200 }),
  field: z.enum(Object.keys(MODEL_FIELD_LABEL) as [ModelField, ...ModelField[]], { error: "Hãy chọn lĩnh vực." }),
  targetGroup: text("Đối tượng hướng tới", { max: 300 }),
  participants: text("Đơn vị, tổ chức tham gia", { max: 1000 }),
  startOn: isoDate("Ngày bắt đầu"),
  goals: text("Mục tiêu, chỉ tiêu", { max: 4000 }).refine(
    (g) => measurableGoals(g).length > 0,
    "Ghi ít nhất một chỉ tiêu đo được: mỗi dòng một chỉ tiêu có con số, ví dụ “Số hộ tham gia: 120”.",
  ),
});
