// Minutes numbers from the issuing body's register: one counter per issuing body, document type and
// calendar year, advanced inside the approving transaction, so a number is given once and never reused.
import type { BlocModel } from "../../generated/prisma/sqlite/enums";
import type { Tx } from "../db";

/** Which body issues a bloc's minutes and in which format (docs/DOMAIN.md, "Documents"). */
export function minutesIssuer(model: BlocModel): { family: "PARTY" | "FRONT"; label: (n: number) => string; body: string } {
  // A dân vận bloc is a Party body (Hướng dẫn 36-HD/VPTW: "Số 12-BB/ĐU"); the joint advisory and
  // coordination units sit with the Front's committee.
  if (model === "DAN_VAN_BLOC") return { family: "PARTY", label: (n) => `${n}-BB/ĐU`, body: "PARTY" };
  return { family: "FRONT", label: (n) => `${n}/BB-MTTQ`, body: "FRONT" };
}

export async function minutesNumbering(tx: Tx, { unitId, model, year }: { unitId: string; model: BlocModel; year: number }) {
  const issuer = minutesIssuer(model);
  const key = { issuer: `${unitId}:${issuer.body}`, docType: "BB", year };
  const counter = await tx.documentCounter.upsert({ where: { issuer_docType_year: key }, create: { ...key, last: 1 }, update: { last: { increment: 1 } } });
  return { minutesIssuer: key.issuer, minutesYear: year, minutesNumber: counter.last, minutesLabel: issuer.label(counter.last) };
}
