// Reporting regimes and the topics of the report on the situation of the people (reference data).
// Idempotent and additive: an existing regime or topic is the administrator's and is left as it is.
import type { Db } from "../../lib/db";
import { parseIsoDate } from "../../lib/time/business-date";
import type { SeedReport } from "./reference";

/** The topics of the report on the situation of the people. */
export const TOPICS = [
  ["LIVELIHOOD_PRICES", "Đời sống, việc làm, giá cả"],
  ["LAND_CLEARANCE", "Đất đai, bồi thường, giải phóng mặt bằng"],
  ["HEALTH", "Y tế, chăm sóc sức khỏe"],
  ["EDUCATION", "Giáo dục"],
  ["ENVIRONMENT", "Môi trường"],
  ["SECURITY_ORDER", "An ninh, trật tự, an toàn giao thông"],
  ["RELIGION_ETHNICITY", "Tôn giáo, dân tộc"],
  ["CORRUPTION_CONDUCT", "Tham nhũng, tiêu cực, tác phong cán bộ"],
  ["ADMIN_REFORM", "Cải cách hành chính, dịch vụ công"],
  ["SOCIAL_POLICY", "Chính sách xã hội, giảm nghèo"],
  ["NEW_RURAL_URBAN", "Xây dựng nông thôn mới, đô thị văn minh"],
  ["MAJOR_EVENTS", "Sự kiện lớn"],
] as const;

const FROM = parseIsoDate("2018-01-01")!;

export const REGIMES = [
  {
    code: "situation.weekly",
    name: "Báo cáo nhanh tình hình nhân dân hằng tuần",
    kind: "SITUATION",
    periodType: "WEEKLY",
    windowRule: "CALENDAR",
    deadlineRuleCode: "report.situation.weekly",
    legalBasis: "Chế độ thông tin, báo cáo của MTTQ (MTTQ báo cáo hằng tuần)",
  },
  {
    code: "situation.monthly",
    name: "Báo cáo tình hình nhân dân hằng tháng",
    kind: "SITUATION",
    periodType: "MONTHLY",
    windowRule: "STATE_15_14",
    deadlineRuleCode: "report.situation.monthly",
    legalBasis: "Kỳ số liệu từ ngày 15 tháng trước đến ngày 14 (mẫu của Nghị định 09/2019/NĐ-CP, Điều 12)",
  },
  {
    code: "situation.quarterly",
    name: "Báo cáo tình hình nhân dân hằng quý",
    kind: "SITUATION",
    periodType: "QUARTERLY",
    windowRule: "STATE_15_14",
    deadlineRuleCode: "report.situation.quarterly",
    legalBasis: "Kỳ số liệu quý từ ngày 15 tháng trước quý đến ngày 14 tháng cuối quý (mẫu của Nghị định 09/2019/NĐ-CP, Điều 12)",
  },
  {
    code: "bloc.six_month",
    name: "Báo cáo sơ kết 6 tháng công tác của khối",
    kind: "BLOC_WORK",
    periodType: "SIX_MONTH",
    windowRule: "STATE_15_14",
    deadlineRuleCode: "report.bloc.six_month",
    legalBasis: "Chế độ báo cáo sơ kết, tổng kết của khối",
  },
  {
    code: "bloc.annual",
    name: "Báo cáo tổng kết năm công tác của khối",
    kind: "BLOC_WORK",
    periodType: "ANNUAL",
    windowRule: "STATE_15_14",
    deadlineRuleCode: "report.bloc.annual",
    legalBasis: "Chế độ báo cáo sơ kết, tổng kết của khối",
  },
] as const;

export async function seedReporting(db: Db, report: SeedReport) {
  const topics = new Set((await db.topic.findMany({ select: { code: true } })).map((t) => t.code));
  for (const [i, [code, name]] of TOPICS.entries()) {
    if (topics.has(code)) continue;
    await db.topic.create({ data: { code, name, sortOrder: i + 1 } });
    report.created++;
  }
  const regimes = new Set((await db.reportingRegime.findMany({ select: { code: true } })).map((r) => r.code));
  for (const r of REGIMES) {
    if (regimes.has(r.code)) continue;
    await db.reportingRegime.create({ data: { ...r, reporterLevel: "COMMUNE", startsOn: FROM } });
    report.created++;
  }
}
