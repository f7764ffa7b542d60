// Inputs of meetings. The meeting form names its repeated parts by key: `att_<organisationId>`
// (present | absent), `attReason_<id>`, `attCount_<id>` for attendance, `wg_<WORK_GROUP_CODE>` for the
// content under each work group, `task_<rowKey>_title|ownerId|dueOn` for the new tasks the meeting
// assigns (the row key, made by the form, is the task's submission id); they are gathered into lists
// before the strict schema checks them.
import { isoDate } from "../users/schema";
import { parseIsoDate } from "../time/business-date";
import { hasControlCharacters, longText, optionalText, RECORD_ID, recordId, z } from "../validation";

const optionalId = z
  .string()
  .max(64)
  .regex(/^[A-Za-z0-9_-]*$/, "Mã bản ghi không hợp lệ.")
  .optional()
  .transform((s) => (s ? s : null));

function gather(raw: unknown) {
  if (!raw || typeof raw !== "object") return raw;
  const rest: Record<string, unknown> = {};
  const attendance = new Map<string, { organisationId: string; present?: unknown; reason?: unknown; count?: unknown }>();
  const agenda: { workGroupCode: string; content: unknown }[] = [];
  const tasks = new Map<string, Record<string, unknown>>();
  const entry = (id: string) => attendance.get(id) ?? attendance.set(id, { organisationId: id }).get(id)!;
  for (const [key, value] of Object.entries(raw)) {
    let m;
    if ((m = /^att_(.+)$/.exec(key))) entry(m[1]).present = value;
    else if ((m = /^attReason_(.+)$/.exec(key))) entry(m[1]).reason = value;
    else if ((m = /^attCount_(.+)$/.exec(key))) entry(m[1]).count = value;
    else if ((m = /^wg_(.+)$/.exec(key))) agenda.push({ workGroupCode: m[1], content: value });
    else if ((m = /^task_(.+)_(title|ownerId|dueOn)$/.exec(key))) (tasks.get(m[1]) ?? tasks.set(m[1], { key: m[1] }).get(m[1])!)[m[2]] = value;
    else rest[key] = value;
  }
  // A row left empty is not a task.
  const filled = [...tasks.values()].filter((t) => [t.title, t.ownerId, t.dueOn].some((v) => typeof v === "string" && v.trim()));
  return { ...rest, attendance: [...attendance.values()], agenda, tasks: filled };
}

/** The autosave leaves the new-task rows alone: a task is assigned when the user saves the form. */
export function withoutNewTasks(raw: unknown) {
  if (!raw || typeof raw !== "object") return raw;
  return Object.fromEntries(Object.entries(raw).filter(([key]) => !key.startsWith("task_")));
}

const attendanceEntry = z.strictObject({
  organisationId: recordId,
  present: z.enum(["present", "absent"], { error: "Hãy chọn có mặt hoặc vắng." }),
  reason: optionalText("Lý do vắng", 300),
  count: z
    .string()
    .trim()
    .optional()
    .refine((s) => !s || /^\d{1,3}$/.test(s), "Số người dự là số nguyên từ 0 đến 999.")
    .transform((s) => (s ? Number(s) : null)),
});

export const meetingFields = {
  kind: z.enum(["REGULAR", "EXTRAORDINARY"], { error: "Hãy chọn loại cuộc họp." }).default("REGULAR"),
  heldOn: isoDate("Ngày họp"),
  startTime: z
    .string()
    .trim()
    .optional()
    .transform((s) => (s ? s : null))
    .pipe(z.union([z.null(), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Giờ họp dạng HH:MM, ví dụ 07:30.")])),
  place: optionalText("Địa điểm", 200).transform((s) => s ?? ""),
  chairId: optionalId,
  secretaryId: optionalId,
  /** A secretary not yet among the commune's people: their name. */
  secretaryName: optionalText("Họ tên thư ký", 120),
  discussion: longText("Ý kiến thảo luận"),
  peopleSituation: longText("Tình hình nhân dân"),
  hotSpots: longText("Điểm nóng, kiến nghị"),
  conclusions: longText("Kết luận của chủ trì"),
  attendance: z.array(attendanceEntry).max(60),
  agenda: z.array(z.strictObject({ workGroupCode: z.string().regex(/^[A-Z_]{2,40}$/), content: longText("Nội dung") })).max(20),
};

/** A new task in the meeting form; its errors are keyed by the row's own fields (`task_<key>_title`). */
const newTask = z
  .strictObject({
    key: z.string().regex(RECORD_ID, "Biểu mẫu không hợp lệ, hãy tải lại trang."),
    title: z.unknown(),
    ownerId: z.unknown(),
    dueOn: z.unknown(),
  })
  .transform((row, ctx) => {
    const text = (v: unknown) => (typeof v === "string" ? v.normalize("NFC").trim() : "");
    const title = text(row.title);
    const ownerId = text(row.ownerId);
    const dueOn = parseIsoDate(text(row.dueOn));
    const problem = (field: string, message: string) => ctx.addIssue({ code: "custom", path: [`task_${row.key}_${field}`], message });
    if (!title) problem("title", "Hãy nhập nội dung nhiệm vụ.");
    else if (title.length > 500) problem("title", "Nội dung nhiệm vụ không được dài quá 500 ký tự.");
    else if (hasControlCharacters(title)) problem("title", "Nội dung nhiệm vụ chứa ký tự không hợp lệ.");
    if (!RECORD_ID.test(ownerId)) problem("ownerId", "Hãy chọn tổ chức chủ trì.");
    if (!dueOn) problem("dueOn", "Hãy chọn hạn hoàn thành.");
    return { key: row.key, title, ownerId, dueOn: dueOn! };
  });

export const saveMeetingSchema = z.preprocess(
  gather,
  z.strictObject({
    /** Empty for a new meeting. */
    meetingId: optionalId,
    /** The commune, for a new meeting. */
    unitId: optionalId,
    submissionId: z.string().uuid("Biểu mẫu không hợp lệ, hãy tải lại trang."),
    version: z.coerce.number().int().min(0).max(1_000_000).default(0),
    ...meetingFields,
    tasks: z.array(newTask).max(20, "Mỗi lần lưu giao tối đa 20 nhiệm vụ."),
  }),
);

export const autosaveMeetingSchema = z.preprocess(withoutNewTasks, saveMeetingSchema);

export const issueNoticeSchema = z.strictObject({
  meetingId: recordId,
  version: z.coerce.number().int().min(1).max(1_000_000),
});

export const moveMeetingSchema = z.strictObject({
  meetingId: recordId,
  version: z.coerce.number().int().min(1).max(1_000_000),
  move: z.enum(["hold", "submit", "return", "approve", "reopen", "postpone", "reschedule", "cancel"]),
  reason: optionalText("Lý do", 500),
  heldOn: z
    .string()
    .trim()
    .optional()
    .transform((s) => (s ? s : null)),
});

export const addTaskSchema = z.strictObject({
  meetingId: recordId,
  submissionId: z.string().uuid("Biểu mẫu không hợp lệ, hãy tải lại trang."),
  title: optionalText("Nội dung nhiệm vụ", 500).pipe(z.string({ error: "Hãy nhập nội dung nhiệm vụ." }).min(1, "Hãy nhập nội dung nhiệm vụ.")),
  ownerId: z.string({ error: "Hãy chọn tổ chức chủ trì." }).regex(RECORD_ID, "Hãy chọn tổ chức chủ trì."),
  coOwnerIds: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).filter(Boolean)))
    .pipe(z.array(recordId).max(20)),
  dueOn: isoDate("Hạn hoàn thành"),
  workGroupCode: z
    .string()
    .trim()
    .optional()
    .transform((s) => (s ? s : null))
    .pipe(z.union([z.null(), z.string().regex(/^[A-Z_]{2,40}$/)])),
});
