// Catalogues that are the same everywhere: organisation types at commune level and the
// seven work groups (bloc-models-2018.json).
import type { OrganisationKind } from "../../generated/prisma/sqlite/enums";

export interface OrganisationTypeSeed {
  code: string;
  name: string;
  shortName: string;
  kind: OrganisationKind;
  blocMember: boolean;
  seededForAll: boolean;
}

/** In display order. `seededForAll: false` are the associations that are common but not in every commune. */
export const ORGANISATION_TYPES: OrganisationTypeSeed[] = [
  { code: "DANG_UY", name: "Đảng ủy", shortName: "Đảng ủy", kind: "PARTY", blocMember: false, seededForAll: true },
  { code: "MTTQ", name: "Ủy ban Mặt trận Tổ quốc Việt Nam", shortName: "MTTQ", kind: "FRONT", blocMember: true, seededForAll: true },
  { code: "CONG_DOAN", name: "Công đoàn", shortName: "Công đoàn", kind: "SOCIO_POLITICAL", blocMember: true, seededForAll: true },
  { code: "HOI_NONG_DAN", name: "Hội Nông dân", shortName: "Hội Nông dân", kind: "SOCIO_POLITICAL", blocMember: true, seededForAll: true },
  {
    code: "DOAN_THANH_NIEN",
    name: "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    shortName: "Đoàn Thanh niên",
    kind: "SOCIO_POLITICAL",
    blocMember: true,
    seededForAll: true,
  },
  { code: "HOI_PHU_NU", name: "Hội Liên hiệp Phụ nữ", shortName: "Hội Phụ nữ", kind: "SOCIO_POLITICAL", blocMember: true, seededForAll: true },
  { code: "HOI_CUU_CHIEN_BINH", name: "Hội Cựu chiến binh", shortName: "Hội Cựu chiến binh", kind: "SOCIO_POLITICAL", blocMember: true, seededForAll: true },
  { code: "HOI_NGUOI_CAO_TUOI", name: "Hội Người cao tuổi", shortName: "Hội Người cao tuổi", kind: "ASSOCIATION", blocMember: false, seededForAll: false },
  { code: "HOI_CHU_THAP_DO", name: "Hội Chữ thập đỏ", shortName: "Hội Chữ thập đỏ", kind: "ASSOCIATION", blocMember: false, seededForAll: false },
  { code: "HOI_KHUYEN_HOC", name: "Hội Khuyến học", shortName: "Hội Khuyến học", kind: "ASSOCIATION", blocMember: false, seededForAll: false },
  { code: "BAN_THANH_TRA_NHAN_DAN", name: "Ban Thanh tra nhân dân", shortName: "Ban TTND", kind: "COMMUNITY_BOARD", blocMember: false, seededForAll: true },
  {
    code: "BAN_GIAM_SAT_DAU_TU",
    name: "Ban Giám sát đầu tư của cộng đồng",
    shortName: "Ban GSĐTCĐ",
    kind: "COMMUNITY_BOARD",
    blocMember: false,
    seededForAll: true,
  },
  // The Party's boards for mass mobilisation, members of the agencies above the communes (prisma/seed/agencies.ts).
  { code: "BAN_DAN_VAN", name: "Ban Dân vận", shortName: "Ban Dân vận", kind: "PARTY", blocMember: false, seededForAll: false },
  {
    code: "BAN_TUYEN_GIAO_DAN_VAN",
    name: "Ban Tuyên giáo và Dân vận",
    shortName: "Ban TG&DV",
    kind: "PARTY",
    blocMember: false,
    seededForAll: false,
  },
  { code: "UBND", name: "Ủy ban nhân dân", shortName: "UBND", kind: "STATE", blocMember: false, seededForAll: true },
  { code: "HDND", name: "Hội đồng nhân dân", shortName: "HĐND", kind: "STATE", blocMember: false, seededForAll: true },
  { code: "CONG_AN", name: "Công an", shortName: "Công an", kind: "STATE", blocMember: false, seededForAll: true },
  { code: "BAN_CHI_HUY_QUAN_SU", name: "Ban Chỉ huy quân sự", shortName: "BCH Quân sự", kind: "STATE", blocMember: false, seededForAll: true },
];

/**
 * Dated affiliations in the catalogue: from 1/7/2025 the socio-political organisations of a commune are part
 * of its MTTQ (Law 97/2025/QH15). Every type of kind SOCIO_POLITICAL gains one.
 */
export const AFFILIATIONS = [
  {
    memberKind: "SOCIO_POLITICAL" as const,
    parentCode: "MTTQ",
    validFrom: "2025-07-01",
    legalBasis: "Luật số 97/2025/QH15 (các tổ chức chính trị - xã hội trực thuộc Mặt trận Tổ quốc Việt Nam)",
  },
];
