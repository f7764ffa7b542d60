// The one action path: permission, denial records, audit in the same transaction, conflicts, retries.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor } from "@/lib/auth/actor";
import { runAction, type ActionDefinition, type Loaded } from "@/lib/actions/run-action";
import { MESSAGES } from "@/lib/actions/result";
import { assignRole, createUser, endRole, resetPassword, updateUser } from "@/lib/users/definitions";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { z } from "@/lib/validation";
import { ctx, DAY, makeUser, PASSWORD } from "../support/factories";

const newUserInput = (over: Record<string, string> = {}) => ({
  submissionId: randomUUID(),
  username: `moi-${randomUUID().slice(0, 8)}`,
  displayName: "Nguyễn Thị Thử",
  role: "BLOC_HEAD",
  unitCode: "06940",
  validFrom: "2018-08-13",
  ...over,
});

describe("creating a user", () => {
  it("writes the user, the role and exactly one audit event; the user must change the password", async () => {
    const admin = await makeUser("ADMIN", "22");
    const input = newUserInput();
    const result = await runAction(db, createUser, input, admin.actor, ctx());
    expect(result.ok).toBe(true);
    expect(result.message).toMatch(/Mật khẩu tạm thời: [a-z]{4}-\d{4}-[a-z]{4}/);
    const user = await db.user.findUniqueOrThrow({ where: { username: input.username }, include: { assignments: true } });
    expect(user.mustChangePassword).toBe(true);
    expect(user.assignments).toHaveLength(1);
    const events = await db.auditEvent.findMany({ where: { entityId: user.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "user.create", outcome: "ALLOWED", actorUserId: admin.userId });
    expect(JSON.parse(events[0].actorSnapshot)).toMatchObject({ username: admin.username });
    expect(events[0].after).not.toMatch(/argon2|hash/);

    const password = result.message!.match(/Mật khẩu tạm thời: (\S+)/)![1];
    const signIn = await signInWithPassword({ username: input.username, password }, ctx());
    expect(signIn.ok).toBe(true);
    if (signIn.ok) {
      const loaded = await loadActor(db, signIn.sessionId, DAY);
      expect("actor" in loaded && loaded.actor.mustChangePassword).toBe(true);
    }
  });

  it("creates one user when the same form is sent twice", async () => {
    const admin = await makeUser("ADMIN", "22");
    const input = newUserInput();
    expect((await runAction(db, createUser, input, admin.actor, ctx())).ok).toBe(true);
    const again = await runAction(db, createUser, input, admin.actor, ctx());
    expect(again.ok).toBe(false);
    expect(await db.user.count({ where: { username: input.username } })).toBe(1);
  });

  it("refuses bad input with field messages and echoes it, writing nothing", async () => {
    const admin = await makeUser("ADMIN", "22");
    const before = await db.auditEvent.count();
    const result = await runAction(db, createUser, newUserInput({ username: "Tên Có Dấu", unitCode: "999", role: "SUPERUSER" }), admin.actor, ctx());
    expect(result.ok).toBe(false);
    expect(Object.keys(result.fieldErrors ?? {})).toEqual(expect.arrayContaining(["username", "role"]));
    expect(result.values?.username).toBe("Tên Có Dấu");
    expect(await db.auditEvent.count()).toBe(before);
  });

  it("refuses a role at a unit of the wrong level or an officer without an organisation, in Vietnamese", async () => {
    const admin = await makeUser("ADMIN", "22");
    const wrongLevel = await runAction(db, createUser, newUserInput({ role: "REVIEWER", unitCode: "06922" }), admin.actor, ctx());
    expect(wrongLevel.fieldErrors?.unitCode?.[0]).toMatch(/Không có đơn vị cấp huyện hoặc cấp tỉnh mã 06922/);
    const noOrg = await runAction(db, createUser, newUserInput({ role: "ORG_OFFICER" }), admin.actor, ctx());
    expect(noOrg.fieldErrors?.organisationCode?.[0]).toMatch(/tổ chức/);
  });

  it("ignores a unit or role smuggled into the form: unknown fields are refused", async () => {
    const admin = await makeUser("ADMIN", "22");
    const result = await runAction(db, createUser, { ...newUserInput(), unitId: "x", isAdmin: "true" }, admin.actor, ctx());
    expect(result.ok).toBe(false);
  });
});

describe("denials", () => {
  it("records exactly one denial and changes nothing when a non-administrator tries", async () => {
    for (const [role, unit, org] of [
      ["BLOC_HEAD", "06943", undefined],
      ["ORG_OFFICER", "06943", "HOI_PHU_NU"],
      ["REVIEWER", "201", undefined],
      ["OVERVIEW", "22", undefined],
    ] as const) {
      const u = await makeUser(role, unit, { organisationCode: org });
      const input = newUserInput();
      const before = await db.auditEvent.count({ where: { outcome: "DENIED", actorUserId: u.userId } });
      const result = await runAction(db, createUser, input, u.actor, ctx());
      expect(result).toMatchObject({ ok: false, formError: MESSAGES.notFound });
      expect(await db.user.count({ where: { username: input.username } })).toBe(0);
      expect(await db.auditEvent.count({ where: { outcome: "DENIED", actorUserId: u.userId } })).toBe(before + 1);
    }
  });

  it("records a denial for no session", async () => {
    const before = await db.auditEvent.count({ where: { outcome: "DENIED", actorUserId: null, reason: "no-session" } });
    const result = await runAction(db, createUser, newUserInput(), null, ctx());
    expect(result).toMatchObject({ ok: false, formError: MESSAGES.unauthenticated });
    expect(await db.auditEvent.count({ where: { outcome: "DENIED", actorUserId: null, reason: "no-session" } })).toBe(before + 1);
  });
});

describe("audit in the same transaction", () => {
  it("leaves neither the change nor its audit event when the write fails midway", async () => {
    const admin = await makeUser("ADMIN", "22");
    const marker = `hong-${randomUUID().slice(0, 8)}`;
    const failing: ActionDefinition<z.ZodType<{ name: string }>, Loaded, undefined> = {
      name: "test.fail_midway",
      permission: "user.manage",
      schema: z.strictObject({ name: z.string() }),
      load: async () => ({ entityType: "User" }),
      async write(tx, { input }) {
        await tx.user.create({ data: { username: input.name, displayName: "Sẽ bị hoàn tác" } });
        await tx.auditEvent.create({ data: { actorSnapshot: "{}", action: "test.inner", outcome: "ALLOWED", entityType: "User" } });
        // A constraint violation after the first writes: the whole transaction rolls back.
        await tx.user.create({ data: { username: input.name, displayName: "Trùng" } });
        return { entityType: "User" };
      },
    };
    const result = await runAction(db, failing, { name: marker }, admin.actor, ctx());
    expect(result).toMatchObject({ ok: false, formError: MESSAGES.failed });
    expect(await db.user.count({ where: { username: marker } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: { in: ["test.fail_midway", "test.inner"] } } })).toBe(0);
  });
});

describe("editing a user", () => {
  it("lets exactly one of two editors of the same version win; the other gets the conflict message", async () => {
    const admin = await makeUser("ADMIN", "22");
    const target = await makeUser("BLOC_HEAD", "06946");
    const { version } = await db.user.findUniqueOrThrow({ where: { id: target.userId } });
    const first = await runAction(db, updateUser, { userId: target.userId, version: String(version), displayName: "Tên thứ nhất" }, admin.actor, ctx());
    const second = await runAction(db, updateUser, { userId: target.userId, version: String(version), displayName: "Tên thứ hai" }, admin.actor, ctx());
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, formError: MESSAGES.conflict, values: { displayName: "Tên thứ hai" } });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.userId } })).displayName).toBe("Tên thứ nhất");
  });

  it("ends a role, and resetting a password signs the user out and forces a change", async () => {
    const admin = await makeUser("ADMIN", "22");
    const target = await makeUser("BLOC_HEAD", "06949");
    const assignment = await db.roleAssignment.findFirstOrThrow({ where: { userId: target.userId } });
    const ended = await runAction(db, endRole, { assignmentId: assignment.id, validTo: "2018-09-30", reason: "Chuyển công tác" }, admin.actor, ctx());
    expect(ended.ok).toBe(true);
    expect((await db.roleAssignment.findUniqueOrThrow({ where: { id: assignment.id } })).endedReason).toBe("Chuyển công tác");
    const before = await db.user.findUniqueOrThrow({ where: { id: target.userId } });
    const reset = await runAction(db, resetPassword, { userId: target.userId, version: String(before.version) }, admin.actor, ctx());
    expect(reset.ok).toBe(true);
    expect(await loadActor(db, target.sessionId, DAY)).toEqual({ problem: "revoked" });
    expect(await signInWithPassword({ username: target.username, password: PASSWORD }, ctx())).toMatchObject({ ok: false });
  });

  it("assigns a second role that widens the user's scope after their next sign-in", async () => {
    const admin = await makeUser("ADMIN", "22");
    const target = await makeUser("BLOC_HEAD", "06952");
    const result = await runAction(
      db,
      assignRole,
      { userId: target.userId, role: "BLOC_HEAD", unitCode: "06955", validFrom: "2018-08-01" },
      admin.actor,
      ctx(),
    );
    expect(result.ok).toBe(true);
    expect(await loadActor(db, target.sessionId, DAY)).toEqual({ problem: "revoked" });
    const again = await signInWithPassword({ username: target.username, password: PASSWORD }, ctx());
    const loaded = again.ok ? await loadActor(db, again.sessionId, DAY) : null;
    expect(loaded && "actor" in loaded ? loaded.actor.assignments.map((a) => a.unitCode).sort() : []).toEqual(["06952", "06955"]);
  });
});
