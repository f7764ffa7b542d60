// The inputs of one's own mail settings (the account's "Thư điện tử" page): an address (empty: no e-mail)
// and, per topic, a ticked box to receive it by e-mail.
import { emailAddress, z } from "../validation";
import { MAIL_TOPICS, type MailTopic } from "./topics";

export const topicField = (topic: MailTopic) => `topic_${topic}`;

export const mailSettingsSchema = z.strictObject({
  email: emailAddress,
  ...(Object.fromEntries(MAIL_TOPICS.map((t) => [topicField(t), z.literal("on").optional()])) as Record<string, z.ZodOptional<z.ZodLiteral<"on">>>),
});
