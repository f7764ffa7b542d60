// Reading registers within the reader's scope: a unit's bodies with this year's registers and numbers (the
// register page), and the rows of register.csv.
import "server-only";
import type { DocumentFamily, IssuingBodyKind, RegisterKind } from "../../generated/prisma/sqlite/enums";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { unitScope } from "../auth/scope";
import { db } from "../db";
import { formatDate } from "../time/business-date";
import { bodyDefaults, bodyKindsOf, ENTRY_STATUS_LABEL, KIND_LABEL, numberLabel, registerKindsOf, BODY_KIND_LABEL } from "./rules";

/** At most this many numbers per register on the page; the download has them all. */
export const REGISTER_PAGE_ROWS = 500;

/** Where a numbered document is seen: its own page, or for a supervision plan its commune's supervision page. */
export function entryHref(e: { entityType: string; entityId: string }, unitCode: string): string {
  if (e.entityType === "Meeting") return `/meetings/${e.entityId}`;
  if (e.entityType === "Report") return `/reports/${e.entityId}`;
  if (e.entityType === "SupervisionPlan") return `/communes/${unitCode}/supervision?plan=${e.entityId}`;
  if (e.entityType === "SkilfulModel") return `/models/${e.entityId}`;
  return `/criticism/${e.entityId}`;
}

export async function registerPage(actor: Actor, unitId: string, year: number) {
  const unit = await db.unit.findFirst({
    where: { AND: [{ id: unitId }, unitScope(actor, "unit.read")] },
    select: { id: true, code: true, name: true, type: true, level: true, path: true, validFrom: true, validTo: true },
  });
  if (!unit) return null;
  const stored = await db.issuingBody.findMany({
    where: { unitId: unit.id },
    include: {
      registers: {
        where: { year },
        include: { entries: { orderBy: { number: "asc" }, take: REGISTER_PAGE_ROWS } },
      },
    },
  });
  const kinds = [...new Set<IssuingBodyKind>([...bodyKindsOf(unit.level), ...stored.map((b) => b.kind)])];
  const bodies = kinds.map((kind) => {
    const body = stored.find((b) => b.kind === kind);
    const defaults = bodyDefaults(kind, unit);
    const family = body?.family ?? defaults.family;
    const symbol = body?.symbol ?? defaults.symbol;
    return {
      kind,
      kindLabel: BODY_KIND_LABEL[kind],
      name: body?.name ?? defaults.name,
      symbol,
      family,
      registers: registerKindsOf(kind).map((k) => {
        const r = body?.registers.find((x) => x.kind === k);
        return {
          kind: k,
          kindLabel: KIND_LABEL[k],
          startNumber: r?.startNumber ?? null,
          nextLabel: numberLabel(family, r?.nextNumber ?? r?.startNumber ?? 1, k, symbol),
          issuedCount: r ? r.nextNumber - r.startNumber : 0,
          entries: (r?.entries ?? []).map((e) => ({ ...e, href: entryHref(e, unit.code) })),
        };
      }),
    };
  });
  return { unit, bodies, canManage: can(actor, "register.manage", { unitPath: unit.path }) };
}

export const REGISTER_HEADER = [
  "Cơ quan ban hành",
  "Năm",
  "Loại văn bản",
  "Số",
  "Số ký hiệu",
  "Ngày văn bản",
  "Trích yếu",
  "Người ký",
  "Chức vụ",
  "Trạng thái",
  "Lý do hủy",
  "Đường dẫn",
];

/**
 * register.csv: the numbers of the caller's own bodies (the units the caller holds a role at), or of one
 * unit in the caller's scope; one year (default: the business year).
 */
export async function registerRows(actor: Actor, opts: { unitId: string | null; year: number; kind: RegisterKind | null }): Promise<string[][] | null> {
  let units: { id: string; code: string }[];
  if (opts.unitId) {
    const unit = await db.unit.findFirst({ where: { AND: [{ id: opts.unitId }, unitScope(actor, "unit.read")] }, select: { id: true, code: true } });
    if (!unit) return null;
    units = [unit];
  } else {
    const paths = actor.assignments.map((a) => a.unitPath);
    units = await db.unit.findMany({ where: { path: { in: paths } }, select: { id: true, code: true } });
  }
  const unitIds = units.map((u) => u.id);
  const codes = new Map(units.map((u) => [u.id, u.code]));
  const entries = await db.registerEntry.findMany({
    where: { unitId: { in: unitIds }, register: { year: opts.year, ...(opts.kind ? { kind: opts.kind } : {}) } },
    orderBy: [{ register: { body: { name: "asc" } } }, { register: { kind: "asc" } }, { number: "asc" }],
    include: { register: { include: { body: { select: { name: true } } } } },
    take: 100_000,
  });
  return entries.map((e) => [
    e.register.body.name,
    String(e.register.year),
    KIND_LABEL[e.register.kind],
    String(e.number),
    e.label,
    formatDate(e.issuedOn),
    e.summary,
    e.signerName,
    e.signerPost,
    ENTRY_STATUS_LABEL[e.status],
    e.voidReason ?? "",
    entryHref(e, codes.get(e.unitId) ?? ""),
  ]);
}

export interface DocumentBody {
  name: string;
  symbol: string;
  family: DocumentFamily;
}

/**
 * The body that issues a unit's documents of a kind as it stands, with the name, symbol and format it chose
 * on its register page; its defaults before it has issued a number.
 */
export async function documentBody(unit: { id: string; type: string; name: string }, kind: IssuingBodyKind): Promise<DocumentBody> {
  const body = await db.issuingBody.findUnique({ where: { unitId_kind: { unitId: unit.id, kind } }, select: { name: true, symbol: true, family: true } });
  return body ?? bodyDefaults(kind, unit);
}

/**
 * The number a document holds now (its latest entry not voided), the numbers voided on it, and the body
 * that issues it (its header, format and symbol), for its page and its file.
 */
export async function documentNumber(
  entityType: "Meeting" | "Report" | "CriticismCase" | "SupervisionPlan",
  entityId: string,
  issuer: { unit: { id: string; type: string; name: string }; kind: IssuingBodyKind },
) {
  const entries = await db.registerEntry.findMany({
    where: { entityType, entityId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      label: true,
      status: true,
      issuedOn: true,
      signerName: true,
      signerPost: true,
      voidReason: true,
      register: { select: { bodyId: true } },
    },
  });
  return {
    current: entries.find((e) => e.status === "ISSUED") ?? null,
    voided: entries.filter((e) => e.status === "VOIDED"),
    body: await documentBody(issuer.unit, issuer.kind),
  };
}
export type DocumentNumber = Awaited<ReturnType<typeof documentNumber>>;
