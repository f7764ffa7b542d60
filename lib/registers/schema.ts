import { recordId, text, z } from "../validation";
import { REGISTER_KINDS, SYMBOL } from "./rules";

export const setRegisterStartSchema = z
  .object({
    unitId: recordId,
    bodyKind: z.enum(["PARTY_COMMITTEE", "FRONT_COMMITTEE"], { error: "Hãy chọn cơ quan ban hành." }),
    kind: z.enum(REGISTER_KINDS, { error: "Hãy chọn loại văn bản." }),
    year: z.coerce.number({ error: "Năm không hợp lệ." }).int("Năm không hợp lệ.").min(2018, "Năm phải từ 2018.").max(2100, "Năm không hợp lệ."),
    startNumber: z.coerce
      .number({ error: "Hãy nhập số bắt đầu bằng chữ số." })
      .int("Số bắt đầu phải là số nguyên.")
      .min(1, "Số bắt đầu phải từ 1.")
      .max(99_999, "Số bắt đầu không được quá 99.999."),
  })
  .strict();

export const voidEntrySchema = z
  .object({
    entryId: recordId,
    reason: text("Lý do hủy số", { min: 10, max: 500 }),
  })
  .strict();

export const setBodySchema = z
  .object({
    unitId: recordId,
    bodyKind: z.enum(["PARTY_COMMITTEE", "FRONT_COMMITTEE"], { error: "Hãy chọn cơ quan ban hành." }),
    name: text("Tên cơ quan", { min: 5, max: 200 }),
    symbol: text("Ký hiệu cơ quan", { min: 1, max: 20 })
      .transform((s) => s.toLocaleUpperCase("vi"))
      .pipe(z.string().regex(SYMBOL, "Ký hiệu gồm chữ in hoa và chữ số, các nhóm nối bằng dấu gạch ngang, ví dụ ĐU, MTTQ, MTTQ-BTT.")),
    family: z.enum(["PARTY", "STATE", "FRONT"], { error: "Hãy chọn thể thức văn bản." }),
  })
  .strict();
