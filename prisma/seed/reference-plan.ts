// What the reference data say, as plain rows: the units of Quảng Ninh in each validity period and their
// lineage. Pure: reads the JSON already loaded, invents nothing the files do not state
// (docs/decisions/0004-unit-validity.md says which changes are and are not versioned).
import { fold } from "../../lib/text/fold";
import { addDays, parseIsoDate } from "../../lib/time/business-date";
import type { UnitLevel, UnitType } from "../../generated/prisma/sqlite/enums";
import { UNIT_TYPE_LABEL, unitTypeFromGso } from "../../lib/units/labels";

interface Named {
  code: string;
  name: string;
  type: string;
}
export interface Data2018 {
  validFrom: string;
  province: Named;
  districts: (Named & { communes: Named[] })[];
}
export interface Data2025 {
  asOf: string;
  province: Named;
  communes: (Named & { absorbed: (Named & { district: Named; whole: boolean })[] })[];
  dissolvedSince2018: (Named & { district2018: { code: string }; resolution: string; mergedIntoPreMergerUnit: string | null })[];
}

export interface PlannedUnit {
  key: string;
  code: string;
  name: string;
  type: UnitType;
  level: UnitLevel;
  parentKey: string | null;
  validFrom: Date;
  validTo: Date | null;
  searchText: string;
  source: string;
}

export interface PlannedLineage {
  predecessorKey: string;
  successorKey: string;
  whole: boolean;
  effectiveFrom: Date;
  legalBasis: string;
}

export const unitKey = (code: string, validFrom: Date) => `${code}@${validFrom.toISOString().slice(0, 10)}`;

function date(text: string): Date {
  const d = parseIsoDate(text);
  if (!d) throw new Error(`bad date ${text}`);
  return d;
}

/** The last day before the district level was abolished (Resolution 1679/NQ-UBTVQH15, in force 2025-07-01). */
export const LAST_DAY_OF_DISTRICTS = date("2025-06-30");
const TWO_LEVEL_FROM = date("2025-07-01");
/** Resolution 837/NQ-UBTVQH14: huyện Hoành Bồ merged into thành phố Hạ Long from 2020-01-01. */
const HOANH_BO = { code: "204", into: "193", from: date("2020-01-01"), basis: "837/NQ-UBTVQH14" };
const BASIS_2025 = "1679/NQ-UBTVQH15";

function parseResolution(text: string): { number: string; effectiveFrom: Date } {
  const match = /^(\S+).*in force (\d{4}-\d{2}-\d{2})/.exec(text);
  if (!match) throw new Error(`cannot read resolution "${text}"`);
  return { number: match[1], effectiveFrom: date(match[2]) };
}

function planUnit(u: Named, level: UnitLevel, parentKey: string | null, validFrom: Date, validTo: Date | null, source: string): PlannedUnit {
  const type = unitTypeFromGso(u.type);
  const name = u.name.normalize("NFC");
  return {
    key: unitKey(u.code, validFrom),
    code: u.code,
    name,
    type,
    level,
    parentKey,
    validFrom,
    validTo,
    searchText: fold(`${UNIT_TYPE_LABEL[type]} ${name}`),
    source,
  };
}

export function planReferenceUnits(d2018: Data2018, d2025: Data2025): { units: PlannedUnit[]; lineage: PlannedLineage[] } {
  const units: PlannedUnit[] = [];
  const lineage: PlannedLineage[] = [];
  const from2018 = date(d2018.validFrom);
  const province = planUnit(d2018.province, "PROVINCE", null, from2018, null, "quang-ninh-2018.json");
  units.push(province);

  const dissolved = new Map<string, { number: string; effectiveFrom: Date; into: string | null }>();
  for (const x of d2025.dissolvedSince2018) dissolved.set(x.code, { ...parseResolution(x.resolution), into: x.mergedIntoPreMergerUnit });
  // The name, type and district of every pre-merger unit on 2025-06-30, as the 2025 file gives them.
  const lastState = new Map<string, Named & { district: Named }>();
  for (const c of d2025.communes) for (const a of c.absorbed) lastState.set(a.code, a);

  const districtKey = new Map<string, string>();
  for (const d of d2018.districts) {
    const validTo = d.code === HOANH_BO.code ? addDays(HOANH_BO.from, -1) : LAST_DAY_OF_DISTRICTS;
    const district = planUnit(d, "DISTRICT", province.key, from2018, validTo, "quang-ninh-2018.json");
    units.push(district);
    districtKey.set(d.code, district.key);
  }
  lineage.push({
    predecessorKey: districtKey.get(HOANH_BO.code)!,
    successorKey: districtKey.get(HOANH_BO.into)!,
    whole: true,
    effectiveFrom: HOANH_BO.from,
    legalBasis: HOANH_BO.basis,
  });

  for (const d of d2018.districts) {
    for (const c of d.communes) {
      const gone = dissolved.get(c.code);
      if (gone) {
        units.push(planUnit(c, "COMMUNE", districtKey.get(d.code)!, from2018, addDays(gone.effectiveFrom, -1), `quang-ninh-2018.json; ${gone.number}`));
      } else if (d.code === HOANH_BO.code) {
        const first = planUnit(c, "COMMUNE", districtKey.get(d.code)!, from2018, addDays(HOANH_BO.from, -1), "quang-ninh-2018.json");
        const later = lastState.get(c.code);
        if (!later) throw new Error(`${c.code} of Hoành Bồ has no 2025 record`);
        const second = planUnit(
          later,
          "COMMUNE",
          districtKey.get(HOANH_BO.into)!,
          HOANH_BO.from,
          LAST_DAY_OF_DISTRICTS,
          `${HOANH_BO.basis}; quang-ninh-2025.json`,
        );
        units.push(first, second);
        lineage.push({ predecessorKey: first.key, successorKey: second.key, whole: true, effectiveFrom: HOANH_BO.from, legalBasis: HOANH_BO.basis });
      } else {
        units.push(planUnit(c, "COMMUNE", districtKey.get(d.code)!, from2018, LAST_DAY_OF_DISTRICTS, "quang-ninh-2018.json"));
      }
    }
  }

  const validOn = (code: string, day: Date) => {
    const found = units.find((u) => u.code === code && u.level === "COMMUNE" && u.validFrom <= day && (u.validTo === null || u.validTo >= day));
    if (!found) throw new Error(`no unit ${code} valid on ${day.toISOString().slice(0, 10)}`);
    return found;
  };
  for (const [code, gone] of dissolved) {
    if (!gone.into) continue;
    lineage.push({
      predecessorKey: validOn(code, addDays(gone.effectiveFrom, -1)).key,
      successorKey: validOn(gone.into, gone.effectiveFrom).key,
      whole: true,
      effectiveFrom: gone.effectiveFrom,
      legalBasis: gone.number,
    });
  }

  for (const c of d2025.communes) {
    const unit = planUnit(c, "COMMUNE", province.key, TWO_LEVEL_FROM, null, `quang-ninh-2025.json; ${BASIS_2025}`);
    units.push(unit);
    for (const a of c.absorbed) {
      lineage.push({
        predecessorKey: validOn(a.code, LAST_DAY_OF_DISTRICTS).key,
        successorKey: unit.key,
        whole: a.whole,
        effectiveFrom: TWO_LEVEL_FROM,
        legalBasis: BASIS_2025,
      });
    }
  }
  return { units, lineage };
}
