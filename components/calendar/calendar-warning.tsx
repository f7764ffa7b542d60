import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { unverifiedCalendarYears } from "@/lib/calendar/queries";
import { today } from "@/lib/time/today";

/**
 * For administrators and reviewers: the years deadlines are being counted over whose holidays are not yet
 * checked against the official announcement. Those due dates are provisional ("dự kiến") until an
 * administrator enters and confirms the year; nobody else can fix it, so nobody else is told.
 */
export async function CalendarWarning({ actor }: { actor: Actor }) {
  const admin = actor.assignments.some((a) => a.role === "ADMIN");
  if (!admin && !actor.assignments.some((a) => a.role === "REVIEWER")) return null;
  const years = await unverifiedCalendarYears(today());
  if (!years.length) return null;
  const list = years.join(" và ");
  return (
    <div className="border-b border-amber-300 bg-amber-50 text-amber-950" role="note" aria-label="Lịch ngày làm việc chưa xác nhận">
      <p className="mx-auto max-w-6xl px-4 py-2 text-sm">
        Lịch nghỉ lễ, tết năm {list} chưa được đối chiếu với thông báo chính thức: các hạn tính qua {years.length > 1 ? "những năm này" : "năm này"} chỉ là hạn
        dự kiến (tính theo Bộ luật Lao động).{" "}
        {admin
          ? years.map((y, i) => (
              <span key={y}>
                {i ? " · " : ""}
                <Link href={`/admin/calendar?year=${y}`} className="font-semibold underline underline-offset-4">
                  Nhập lịch năm {y}
                </Link>
              </span>
            ))
          : "Đề nghị quản trị hệ thống nhập lịch theo thông báo."}
      </p>
    </div>
  );
}
