// The deadline rules seeded as reference data (version 1 of each). Where the sources give no day count,
// the rule carries a working default marked unverified, with a note saying so: never a fact presented as law.
import { parseIsoDate } from "../../lib/time/business-date";

const FROM = parseIsoDate("2015-01-01")!;
const SUPERVISION_BASIS = "Quyết định 217-QĐ/TW (2013); Luật Mặt trận Tổ quốc Việt Nam 2015, chương V; Nghị quyết liên tịch 403/2017";
const NO_COUNT = "Nguồn hiện có không nêu số ngày: giá trị mặc định của hệ thống, cần thay bằng quy định của cấp có thẩm quyền.";

export const DEADLINE_RULE_SEEDS = [
  {
    code: "report.situation.weekly", subject: "Báo cáo nhanh tình hình nhân dân hằng tuần (xã gửi cấp trên)", anchor: "PERIOD_END",
    offset: 1, unit: "WORKING_DAYS" as const, legalBasis: "Chế độ thông tin, báo cáo của MTTQ (báo cáo tuần)", article: null, verified: false, note: NO_COUNT, validFrom: FROM,
  },
  {
    code: "report.situation.monthly", subject: "Báo cáo tình hình nhân dân hằng tháng (kỳ số liệu 15 → 14)", anchor: "WINDOW_END",
    offset: 2, unit: "WORKING_DAYS" as const, legalBasis: "Nghị định 09/2019/NĐ-CP", article: "Điều 12 (thời gian chốt số liệu)", verified: false,
    note: "Kỳ số liệu theo Điều 12 Nghị định 09/2019/NĐ-CP; hạn gửi 2 ngày làm việc sau ngày chốt số liệu là mặc định của cổng (docs/DOMAIN.md, “Periodic reports”), cần xác nhận theo quy định của cấp ủy.", validFrom: FROM,
  },
  {
    code: "report.situation.quarterly", subject: "Báo cáo tình hình nhân dân hằng quý (kỳ số liệu 15 → 14)", anchor: "WINDOW_END",
    offset: 2, unit: "WORKING_DAYS" as const, legalBasis: "Nghị định 09/2019/NĐ-CP", article: "Điều 12 (thời gian chốt số liệu)", verified: false,
    note: "Kỳ số liệu quý theo Điều 12 Nghị định 09/2019/NĐ-CP (từ ngày 15 tháng trước kỳ đến ngày 14 tháng cuối quý); hạn gửi là giá trị mặc định của hệ thống, cần xác nhận theo quy định của cấp ủy.", validFrom: FROM,
  },
  {
    code: "report.bloc.six_month", subject: "Báo cáo sơ kết 6 tháng công tác của khối", anchor: "WINDOW_END",
    offset: 5, unit: "WORKING_DAYS" as const, legalBasis: "Chế độ báo cáo sơ kết, tổng kết của khối", article: null, verified: false, note: NO_COUNT, validFrom: FROM,
  },
  {
    code: "report.bloc.annual", subject: "Báo cáo tổng kết năm công tác của khối", anchor: "WINDOW_END",
    offset: 5, unit: "WORKING_DAYS" as const, legalBasis: "Chế độ báo cáo sơ kết, tổng kết của khối", article: null, verified: false, note: NO_COUNT, validFrom: FROM,
  },
  // Supervision and social criticism: the counts our sources do not confirm are defaults marked unverified.
  {
    code: "supervision.notice", subject: "Thông báo kế hoạch giám sát cho đối tượng được giám sát trước khi đoàn làm việc", anchor: "ACTIVITY_START",
    offset: -7, unit: "CALENDAR_DAYS" as const, legalBasis: SUPERVISION_BASIS, article: null, verified: false, note: NO_COUNT, validFrom: FROM,
  },
  {
    code: "supervision.result_report", subject: "Báo cáo kết quả giám sát sau khi kết thúc hoạt động giám sát", anchor: "ACTIVITY_END",
    offset: 15, unit: "CALENDAR_DAYS" as const, legalBasis: SUPERVISION_BASIS, article: null, verified: false, note: NO_COUNT, validFrom: FROM,
  },
  {
    code: "supervision.response", subject: "Cơ quan, tổ chức nhận kiến nghị trả lời bằng văn bản", anchor: "SENT",
    offset: 15, unit: "CALENDAR_DAYS" as const, legalBasis: "Luật Mặt trận Tổ quốc Việt Nam 2015, chương V; Nghị quyết liên tịch 403/2017", article: null, verified: false, note: NO_COUNT, validFrom: FROM,
  },
  {
    code: "criticism.explanation", subject: "Cơ quan chủ trì soạn thảo giải trình bằng văn bản việc tiếp thu ý kiến phản biện", anchor: "RECEIVED",
    offset: 15, unit: "CALENDAR_DAYS" as const, legalBasis: "Luật Mặt trận Tổ quốc Việt Nam 2015, chương V; Nghị quyết liên tịch 403/2017", article: null, verified: false, note: NO_COUNT, validFrom: FROM,
  },
  {
    code: "criticism.lead_time", subject: "Cơ quan chủ trì soạn thảo gửi dự thảo văn bản đến Mặt trận trước khi trình", anchor: "SUBMISSION_PLANNED",
    offset: -15, unit: "CALENDAR_DAYS" as const, legalBasis: "Luật Mặt trận Tổ quốc Việt Nam 2015, chương V; Nghị quyết liên tịch 403/2017", article: null, verified: false,
    note: "Ít nhất 15 ngày trước khi trình: mặc định của cổng (docs/DOMAIN.md, “Supervision and social criticism”); chưa đối chiếu điều, khoản của văn bản.", validFrom: FROM,
  },
];
