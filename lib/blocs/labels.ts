// Vietnamese names of bloc models, statuses and head rules.
import type { BlocModel, BlocStatus, HeadRule, UnitType } from "../../generated/prisma/sqlite/enums";
import { UNIT_TYPE_LABEL } from "../units/labels";

export type { BlocModel, BlocStatus, HeadRule };

export const MODEL_LABEL = {
  DAN_VAN_BLOC: "Khối dân vận",
  JOINT_ADVISORY_UNIT: "Bộ phận tham mưu, giúp việc chung",
  COORDINATION_UNIT: "Bộ phận phối hợp thống nhất hành động",
  DISTRICT_BLOC_AGENCY: "Cơ quan khối cấp huyện",
  PROVINCE_BLOC_AGENCY: "Cơ quan khối cấp tỉnh",
} as const satisfies Record<BlocModel, string>;

export const MODEL_SHORT = {
  DAN_VAN_BLOC: "Khối dân vận",
  JOINT_ADVISORY_UNIT: "Tham mưu chung",
  COORDINATION_UNIT: "Phối hợp",
  DISTRICT_BLOC_AGENCY: "Cơ quan khối",
  PROVINCE_BLOC_AGENCY: "Cơ quan khối tỉnh",
} as const satisfies Record<BlocModel, string>;

/** The bodies above the communes that hold their own giao ban and assign tasks to the communes below them. */
export const AGENCY_MODELS = ["DISTRICT_BLOC_AGENCY", "PROVINCE_BLOC_AGENCY"] as const satisfies readonly BlocModel[];

/** The agency model of a unit above the communes (a district's Cơ quan khối, the province's body), or null for a commune. */
export function agencyModelOf(level: string): (typeof AGENCY_MODELS)[number] | null {
  return level === "DISTRICT" ? "DISTRICT_BLOC_AGENCY" : level === "PROVINCE" ? "PROVINCE_BLOC_AGENCY" : null;
}

/** "Cơ quan khối huyện Hải Hà", "Cơ quan khối tỉnh Quảng Ninh": who assigned a commune its task. */
export const agencyName = (unit: { type: string; name: string }) => `Cơ quan khối ${UNIT_TYPE_LABEL[unit.type as UnitType]} ${unit.name}`;

export const COMMUNE_MODELS = ["DAN_VAN_BLOC", "JOINT_ADVISORY_UNIT", "COORDINATION_UNIT"] as const satisfies readonly BlocModel[];

export const STATUS_LABEL = {
  NOT_STARTED: "Chưa triển khai",
  PROPOSED: "Đã đề xuất",
  OPERATING_INFORMALLY: "Hoạt động chưa có quyết định",
  ESTABLISHED: "Đã thành lập",
  RESTRUCTURING: "Đang kiện toàn",
  SUSPENDED: "Tạm dừng",
  DISSOLVED: "Giải thể",
  SUPERSEDED: "Thay bằng mô hình khác",
} as const satisfies Record<BlocStatus, string>;

export const STATUSES = Object.keys(STATUS_LABEL) as BlocStatus[];

export const HEAD_RULE_LABEL = {
  PARTY_DEPUTY_SECRETARY: "Phó Bí thư Đảng ủy làm Trưởng khối",
  PARTY_DEPUTY_SECRETARY_FRONT_CHAIR: "Phó Bí thư Đảng ủy đồng thời là Chủ tịch UB MTTQ làm Trưởng khối",
  FRONT_CHAIR: "Chủ tịch UB MTTQ làm trưởng bộ phận",
} as const satisfies Record<HeadRule, string>;

export const HEAD_RULES = ["PARTY_DEPUTY_SECRETARY", "PARTY_DEPUTY_SECRETARY_FRONT_CHAIR", "FRONT_CHAIR"] as const satisfies readonly HeadRule[];

/** Map colours per model (with a pattern-free legend; the table is the accessible alternative). */
export const MODEL_COLOUR = {
  DAN_VAN_BLOC: "#b91c1c",
  JOINT_ADVISORY_UNIT: "#1d4ed8",
  COORDINATION_UNIT: "#047857",
  DISTRICT_BLOC_AGENCY: "#6b7280",
  PROVINCE_BLOC_AGENCY: "#6b7280",
} as const satisfies Record<BlocModel, string>;
