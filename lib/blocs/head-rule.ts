// Who must head a commune bloc, and whether a recorded head meets it (decisions 0009 and 0021): a dân
// vận bloc is headed by the Party committee's deputy secretary, the joint advisory and the coordination units
// by the MTTQ chair. An exception is recorded with its reason: for 2018, a district's policy (Hải Hà: the
// deputy secretary who also chairs MTTQ, bloc-models-2018.json); from 2025, on the bloc itself.
import type { BlocModel, HeadRule } from "../../generated/prisma/sqlite/enums";

export const MODEL_HEAD_RULE = {
  DAN_VAN_BLOC: "PARTY_DEPUTY_SECRETARY",
  JOINT_ADVISORY_UNIT: "FRONT_CHAIR",
  COORDINATION_UNIT: "FRONT_CHAIR",
  DISTRICT_BLOC_AGENCY: null,
  PROVINCE_BLOC_AGENCY: null,
} as const satisfies Record<BlocModel, HeadRule | null>;

export interface HeadRuleSource {
  model: BlocModel | null;
  /** The exception recorded on the bloc, with its reason. */
  headRule?: HeadRule | null;
  headRuleReason?: string | null;
  /** The 2018 district's policy (applies to blocs of the model the district chose). */
  policy?: { communeModel: BlocModel; headRule: HeadRule; headRuleText: string } | null;
}

export interface ExpectedHeadRule {
  rule: HeadRule;
  /** Why the rule differs from the model's own (the recorded exception); null for the model's rule. */
  exception: string | null;
}

/** The head rule a bloc's head is checked against; null when no commune model is recorded. */
export function expectedHeadRule(source: HeadRuleSource): ExpectedHeadRule | null {
  if (!source.model) return null;
  const own = MODEL_HEAD_RULE[source.model];
  if (!own) return null;
  if (source.headRule) return { rule: source.headRule, exception: source.headRule === own ? null : (source.headRuleReason ?? null) };
  if (source.policy && source.policy.communeModel === source.model && source.policy.headRule !== own) {
    return { rule: source.policy.headRule, exception: source.policy.headRuleText };
  }
  return { rule: own, exception: null };
}

export interface HeadOffices {
  partyDeputySecretary: boolean;
  frontChair: boolean;
}

export function meetsHeadRule(rule: HeadRule, head: HeadOffices): boolean {
  switch (rule) {
    case "PARTY_DEPUTY_SECRETARY":
      return head.partyDeputySecretary;
    case "FRONT_CHAIR":
      return head.frontChair;
    case "PARTY_DEPUTY_SECRETARY_FRONT_CHAIR":
      return head.partyDeputySecretary && head.frontChair;
  }
}

/** What the rule asks for, in the words a reviewer reads on the registry. */
export const HEAD_RULE_NEEDS = {
  PARTY_DEPUTY_SECRETARY: "Phó Bí thư Đảng ủy xã",
  FRONT_CHAIR: "Chủ tịch Ủy ban MTTQ xã",
  PARTY_DEPUTY_SECRETARY_FRONT_CHAIR: "Phó Bí thư Đảng ủy xã đồng thời là Chủ tịch Ủy ban MTTQ xã",
} as const satisfies Record<HeadRule, string>;

/** A head's standing against its bloc's rule: null when there is nothing to check (no model or no head). */
export function headRuleCheck(source: HeadRuleSource, head: HeadOffices | null): { ok: boolean; needs: string; exception: string | null } | null {
  const expected = expectedHeadRule(source);
  if (!expected || !head) return null;
  return { ok: meetsHeadRule(expected.rule, head), needs: HEAD_RULE_NEEDS[expected.rule], exception: expected.exception };
}
