// Inputs of the "Dân vận khéo" models.
import { isoDate, recordId, text, z } from "../validation";
import type { ModelField } from "../../generated/prisma/sqlite/enums";
import { MODEL_FIELD_LABEL, measurableGoals } from "./rules";

const submissionId = z.string().uuid("Biểu mẫu không hợp lệ, hãy tải lại trang.");
const optionalId = z
  .union([z.literal(""), recordId])
  .optional()
  .transform((v) => v || null);

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

/** "Tên tiêu chí; trọng số; điểm tối đa", one criterion per line. */
export function parseCriteria(text: string): { criteria: { name: string; weight: number; maxScore: number }[]; problems: string[] } {
  const criteria: { name: string; weight: number; maxScore: number }[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    const [name = "", weight = "", max = ""] = raw.split(";").map((s) => s.trim());
    const w = Number(weight);
    const m = Number(max);
    if (!name || name.length > 200) problems.push(`Dòng ${i + 1}: hãy ghi tên tiêu chí (tối đa 200 ký tự).`);
    else if (criteria.some((c) => c.name === name)) problems.push(`Dòng ${i + 1}: tiêu chí “${name}” trùng với dòng trước.`);
    if (!Number.isInteger(w) || w < 1 || w > 100) problems.push(`Dòng ${i + 1}: trọng số là số nguyên từ 1 đến 100.`);
    if (!Number.isInteger(m) || m < 1 || m > 100) problems.push(`Dòng ${i + 1}: điểm tối đa là số nguyên từ 1 đến 100.`);
    criteria.push({ name, weight: w, maxScore: m });
  });
  if (!problems.length && !criteria.length) problems.push("Hãy ghi ít nhất một tiêu chí.");
  if (!problems.length && criteria.reduce((a, c) => a + c.weight, 0) !== 100)
    problems.push(`Tổng trọng số phải là 100 (hiện là ${criteria.reduce((a, c) => a + c.weight, 0)}).`);
  if (criteria.length > 20) problems.push("Tối đa 20 tiêu chí.");
  return { criteria, problems };
}

export const setCriteriaSchema = z.strictObject({
  year: z.coerce.number({ error: "Năm không hợp lệ." }).int().min(2015, "Năm không hợp lệ.").max(2100, "Năm không hợp lệ."),
  version: z.coerce.number().int().min(0).max(1_000_000),
  passThreshold: z.coerce
    .number({ error: "Ngưỡng đạt là số từ 1 đến 100." })
    .int("Ngưỡng đạt là số nguyên.")
    .min(1, "Ngưỡng đạt là số từ 1 đến 100.")
    .max(100, "Ngưỡng đạt là số từ 1 đến 100."),
  criteria: z.string().max(10_000, "Danh sách quá dài."),
});

/** The reviewer's form names each criterion's score `score_<criterionId>`: gathered into a list first. */
function gatherScores(raw: unknown) {
  if (!raw || typeof raw !== "object") return raw;
  const rest: Record<string, unknown> = {};
  const scores: { criterionId: string; score: unknown }[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const m = /^score_(.+)$/.exec(key);
    if (m) scores.push({ criterionId: m[1], score: value });
    else rest[key] = value;
  }
  return { ...rest, scores };
}

export const evaluateModelSchema = z.preprocess(
  gatherScores,
  z.strictObject({
    modelId: recordId,
    version: z.coerce.number().int().min(0).max(1_000_000),
    move: z.enum(["return", "accept", "reject"], { error: "Hãy chọn kết quả đánh giá." }),
    comment: z
      .string()
      .max(2000, "Ý kiến tối đa 2000 ký tự.")
      .transform((s) => s.normalize("NFC").trim())
      .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s), "Ý kiến chứa ký tự không hợp lệ.")
      .default(""),
    scores: z
      .array(
        z.strictObject({
          criterionId: recordId,
          score: z.union([z.literal(""), z.coerce.number({ error: "Điểm là một số." }).int("Điểm là số nguyên.")]),
        }),
      )
      .max(20),
  }),
);

export const resubmitModelSchema = z.strictObject({
  modelId: recordId,
  version: z.coerce.number().int().min(0).max(1_000_000),
});

export const recogniseModelSchema = z.strictObject({
  modelId: recordId,
  version: z.coerce.number().int().min(0).max(1_000_000),
  level: z.enum(["COMMUNE", "PROVINCE"], { error: "Hãy chọn cấp công nhận." }),
  issuedOn: isoDate("Ngày quyết định"),
});
