// The member bodies of the agencies above the communes, which attend their giao ban (decision 0035): a
// district's Cơ quan khối (44-QĐ/TU) brings together the district Party committee's Ban Dân vận, the
// Front's committee and the five socio-political organisations of the district; the province's bloc body
// the provincial ones, with the Party's Ban Dân vận merged into the Ban Tuyên giáo và Dân vận from
// 1/7/2025. Idempotent like the rest of the reference seed: it creates what is missing, never deletes.
import type { Db } from "../../lib/db";
import { UNIT_TYPE_LABEL } from "../../lib/units/labels";
import type { UnitType } from "../../generated/prisma/sqlite/enums";
import { addDays } from "../../lib/time/business-date";
import { LAST_DAY_OF_DISTRICTS } from "./reference-plan";
import type { SeedReport } from "./reference";

/** The organisation types of an agency's members, besides its Party board. */
const MEMBER_TYPES = ["MTTQ", "CONG_DOAN", "HOI_NONG_DAN", "DOAN_THANH_NIEN", "HOI_PHU_NU", "HOI_CUU_CHIEN_BINH"];

/** Above the commune the trade union is the Liên đoàn Lao động. */
const NAME_ABOVE_COMMUNE: Record<string, string> = { CONG_DOAN: "Liên đoàn Lao động" };

const PARTY_COMMITTEE: Partial<Record<UnitType, string>> = { TINH: "Tỉnh ủy", THANH_PHO: "Thành ủy", THI_XA: "Thị ủy", HUYEN: "Huyện ủy", QUAN: "Quận ủy" };

export async function seedAgencyOrganisations(db: Db, report: SeedReport) {
  const types = new Map((await db.organisationType.findMany()).map((t) => [t.code, t]));
  const units = await db.unit.findMany({
    where: { level: { in: ["DISTRICT", "PROVINCE"] } },
    select: { id: true, level: true, type: true, name: true, validFrom: true, validTo: true },
  });
  const existing = new Set(
    (await db.organisation.findMany({ where: { unitId: { in: units.map((u) => u.id) } }, select: { unitId: true, typeId: true, validFrom: true } })).map(
      (o) => `${o.unitId}|${o.typeId}|${o.validFrom.getTime()}`,
    ),
  );
  const creates: { unitId: string; typeId: string; name: string; validFrom: Date; validTo: Date | null }[] = [];
  const want = (unit: (typeof units)[number], code: string, name: string, validFrom: Date, validTo: Date | null) => {
    const type = types.get(code);
    if (!type) throw new Error(`Organisation type ${code} missing from the catalogue`);
    if (!existing.has(`${unit.id}|${type.id}|${validFrom.getTime()}`)) creates.push({ unitId: unit.id, typeId: type.id, name, validFrom, validTo });
  };
  for (const unit of units) {
    const typed = `${UNIT_TYPE_LABEL[unit.type]} ${unit.name}`;
    const committee = `${PARTY_COMMITTEE[unit.type] ?? "Cấp ủy"} ${unit.name}`;
    for (const code of MEMBER_TYPES) want(unit, code, `${NAME_ABOVE_COMMUNE[code] ?? types.get(code)?.name} ${typed}`, unit.validFrom, unit.validTo);
    const merged = addDays(LAST_DAY_OF_DISTRICTS, 1);
    if (unit.level === "PROVINCE" && (unit.validTo === null || unit.validTo >= merged)) {
      if (unit.validFrom < merged) want(unit, "BAN_DAN_VAN", `Ban Dân vận ${committee}`, unit.validFrom, LAST_DAY_OF_DISTRICTS);
      want(unit, "BAN_TUYEN_GIAO_DAN_VAN", `Ban Tuyên giáo và Dân vận ${committee}`, unit.validFrom < merged ? merged : unit.validFrom, unit.validTo);
    } else want(unit, "BAN_DAN_VAN", `Ban Dân vận ${committee}`, unit.validFrom, unit.validTo);
  }
  if (creates.length) await db.organisation.createMany({ data: creates });
  report.created += creates.length;
}
