// One's own mail settings through the action path: the address and, per topic, whether it comes by e-mail.
// The target is the actor's own account by construction. A changed address clears the bounce mark: the
// next message tries the new address.
import type { ActionDefinition, Loaded } from "../actions/run-action";
import { mailSettingsSchema, topicField } from "./settings-schema";
import { MAIL_TOPICS } from "./topics";

export const saveMailSettings: ActionDefinition<typeof mailSettingsSchema, Loaded, undefined> = {
  name: "mail.save_settings",
  permission: "notification.read",
  schema: mailSettingsSchema,
  load: async (_db, _input, actor) => ({ entityType: "User", entityId: actor.userId }),
  async write(tx, { input, actor }) {
    const before = await tx.user.findUniqueOrThrow({
      where: { id: actor.userId },
      select: { email: true, mailPreferences: { select: { topic: true, email: true } } },
    });
    const chosen = MAIL_TOPICS.filter((t) => (input as Record<string, unknown>)[topicField(t)] === "on");
    await tx.user.update({ where: { id: actor.userId }, data: input.email === before.email ? {} : { email: input.email, emailBouncedAt: null } });
    await tx.mailPreference.deleteMany({ where: { userId: actor.userId } });
    await tx.mailPreference.createMany({ data: MAIL_TOPICS.map((topic) => ({ userId: actor.userId, topic, email: chosen.includes(topic) })) });
    return {
      entityType: "User",
      entityId: actor.userId,
      before: { email: before.email, topics: before.mailPreferences.filter((p) => p.email).map((p) => p.topic) },
      after: { email: input.email, topics: chosen },
      message: input.email ? `Đã lưu. Thư sẽ gửi tới ${input.email}.` : "Đã lưu. Bạn sẽ không nhận thư điện tử (chưa có địa chỉ).",
    };
  },
};
