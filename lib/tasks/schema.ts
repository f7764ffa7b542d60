// Inputs of task moves: progress by the owner organisation, management by the bloc head.
import { optionalText, recordId, z } from "../validation";

export const progressTaskSchema = z.strictObject({
  taskId: recordId,
  version: z.coerce.number().int().min(1).max(1_000_000),
  move: z.enum(["start", "report"]),
  note: optionalText("Kết quả thực hiện", 2000),
});

export const manageTaskSchema = z.strictObject({
  taskId: recordId,
  version: z.coerce.number().int().min(1).max(1_000_000),
  move: z.enum(["verify", "reopen", "cancel", "transfer", "reschedule"]),
  reason: optionalText("Lý do", 500),
  dueOn: z
    .string()
    .trim()
    .optional()
    .transform((s) => (s ? s : null)),
  toOrganisationId: z
    .string()
    .max(64)
    .regex(/^[A-Za-z0-9_-]*$/)
    .optional()
    .transform((s) => (s ? s : null)),
});
