"use client";
// The forms of user administration. Each keeps what was typed on an error and announces the result.
import { useActionState } from "react";
import { INITIAL_RESULT, type ActionResult } from "@/lib/actions/result";
import { ROLE_LABEL, ROLES } from "@/lib/auth/roles";
import {
  assignRoleAction,
  createUserAction,
  disableUserAction,
  enableUserAction,
  endRoleAction,
  resetPasswordAction,
  updateUserAction,
} from "@/lib/users/actions";
import { Field, FormMessage, SelectField, SubmitButton } from "@/components/ui/form";

type OrganisationType = { code: string; name: string };

function RoleFields({ state, organisationTypes, today }: { state: ActionResult; organisationTypes: OrganisationType[]; today: string }) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <SelectField
        name="role"
        label="Vai trò"
        state={state}
        placeholder="— Chọn vai trò —"
        options={ROLES.map((r) => ({ value: r, label: ROLE_LABEL[r] }))}
        required
      />
      <Field
        name="unitCode"
        label="Mã đơn vị (mã Tổng cục Thống kê)"
        state={state}
        inputMode="numeric"
        maxLength={5}
        hint="Ví dụ: 22 (tỉnh Quảng Ninh), 201 (huyện Hải Hà), 06922 (Quảng Hà)."
        required
      />
      <SelectField
        name="organisationCode"
        label="Tổ chức (chỉ với cán bộ đoàn thể)"
        state={state}
        placeholder="— Không —"
        options={organisationTypes.map((o) => ({ value: o.code, label: o.name }))}
      />
      <Field name="validFrom" label="Có hiệu lực từ ngày" type="date" state={state} defaultValue={today} required />
    </div>
  );
}

export function CreateUserForm({ submissionId, organisationTypes, today }: { submissionId: string; organisationTypes: OrganisationType[]; today: string }) {
  const [state, action] = useActionState(createUserAction, INITIAL_RESULT);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="submissionId" value={submissionId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          name="username"
          label="Tên đăng nhập"
          state={state}
          autoCapitalize="none"
          spellCheck={false}
          maxLength={64}
          hint="Chữ không dấu, số, dấu chấm hoặc gạch ngang; ví dụ nguyenvan.a"
          required
        />
        <Field name="displayName" label="Họ và tên" state={state} maxLength={120} required />
        <Field
          name="email"
          label="Thư điện tử (không bắt buộc)"
          type="email"
          inputMode="email"
          autoComplete="off"
          state={state}
          maxLength={254}
          hint="Để nhận nhắc việc và tự đặt lại mật khẩu khi quên."
        />
      </div>
      <RoleFields state={state} organisationTypes={organisationTypes} today={today} />
      <SubmitButton>Tạo tài khoản</SubmitButton>
    </form>
  );
}

export function AssignRoleForm({ userId, organisationTypes, today }: { userId: string; organisationTypes: OrganisationType[]; today: string }) {
  const [state, action] = useActionState(assignRoleAction, INITIAL_RESULT);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <RoleFields state={state} organisationTypes={organisationTypes} today={today} />
      <SubmitButton>Giao vai trò</SubmitButton>
    </form>
  );
}

export function UpdateNameForm({ userId, version, displayName, email }: { userId: string; version: number; displayName: string; email: string | null }) {
  const [state, action] = useActionState(updateUserAction, INITIAL_RESULT);
  return (
    <form action={action} className="flex flex-wrap items-end gap-3" noValidate>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="version" value={version} />
      <div className="min-w-0 flex-1">
        <Field name="displayName" label="Họ và tên" state={state} defaultValue={displayName} maxLength={120} required />
      </div>
      <div className="min-w-0 flex-1">
        <Field name="email" label="Thư điện tử" type="email" inputMode="email" autoComplete="off" state={state} defaultValue={email ?? ""} maxLength={254} />
      </div>
      <SubmitButton tone="secondary">Lưu</SubmitButton>
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function EndRoleForm({ assignmentId, today, label }: { assignmentId: string; today: string; label: string }) {
  const [state, action] = useActionState(endRoleAction, INITIAL_RESULT);
  return (
    <form action={action} className="space-y-2" noValidate aria-label={`Kết thúc vai trò ${label}`}>
      <FormMessage state={state} />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <div className="grid gap-2 sm:grid-cols-2">
        <Field id={`end-${assignmentId}`} name="validTo" label="Ngày kết thúc" type="date" state={state} defaultValue={today} required />
        <Field id={`reason-${assignmentId}`} name="reason" label="Lý do" state={state} maxLength={300} required />
      </div>
      <SubmitButton tone="secondary">Kết thúc vai trò</SubmitButton>
    </form>
  );
}

export function UserStatusForm({ userId, version, disabled }: { userId: string; version: number; disabled: boolean }) {
  const [state, action] = useActionState(disabled ? enableUserAction : disableUserAction, INITIAL_RESULT);
  return (
    <form action={action} className="space-y-2" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="version" value={version} />
      <Field id="status-reason" name="reason" label="Lý do" state={state} maxLength={300} />
      <SubmitButton tone={disabled ? "secondary" : "danger"}>{disabled ? "Mở khóa tài khoản" : "Khóa tài khoản"}</SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ userId, version }: { userId: string; version: number }) {
  const [state, action] = useActionState(resetPasswordAction, INITIAL_RESULT);
  return (
    <form action={action} className="space-y-2" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton tone="secondary">Cấp lại mật khẩu</SubmitButton>
    </form>
  );
}
