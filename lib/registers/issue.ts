// Issuing a number from a body's register inside the finalising transaction (approving minutes, issuing
// their conclusions notice, sending a report or a criticism opinion, recording a supervision plan's approval). The register's counter is one row advanced by an update, so two
// offices finalising at once wait for each other (PostgreSQL's row lock; SQLite's one write transaction at
// a time) and get consecutive numbers; a rolled-back finalising rolls its number back, so there is no gap.
import type { IssuingBodyKind, RegisterKind } from "../../generated/prisma/sqlite/enums";
import type { Tx } from "../db";
import { lostRace } from "../actions/transaction";
import { bodyDefaults, numberLabel, KIND_CODE } from "./rules";

export interface IssueRequest {
  unit: { id: string; type: string; name: string };
  bodyKind: IssuingBodyKind;
  kind: RegisterKind;
  /** The business date the document carries; its year chooses the register. */
  issuedOn: Date;
  summary: string;
  signerName: string;
  signerPost: string;
  entityType: "Meeting" | "Report" | "CriticismCase" | "SupervisionPlan" | "SkilfulModel";
  entityId: string;
  issuedById: string;
}

export interface IssuedNumber {
  entryId: string;
  bodyId: string;
  year: number;
  number: number;
  label: string;
}

/** The unit's body of that kind, created with its defaults the first time it is needed. */
export async function ensureBody(tx: Tx, unit: IssueRequest["unit"], kind: IssuingBodyKind) {
  const found = await tx.issuingBody.findUnique({ where: { unitId_kind: { unitId: unit.id, kind } } });
  if (found) return found;
  return tx.issuingBody.create({ data: { unitId: unit.id, kind, ...bodyDefaults(kind, unit) } }).catch(lostRace("The issuing body"));
}

/**
 * Where a register that has not been used this year starts: 1, or after the last minutes number the portal
 * issued before registers existed (decision 0032).
 */
async function firstNumber(tx: Tx, unitId: string, bodyKind: IssuingBodyKind, kind: RegisterKind, year: number): Promise<number> {
  if (kind !== "MINUTES") return 1;
  const legacy = await tx.documentCounter.findUnique({
    where: { issuer_docType_year: { issuer: `${unitId}:${bodyKind === "PARTY_COMMITTEE" ? "PARTY" : "FRONT"}`, docType: KIND_CODE.MINUTES, year } },
  });
  return (legacy?.last ?? 0) + 1;
}

export async function issueNumber(tx: Tx, r: IssueRequest): Promise<IssuedNumber> {
  const body = await ensureBody(tx, r.unit, r.bodyKind);
  const year = r.issuedOn.getUTCFullYear();
  const key = { bodyId_year_kind: { bodyId: body.id, year, kind: r.kind } };
  let register = await tx.documentRegister.findUnique({ where: key });
  if (!register) {
    // A body that has not opened this year's register gets one from 1 (or from where it stood before).
    const start = await firstNumber(tx, r.unit.id, r.bodyKind, r.kind, year);
    register = await tx.documentRegister
      .create({ data: { bodyId: body.id, year, kind: r.kind, startNumber: start, nextNumber: start } })
      .catch(lostRace("The register"));
  }
  // The one statement that hands out the number: it waits for any other finalising on this register.
  const advanced = await tx.documentRegister.update({ where: { id: register.id }, data: { nextNumber: { increment: 1 } }, select: { nextNumber: true } });
  const number = advanced.nextNumber - 1;
  const label = numberLabel(body.family, number, r.kind, body.symbol);
  const entry = await tx.registerEntry.create({
    data: {
      registerId: register.id,
      number,
      label,
      issuedOn: r.issuedOn,
      summary: r.summary.slice(0, 500),
      signerName: r.signerName,
      signerPost: r.signerPost,
      entityType: r.entityType,
      entityId: r.entityId,
      unitId: r.unit.id,
      issuedById: r.issuedById,
    },
    select: { id: true },
  });
  return { entryId: entry.id, bodyId: body.id, year, number, label };
}

/** The number a record holds now (its latest entry not voided, of one kind where a record has several: a
 * meeting's minutes and its conclusions notice), or null. */
export function liveEntry(tx: Tx, entityType: IssueRequest["entityType"], entityId: string, kind?: RegisterKind) {
  return tx.registerEntry.findFirst({
    where: { entityType, entityId, status: "ISSUED", ...(kind ? { register: { kind } } : {}) },
    orderBy: { createdAt: "desc" },
    include: { register: { include: { body: true } } },
  });
}

/** The body that issues a unit's reports: a commune's bloc's host (the Party's for a dân vận bloc), above it the Front's. */
export function reportBodyKind(level: string, model: string | null | undefined): IssuingBodyKind {
  return level === "COMMUNE" && model === "DAN_VAN_BLOC" ? "PARTY_COMMITTEE" : "FRONT_COMMITTEE";
}

/**
 * Who signs a commune body's report or opinion, as its register records it: for the Party's documents the
 * bloc's head from the people list; for the Front's, the head when they chair the Front committee
 * ("Chủ tịch", signing for its standing committee); otherwise the account that sends it.
 */
export async function bodySigner(
  tx: Tx,
  unitId: string,
  account: string,
  family: "PARTY" | "FRONT" | "STATE",
): Promise<{ signerName: string; signerPost: string }> {
  const head = await tx.blocPost.findFirst({
    where: { bloc: { unitId }, role: "HEAD", termEnd: null },
    orderBy: { termStart: "desc" },
    select: { frontChair: true, person: { select: { fullName: true } } },
  });
  if (family === "PARTY" && head) return { signerName: head.person.fullName, signerPost: "Trưởng khối" };
  // The Front's documents are signed for its standing committee by its chair.
  if (head?.frontChair) return { signerName: head.person.fullName, signerPost: "Chủ tịch" };
  return { signerName: account, signerPost: "" };
}
