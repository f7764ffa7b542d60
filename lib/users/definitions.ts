// User administration actions as definitions for the one action path (lib/actions/run-action.ts).
import "server-only";
import { updateAtVersion } from "../actions/versioned";
import type { ActionDefinition, Loaded } from "../actions/run-action";
import { ConflictError, MESSAGES, RefusedError } from "../actions/result";
import { hashPassword } from "../auth/password";
import { revokeSessions } from "../auth/sessions";
import type { Tx } from "../db";
import type { z } from "../validation";
import { resolveRoleTarget, type RoleTarget } from "./role-target";
import { assignRoleSchema, createUserSchema, endRoleSchema, resetPasswordSchema, setStatusSchema, updateUserSchema } from "./schema";
import { temporaryPassword } from "./temporary-password";
import { globalRecordScope } from "../auth/records";
import type { Prisma } from "../../generated/prisma/sqlite/client";

const INVALID = MESSAGES.invalid;

/** What the audit trail keeps of a user (never a password or hash). */
export function userSnapshot(u: { username: string; displayName: string; email: string | null; status: string; mustChangePassword: boolean; version: number }) {
  return { username: u.username, displayName: u.displayName, email: u.email, status: u.status, mustChangePassword: u.mustChangePassword, version: u.version };
}

function refuseUnlessOk(target: RoleTarget): asserts target is Extract<RoleTarget, { ok: true }> {
  if (!target.ok) throw new RefusedError(INVALID, target.fieldErrors);
}

async function bumpVersion(tx: Tx, userId: string, version: number, data: Record<string, unknown>) {
  await updateAtVersion(tx.user, { id: userId, version }, data);
  return tx.user.findUniqueOrThrow({ where: { id: userId } });
}

async function loadUser(db: Parameters<ActionDefinition<z.ZodType, Loaded, unknown>["load"]>[0], userId: string, scope: Prisma.UserWhereInput) {
  const user = await db.user.findFirst({ where: { id: userId, ...scope } });
  return user ? { entityType: "User", entityId: user.id, user } : null;
}

type RoleLoaded = Loaded & { roleTarget: RoleTarget };

export const createUser: ActionDefinition<typeof createUserSchema, RoleLoaded, { password: string; hash: string }> = {
  name: "user.create",
  permission: "user.manage",
  schema: createUserSchema,
  async load(db, input) {
    const roleTarget = await resolveRoleTarget(db, input);
    return {
      entityType: "User",
      roleTarget,
      target: roleTarget.ok ? { unitPath: roleTarget.unit.path } : undefined,
      unitId: roleTarget.ok ? roleTarget.unit.id : null,
    };
  },
  async prepare() {
    const password = temporaryPassword();
    return { password, hash: await hashPassword(password) };
  },
  async write(tx, { input, loaded, prepared }) {
    const existing = await tx.user.findUnique({ where: { submissionId: input.submissionId } });
    if (existing) {
      // The same form sent twice (a retry on a flaky connection): nothing new is created.
      throw new RefusedError(`Tài khoản ${existing.username} đã được tạo từ biểu mẫu này.`);
    }
    refuseUnlessOk(loaded.roleTarget);
    if (await tx.user.findUnique({ where: { username: input.username } })) {
      throw new RefusedError(INVALID, { username: ["Tên đăng nhập này đã có người dùng."] });
    }
    const user = await tx.user.create({
      data: {
        username: input.username,
        displayName: input.displayName,
        email: input.email ?? null,
        submissionId: input.submissionId,
        mustChangePassword: true,
      },
    });
    await tx.passwordCredential.create({ data: { userId: user.id, hash: prepared.hash } });
    const assignment = await tx.roleAssignment.create({
      data: {
        userId: user.id,
        role: input.role,
        unitId: loaded.roleTarget.unit.id,
        organisationId: loaded.roleTarget.organisationId,
        validFrom: input.validFrom,
        validTo: loaded.roleTarget.unit.validTo,
      },
    });
    return {
      entityType: "User",
      entityId: user.id,
      unitId: loaded.roleTarget.unit.id,
      after: { ...userSnapshot(user), assignment: { role: assignment.role, unitId: assignment.unitId, organisationId: assignment.organisationId } },
      message: `Đã tạo tài khoản ${user.username}. Mật khẩu tạm thời: ${prepared.password} — hãy trao cho người dùng; họ phải đổi mật khẩu ở lần đăng nhập đầu tiên.`,
    };
  },
};

export const updateUser: ActionDefinition<typeof updateUserSchema, Loaded & { user: { id: string } }, undefined> = {
  name: "user.update",
  permission: "user.manage",
  schema: updateUserSchema,
  load: (db, input, actor, permission) => loadUser(db, input.userId, globalRecordScope(actor, permission)),
  async write(tx, { input }) {
    const before = await tx.user.findUniqueOrThrow({ where: { id: input.userId } });
    // A new address clears the bounce mark of the old one.
    const email = input.email === undefined || input.email === before.email ? {} : { email: input.email, emailBouncedAt: null };
    const after = await bumpVersion(tx, input.userId, input.version, { displayName: input.displayName, ...email });
    return { entityType: "User", entityId: after.id, before: userSnapshot(before), after: userSnapshot(after), message: "Đã lưu." };
  },
};

export const assignRole: ActionDefinition<typeof assignRoleSchema, RoleLoaded, undefined> = {
  name: "user.assign_role",
  permission: "user.manage",
  schema: assignRoleSchema,
  async load(db, input, actor, permission) {
    const user = await db.user.findFirst({ where: { id: input.userId, ...globalRecordScope(actor, permission) }, select: { id: true } });
    if (!user) return null;
    const roleTarget = await resolveRoleTarget(db, input);
    return {
      entityType: "User",
      entityId: user.id,
      roleTarget,
      target: roleTarget.ok ? { unitPath: roleTarget.unit.path } : undefined,
      unitId: roleTarget.ok ? roleTarget.unit.id : null,
    };
  },
  async write(tx, { input, loaded }) {
    refuseUnlessOk(loaded.roleTarget);
    const assignment = await tx.roleAssignment.create({
      data: {
        userId: input.userId,
        role: input.role,
        unitId: loaded.roleTarget.unit.id,
        organisationId: loaded.roleTarget.organisationId,
        validFrom: input.validFrom,
        validTo: loaded.roleTarget.unit.validTo,
      },
    });
    await revokeSessions(tx, input.userId, "ROLE_CHANGED");
    return {
      entityType: "User",
      entityId: input.userId,
      unitId: assignment.unitId,
      after: {
        assignmentId: assignment.id,
        role: assignment.role,
        unitId: assignment.unitId,
        organisationId: assignment.organisationId,
        validFrom: assignment.validFrom,
      },
      message: "Đã giao vai trò.",
    };
  },
};

export const endRole: ActionDefinition<typeof endRoleSchema, Loaded & { assignment: { userId: string; validFrom: Date; validTo: Date | null } }, undefined> = {
  name: "user.end_role",
  permission: "user.manage",
  schema: endRoleSchema,
  async load(db, input, actor, permission) {
    const assignment = await db.roleAssignment.findFirst({
      where: { id: input.assignmentId, user: globalRecordScope(actor, permission) },
      include: { unit: { select: { path: true } } },
    });
    return assignment
      ? { entityType: "User", entityId: assignment.userId, unitId: assignment.unitId, target: { unitPath: assignment.unit.path }, assignment }
      : null;
  },
  async write(tx, { input, loaded }) {
    const a = loaded.assignment;
    if (input.validTo < a.validFrom) throw new RefusedError(INVALID, { validTo: ["Ngày kết thúc không được trước ngày bắt đầu của vai trò."] });
    if (a.validTo && a.validTo < input.validTo) throw new RefusedError("Vai trò này đã kết thúc trước ngày đó.");
    const { count } = await tx.roleAssignment.updateMany({
      where: { id: input.assignmentId, validTo: a.validTo },
      data: { validTo: input.validTo, endedReason: input.reason },
    });
    if (count !== 1) throw new ConflictError();
    await revokeSessions(tx, a.userId, "ROLE_CHANGED");
    return {
      entityType: "User",
      entityId: a.userId,
      before: { assignmentId: input.assignmentId, validTo: a.validTo },
      after: { assignmentId: input.assignmentId, validTo: input.validTo },
      reason: input.reason,
      message: "Đã kết thúc vai trò.",
    };
  },
};

function statusAction(name: "user.disable" | "user.enable"): ActionDefinition<typeof setStatusSchema, Loaded & { user: { id: string } }, undefined> {
  const disabling = name === "user.disable";
  return {
    name,
    permission: "user.manage",
    schema: setStatusSchema,
    load: (db, input, actor, permission) => loadUser(db, input.userId, globalRecordScope(actor, permission)),
    async write(tx, { input, actor }) {
      if (disabling && input.userId === actor.userId) throw new RefusedError("Bạn không thể tự khóa tài khoản của mình.");
      const before = await tx.user.findUniqueOrThrow({ where: { id: input.userId } });
      const after = await bumpVersion(tx, input.userId, input.version, { status: disabling ? "DISABLED" : "ACTIVE" });
      if (disabling) await revokeSessions(tx, input.userId, "USER_DISABLED");
      return {
        entityType: "User",
        entityId: after.id,
        before: userSnapshot(before),
        after: userSnapshot(after),
        reason: input.reason,
        message: disabling ? "Đã khóa tài khoản; mọi phiên đăng nhập của tài khoản này đã kết thúc." : "Đã mở khóa tài khoản.",
      };
    },
  };
}
export const disableUser = statusAction("user.disable");
export const enableUser = statusAction("user.enable");

export const resetPassword: ActionDefinition<typeof resetPasswordSchema, Loaded & { user: { id: string } }, { password: string; hash: string }> = {
  name: "user.reset_password",
  permission: "user.manage",
  schema: resetPasswordSchema,
  load: (db, input, actor, permission) => loadUser(db, input.userId, globalRecordScope(actor, permission)),
  async prepare() {
    const password = temporaryPassword();
    return { password, hash: await hashPassword(password) };
  },
  async write(tx, { input, prepared }) {
    const before = await tx.user.findUniqueOrThrow({ where: { id: input.userId } });
    const after = await bumpVersion(tx, input.userId, input.version, { mustChangePassword: true, isDemo: false });
    await tx.passwordCredential.upsert({
      where: { userId: input.userId },
      create: { userId: input.userId, hash: prepared.hash },
      update: { hash: prepared.hash, changedAt: new Date() },
    });
    await revokeSessions(tx, input.userId, "PASSWORD_CHANGED");
    return {
      entityType: "User",
      entityId: after.id,
      before: userSnapshot(before),
      after: userSnapshot(after),
      message: `Đã cấp lại mật khẩu cho ${after.username}. Mật khẩu tạm thời: ${prepared.password} — người dùng phải đổi ở lần đăng nhập tới.`,
    };
  },
};
