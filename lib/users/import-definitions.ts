// Uploading a user list (kept for preview) and confirming or discarding it. Confirming creates every
// account in one transaction, or none if any row has become invalid since the preview.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Db, Tx } from "../db";
import type { Actor } from "../auth/actor";
import type { ActionDefinition, Loaded } from "../actions/run-action";
import { RefusedError } from "../actions/result";
import { writeTransaction } from "../actions/transaction";
import { auditChange, type AuditContext } from "../audit/write";
import { hashPassword } from "../auth/password";
import { parseIsoDate } from "../time/business-date";
import { importDecisionSchema } from "./schema";
import { checkImport, parseStoredRows, readSheet } from "./import";
import { safeFileName, type SheetKind } from "../files/upload";
import { resolveRoleTarget } from "./role-target";
import { temporaryPassword } from "./temporary-password";
import { userSnapshot } from "./definitions";
import { globalRecordScope } from "../auth/records";
import type { Prisma } from "../../generated/prisma/sqlite/client";

export type CheckedImport = Awaited<ReturnType<typeof checkedImport>>;

/** A file read and its rows checked against the database (outside any transaction). */
export async function checkedImport(db: Db, file: { name: string; bytes: Uint8Array; kind: SheetKind }) {
  const { rows, errors } = await checkImport(db, await readSheet(file.bytes, file.kind));
  return { fileName: safeFileName(file.name, "tep"), rows, errors };
}

/** The checked rows kept for the administrator's preview; its id. */
export async function storeCheckedImport(tx: Tx | Db, actor: Actor, checked: CheckedImport): Promise<string> {
  const id = randomUUID();
  await tx.userImport.create({
    data: { id, createdById: actor.userId, fileName: checked.fileName, rows: JSON.stringify(checked.rows), errors: JSON.stringify(checked.errors) },
  });
  return id;
}

export const importAudit = (id: string, checked: CheckedImport) => ({
  action: "user.import_upload",
  entityType: "UserImport",
  entityId: id,
  after: { fileName: checked.fileName, rows: checked.rows.length, errors: checked.errors.length },
});

/** Stores a checked file for the preview with its audit event; the caller has authenticated and authorised (tests, lib/users/import-upload.ts). */
export async function storeImport(db: Db, actor: Actor, file: { name: string; bytes: Uint8Array; kind: SheetKind }, ctx: AuditContext) {
  const checked = await checkedImport(db, file);
  return writeTransaction(db, async (tx) => {
    const id = await storeCheckedImport(tx, actor, checked);
    await auditChange(tx, actor, importAudit(id, checked), ctx);
    return id;
  });
}

type ImportLoaded = Loaded & { importId: string; rows: ReturnType<typeof parseStoredRows>; errors: number; status: string };

async function loadImport(db: Db, importId: string, scope: Prisma.UserImportWhereInput): Promise<ImportLoaded | null> {
  const row = await db.userImport.findFirst({ where: { id: importId, ...scope } });
  if (!row) return null;
  return {
    entityType: "UserImport",
    entityId: row.id,
    importId: row.id,
    rows: parseStoredRows(row.rows),
    errors: (JSON.parse(row.errors) as unknown[]).length,
    status: row.status,
  };
}

export const confirmImport: ActionDefinition<typeof importDecisionSchema, ImportLoaded, { passwords: string[]; hashes: string[] }> = {
  name: "user.import",
  permission: "user.manage",
  schema: importDecisionSchema,
  load: (db, input, actor, permission) => loadImport(db, input.importId, globalRecordScope(actor, permission)),
  async prepare(_input, loaded) {
    const passwords = loaded.rows.map(() => temporaryPassword());
    return { passwords, hashes: await Promise.all(passwords.map((p) => hashPassword(p))) };
  },
  async write(tx, { loaded, prepared, actor, ctx }) {
    if (loaded.status !== "PENDING") throw new RefusedError("Tệp này đã được xử lý.");
    if (loaded.errors > 0 || loaded.rows.length === 0) throw new RefusedError("Tệp còn dòng lỗi: hãy sửa tệp và tải lên lại.");
    const { count } = await tx.userImport.updateMany({
      where: { id: loaded.importId, status: "PENDING" },
      data: { status: "IMPORTED", decidedAt: new Date() },
    });
    if (count !== 1) throw new RefusedError("Tệp này đã được xử lý.");
    const created: string[][] = [];
    for (const [i, r] of loaded.rows.entries()) {
      if (await tx.user.findUnique({ where: { username: r.username } })) {
        throw new RefusedError(`Dòng ${r.row}: tên đăng nhập ${r.username} vừa được dùng cho tài khoản khác. Không tài khoản nào được tạo.`);
      }
      const validFrom = parseIsoDate(r.validFrom)!;
      const target = await resolveRoleTarget(tx, { ...r, validFrom });
      if (!target.ok) throw new RefusedError(`Dòng ${r.row}: ${Object.values(target.fieldErrors).flat().join(" ")} Không tài khoản nào được tạo.`);
      const user = await tx.user.create({ data: { username: r.username, displayName: r.displayName, mustChangePassword: true } });
      await tx.passwordCredential.create({ data: { userId: user.id, hash: prepared.hashes[i] } });
      await tx.roleAssignment.create({
        data: { userId: user.id, role: r.role, unitId: target.unit.id, organisationId: target.organisationId, validFrom, validTo: target.unit.validTo },
      });
      await auditChange(
        tx,
        actor,
        {
          action: "user.create",
          entityType: "User",
          entityId: user.id,
          unitId: target.unit.id,
          after: { ...userSnapshot(user), importId: loaded.importId, row: r.row },
        },
        ctx,
      );
      created.push([r.username, r.displayName, prepared.passwords[i]]);
    }
    return {
      entityType: "UserImport",
      entityId: loaded.importId,
      after: { status: "IMPORTED", created: created.length },
      message: `Đã tạo ${created.length} tài khoản. Mật khẩu tạm thời chỉ hiện một lần dưới đây: hãy trao cho từng người; họ phải đổi ở lần đăng nhập đầu tiên.`,
      table: { caption: "Mật khẩu tạm thời của các tài khoản vừa tạo", header: ["Tên đăng nhập", "Họ và tên", "Mật khẩu tạm thời"], rows: created },
    };
  },
};

export const discardImport: ActionDefinition<typeof importDecisionSchema, ImportLoaded, undefined> = {
  name: "user.import_discard",
  permission: "user.manage",
  schema: importDecisionSchema,
  load: (db, input, actor, permission) => loadImport(db, input.importId, globalRecordScope(actor, permission)),
  async write(tx, { loaded }) {
    const { count } = await tx.userImport.updateMany({
      where: { id: loaded.importId, status: "PENDING" },
      data: { status: "DISCARDED", decidedAt: new Date() },
    });
    if (count !== 1) throw new RefusedError("Tệp này đã được xử lý.");
    return { entityType: "UserImport", entityId: loaded.importId, after: { status: "DISCARDED" }, redirectTo: "/admin/users/import" };
  },
};
