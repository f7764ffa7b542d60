// Inputs of supervision and social criticism. Repeated rows are named by index on the form
// (item_<n>_<field>, member_<n>_<field>) and gathered into lists.
import { isoDate, longText, optionalText, recordId, text, z } from "../validation";

const version = z.coerce.number().int().min(1).max(1_000_000);
const submissionId = z.string().uuid("Biểu mẫu không hợp lệ, hãy tải lại trang.");
const optionalId = z
  .union([z.literal(""), recordId])
  .optional()
  .transform((v) => v || null);
const optionalDate = (label: string) =>
  z
    .union([z.literal(""), isoDate(label)])
    .optional()
    .transform((v) => (v ? v : null));

function gather(prefixes: Record<string, string>) {
  return (raw: unknown) => {
    if (!raw || typeof raw !== "object") return raw;
    const rest: Record<string, unknown> = {};
    const lists = new Map<string, Map<number, Record<string, unknown>>>(Object.values(prefixes).map((name) => [name, new Map()]));
    for (const [key, value] of Object.entries(raw)) {
      const m = /^([a-z]+)_(\d{1,3})_(\w+)$/.exec(key);
      const list = m ? lists.get(prefixes[m[1]]) : undefined;
      if (m && list) (list.get(Number(m[2])) ?? list.set(Number(m[2]), {}).get(Number(m[2]))!)[m[3]] = value;
      else rest[key] = value;
    }
    // Rows left entirely empty on the form are not rows.
    // A row's hidden fields (its id, a default kind or role) do not make it filled.
    const filled = (r: Record<string, unknown>) =>
      Object.entries(r).some(([k, v]) => !["id", "kind", "role"].includes(k) && typeof v === "string" && v.trim() !== "");
    for (const [name, list] of lists)
      rest[name] = [...list.entries()]
        .sort(([a], [b]) => a - b)
        .map(([, v]) => v)
        .filter(filled);
    return rest;
  };
}

export const savePlanSchema = z.preprocess(
  gather({ item: "items" }),
  z.strictObject({
    unitId: recordId,
    year: z.coerce.number({ error: "Năm không hợp lệ." }).int().min(2015, "Năm không hợp lệ.").max(2100, "Năm không hợp lệ."),
    /** 0: a new plan. */
    version: z.coerce.number().int().min(0).max(1_000_000),
    items: z
      .array(
        z.strictObject({
          /** The item's row when it exists (activities point at it). */
          id: optionalId,
          kind: z.enum(["SUPERVISION", "CRITICISM"], { error: "Hãy chọn giám sát hay phản biện." }),
          form: z.enum(["DOCUMENTS", "DELEGATION", "COMMUNITY_BOARD", "JOINT", "CONFERENCE", "WRITTEN", "DIALOGUE"], { error: "Hãy chọn hình thức." }),
          subject: text("Đối tượng", { max: 300 }),
          content: text("Nội dung", { max: 3000 }),
          intendedTime: text("Thời gian dự kiến", { max: 100 }),
          leadOrganisationId: z.string({ error: "Hãy chọn tổ chức chủ trì." }).pipe(recordId),
        }),
      )
      .min(1, "Kế hoạch cần ít nhất một nội dung.")
      .max(60, "Tối đa 60 nội dung trong một kế hoạch."),
  }),
);

export const approvePlanSchema = z.strictObject({
  planId: recordId,
  version,
  approvalNumber: text("Số văn bản phê duyệt", { max: 60 }),
  approvalDate: isoDate("Ngày phê duyệt"),
  approvalBody: text("Cơ quan phê duyệt", { max: 200 }),
});

export const saveActivitySchema = z.preprocess(
  gather({ member: "members" }),
  z.strictObject({
    /** Empty: a new activity. */
    activityId: optionalId,
    unitId: recordId,
    submissionId,
    version: z.coerce.number().int().min(0).max(1_000_000),
    planItemId: optionalId,
    outsidePlanReason: optionalText("Lý do ngoài kế hoạch", 1000),
    form: z.enum(["DOCUMENTS", "DELEGATION", "COMMUNITY_BOARD", "JOINT"], { error: "Hãy chọn hình thức giám sát." }),
    subject: text("Đối tượng được giám sát", { max: 300 }),
    content: text("Nội dung giám sát", { max: 5000 }),
    decisionNumber: optionalText("Số quyết định thành lập đoàn", 60),
    decisionDate: optionalDate("Ngày quyết định"),
    startOn: isoDate("Ngày bắt đầu"),
    endOn: isoDate("Ngày kết thúc"),
    subjectReport: longText("Báo cáo của đối tượng được giám sát"),
    findings: longText("Kết quả, phát hiện"),
    resultReport: longText("Báo cáo kết quả giám sát"),
    resultReportOn: optionalDate("Ngày báo cáo kết quả"),
    members: z
      .array(
        z.strictObject({
          personId: z
            .union([z.literal(""), recordId])
            .optional()
            .transform((v) => v || null),
          name: optionalText("Họ và tên", 120),
          role: text("Vai trò trong đoàn", { max: 60 }),
        }),
      )
      .max(40, "Tối đa 40 thành viên."),
  }),
);

export const moveActivitySchema = z.strictObject({
  activityId: recordId,
  version,
  move: z.enum(["start", "report", "close", "cancel", "reopen"]),
  reason: optionalText("Lý do", 1000),
});

export const sendRecommendationSchema = z.strictObject({
  activityId: optionalId,
  criticismCaseId: optionalId,
  submissionId,
  content: text("Nội dung kiến nghị", { max: 5000 }),
  addressee: text("Nơi nhận kiến nghị", { max: 300 }),
  sentOn: isoDate("Ngày gửi"),
});

/** Closing a recommendation: with its response, an escalation or a withdrawal (docs/DOMAIN.md). */
export const closeRecommendationSchema = z.strictObject({
  recommendationId: recordId,
  version,
  how: z.enum(["response", "escalation", "withdrawal"]).optional(),
  respondedOn: optionalDate("Ngày trả lời"),
  responseContent: optionalText("Nội dung trả lời", 5000),
  responseOutcome: z
    .union([z.literal(""), z.enum(["ACCEPTED", "PARTLY", "NOT_ACCEPTED"])])
    .optional()
    .transform((v) => v || null),
  escalatedTo: optionalText("Cơ quan cấp trên", 300),
  escalatedOn: optionalDate("Ngày kiến nghị cấp trên"),
  withdrawnReason: optionalText("Lý do rút kiến nghị", 1000),
});

export const noteRecommendationSchema = z.strictObject({
  recommendationId: recordId,
  notedOn: isoDate("Ngày"),
  note: text("Nội dung theo dõi", { max: 2000 }),
});

export const recommendationTaskSchema = z.strictObject({
  recommendationId: recordId,
  submissionId,
  title: text("Nhiệm vụ", { max: 500 }),
  ownerId: z.string({ error: "Hãy chọn tổ chức chủ trì." }).pipe(recordId),
  dueOn: isoDate("Hạn hoàn thành"),
});

export const saveCriticismSchema = z.strictObject({
  caseId: optionalId,
  unitId: recordId,
  submissionId,
  version: z.coerce.number().int().min(0).max(1_000_000),
  planItemId: optionalId,
  outsidePlanReason: optionalText("Lý do ngoài kế hoạch", 1000),
  title: text("Tên dự thảo văn bản", { max: 500 }),
  draftingBody: text("Cơ quan chủ trì soạn thảo", { max: 300 }),
  receivedOn: isoDate("Ngày nhận dự thảo"),
  plannedSubmissionOn: isoDate("Ngày dự kiến trình"),
  form: z.enum(["CONFERENCE", "WRITTEN", "DIALOGUE"], { error: "Hãy chọn hình thức phản biện." }),
  participants: optionalText("Thành phần tham gia", 3000).transform((v) => v ?? ""),
});

export const criticismStepSchema = z.strictObject({
  caseId: recordId,
  version,
  step: z.enum(["prepare", "opinion", "explanation", "close"]),
  opinionSentOn: optionalDate("Ngày gửi ý kiến"),
  opinionContent: optionalText("Ý kiến phản biện", 20000),
  explanationOn: optionalDate("Ngày nhận giải trình"),
  explanationContent: optionalText("Nội dung giải trình", 20000),
});
