// Minutes numbers from the issuing body's register (lib/registers): issued inside the approving
// transaction, once; a meeting reopened and approved again keeps its number.
import type { BlocModel, IssuingBodyKind } from "../../generated/prisma/sqlite/enums";
import type { Tx } from "../db";
import { issueNumber } from "../registers/issue";
import { formatIsoWeek, isoWeekOf } from "../time/iso-week";

/** Which body issues a bloc's minutes and in which format (docs/DOMAIN.md, "Documents"). */
export function minutesIssuer(model: BlocModel): { family: "PARTY" | "FRONT"; bodyKind: IssuingBodyKind } {
  // A dân vận bloc is a Party body (Hướng dẫn 36-HD/VPTW: "Số 12-BB/ĐU"); the joint advisory and
  // coordination units sit with the Front's committee.
  return model === "DAN_VAN_BLOC" ? { family: "PARTY", bodyKind: "PARTY_COMMITTEE" } : { family: "FRONT", bodyKind: "FRONT_COMMITTEE" };
}

export async function minutesNumbering(
  tx: Tx,
  m: { id: string; model: BlocModel; heldOn: Date; kind: string; unit: { id: string; type: string; name: string }; chairId: string | null; actorId: string },
) {
  const chair = m.chairId ? await tx.person.findUnique({ where: { id: m.chairId }, select: { fullName: true } }) : null;
  const n = await issueNumber(tx, {
    unit: m.unit,
    bodyKind: minutesIssuer(m.model).bodyKind,
    kind: "MINUTES",
    issuedOn: m.heldOn,
    summary: `Biên bản hội nghị giao ban ${formatIsoWeek(isoWeekOf(m.heldOn)).toLowerCase()}${m.kind === "EXTRAORDINARY" ? " (đột xuất)" : ""}`,
    signerName: chair?.fullName ?? "",
    signerPost: "Chủ trì",
    entityType: "Meeting",
    entityId: m.id,
    issuedById: m.actorId,
  });
  return { minutesIssuer: n.bodyId, minutesYear: n.year, minutesNumber: n.number, minutesLabel: n.label };
}
