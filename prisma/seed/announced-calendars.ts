// The working-day calendars of the years whose official announcements have been checked: every holiday,
// day off and make-up working day with the document that fixes it. These years are seeded "verified";
// the others are generated from the Labour Code and stay "to verify" (prisma/seed/calendar.ts).
//
// Sources (the government's yearly decisions on days off for cán bộ, công chức, viên chức, which the Fatherland
// Front's agencies follow):
// - 2025: Công văn 8726/VPCP-KGVX of 26/11/2024 (the Prime Minister's decision on Tết Âm lịch and other
//   holidays of 2025) and Thông báo 6150/TB-BLĐTBXH of 2024 implementing it: Tết from Saturday 25/1 to
//   Sunday 2/2/2025; 30/4–1/5 with Friday 2/5 swapped for Saturday 26/4; Quốc khánh from Saturday 30/8 to
//   Tuesday 2/9/2025 (two holidays and a weekend).
// - 2026: Công văn 12729/VPCP-KGVX of 25/12/2025 (Tết Dương lịch 2026: Thursday 1/1 to Sunday 4/1, Friday
//   2/1 swapped for Saturday 10/1) and Thông báo 9441/TB-BNV of 16/10/2025 of the Ministry of Home Affairs
//   (Tết Âm lịch from Monday 16/2 to Friday 20/2/2026 with the weekends around it; Quốc khánh on Tuesday 1/9
//   and Wednesday 2/9/2026, Monday 31/8 swapped for Saturday 22/8).
// - Giỗ Tổ Hùng Vương, 30/4 and 1/5 where no announcement moved them: the Labour Code 2019, Điều 112; a
//   holiday on a weekend gives the next working day off (Điều 111, khoản 3).
// Ngày Văn hóa Việt Nam (24/11), chosen as a day off by the Politburo's Nghị quyết 80-NQ/TW, needs an
// amendment of Điều 112 that the sources checked (February 2026) did not yet show in force: it is not in the
// 2026 calendar, and the year's note tells the administrator to add it if the amendment applies to 2026.
import type { CalendarDayKind } from "../../lib/time/working-days";

export interface AnnouncedYear {
  year: number;
  basis: string;
  days: { date: string; kind: CalendarDayKind; name: string; basis: string }[];
}

const LABOUR_CODE = "Bộ luật Lao động 2019, Điều 112";
const Y2025 = "Công văn 8726/VPCP-KGVX ngày 26/11/2024; Thông báo 6150/TB-BLĐTBXH";
const NEW_YEAR_2026 = "Công văn 12729/VPCP-KGVX ngày 25/12/2025";
const Y2026 = "Thông báo 9441/TB-BNV ngày 16/10/2025";

export const ANNOUNCED_YEARS: AnnouncedYear[] = [
  {
    year: 2025,
    basis: `${Y2025} (Tết Âm lịch, 30/4–1/5, Quốc khánh); ${LABOUR_CODE} (Tết Dương lịch, Giỗ Tổ Hùng Vương).`,
    days: [
      { date: "2025-01-01", kind: "HOLIDAY", name: "Tết Dương lịch", basis: LABOUR_CODE },
      { date: "2025-01-27", kind: "HOLIDAY", name: "Tết Nguyên đán (28 tháng Chạp)", basis: Y2025 },
      { date: "2025-01-28", kind: "HOLIDAY", name: "Tết Nguyên đán (giao thừa)", basis: Y2025 },
      { date: "2025-01-29", kind: "HOLIDAY", name: "Tết Nguyên đán (mùng 1)", basis: Y2025 },
      { date: "2025-01-30", kind: "HOLIDAY", name: "Tết Nguyên đán (mùng 2)", basis: Y2025 },
      { date: "2025-01-31", kind: "HOLIDAY", name: "Tết Nguyên đán (mùng 3)", basis: Y2025 },
      { date: "2025-04-07", kind: "HOLIDAY", name: "Giỗ Tổ Hùng Vương (10/3 âm lịch)", basis: LABOUR_CODE },
      { date: "2025-04-26", kind: "WORKDAY", name: "Làm bù cho ngày nghỉ 02/5", basis: Y2025 },
      { date: "2025-04-30", kind: "HOLIDAY", name: "Ngày Chiến thắng (30/4)", basis: LABOUR_CODE },
      { date: "2025-05-01", kind: "HOLIDAY", name: "Ngày Quốc tế lao động (1/5)", basis: LABOUR_CODE },
      { date: "2025-05-02", kind: "DAY_OFF", name: "Nghỉ hoán đổi (làm bù thứ Bảy 26/4)", basis: Y2025 },
      { date: "2025-09-01", kind: "HOLIDAY", name: "Quốc khánh (1/9)", basis: Y2025 },
      { date: "2025-09-02", kind: "HOLIDAY", name: "Quốc khánh (2/9)", basis: Y2025 },
    ],
  },
  {
    year: 2026,
    basis: `${NEW_YEAR_2026} (Tết Dương lịch); ${Y2026} (Tết Âm lịch, Quốc khánh); ${LABOUR_CODE} và Điều 111 khoản 3 (Giỗ Tổ Hùng Vương trùng Chủ nhật, nghỉ bù; 30/4–1/5). Chưa có Ngày Văn hóa Việt Nam 24/11 (Nghị quyết 80-NQ/TW): nếu Điều 112 sửa đổi áp dụng cho năm 2026, hãy thêm ngày này.`,
    days: [
      { date: "2026-01-01", kind: "HOLIDAY", name: "Tết Dương lịch", basis: NEW_YEAR_2026 },
      { date: "2026-01-02", kind: "DAY_OFF", name: "Nghỉ hoán đổi (làm bù thứ Bảy 10/1)", basis: NEW_YEAR_2026 },
      { date: "2026-01-10", kind: "WORKDAY", name: "Làm bù cho ngày nghỉ 02/1", basis: NEW_YEAR_2026 },
      { date: "2026-02-16", kind: "HOLIDAY", name: "Tết Nguyên đán (29 tháng Chạp)", basis: Y2026 },
      { date: "2026-02-17", kind: "HOLIDAY", name: "Tết Nguyên đán (mùng 1)", basis: Y2026 },
      { date: "2026-02-18", kind: "HOLIDAY", name: "Tết Nguyên đán (mùng 2)", basis: Y2026 },
      { date: "2026-02-19", kind: "HOLIDAY", name: "Tết Nguyên đán (mùng 3)", basis: Y2026 },
      { date: "2026-02-20", kind: "HOLIDAY", name: "Tết Nguyên đán (mùng 4)", basis: Y2026 },
      { date: "2026-04-26", kind: "HOLIDAY", name: "Giỗ Tổ Hùng Vương (10/3 âm lịch)", basis: LABOUR_CODE },
      { date: "2026-04-27", kind: "DAY_OFF", name: "Nghỉ bù Giỗ Tổ Hùng Vương (trùng Chủ nhật)", basis: "Bộ luật Lao động 2019, Điều 111 khoản 3" },
      { date: "2026-04-30", kind: "HOLIDAY", name: "Ngày Chiến thắng (30/4)", basis: LABOUR_CODE },
      { date: "2026-05-01", kind: "HOLIDAY", name: "Ngày Quốc tế lao động (1/5)", basis: LABOUR_CODE },
      { date: "2026-08-22", kind: "WORKDAY", name: "Làm bù cho ngày nghỉ 31/8", basis: Y2026 },
      { date: "2026-08-31", kind: "DAY_OFF", name: "Nghỉ hoán đổi (làm bù thứ Bảy 22/8)", basis: Y2026 },
      { date: "2026-09-01", kind: "HOLIDAY", name: "Quốc khánh (1/9)", basis: Y2026 },
      { date: "2026-09-02", kind: "HOLIDAY", name: "Quốc khánh (2/9)", basis: Y2026 },
    ],
  },
];
