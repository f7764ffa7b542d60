import { recordId, text, z } from "../validation";

export const recordDualPostSchema = z
  .object({
    unitId: recordId,
    userId: recordId,
    note: text("Chức danh kiêm nhiệm", { min: 5, max: 300 }),
  })
  .strict();

export const revokeDualPostSchema = z
  .object({
    dualPostId: recordId,
    version: z.coerce.number({ error: "Phiên bản không hợp lệ." }).int().min(1),
  })
  .strict();
