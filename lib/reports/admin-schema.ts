// Inputs of the reporting reference data an administrator keeps: regimes and the topic list.
import { isoDate, optionalText, recordId, text, z } from "../validation";

const PERIOD_TYPES = ["WEEKLY", "MONTHLY", "QUARTERLY", "SIX_MONTH", "NINE_MONTH", "ANNUAL"] as const;
const day = (label: string) =>
  z
    .union([
      z.literal(""),
      z.coerce
        .number({ error: `${label} phải là số.` })
        .int(`${label} phải là số nguyên.`)
        .min(1, `${label} phải từ 1.`)
        .max(31, `${label} tối đa là 31.`),
    ])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v));

export const saveRegimeSchema = z.strictObject({
  /** Empty: a new regime. */
  regimeId: z
    .union([z.literal(""), recordId])
    .optional()
    .transform((v) => v || null),
  version: z.coerce.number().int().min(0).max(1_000_000),
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_.]{2,79}$/, "Mã chế độ: 3–80 ký tự chữ thường không dấu, số, dấu chấm hoặc gạch dưới, bắt đầu bằng chữ."),
  name: text("Tên chế độ báo cáo", { max: 200 }),
  kind: z.enum(["SITUATION", "BLOC_WORK"], { error: "Hãy chọn loại báo cáo." }),
  periodType: z.enum(PERIOD_TYPES, { error: "Hãy chọn kỳ báo cáo." }),
  windowRule: z.enum(["CALENDAR", "STATE_15_14", "CUSTOM"], { error: "Hãy chọn cách tính kỳ số liệu." }),
  windowFromDay: day("Ngày bắt đầu"),
  windowFromPrevMonth: z.enum(["on"]).optional(),
  windowToDay: day("Ngày chốt"),
  reporterLevel: z.enum(["COMMUNE", "DISTRICT"], { error: "Hãy chọn cấp báo cáo." }),
  deadlineRuleCode: z.string().regex(/^[a-z0-9_.]{3,80}$/, "Hãy chọn quy tắc tính hạn."),
  onTimeRule: text("Cách tính đúng hạn", { max: 300 }),
  legalBasis: text("Căn cứ", { max: 300 }),
  startsOn: isoDate("Áp dụng từ"),
  active: z.enum(["on"]).optional(),
});

export const saveTopicSchema = z.strictObject({
  topicId: z
    .union([z.literal(""), recordId])
    .optional()
    .transform((v) => v || null),
  code: z
    .string()
    .trim()
    .regex(/^[A-Z][A-Z0-9_]{1,39}$/, "Mã lĩnh vực: 2–40 ký tự chữ in hoa không dấu, số hoặc gạch dưới."),
  name: text("Tên lĩnh vực", { max: 200 }),
  sortOrder: z.coerce.number({ error: "Thứ tự phải là số." }).int("Thứ tự phải là số nguyên.").min(1, "Thứ tự từ 1.").max(999, "Thứ tự tối đa 999."),
  active: z.enum(["on"]).optional(),
  note: optionalText("Ghi chú", 300),
});
