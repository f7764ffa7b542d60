// Inputs of user administration.
import { ROLES } from "../auth/roles";
import { emailAddress, isoDate, optionalText, text, z, recordId } from "../validation";

export const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;

export const username = z
  .string()
  .transform((s) => s.normalize("NFC").trim().toLowerCase())
  .pipe(z.string().regex(USERNAME, "Tên đăng nhập gồm 3–64 ký tự: chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới; bắt đầu bằng chữ hoặc số."));

const id = recordId;
const version = z.coerce.number({ error: "Phiên bản không hợp lệ." }).int().min(1).max(1_000_000);

export { isoDate };

export const roleFields = {
  role: z.enum(ROLES, { error: "Hãy chọn vai trò." }),
  unitCode: z
    .string()
    .trim()
    .regex(/^\d{2,5}$/, "Mã đơn vị gồm 2–5 chữ số (mã của Tổng cục Thống kê)."),
  organisationCode: z
    .string()
    .trim()
    .max(40)
    .regex(/^[A-Z_]*$/, "Tổ chức không hợp lệ.")
    .optional()
    .transform((s) => (s ? s : null)),
  validFrom: isoDate("Ngày bắt đầu"),
};

export const createUserSchema = z.strictObject({
  submissionId: z.string().uuid("Biểu mẫu không hợp lệ, hãy tải lại trang."),
  username,
  displayName: text("Họ và tên", { max: 120 }),
  /** For reminders and the password reset; the user may change it later (/account/mail). */
  email: emailAddress.optional(),
  ...roleFields,
});

/** An absent address leaves it as it is; an empty one removes it. */
export const updateUserSchema = z.strictObject({ userId: id, version, displayName: text("Họ và tên", { max: 120 }), email: emailAddress.optional() });
export const assignRoleSchema = z.strictObject({ userId: id, ...roleFields });
export const endRoleSchema = z.strictObject({
  assignmentId: id,
  validTo: isoDate("Ngày kết thúc"),
  reason: text("Lý do", { max: 300 }),
});
export const setStatusSchema = z.strictObject({ userId: id, version, reason: optionalText("Lý do", 300) });
export const resetPasswordSchema = z.strictObject({ userId: id, version });
export const importDecisionSchema = z.strictObject({ importId: id });
