// Inputs of the inbox's actions.
import { recordId, z } from "../validation";

export const openNotificationSchema = z.strictObject({ notificationId: recordId });
/** "Mark all read" marks what the page showed: the notifications written up to the moment it was rendered. */
export const markAllReadSchema = z.strictObject({
  seenAt: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, "Thời điểm không hợp lệ.")
    .transform((s) => new Date(s))
    .refine((d) => !Number.isNaN(d.getTime()), "Thời điểm không hợp lệ."),
});
