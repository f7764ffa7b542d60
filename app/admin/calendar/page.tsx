import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { Notice } from "@/components/ui/notice";
import { Table, Td, Th } from "@/components/ui/table";
import { CalendarYearForm } from "@/components/calendar/calendar-forms";
import { requirePermission } from "@/lib/auth/guard";
import { calendarYearView } from "@/lib/calendar/queries";
import { formatDayList } from "@/lib/calendar/definitions";
import { formatDate } from "@/lib/time/business-date";
import { today } from "@/lib/time/today";

export const metadata: Metadata = { title: "Lịch ngày làm việc" };

const KIND = { HOLIDAY: "Nghỉ lễ", DAY_OFF: "Nghỉ bù / nghỉ thêm", WORKDAY: "Làm bù" } as const;
const WEEKDAY = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

export default async function CalendarPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  await requirePermission("reference.manage");
  const raw = Number((await searchParams).year);
  const year = Number.isInteger(raw) && raw >= 2000 && raw <= 2100 ? raw : today().getUTCFullYear();
  const { days, status, years } = await calendarYearView(year);
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        <Link href="/admin" className="text-brand-700 underline">
          Quản trị
        </Link>
        <span aria-hidden="true"> › </span>
        <span>Lịch ngày làm việc</span>
      </nav>
      <PageHeader title={`Lịch ngày làm việc năm ${year}`} kicker="Ngày làm việc: thứ Hai đến thứ Sáu, trừ các ngày nghỉ dưới đây, cộng các ngày làm bù">
        <nav aria-label="Chọn năm" className="flex flex-wrap gap-2 text-sm">
          {years.map((y) => (
            <Link
              key={y.year}
              href={`/admin/calendar?year=${y.year}`}
              aria-current={y.year === year ? "page" : undefined}
              className={`rounded border px-2 py-1 ${y.year === year ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white"}`}
            >
              {y.year}
              {y.status === "VERIFIED" ? " ✓" : ""}
            </Link>
          ))}
        </nav>
      </PageHeader>
      <div className="space-y-5">
        {status?.status === "VERIFIED" ? (
          <Notice>
            Đã đối chiếu với thông báo chính thức{status.basis ? `: ${status.basis}` : ""}
            {status.verifiedAt ? ` (ngày ${formatDate(status.verifiedAt)})` : ""}.
          </Notice>
        ) : (
          <Notice tone="warning">
            Cần đối chiếu: các ngày dưới đây {status ? "được tính theo Bộ luật Lao động (Tết và Giỗ Tổ theo âm lịch)" : "chưa có"}; hạn tính qua năm này được
            ghi là “hạn dự kiến” cho đến khi lịch được xác nhận.
          </Notice>
        )}
        <Table caption={`Ngày nghỉ và ngày làm bù năm ${year}`}>
          <thead>
            <tr>
              <Th>Ngày</Th>
              <Th>Thứ</Th>
              <Th>Loại</Th>
              <Th>Tên</Th>
              <Th>Nguồn</Th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.id}>
                <Td className="tabular-nums">{formatDate(d.date)}</Td>
                <Td>{WEEKDAY[d.date.getUTCDay()]}</Td>
                <Td>
                  <Badge tone={d.kind === "WORKDAY" ? "warning" : "neutral"}>{KIND[d.kind]}</Badge>
                </Td>
                <Td>{d.name}</Td>
                <Td className="text-sm">
                  {d.source === "STATUTORY" ? "Tính theo luật" : "Thông báo"}
                  {d.basis ? ` — ${d.basis}` : ""}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
        <section aria-labelledby="edit-h" className="space-y-2 rounded border border-slate-200 bg-white p-4">
          <h2 id="edit-h" className="text-lg font-semibold">
            Nhập lịch theo thông báo
          </h2>
          <p className="text-sm text-slate-700">
            Danh sách dưới đây thay cho lịch hiện có của năm {year}; lịch cũ vẫn được lưu trong lịch sử thay đổi. Các hạn đã tính trước đó không thay đổi.
          </p>
          <CalendarYearForm
            year={year}
            version={status?.version ?? 0}
            days={formatDayList(days)}
            basis={status?.basis?.startsWith("Tính theo") ? "" : (status?.basis ?? "")}
            verified={status?.status === "VERIFIED"}
          />
        </section>
      </div>
    </>
  );
}
