// Recording and revoking that one account holds both posts of a body's sign-off, through the one action
// path (runAction). The reviewing body or an administrator records it; no one records it for themselves.
import type { ActionDefinition, Loaded } from "../actions/run-action";
import { MESSAGES, RefusedError } from "../actions/result";
import { updateAtVersion } from "../actions/versioned";
import { lostRace } from "../actions/transaction";
import { unitScope } from "../auth/scope";
import type { Tx } from "../db";
import { validOn } from "../units/validity";
import { today } from "../time/today";
import { SIGNING_ROLES } from "./rules";
import { loadUnit, type UnitLoaded } from "../registers/definitions";
import { recordDualPostSchema, revokeDualPostSchema } from "./schema";

async function signer(tx: Tx, unitId: string, userId: string) {
  return tx.user.findFirst({
    where: { id: userId, status: "ACTIVE", assignments: { some: { unitId, role: { in: [...SIGNING_ROLES] }, ...validOn(today()) } } },
    select: { id: true, displayName: true },
  });
}

export const recordDualPost: ActionDefinition<typeof recordDualPostSchema, UnitLoaded, undefined> = {
  name: "signoff.record_dual_post",
  permission: "signoff.manage",
  schema: recordDualPostSchema,
  load: (db, input, actor, permission) => loadUnit(db, input.unitId, unitScope(actor, permission), "DualPost"),
  async write(tx, { input, loaded, actor }) {
    if (input.userId === actor.userId)
      throw new RefusedError("Không ai tự ghi nhận mình kiêm nhiệm: việc này do cơ quan cấp trên hoặc quản trị viên ghi nhận.");
    const person = await signer(tx, loaded.unit.id, input.userId);
    if (!person) throw new RefusedError(MESSAGES.invalid, { userId: [`Tài khoản này không giữ chức danh ký duyệt ở ${loaded.unit.name}.`] });
    const before = await tx.dualPost.findUnique({ where: { unitId_userId: { unitId: loaded.unit.id, userId: person.id } } });
    if (before && !before.revokedAt) throw new RefusedError(`${person.displayName} đã được ghi nhận kiêm nhiệm từ trước.`);
    const data = { note: input.note, recordedById: actor.userId, revokedAt: null, revokedById: null };
    const row = before
      ? (await updateAtVersion(tx.dualPost, { id: before.id, version: before.version }, data),
        await tx.dualPost.findUniqueOrThrow({ where: { id: before.id } }))
      : await tx.dualPost.create({ data: { unitId: loaded.unit.id, userId: person.id, ...data } }).catch(lostRace("The dual post"));
    return {
      entityType: "DualPost",
      entityId: row.id,
      unitId: loaded.unit.id,
      before: before ? { note: before.note, revokedAt: before.revokedAt?.toISOString() } : undefined,
      after: { user: person.displayName, note: input.note },
      message: `Đã ghi nhận ${person.displayName} kiêm nhiệm (${input.note}): người này được tự ghi, trình và duyệt biên bản của ${loaded.unit.name}.`,
    };
  },
};

type DualLoaded = Loaded & { dual: { id: string; version: number; revokedAt: Date | null; note: string; unitId: string; userId: string } };

export const revokeDualPost: ActionDefinition<typeof revokeDualPostSchema, DualLoaded, undefined> = {
  name: "signoff.revoke_dual_post",
  permission: "signoff.manage",
  schema: revokeDualPostSchema,
  async load(db, input, actor, permission) {
    const dual = await db.dualPost.findFirst({
      where: { id: input.dualPostId, unit: unitScope(actor, permission) },
      include: { unit: { select: { path: true } } },
    });
    return dual && { entityType: "DualPost", entityId: dual.id, unitId: dual.unitId, target: { unitPath: dual.unit.path }, dual };
  },
  async write(tx, { input, loaded, actor }) {
    const { dual } = loaded;
    if (dual.revokedAt) throw new RefusedError("Việc kiêm nhiệm này đã được thôi ghi nhận trước đó.");
    await updateAtVersion(tx.dualPost, { id: dual.id, version: input.version }, { revokedAt: new Date(), revokedById: actor.userId });
    const user = await tx.user.findUniqueOrThrow({ where: { id: dual.userId }, select: { displayName: true } });
    return {
      entityType: "DualPost",
      entityId: dual.id,
      unitId: dual.unitId,
      before: { note: dual.note },
      after: { revoked: true },
      message: `Đã thôi ghi nhận ${user.displayName} kiêm nhiệm: từ nay hai bước ký duyệt phải do hai người.`,
    };
  },
};
