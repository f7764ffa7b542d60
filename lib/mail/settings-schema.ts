// The inputs of one's own mail settings (the account's "Thư điện tử" page): an address (empty: no e-mail)
// and, per topic, a ticked box to receive it by e-mail.
import { z } from "../validation";
import { MAIL_TOPICS, type MailTopic } from "./topics";

export const topicField = (topic: MailTopic) => `topic_${topic}`;

/** An address as people type it, kept trimmed and in lower case (so that it is found however it is typed). */
export const emailAddress = z
  .string()
  .trim()
  .max(254, "Địa chỉ thư điện tử quá dài.")
  .refine((s) => s === "" || /^[^\s@<>(),;:"\\[\]]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(s), "Địa chỉ thư điện tử không hợp lệ, ví dụ: ten@xa.quangninh.gov.vn.")
  .transform((s) => (s === "" ? null : s.toLowerCase()));

export const mailSettingsSchema = z.strictObject({
  email: emailAddress,
  ...(Object.fromEntries(MAIL_TOPICS.map((t) => [topicField(t), z.literal("on").optional()])) as Record<string, z.ZodOptional<z.ZodLiteral<"on">>>),
});
