// Inputs of the bloc registry.
import { AGENCY_MODELS, COMMUNE_MODELS, HEAD_RULES, STATUSES } from "./labels";
import { isoDate } from "../users/schema";
import { optionalText, text, z, recordId } from "../validation";

const id = recordId;
const checkbox = z
  .literal("on")
  .optional()
  .transform((v) => v === "on");
const status = z.enum(STATUSES as [string, ...string[]], { error: "Hãy chọn trạng thái." });
const model = z.enum(COMMUNE_MODELS, { error: "Hãy chọn mô hình." });

export const decisionFields = {
  decisionFamily: z.enum(["PARTY", "STATE", "FRONT"]).optional(),
  decisionNumber: optionalText("Số quyết định", 60),
  decisionDate: z
    .string()
    .trim()
    .optional()
    .transform((s) => (s ? s : null)),
  decisionIssuer: optionalText("Cơ quan ban hành", 200),
  decisionScanId: z
    .string()
    .max(64)
    .regex(/^[A-Za-z0-9_-]*$/)
    .optional()
    .transform((s) => (s ? s : null)),
};

export const setBlocSchema = z.strictObject({
  unitId: id,
  /** The bloc's version the user saw; 0 when no bloc had been recorded. */
  version: z.coerce.number().int().min(0).max(1_000_000),
  /** A commune model, or the district bloc agency for a district's own record. */
  model: z.enum([...COMMUNE_MODELS, ...AGENCY_MODELS], { error: "Hãy chọn mô hình." }),
  status,
  effectiveOn: isoDate("Ngày hiệu lực"),
  reason: text("Lý do", { max: 500 }),
  /** A recorded exception to the model's head rule; empty keeps the model's own rule. */
  headRule: z
    .union([z.enum(HEAD_RULES), z.literal("")])
    .optional()
    .transform((v) => (v ? v : null)),
  headRuleReason: optionalText("Lý do của ngoại lệ", 300),
  ...decisionFields,
});

export const bulkBlocSchema = z.strictObject({
  /** The district (2018) or the province (from 1/7/2025) whose communes are selected. */
  areaCode: z.string().regex(/^\d{2,3}$/),
  unitCodes: z
    .union([z.string(), z.array(z.string())], { error: "Hãy chọn ít nhất một xã." })
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .pipe(
      z
        .array(z.string().regex(/^\d{5}$/, "Mã xã không hợp lệ."))
        .min(1, "Hãy chọn ít nhất một xã.")
        .max(500),
    ),
  model: z
    .union([model, z.literal("")])
    .optional()
    .transform((v) => (v ? v : null)),
  status: z
    .union([status, z.literal("")])
    .optional()
    .transform((v) => (v ? v : null)),
  effectiveOn: isoDate("Ngày hiệu lực"),
  reason: text("Lý do", { max: 500 }),
});

export const addPostSchema = z.strictObject({
  unitId: id,
  /** An existing person of the commune (one person may hold several posts); empty for a new person. */
  personId: z
    .string()
    .max(64)
    .regex(/^[A-Za-z0-9_-]*$/)
    .optional()
    .transform((s) => (s ? s : null)),
  fullName: optionalText("Họ và tên", 120),
  role: z.enum(["HEAD", "DEPUTY"], { error: "Hãy chọn trưởng khối hoặc phó khối." }),
  title: text("Chức vụ", { max: 200 }),
  /** Required for a commune bloc (checked in the action); a district agency's people have none. */
  organisationCode: z
    .string()
    .trim()
    .regex(/^([A-Z_]{2,40})?$/, "Hãy chọn tổ chức nơi người này công tác.")
    .optional()
    .transform((s) => (s ? s : null)),
  termStart: isoDate("Ngày bắt đầu"),
  /** The offices the head rule is checked against (checkboxes). */
  partyDeputySecretary: checkbox,
  frontChair: checkbox,
  /** Given only to record a head who does not meet the bloc's head rule (the mismatch stays flagged). */
  ruleMismatchReason: optionalText("Lý do", 300),
});

export const endPostSchema = z.strictObject({
  postId: id,
  termEnd: isoDate("Ngày kết thúc"),
  reason: text("Lý do", { max: 300 }),
});

export const setMembersSchema = z.strictObject({
  unitId: id,
  organisationCodes: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .pipe(z.array(z.string().regex(/^[A-Z_]{2,40}$/)).max(40)),
  effectiveOn: isoDate("Ngày hiệu lực"),
});
