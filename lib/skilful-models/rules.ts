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
