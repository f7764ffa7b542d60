// The one result shape of every server action: expected failures are results, never exceptions.
export interface ActionResult {
  ok: boolean;
  /** Per-field messages, keyed by the form field's name. */
  fieldErrors?: Record<string, string[]>;
  /** A message about the whole form (not allowed, conflict, not found). */
  formError?: string;
  /** A confirmation to show after success. */
  message?: string;
  /** A table to show once after success (e.g. the temporary passwords of imported accounts). */
  table?: { caption: string; header: string[]; rows: string[][] };
  /** Facts a client needs after success (e.g. the id and version of a draft it keeps saving). */
  data?: Record<string, string | number>;
  /** What the user typed, echoed so the form keeps it (passwords are never echoed). */
  values?: Record<string, string>;
  /** A question the form asks before saving as typed: the text holds phone or identity numbers (lib/privacy/detect.ts). */
  confirm?: "personalNumbers";
}

export const INITIAL_RESULT: ActionResult = { ok: false };

export const MESSAGES = {
  unauthenticated: "Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.",
  mustChangePassword: "Hãy đổi mật khẩu tạm thời trước khi làm việc khác.",
  forbidden: "Bạn không có quyền thực hiện thao tác này.",
  notFound: "Không tìm thấy bản ghi, hoặc bạn không có quyền với bản ghi này.",
  conflict: "Bản ghi vừa được người khác thay đổi. Hãy tải lại trang để xem bản mới nhất rồi sửa lại; thay đổi của bạn chưa được lưu.",
  invalid: "Hãy sửa các ô được đánh dấu.",
  duplicate: "Biểu mẫu này vừa được lưu (có thể do gửi hai lần). Hãy tải lại trang để xem bản đã lưu.",
  failed: "Chưa lưu được do lỗi hệ thống. Dữ liệu bạn nhập vẫn còn trên biểu mẫu; hãy thử lại.",
  personalNumbers:
    "Nội dung có số điện thoại hoặc số định danh của người dân. Hãy chuyển chúng vào ô Người dân liên quan (chỉ người làm việc với hồ sơ xem đầy đủ), hoặc đánh dấu xác nhận bên dưới rồi lưu lại.",
  storageFull: "Chưa lưu được: máy chủ đã hết chỗ lưu dữ liệu. Dữ liệu bạn nhập vẫn còn trên biểu mẫu; hãy báo quản trị hệ thống rồi thử lại sau.",
} as const;

/** Thrown inside a write when the record's version is not the one the user edited. */
export class ConflictError extends Error {
  constructor() {
    super("version conflict");
  }
}

/** Thrown inside a write for an expected refusal found only inside the transaction (e.g. a duplicate). */
export class RefusedError extends Error {
  constructor(
    readonly formError: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(formError);
  }
}
