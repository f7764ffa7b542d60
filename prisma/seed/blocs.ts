// Bloc reference data from the founding article (bloc-models-2018.json): each 2018 district's commune
// model and head rule, and the district-level bloc agency, rolled out in 14/14 districts (44-QĐ/TU).
// Commune blocs are not seeded: which commune established its bloc, when and under whom, the article does
// not say; district staff record it.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "../../lib/db";
import type { BlocModel, HeadRule } from "../../generated/prisma/sqlite/enums";
import { parseIsoDate } from "../../lib/time/business-date";
import { validOn } from "../../lib/units/validity";
import type { SeedReport } from "./reference";

/** The one commune the article names: phường Nam Hoà (Quảng Yên) announced its joint advisory unit. */
const NAM_HOA = { code: "07165", district: "Quảng Yên" };

interface ModelsFile {
  asOf: string;
  source: string;
  districtLevel: { basis: string; rolledOutIn: string };
  communeModels: Record<
    "DAN_VAN_BLOC" | "JOINT_ADVISORY_UNIT" | "COORDINATION_UNIT",
    {
      headRule: string;
      districts: string[];
      exceptions?: { district: string; headRule: string }[];
      example?: string;
    }
  >;
}

const SOURCE = "Báo Quảng Ninh, 13/08/2018 (bloc-models-2018.json)";

/** Each district name of the article with its model and head rule. */
export function planDistrictPolicies(models: ModelsFile) {
  const plan = new Map<string, { communeModel: BlocModel; headRule: HeadRule; headRuleText: string }>();
  for (const [model, info] of Object.entries(models.communeModels) as [BlocModel, ModelsFile["communeModels"]["DAN_VAN_BLOC"]][]) {
    for (const district of info.districts) {
      const exception = info.exceptions?.find((e) => e.district === district);
      const headRule: HeadRule = model !== "DAN_VAN_BLOC" ? "FRONT_CHAIR" : exception ? "PARTY_DEPUTY_SECRETARY_FRONT_CHAIR" : "PARTY_DEPUTY_SECRETARY";
      plan.set(district, { communeModel: model, headRule, headRuleText: exception?.headRule ?? info.headRule });
    }
  }
  return plan;
}

export async function seedBlocReference(db: Db, report: SeedReport) {
  const models = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "..", "data", "bloc-models-2018.json"), "utf8")) as ModelsFile;
  const asOf = parseIsoDate(models.asOf)!;
  // The article is about Quảng Ninh (code 22); a database with the national scale's synthetic provinces has others.
  const districts = await db.unit.findMany({
    where: { level: "DISTRICT", parent: { code: "22" }, ...validOn(asOf) },
    include: { blocPolicy: true, bloc: true },
  });
  const plan = planDistrictPolicies(models);
  if (districts.length !== plan.size)
    throw new Error(`bloc-models-2018.json names ${plan.size} districts, the units of ${models.asOf} are ${districts.length}`);
  for (const d of districts) {
    const wanted = plan.get(d.name);
    if (!wanted) throw new Error(`District ${d.name} is not in bloc-models-2018.json`);
    if (!d.blocPolicy) {
      await db.districtBlocPolicy.create({ data: { unitId: d.id, ...wanted, source: SOURCE } });
      report.created++;
    } else if (
      d.blocPolicy.communeModel !== wanted.communeModel ||
      d.blocPolicy.headRule !== wanted.headRule ||
      d.blocPolicy.headRuleText !== wanted.headRuleText
    ) {
      await db.districtBlocPolicy.update({ where: { id: d.blocPolicy.id }, data: wanted });
      report.updated++;
    }
    if (!d.bloc) {
      // The agency exists in every district by 13/08/2018; the article gives no date or decision per district.
      await db.bloc.create({
        data: {
          unitId: d.id,
          model: "DISTRICT_BLOC_AGENCY",
          status: "ESTABLISHED",
          source: `${SOURCE}: ${models.districtLevel.basis}, ${models.districtLevel.rolledOutIn}`,
          statusChanges: {
            create: {
              fromStatus: null,
              toStatus: "ESTABLISHED",
              effectiveOn: null,
              reason: `Theo bài báo ngày 13/08/2018: Cơ quan khối theo ${models.districtLevel.basis} đã triển khai ở ${models.districtLevel.rolledOutIn}.`,
            },
          },
        },
      });
      report.created += 2;
    }
  }
  // The article's example: Nam Hoà announced the decision establishing its joint advisory unit. Its number
  // and date are not stated, so none is recorded.
  const example = models.communeModels.JOINT_ADVISORY_UNIT.example;
  const namHoa = await db.unit.findFirst({
    where: { code: NAM_HOA.code, level: "COMMUNE", ...validOn(asOf), parent: { name: NAM_HOA.district } },
    include: { bloc: true },
  });
  if (example && namHoa && !namHoa.bloc) {
    await db.bloc.create({
      data: {
        unitId: namHoa.id,
        model: "JOINT_ADVISORY_UNIT",
        status: "ESTABLISHED",
        source: `${SOURCE}: ${example}`,
        statusChanges: {
          create: {
            fromStatus: null,
            toStatus: "ESTABLISHED",
            effectiveOn: null,
            reason: `Theo bài báo ngày 13/08/2018: ${example}. Số và ngày quyết định chưa được ghi nhận.`,
          },
        },
      },
    });
    report.created += 2;
  }
}
