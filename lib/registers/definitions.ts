// The register's own writes, through the one action path (runAction): setting where a year's register
// starts (a body adopting the portal mid-year), and voiding a number issued by mistake. A voided number
// stays in the register with its reason and is never issued again; the document it was on takes the next
// number at once when it is still final (approved minutes, a sent report or opinion), otherwise when it is
// next finalised.
import type { ActionDefinition, Loaded } from "../actions/run-action";
import { MESSAGES, RefusedError } from "../actions/result";
import { updateAtVersion } from "../actions/versioned";
import type { Db, Tx } from "../db";
import { unitScope } from "../auth/scope";
import type { Prisma } from "../../generated/prisma/sqlite/client";
import type { IssuingBodyKind, RegisterKind } from "../../generated/prisma/sqlite/enums";
import { today } from "../time/today";
import { lostRace } from "../actions/transaction";
import { ensureBody, issueNumber, type IssueRequest, type IssuedNumber } from "./issue";
import { BODY_KIND_LABEL, bodyKindsOf, FAMILY_LABEL, KIND_LABEL, numberLabel, registerKindsOf } from "./rules";
import { setBodySchema, setRegisterStartSchema, voidEntrySchema } from "./schema";

export type UnitLoaded = Loaded & { unit: { id: string; name: string; type: string; level: string; path: string } };

/** The unit whose bodies (their registers, their sign-off) the input names, within the actor's reach. */
export async function loadUnit(db: Db, unitId: string, scope: Prisma.UnitWhereInput, entityType: string): Promise<UnitLoaded | null> {
  const unit = await db.unit.findFirst({
    where: { AND: [{ id: unitId }, scope] },
    select: { id: true, name: true, type: true, level: true, path: true },
  });
  return unit && { entityType, unitId: unit.id, target: { unitPath: unit.path }, unit };
}

/** Only a commune has a Party committee among its bodies (bodyKindsOf). */
function checkBodyKind(unit: { level: string }, bodyKind: IssuingBodyKind) {
  if (!bodyKindsOf(unit.level).includes(bodyKind)) throw new RefusedError(MESSAGES.invalid, { bodyKind: ["Đơn vị này chỉ có sổ của Ủy ban MTTQ."] });
}

export const setRegisterStart: ActionDefinition<typeof setRegisterStartSchema, UnitLoaded, undefined> = {
  name: "register.set_start",
  permission: "register.manage",
  schema: setRegisterStartSchema,
  load: (db, input, actor, permission) => loadUnit(db, input.unitId, unitScope(actor, permission), "DocumentRegister"),
  async write(tx, { input, loaded }) {
    checkBodyKind(loaded.unit, input.bodyKind);
    if (!registerKindsOf(input.bodyKind).includes(input.kind))
      throw new RefusedError(MESSAGES.invalid, { kind: [`${BODY_KIND_LABEL[input.bodyKind]} không có sổ ${KIND_LABEL[input.kind].toLowerCase()}.`] });
    const thisYear = today().getUTCFullYear();
    if (input.year > thisYear + 1) throw new RefusedError(MESSAGES.invalid, { year: [`Chỉ đặt số bắt đầu cho năm nay hoặc năm ${thisYear + 1}.`] });
    const body = await ensureBody(tx, loaded.unit, input.bodyKind);
    const key = { bodyId_year_kind: { bodyId: body.id, year: input.year, kind: input.kind } };
    const before = await tx.documentRegister.findUnique({ where: key });
    const what = `Sổ ${KIND_LABEL[input.kind].toLowerCase()} năm ${input.year} của ${body.name}`;
    if (before && before.nextNumber > before.startNumber) {
      const last = numberLabel(body.family, before.nextNumber - 1, input.kind, body.symbol);
      throw new RefusedError(
        input.startNumber < before.nextNumber
          ? `${what} đã cấp đến số ${last}: số bắt đầu ${input.startNumber} nhỏ hơn số đã cấp, không đặt được.`
          : `${what} đã cấp đến số ${last}: số bắt đầu chỉ đặt được trước khi cấp số đầu tiên, để sổ không bị cách quãng.`,
      );
    }
    const register = before
      ? (await updateAtVersion(
          tx.documentRegister,
          { id: before.id, version: before.version },
          { startNumber: input.startNumber, nextNumber: input.startNumber },
        ),
        await tx.documentRegister.findUniqueOrThrow({ where: { id: before.id } }))
      : await tx.documentRegister
          .create({
            data: { bodyId: body.id, year: input.year, kind: input.kind, startNumber: input.startNumber, nextNumber: input.startNumber },
          })
          .catch(lostRace("The register"));
    return {
      entityType: "DocumentRegister",
      entityId: register.id,
      unitId: loaded.unit.id,
      before: before ? { startNumber: before.startNumber } : undefined,
      after: { body: body.name, kind: input.kind, year: input.year, startNumber: input.startNumber },
      message: `${what} bắt đầu từ số ${numberLabel(body.family, input.startNumber, input.kind, body.symbol)}.`,
    };
  },
};

/**
 * The body decides its name, the symbol in its numbers and its format family (the Party's bodies keep the
 * Party's; a Front committee follows the Front's guidance or the State's Decree 30/2020). Numbers already
 * issued keep their labels; the next ones take the new symbol and format.
 */
export const setIssuingBody: ActionDefinition<typeof setBodySchema, UnitLoaded, undefined> = {
  name: "register.set_body",
  permission: "register.manage",
  schema: setBodySchema,
  load: (db, input, actor, permission) => loadUnit(db, input.unitId, unitScope(actor, permission), "IssuingBody"),
  async write(tx, { input, loaded }) {
    checkBodyKind(loaded.unit, input.bodyKind);
    if ((input.bodyKind === "PARTY_COMMITTEE") !== (input.family === "PARTY"))
      throw new RefusedError(MESSAGES.invalid, {
        family: [
          input.bodyKind === "PARTY_COMMITTEE" ? "Văn bản của Đảng ủy theo thể thức của Đảng." : "Ủy ban MTTQ theo thể thức của Mặt trận hoặc của Nhà nước.",
        ],
      });
    const before = await ensureBody(tx, loaded.unit, input.bodyKind);
    const data = { name: input.name, symbol: input.symbol, family: input.family };
    await updateAtVersion(tx.issuingBody, { id: before.id, version: before.version }, data);
    const example = numberLabel(input.family, 5, "MINUTES", input.symbol);
    return {
      entityType: "IssuingBody",
      entityId: before.id,
      unitId: loaded.unit.id,
      before: { name: before.name, symbol: before.symbol, family: before.family },
      after: data,
      message: `Đã lưu ${input.name} (${FAMILY_LABEL[input.family]}): số cấp từ nay có dạng ${example}; số đã cấp giữ nguyên.`,
    };
  },
};

type EntryLoaded = Loaded & {
  entry: Prisma.RegisterEntryGetPayload<{ include: { register: { include: { body: { include: { unit: true } } } } } }>;
};

async function loadEntry(db: Db, entryId: string, scope: Prisma.UnitWhereInput): Promise<EntryLoaded | null> {
  const entry = await db.registerEntry.findFirst({
    where: { id: entryId, register: { body: { unit: scope } } },
    include: { register: { include: { body: { include: { unit: true } } } } },
  });
  return entry && { entityType: "RegisterEntry", entityId: entry.id, unitId: entry.unitId, target: { unitPath: entry.register.body.unit.path }, entry };
}

/** Whether the document still stands as issued (so it takes a new number now), and how it records its number. */
async function documentState(
  tx: Tx,
  entityType: string,
  entityId: string,
  kind: RegisterKind,
): Promise<{ final: boolean; record: (n: IssuedNumber | null) => Promise<unknown> }> {
  // Documents other than minutes read their number from the register.
  const record = async () => {};
  if (entityType === "Meeting" && kind === "CONCLUSION") {
    // A conclusions notice stands while its minutes stay approved.
    const m = await tx.meeting.findUnique({ where: { id: entityId }, select: { status: true } });
    return { final: m?.status === "APPROVED", record };
  }
  if (entityType === "SupervisionPlan") {
    const p = await tx.supervisionPlan.findUnique({ where: { id: entityId }, select: { status: true } });
    return { final: p?.status === "APPROVED", record };
  }
  if (entityType === "Meeting") {
    const m = await tx.meeting.findUnique({ where: { id: entityId }, select: { status: true } });
    return {
      // Approved minutes take a number now; minutes reopened meanwhile take one when approved again.
      final: m?.status === "APPROVED",
      record: (n) =>
        tx.meeting.update({
          where: { id: entityId },
          data: {
            minutesIssuer: n?.bodyId ?? null,
            minutesYear: n?.year ?? null,
            minutesNumber: n?.number ?? null,
            minutesLabel: n?.label ?? null,
            version: { increment: 1 },
          },
        }),
    };
  }
  if (entityType === "Report") {
    const r = await tx.report.findUnique({ where: { id: entityId }, select: { status: true } });
    return { final: r?.status === "SUBMITTED" || r?.status === "ACCEPTED", record };
  }
  const c = await tx.criticismCase.findUnique({ where: { id: entityId }, select: { opinionSentOn: true } });
  return { final: Boolean(c?.opinionSentOn), record };
}

export const voidRegisterEntry: ActionDefinition<typeof voidEntrySchema, EntryLoaded, undefined> = {
  name: "register.void",
  permission: "register.manage",
  schema: voidEntrySchema,
  load: (db, input, actor, permission) => loadEntry(db, input.entryId, unitScope(actor, permission)),
  async write(tx, { input, loaded, actor }) {
    const entry = loaded.entry;
    if (entry.status === "VOIDED") throw new RefusedError(`Số ${entry.label} đã bị hủy trước đó: một số đã hủy không được cấp lại.`);
    const { count } = await tx.registerEntry.updateMany({
      where: { id: entry.id, status: "ISSUED" },
      data: { status: "VOIDED", voidReason: input.reason, voidedAt: new Date(), voidedById: actor.userId },
    });
    if (count !== 1) throw new RefusedError(`Số ${entry.label} vừa bị hủy bởi người khác.`);
    // The document takes the next number now if it still stands as issued.
    const doc = await documentState(tx, entry.entityType, entry.entityId, entry.register.kind);
    const body = entry.register.body;
    const next = doc.final
      ? await issueNumber(tx, {
          unit: body.unit,
          bodyKind: body.kind,
          kind: entry.register.kind,
          issuedOn: entry.issuedOn,
          summary: entry.summary,
          signerName: entry.signerName,
          signerPost: entry.signerPost,
          entityType: entry.entityType as IssueRequest["entityType"],
          entityId: entry.entityId,
          issuedById: actor.userId,
        })
      : null;
    await doc.record(next);
    return {
      entityType: "RegisterEntry",
      entityId: entry.id,
      unitId: entry.unitId,
      before: { label: entry.label, status: "ISSUED" },
      after: { label: entry.label, status: "VOIDED", replacedBy: next?.label },
      reason: input.reason,
      message: next
        ? `Đã hủy số ${entry.label}; văn bản nhận số mới ${next.label}.`
        : `Đã hủy số ${entry.label}; văn bản sẽ nhận số mới khi được ban hành lại.`,
    };
  },
};
