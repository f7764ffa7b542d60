// The "Dân vận khéo" movement's words (decision 0043): the fields a model works in, where it stands with its
// reviewer, and what makes a goal measurable.
import type { ModelField, ModelStatus } from "../../generated/prisma/sqlite/enums";

export const MODEL_FIELD_LABEL: Record<ModelField, string> = {
  ECONOMY: "Kinh tế",
  CULTURE_SOCIETY: "Văn hóa - xã hội",
  DEFENCE_SECURITY: "Quốc phòng - an ninh",
  PARTY_GOVERNMENT: "Xây dựng Đảng, chính quyền",
};

export const MODEL_STATUS_LABEL: Record<ModelStatus, string> = {
  REGISTERED: "Đã đăng ký, chờ đánh giá",
  RETURNED: "Trả lại, cần bổ sung minh chứng",
  ACCEPTED: "Đạt",
  NOT_ACCEPTED: "Không đạt",
};

/** The goals' lines that carry a number (a measurable indicator: "Số hộ tham gia: 120"). */
export const measurableGoals = (goals: string) =>
  goals
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => /\d/.test(l));

/** The years a model may be registered for on `day`: the current one and the next. */
export const registrableYears = (day: Date) => [day.getUTCFullYear(), day.getUTCFullYear() + 1];

/** The moves of a model with its reviewer, and the status each leads to. */
export const MODEL_MOVES = {
  return: { from: ["REGISTERED"], label: "Trả lại để bổ sung minh chứng", to: "RETURNED" },
  accept: { from: ["REGISTERED"], label: "Công nhận đạt", to: "ACCEPTED" },
  reject: { from: ["REGISTERED"], label: "Không đạt", to: "NOT_ACCEPTED" },
  resubmit: { from: ["RETURNED"], label: "Gửi lại để đánh giá", to: "REGISTERED" },
} as const satisfies Record<string, { from: readonly ModelStatus[]; label: string; to: ModelStatus }>;

/** The weighted total out of 100: each criterion's score over its top score, times its weight; one decimal. */
export function weightedTotal(criteria: { id: string; weight: number; maxScore: number }[], scores: Map<string, number>): number {
  const total = criteria.reduce((sum, c) => sum + ((scores.get(c.id) ?? 0) / c.maxScore) * c.weight, 0);
  return Math.round(total * 10) / 10;
}

export const MODEL_LEVEL_LABEL = { COMMUNE: "cấp xã", PROVINCE: "cấp tỉnh" } as const;
