// Inputs of periodic reports. The report form names its repeated rows by index: issue_<n>_<field>,
// rec_<n>_<field>, and the bloc work section by work group: work_<CODE>; they are gathered into lists.
import { longText, optionalText, RECORD_ID, recordId, text, z } from "../validation";
import { SECTIONS } from "./rules";
import { citizenFields } from "../privacy/fields";

export const openReportSchema = z.strictObject({
  regimeCode: z.string().regex(/^[a-z0-9_.]{3,80}$/, "Chế độ báo cáo không hợp lệ."),
  unitId: recordId,
  periodKey: z.string().regex(/^\d{4}(-(W\d{2}|\d{2}|Q[1-4]|H[12]|9M))?$/, "Kỳ báo cáo không hợp lệ."),
  submissionId: z.string().uuid("Biểu mẫu không hợp lệ, hãy tải lại trang."),
});

function gather(raw: unknown) {
  if (!raw || typeof raw !== "object") return raw;
  const rest: Record<string, unknown> = {};
  const issues = new Map<number, Record<string, unknown>>();
  const recs = new Map<number, Record<string, unknown>>();
  const work: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    let m;
    if ((m = /^issue_(\d{1,3})_(\w+)$/.exec(key))) (issues.get(Number(m[1])) ?? issues.set(Number(m[1]), {}).get(Number(m[1]))!)[m[2]] = value;
    else if ((m = /^rec_(\d{1,3})_(\w+)$/.exec(key))) (recs.get(Number(m[1])) ?? recs.set(Number(m[1]), {}).get(Number(m[1]))!)[m[2]] = value;
    else if ((m = /^work_([A-Z_]{2,40})$/.exec(key))) work[m[1]] = value;
    else rest[key] = value;
  }
  const sorted = (m: Map<number, Record<string, unknown>>) => [...m.entries()].sort(([a], [b]) => a - b).map(([, v]) => v);
  // Rows left entirely empty on the form are not rows.
  const filled = (r: Record<string, unknown>) => Object.entries(r).some(([k, v]) => k !== "hotSpot" && typeof v === "string" && v.trim() !== "");
  return { ...rest, issues: sorted(issues).filter(filled), recommendations: sorted(recs).filter(filled), blocWork: work };
}

export const saveReportSchema = z.preprocess(
  gather,
  z.strictObject({
    reportId: recordId,
    version: z.coerce.number().int().min(1).max(1_000_000),
    generalMood: longText("Tình hình chung"),
    forecast: longText("Dự báo"),
    issues: z
      .array(
        z.strictObject({
          topicId: z.string({ error: "Hãy chọn lĩnh vực." }).regex(RECORD_ID, "Hãy chọn lĩnh vực."),
          description: text("Nội dung vấn đề", { max: 5000 }),
          location: optionalText("Địa bàn (thôn, khu)", 200).transform((s) => s ?? ""),
          scale: optionalText("Quy mô", 200).transform((s) => s ?? ""),
          channel: optionalText("Nguồn nắm tình hình", 200).transform((s) => s ?? ""),
          hotSpot: z.enum(["on"]).optional(),
          handling: optionalText("Tình hình giải quyết", 1000).transform((s) => s ?? ""),
          ...citizenFields,
        }),
      )
      .max(100, "Tối đa 100 vấn đề trong một báo cáo."),
    recommendations: z
      .array(
        z.strictObject({
          content: text("Nội dung kiến nghị", { max: 5000 }),
          addressee: text("Nơi nhận kiến nghị", { max: 200 }),
        }),
      )
      .max(50, "Tối đa 50 kiến nghị trong một báo cáo."),
    blocWork: z.record(z.string().regex(/^[A-Z_]{2,40}$/), longText("Công tác của khối")),
  }),
);

export const moveReportSchema = z.strictObject({
  reportId: recordId,
  version: z.coerce.number().int().min(1).max(1_000_000),
  move: z.enum(["prepare", "submit", "accept", "return", "unlock"]),
  ...(Object.fromEntries(Object.keys(SECTIONS).map((s) => [`reason_${s}`, optionalText("Lý do", 1000)])) as Record<
    `reason_${keyof typeof SECTIONS}`,
    ReturnType<typeof optionalText>
  >),
  reason: optionalText("Lý do", 1000),
});

export const reconsolidateSchema = z.strictObject({
  reportId: recordId,
  version: z.coerce.number().int().min(1).max(1_000_000),
});
