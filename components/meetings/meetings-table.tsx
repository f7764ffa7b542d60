// A unit's giao ban meetings, newest first: a commune's, or an agency's above the communes.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { MEETING_STATUS_LABEL } from "@/lib/meetings/rules";
import { formatDate } from "@/lib/time/business-date";
import { formatIsoWeek, isoWeekOf } from "@/lib/time/iso-week";
import type { unitMeetings } from "@/lib/meetings/queries";

type Row = Awaited<ReturnType<typeof unitMeetings>>[number];

export function MeetingsTable({ meetings, caption }: { meetings: Row[]; caption: string }) {
  return meetings.length ? (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>Ngày</Th>
          <Th>Tuần</Th>
          <Th>Loại</Th>
          <Th>Trạng thái</Th>
          <Th>Biên bản</Th>
          <Th>Nhiệm vụ giao</Th>
          <Th>Chuyển tiếp</Th>
        </tr>
      </thead>
      <tbody>
        {meetings.map((m) => (
          <tr key={m.id}>
            <Td>
              <Link className="text-brand-700 underline" href={`/meetings/${m.id}`}>
                {formatDate(m.heldOn)}
              </Link>
            </Td>
            <Td>{formatIsoWeek(isoWeekOf(m.heldOn))}</Td>
            <Td>{m.kind === "REGULAR" ? "Thường kỳ" : "Đột xuất"}</Td>
            <Td>
              <Badge tone={m.status === "APPROVED" ? "success" : "muted"}>{MEETING_STATUS_LABEL[m.status]}</Badge>
              {m.statusReason && (m.status === "CANCELLED" || m.status === "POSTPONED") ? <span className="block text-xs">{m.statusReason}</span> : null}
            </Td>
            <Td>{m.minutesLabel ?? "—"}</Td>
            <Td>{m._count.tasks}</Td>
            <Td>{m._count.agendaItems}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  ) : (
    <p>Chưa có cuộc họp nào được ghi.</p>
  );
}
