// Reads for user administration. Only actors who may read users get anything.
import "server-only";
import { db } from "../db";
import type { Prisma } from "../../generated/prisma/sqlite/client";
import { can, type PermissionSubject } from "../auth/permissions";
import { RECORD_ID } from "../validation";
import { globalRecordScope } from "../auth/records";

export const USERS_PAGE_SIZE = 50;

export async function listUsers(actor: PermissionSubject, { q, status, page }: { q?: string; status?: "ACTIVE" | "DISABLED"; page: number }) {
  if (!can(actor, "user.read")) return null;
  const text = (q ?? "")
    .normalize("NFC")
    .replace(/\p{Cc}/gu, "")
    .trim()
    .slice(0, 64);
  const where: Prisma.UserWhereInput = {
    ...(status ? { status } : {}),
    ...(text ? { OR: [{ username: { contains: text.toLowerCase() } }, { displayName: { contains: text } }] } : {}),
  };
  const [total, users] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: { username: "asc" },
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      include: { assignments: { include: { unit: { select: { code: true, name: true, type: true } } }, orderBy: { validFrom: "desc" } } },
    }),
  ]);
  return { total, users };
}

export async function getUser(actor: PermissionSubject, userId: string) {
  if (!RECORD_ID.test(userId)) return null;
  return db.user.findFirst({
    where: { id: userId, ...globalRecordScope(actor, "user.read") },
    include: {
      assignments: {
        include: { unit: { select: { code: true, name: true, type: true, level: true } }, organisation: { select: { name: true } } },
        orderBy: { validFrom: "desc" },
      },
      sessions: { where: { revokedAt: null }, select: { id: true, createdAt: true, lastSeenAt: true }, orderBy: { lastSeenAt: "desc" }, take: 5 },
    },
  });
}

export async function listOrganisationTypes() {
  return db.organisationType.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true, name: true } });
}

export async function getImport(actor: PermissionSubject, importId: string) {
  if (!RECORD_ID.test(importId)) return null;
  return db.userImport.findFirst({ where: { id: importId, ...globalRecordScope(actor, "user.manage") } });
}
