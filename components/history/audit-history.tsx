import type { HistoryEntry } from "@/lib/audit/queries";
import { formatDate, formatDateTime } from "@/lib/time/business-date";
import { MODEL_LABEL, STATUS_LABEL } from "@/lib/blocs/labels";
import { ROLE_LABEL } from "@/lib/auth/roles";
import { actionLabel } from "@/lib/audit/labels";
import { MODEL_FIELD_LABEL, MODEL_STATUS_LABEL } from "@/lib/skilful-models/rules";

const FIELD_LABEL: Record<string, string> = {
  username: "Tên đăng nhập",
  displayName: "Họ và tên",
  status: "Trạng thái",
  mustChangePassword: "Phải đổi mật khẩu",
  version: "Phiên bản",
  model: "Mô hình",
  statusSince: "Từ ngày",
  decisionId: "Quyết định",
  assignment: "Vai trò",
  role: "Vai trò",
  validTo: "Đến ngày",
  validFrom: "Từ ngày",
  person: "Người",
  title: "Chức vụ",
  organisation: "Tổ chức",
  termStart: "Bắt đầu",
  termEnd: "Kết thúc",
  joined: "Tham gia",
  left: "Rời khối",
  effectiveOn: "Từ ngày",
  postId: "Chức danh",
  unitId: "Đơn vị",
  organisationId: "Tổ chức",
  assignmentId: "Vai trò",
  sessionId: "Phiên",
  passwordChangedAt: "Đổi mật khẩu lúc",
  year: "Năm",
  name: "Tên",
  field: "Lĩnh vực",
  continuesId: "Tiếp nối mô hình",
  totalScore: "Tổng điểm",
  scores: "Điểm theo tiêu chí",
  level: "Cấp công nhận",
  decision: "Số quyết định",
  issuedOn: "Ngày quyết định",
  originalName: "Tên tệp",
};
const VALUE_LABEL: Record<string, string> = {
  ...STATUS_LABEL,
  ...MODEL_LABEL,
  ...ROLE_LABEL,
  HEAD: "Trưởng khối",
  DEPUTY: "Phó khối",
  ...MODEL_FIELD_LABEL,
  ...MODEL_STATUS_LABEL,
  ACTIVE: "Đang hoạt động",
  DISABLED: "Đã khóa",
};
const ISO_MIDNIGHT = /^(\d{4}-\d{2}-\d{2})T00:00:00(\.000)?Z$/;

function show(v: unknown): string {
  if (v === null || v === undefined) return "—";
  if (typeof v === "boolean") return v ? "có" : "không";
  if (typeof v === "string") {
    const date = ISO_MIDNIGHT.exec(v);
    if (date) return formatDate(new Date(`${date[1]}T00:00:00Z`));
    return VALUE_LABEL[v] ?? v;
  }
  return typeof v === "object" ? JSON.stringify(v) : String(v);
}

/** Who did what and when, with what changed; newest first. */
export function AuditHistory({ entries }: { entries: HistoryEntry[] }) {
  if (!entries.length) return <p className="text-sm text-slate-600">Chưa có thay đổi nào được ghi nhận.</p>;
  return (
    <ol className="space-y-3">
      {entries.map((e) => (
        <li key={e.id} className="rounded border border-slate-200 bg-white p-3 text-sm">
          <p>
            <time dateTime={e.occurredAt.toISOString()} className="tabular-nums text-slate-600">
              {formatDateTime(e.occurredAt)}
            </time>
            {" · "}
            <span className="font-semibold">{actionLabel(e.action)}</span>
            {e.outcome === "DENIED" ? " (bị từ chối)" : ""}
            {" · "}
            {e.actorName}
          </p>
          {e.reason ? <p className="text-slate-700">Lý do: {e.reason}</p> : null}
          {e.changes.length ? (
            <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs text-slate-700">
              {e.changes.map((c) => (
                <div key={c.field} className="contents">
                  <dt className="font-semibold">{FIELD_LABEL[c.field] ?? c.field}</dt>
                  <dd className="break-all">
                    {show(c.before)} → {show(c.after)}
                  </dd>
                </div>
              ))}
            </dl>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
