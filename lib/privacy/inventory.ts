// Where personal data may be (issue "Citizens' personal data", decision 0038): every text field of the
// schema with a decision either way. `docs/PRIVACY.md` is generated from this list (`npm run privacy:doc`)
// and a test fails when the schema gains a text field this list does not decide, or when the document
// differs from the list.
//
// Classes:
// - "citizen": text officials write from what citizens told them (petitions, hot spots, findings); it may
//   name a citizen, give an address, a phone or an identity number. Shown in full to those working the
//   record, masked for overview readers; kept until the record's retention ends.
// - "copy": a copy of citizen text made for a purpose of its own (the search index, a notification, the
//   audit trail): it follows its source's rules.
// - "official": data of the portal's own people (accounts, officials named in a post, signers): the
//   organisation's staff data, not citizens'.
// - "none": codes, reference data, numbers and technical values that hold no personal data.

export type DataClass = "citizen" | "copy" | "official" | "none";

/** The kinds of record whose retention the administrator sets (default 5 years after the record closes). */
export type RecordKind = "meeting" | "contribution" | "task" | "report" | "supervision" | "recommendation" | "criticism";

export const RECORD_KIND_LABEL: Record<RecordKind, string> = {
  meeting: "Cuộc họp giao ban",
  contribution: "Đóng góp của tổ chức cho giao ban",
  task: "Nhiệm vụ",
  report: "Báo cáo tình hình nhân dân",
  supervision: "Hoạt động giám sát",
  recommendation: "Kiến nghị sau giám sát",
  criticism: "Phản biện xã hội",
};

export interface CitizenField {
  class: "citizen";
  kind: RecordKind;
  /** Why the portal keeps it, in the users' words. */
  purpose: string;
}

export interface CopyField {
  class: "copy";
  /** What it copies and what for. */
  of: string;
}

export interface OfficialField {
  class: "official";
  purpose: string;
}

export type FieldDecision = CitizenField | CopyField | OfficialField | { class: "none" };

const none = { class: "none" } as const;
const official = (purpose: string): OfficialField => ({ class: "official", purpose });
const citizen = (kind: RecordKind, purpose: string): CitizenField => ({ class: "citizen", kind, purpose });
const copy = (of: string): CopyField => ({ class: "copy", of });

const WEEK = "Nắm tình hình nhân dân và phân công việc trong giao ban của khối";
const REPORT = "Báo cáo tình hình nhân dân và kiến nghị lên cấp trên theo chế độ báo cáo";
const SUPERVISION = "Giám sát, phản biện xã hội: kết quả giám sát, kiến nghị và trả lời";
const MODEL = "Phong trào thi đua Dân vận khéo: đăng ký, đánh giá, công nhận mô hình (công khai trong phong trào)";

/**
 * Every `String` field of prisma/schema.prisma except keys (`id`, `…Id`), by "Model.field". Identifiers,
 * foreign keys and enums are not listed: they hold no text a person typed.
 */
export const FIELDS: Record<string, FieldDecision> = {
  "Unit.code": none,
  "Unit.name": none,
  "Unit.path": none,
  "Unit.searchText": none,
  "Unit.source": none,
  "UnitLineage.legalBasis": none,
  "OrganisationType.code": none,
  "OrganisationType.name": none,
  "OrganisationType.shortName": none,
  "OrganisationAffiliation.legalBasis": none,
  "Organisation.name": none,
  "WorkGroup.code": none,
  "WorkGroup.name": none,
  "LegalDocument.number": none,
  "LegalDocument.title": none,
  "LegalDocument.issuer": none,
  "LegalDocument.target": none,
  "LegalDocument.source": none,
  "User.username": official("Đăng nhập và ghi vết thao tác"),
  "User.displayName": official("Hiển thị người thao tác"),
  "User.email": official("Gửi thông báo, nhắc việc và liên kết đặt lại mật khẩu"),
  "PasswordCredential.hash": none,
  "RoleAssignment.endedReason": official("Lý do thôi giao vai trò cho tài khoản"),
  "Session.revokedWhy": none,
  "SignInAttempt.username": official("Chống dò mật khẩu: giới hạn số lần đăng nhập"),
  "SignInAttempt.address": official("Chống dò mật khẩu: giới hạn theo địa chỉ mạng"),
  "AuditEvent.actorSnapshot": official("Nhật ký: ai đã thao tác"),
  "AuditEvent.action": none,
  "AuditEvent.entityType": none,
  "AuditEvent.before": copy("Nội dung hồ sơ trước khi sửa (nhật ký thao tác)"),
  "AuditEvent.after": copy("Nội dung hồ sơ sau khi sửa (nhật ký thao tác)"),
  "AuditEvent.reason": copy("Lý do người dùng ghi khi thao tác (nhật ký thao tác)"),
  "AuditEvent.address": official("Nhật ký: địa chỉ mạng của người thao tác"),
  "UserImport.fileName": none,
  "UserImport.rows": official("Tệp danh sách tài khoản đã nhập"),
  "UserImport.errors": official("Lỗi của tệp danh sách tài khoản đã nhập"),
  "DistrictBlocPolicy.headRuleText": none,
  "DistrictBlocPolicy.source": none,
  "Decision.number": none,
  "Decision.issuer": none,
  "Decision.title": none,
  "StoredFile.sha256": none,
  "StoredFile.mimeType": none,
  "StoredFile.originalName": copy("Tên tệp đính kèm do người dùng đặt (có thể mang tên người dân)"),
  "Bloc.headRuleReason": official("Lý do trưởng khối không theo quy định về người đứng đầu"),
  "Bloc.source": none,
  "BlocStatusChange.reason": none,
  "Person.fullName": official("Họ tên cán bộ giữ chức danh trong khối"),
  "Person.searchText": official("Họ tên cán bộ, không dấu, để tìm kiếm"),
  "BlocPost.title": official("Chức danh của cán bộ"),
  "BlocPost.ruleMismatchReason": official("Lý do cán bộ không đúng quy định về người đứng đầu"),
  "BlocPost.endedReason": official("Lý do thôi giữ chức danh"),
  "Contribution.results": citizen("contribution", WEEK),
  "Contribution.proposals": citizen("contribution", WEEK),
  "Contribution.hotSpots": citizen("contribution", WEEK),
  "Meeting.regularWeek": none,
  "Meeting.startTime": none,
  "Meeting.place": none,
  "Meeting.discussion": citizen("meeting", WEEK),
  "Meeting.peopleSituation": citizen("meeting", WEEK),
  "Meeting.hotSpots": citizen("meeting", WEEK),
  "Meeting.conclusions": citizen("meeting", WEEK),
  "Meeting.statusReason": none,
  "Meeting.minutesIssuer": none,
  "Meeting.minutesLabel": none,
  "MeetingAttendance.absenceReason": official("Lý do vắng họp của tổ chức thành viên"),
  "AgendaItem.content": citizen("meeting", WEEK),
  "Task.title": citizen("task", "Việc được giao trong giao ban (có thể nêu hộ dân, địa bàn cần đến)"),
  "Task.statusReason": none,
  "Task.progressNote": citizen("task", "Kết quả thực hiện nhiệm vụ"),
  "DocumentCounter.issuer": none,
  "DocumentCounter.docType": none,
  "DualPost.note": official("Ghi chú về cán bộ kiêm nhiệm"),
  "IssuingBody.name": none,
  "IssuingBody.symbol": none,
  "RegisterEntry.label": none,
  "RegisterEntry.summary": copy("Trích yếu văn bản trong sổ đăng ký (lấy từ hồ sơ)"),
  "RegisterEntry.signerName": official("Người ký văn bản"),
  "RegisterEntry.signerPost": official("Chức vụ người ký văn bản"),
  "RegisterEntry.entityType": none,
  "RegisterEntry.voidReason": none,
  "CalendarDay.name": none,
  "CalendarDay.basis": none,
  "CalendarYear.basis": none,
  "DeadlineRule.code": none,
  "DeadlineRule.subject": none,
  "DeadlineRule.anchor": none,
  "DeadlineRule.legalBasis": none,
  "DeadlineRule.article": none,
  "DeadlineRule.note": none,
  "ReportingRegime.code": none,
  "ReportingRegime.name": none,
  "ReportingRegime.deadlineRuleCode": none,
  "ReportingRegime.onTimeRule": none,
  "ReportingRegime.legalBasis": none,
  "Topic.code": none,
  "Topic.name": none,
  "Report.periodKey": none,
  "Report.generalMood": citizen("report", REPORT),
  "Report.forecast": citizen("report", REPORT),
  "Report.blocWork": citizen("report", REPORT),
  "Report.consolidatedFrom": none,
  "ReportIssue.description": citizen("report", REPORT),
  "ReportIssue.location": citizen("report", `${REPORT} (địa bàn, có thể tới thôn, tổ dân phố, hộ gia đình)`),
  "ReportIssue.scale": citizen("report", REPORT),
  "ReportIssue.channel": none,
  "ReportIssue.handling": citizen("report", REPORT),
  "ReportIssue.citizenName": citizen("report", `${REPORT}: người dân nêu vấn đề hoặc liên quan (trường đánh dấu)`),
  "ReportIssue.citizenPhone": citizen("report", "Liên hệ lại với người dân khi giải quyết vấn đề (trường đánh dấu)"),
  "ReportIssue.citizenIdNumber": citizen("report", "Xác định đúng người dân khi chuyển cơ quan giải quyết (trường đánh dấu)"),
  "ReportIssue.citizenAddress": citizen("report", "Địa chỉ của người dân liên quan (trường đánh dấu)"),
  "ReportIssue.citizenNameFolded": citizen("report", "Họ tên người dân không dấu, để tìm khi chính người dân yêu cầu (trường đánh dấu)"),
  "ReportRecommendation.content": citizen("report", REPORT),
  "ReportRecommendation.addressee": none,
  "ReportReview.section": none,
  "ReportReview.reason": citizen("report", "Ý kiến của cấp trên khi xem xét, trả lại báo cáo"),
  "SupervisionPlan.approvalNumber": none,
  "SupervisionPlan.approvalBody": none,
  "SupervisionPlanItem.kind": none,
  "SupervisionPlanItem.form": none,
  "SupervisionPlanItem.subject": none,
  "SupervisionPlanItem.content": none,
  "SupervisionPlanItem.intendedTime": none,
  "SupervisionActivity.outsidePlanReason": none,
  "SupervisionActivity.subject": none,
  "SupervisionActivity.content": citizen("supervision", SUPERVISION),
  "SupervisionActivity.decisionNumber": none,
  "SupervisionActivity.subjectReport": citizen("supervision", SUPERVISION),
  "SupervisionActivity.findings": citizen("supervision", SUPERVISION),
  "SupervisionActivity.resultReport": citizen("supervision", SUPERVISION),
  "SupervisionMember.role": official("Vai trò của cán bộ trong đoàn giám sát"),
  "Recommendation.content": citizen("recommendation", SUPERVISION),
  "Recommendation.addressee": none,
  "Recommendation.responseContent": citizen("recommendation", SUPERVISION),
  "Recommendation.escalatedTo": none,
  "Recommendation.withdrawnReason": citizen("recommendation", SUPERVISION),
  "RecommendationNote.note": citizen("recommendation", SUPERVISION),
  "CriticismCase.outsidePlanReason": none,
  "CriticismCase.title": none,
  "CriticismCase.draftingBody": none,
  "CriticismCase.participants": official("Thành phần tham gia phản biện"),
  "CriticismCase.opinionContent": citizen("criticism", "Ý kiến phản biện xã hội (tổng hợp ý kiến của nhân dân)"),
  "CriticismCase.explanationContent": citizen("criticism", "Giải trình của cơ quan soạn thảo"),
  "ReportPeriodRollup.periodKey": none,
  "ReportPeriodRollup.reporterLevel": none,
  "HandOver.label": none,
  "HandOver.changes": none,
  "Notification.entityType": none,
  "Notification.title": copy("Tiêu đề thông báo (có thể lấy tên nhiệm vụ)"),
  "Notification.link": none,
  "Notification.key": none,
  "MailPreference.topic": none,
  "OutboundMail.key": none,
  "OutboundMail.topic": none,
  "OutboundMail.to": official("Địa chỉ thư điện tử người nhận"),
  "OutboundMail.subject": copy("Tiêu đề thư (có thể lấy tên nhiệm vụ)"),
  "OutboundMail.text": copy("Nội dung thư thông báo (có thể lấy tên nhiệm vụ)"),
  "OutboundMail.html": copy("Nội dung thư thông báo (có thể lấy tên nhiệm vụ)"),
  "OutboundMail.lastError": none,
  "OutboundMail.unsubscribeHash": none,
  "PasswordReset.tokenHash": none,
  "RunnerLease.name": none,
  "RunnerLease.holder": none,
  "SearchDocument.kind": none,
  "SearchDocument.unitPath": none,
  "SearchDocument.title": copy("Chỉ mục tìm kiếm: tiêu đề hồ sơ"),
  "SearchDocument.body": copy("Chỉ mục tìm kiếm: nội dung hồ sơ"),
  "SearchDocument.folded": copy("Chỉ mục tìm kiếm: nội dung hồ sơ không dấu"),
  "SearchDocument.href": none,
  "RetentionPolicy.kind": none,
  // A "Dân vận khéo" model is the movement's public record, written by officials about their own work.
  "SkilfulModel.name": official(MODEL),
  "SkilfulModel.targetGroup": official(MODEL),
  "SkilfulModel.participants": official(MODEL),
  "SkilfulModel.goals": official(MODEL),
  "SkilfulModel.reviewComment": official("Ý kiến của cấp trên khi đánh giá mô hình"),
  "ModelCriterion.name": none,
  "ModelRecognition.label": none,
};

/** The schema's text fields that need a decision: every `String` field but keys, as "Model.field". */
export function textFieldsOf(schema: string): string[] {
  const out: string[] = [];
  let model: string | null = null;
  for (const line of schema.split("\n")) {
    const start = /^model (\w+) \{/.exec(line);
    if (start) model = start[1];
    else if (/^\}/.test(line)) model = null;
    else if (model) {
      const field = /^\s+(\w+)\s+String(\?|\[\])?(\s|$)/.exec(line);
      if (field && field[1] !== "id" && !/Id$/.test(field[1])) out.push(`${model}.${field[1]}`);
    }
  }
  return out;
}
