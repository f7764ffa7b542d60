// Links that act without signing in: a message's unsubscribe link (its own recipient and topic, once; a
// forged link changes nothing) and the password reset (the same answer for every input, a single-use link
// valid 30 minutes that ends every session); and one's own mail settings.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { POST as unsubscribeRoute } from "@/app/api/unsubscribe/route";
import { enqueue, optionalMail } from "@/lib/mail/outbox";
import { noticeMail } from "@/lib/mail/render";
import { wantsEmail } from "@/lib/mail/topics";
import { saveMailSettings } from "@/lib/mail/settings-definitions";
import { updateUser } from "@/lib/users/definitions";
import { requestPasswordReset, resetPassword, RESETS_PER_ACCOUNT } from "@/lib/auth/reset";
import { verifyPassword } from "@/lib/auth/password";
import { ctx, makeUser } from "../support/factories";

/** A reminder mailed to `userId`, and the token of its unsubscribe link. */
async function mailed(userId: string, to: string) {
  const row = optionalMail(`test:${randomUUID()}`, userId, to, "TASK_OVERDUE", (unsubscribe) =>
    noticeMail({ topic: "TASK_OVERDUE", displayName: "Người thử", title: "Nhiệm vụ quá hạn", link: "/", unsubscribe }),
  );
  await enqueue(db, [row]);
  return /unsubscribe\?t=([\w-]{43})/.exec(row.text)![1];
}
const choices = (userId: string) => db.mailPreference.findMany({ where: { userId }, select: { topic: true, email: true } });
const oneClick = (token: string) =>
  unsubscribeRoute(
    new Request(`http://portal.test/api/unsubscribe?t=${token}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    }),
  );
const events = (action: string, userId?: string) =>
  db.auditEvent.findMany({ where: { action, ...(userId ? { entityId: userId } : {}) }, orderBy: { occurredAt: "asc" } });

describe("unsubscribe link", () => {
  it("turns off that topic for that recipient only, once, without signing in; a forged link changes nothing", async () => {
    const user = await makeUser("BLOC_HEAD", "06733", { email: "head-06733@example.org" });
    const other = await makeUser("BLOC_HEAD", "06736", { email: "head-06736@example.org" });
    const token = await mailed(user.userId, "head-06733@example.org");
    await mailed(other.userId, "head-06736@example.org");

    const forged = await oneClick(token.replace(/^./, (c) => (c === "A" ? "B" : "A")));
    expect(forged.status).toBe(404);
    expect(await choices(user.userId)).toEqual([]);
    expect((await events("mail.unsubscribe")).map((e) => [e.outcome, e.reason])).toEqual([["DENIED", "invalid-link"]]);

    const done = await oneClick(token);
    expect(done.status).toBe(200);
    expect(await done.text()).toBe("Đã ngừng gửi loại thư này.");
    const mine = await choices(user.userId);
    expect(mine).toEqual([{ topic: "TASK_OVERDUE", email: false }]);
    expect(wantsEmail(mine, "TASK_ASSIGNED")).toBe(true);
    expect(wantsEmail(mine, "DIGEST")).toBe(true);
    expect(await choices(other.userId)).toEqual([]);
    const [allowed] = await events("mail.unsubscribe", user.userId);
    expect(allowed).toMatchObject({ outcome: "ALLOWED", actorUserId: null, entityType: "User" });

    // Used again: nothing more is written.
    const again = await oneClick(token);
    expect(await again.text()).toBe("Loại thư này đã ngừng gửi từ trước.");
    expect(await events("mail.unsubscribe", user.userId)).toHaveLength(1);

    // The page's confirmation form comes back to the page.
    const form = await unsubscribeRoute(
      new Request("http://portal.test/api/unsubscribe", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: `t=${token}`,
      }),
    );
    expect(form.status).toBe(303);
    expect(form.headers.get("location")).toBe(`/unsubscribe?t=${token}&result=already`);
  });
});

describe("password reset", () => {
  const address = () => `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  const resetMails = (userId: string) => db.outboundMail.findMany({ where: { userId, topic: "PASSWORD_RESET" }, orderBy: { createdAt: "asc" } });
  const tokenIn = (text: string) => /\/password\/reset\?token=([\w-]{43})/.exec(text)![1];

  it("answers every request the same way and mails a link only to an account with an address", async () => {
    const withMail = await makeUser("BLOC_HEAD", "06739", { email: "head-06739@example.org" });
    const without = await makeUser("BLOC_HEAD", "06742");
    const c = { ...ctx(), address: address() };
    await requestPasswordReset(db, withMail.username, c);
    await requestPasswordReset(db, "HEAD-06739@example.org", c);
    await requestPasswordReset(db, without.username, c);
    await requestPasswordReset(db, "khong-co-ai", c);
    const mails = await resetMails(withMail.userId);
    expect(mails.map((m) => [m.to, m.subject, m.status])).toEqual([
      ["head-06739@example.org", "[Cổng khối MTTQ cấp xã] Đặt lại mật khẩu", "PENDING"],
      ["head-06739@example.org", "[Cổng khối MTTQ cấp xã] Đặt lại mật khẩu", "PENDING"],
    ]);
    expect(mails[0].text).toContain(`Có yêu cầu đặt lại mật khẩu cho tài khoản ${withMail.username}.`);
    expect(mails[0].text).toMatch(/http:\/\/localhost:3000\/password\/reset\?token=[\w-]{43}\n/);
    expect(mails[0].unsubscribeHash).toBeNull();
    expect(await db.outboundMail.count({ where: { userId: without.userId } })).toBe(0);
    const asked = await events("auth.password_reset_request");
    expect(asked.filter((e) => e.outcome === "ALLOWED").map((e) => e.entityId)).toEqual([withMail.userId, withMail.userId]);
    expect(asked.filter((e) => e.outcome === "DENIED").map((e) => e.reason)).toEqual(["no-address-or-limit", "unknown-account"]);
    // A fourth link within the hour is not sent (no mail bombing); the answer is still the same.
    for (let i = 0; i < RESETS_PER_ACCOUNT; i++) await requestPasswordReset(db, withMail.username, c);
    expect(await resetMails(withMail.userId)).toHaveLength(RESETS_PER_ACCOUNT);
  });

  it("sets a new password once through a valid link, ends every session and spends the other links", async () => {
    const user = await makeUser("REVIEWER", "194", { email: "huyen-194-reset@example.org" });
    const second = await db.session.create({ data: { userId: user.userId } });
    const c = { ...ctx(), address: address() };
    await requestPasswordReset(db, user.username, c);
    await requestPasswordReset(db, user.username, c);
    const [first, other] = (await resetMails(user.userId)).map((m) => tokenIn(m.text));

    expect(await resetPassword(db, first, "ngắn", "ngắn", c)).toMatchObject({ ok: false, field: "next" });
    expect(await resetPassword(db, first, "Mat-khau-moi-cua-huyen-2026", "khac", c)).toMatchObject({ ok: false, field: "confirm" });
    expect(await resetPassword(db, first, "Mat-khau-moi-cua-huyen-2026", "Mat-khau-moi-cua-huyen-2026", c)).toEqual({ ok: true });
    const credential = await db.passwordCredential.findUniqueOrThrow({ where: { userId: user.userId } });
    expect(await verifyPassword(credential.hash, "Mat-khau-moi-cua-huyen-2026")).toBe(true);
    const sessions = await db.session.findMany({ where: { id: { in: [user.sessionId, second.id] } } });
    expect(sessions.map((s) => s.revokedWhy)).toEqual(["PASSWORD_CHANGED", "PASSWORD_CHANGED"]);
    expect((await events("auth.password_reset", user.userId)).map((e) => e.outcome)).toEqual(["ALLOWED"]);

    // The same link again, and the other link sent before: refused, the password unchanged.
    expect(await resetPassword(db, first, "Mat-khau-thu-ba-cua-huyen-2026", "Mat-khau-thu-ba-cua-huyen-2026", c)).toEqual({ ok: false, invalidLink: true });
    expect(await resetPassword(db, other, "Mat-khau-thu-ba-cua-huyen-2026", "Mat-khau-thu-ba-cua-huyen-2026", c)).toEqual({ ok: false, invalidLink: true });
    expect((await db.passwordCredential.findUniqueOrThrow({ where: { userId: user.userId } })).hash).toBe(credential.hash);
  });

  it("refuses a link after 30 minutes, and a forged one", async () => {
    const user = await makeUser("BLOC_HEAD", "06745", { email: "head-06745@example.org" });
    const c = { ...ctx(), address: address() };
    const asked = new Date(Date.now() - 31 * 60_000);
    await requestPasswordReset(db, user.username, c, asked);
    const [token] = (await resetMails(user.userId)).map((m) => tokenIn(m.text));
    expect(await resetPassword(db, token, "Mat-khau-moi-cua-xa-2026", "Mat-khau-moi-cua-xa-2026", c)).toEqual({ ok: false, invalidLink: true });
    expect(await resetPassword(db, "x".repeat(43), "Mat-khau-moi-cua-xa-2026", "Mat-khau-moi-cua-xa-2026", c)).toEqual({ ok: false, invalidLink: true });
    expect((await events("auth.password_reset")).filter((e) => e.outcome === "DENIED").length).toBeGreaterThanOrEqual(2);
  });
});

describe("mail settings", () => {
  it("saves one's address and choices, clears a bounce when the address changes, and refuses a malformed address", async () => {
    const user = await makeUser("ORG_OFFICER", "06748", { organisationCode: "HOI_PHU_NU", email: "old-06748@example.org" });
    await db.user.update({ where: { id: user.userId }, data: { emailBouncedAt: new Date() } });
    const bad = await runAction(db, saveMailSettings, { email: "không phải địa chỉ" }, user.actor, ctx());
    expect(bad).toMatchObject({ ok: false, fieldErrors: { email: ["Địa chỉ thư điện tử không hợp lệ, ví dụ: ten@xa.quangninh.gov.vn."] } });
    const saved = await runAction(db, saveMailSettings, { email: " Phu.Nu@XA.Example.ORG ", topic_DIGEST: "on", topic_TASK_ASSIGNED: "on" }, user.actor, ctx());
    expect(saved).toMatchObject({ ok: true, message: "Đã lưu. Thư sẽ gửi tới phu.nu@xa.example.org." });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.userId }, include: { mailPreferences: true } });
    expect([after.email, after.emailBouncedAt]).toEqual(["phu.nu@xa.example.org", null]);
    expect(
      after.mailPreferences
        .filter((p) => p.email)
        .map((p) => p.topic)
        .sort(),
    ).toEqual(["DIGEST", "TASK_ASSIGNED"]);
    expect(wantsEmail(after.mailPreferences, "TASK_OVERDUE")).toBe(false);
    const [event] = await events("mail.save_settings", user.userId);
    expect(JSON.parse(event.after!)).toEqual({ email: "phu.nu@xa.example.org", topics: ["DIGEST", "TASK_ASSIGNED"] });
  });

  it("lets an administrator set a user's address; a form without the field leaves it as it was", async () => {
    const admin = await makeUser("ADMIN", "22");
    const user = await makeUser("BLOC_HEAD", "06754");
    await db.user.update({ where: { id: user.userId }, data: { email: "cu-06754@example.org", emailBouncedAt: new Date() } });
    const version = async () => String((await db.user.findUniqueOrThrow({ where: { id: user.userId } })).version);
    const named = await runAction(db, updateUser, { userId: user.userId, version: await version(), displayName: "Nguyễn Văn Bình" }, admin.actor, ctx());
    expect(named.ok, JSON.stringify(named)).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.userId } })).email).toBe("cu-06754@example.org");
    const moved = await runAction(
      db,
      updateUser,
      { userId: user.userId, version: await version(), displayName: "Nguyễn Văn Bình", email: "Moi-06754@Example.org" },
      admin.actor,
      ctx(),
    );
    expect(moved.ok, JSON.stringify(moved)).toBe(true);
    const after = await db.user.findUniqueOrThrow({ where: { id: user.userId } });
    expect([after.email, after.emailBouncedAt]).toEqual(["moi-06754@example.org", null]);
  });
});
