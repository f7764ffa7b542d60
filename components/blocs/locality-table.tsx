import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import type { LocalityRow } from "@/lib/blocs/overview";
import { HEAD_RULE_LABEL, MODEL_LABEL, STATUS_LABEL } from "@/lib/blocs/labels";
import { UNIT_TYPE_LABEL } from "@/lib/units/labels";
import type { DistrictActivity } from "@/lib/meetings/activity";
import type { Rates } from "@/lib/reports/rules";

/** The localities side by side: districts (2018) or communes directly under the province (from 2025). */
export function LocalityTable({
  rows,
  query,
  activity,
  reportRates,
}: {
  rows: LocalityRow[];
  query: string;
  activity?: Map<string, DistrictActivity>;
  reportRates?: Map<string, Rates>;
}) {
  const districts = rows.some((r) => r.level === "DISTRICT");
  return (
    <Table caption={districts ? "Các huyện, thị xã, thành phố và mô hình khối" : "Các xã, phường, đặc khu và khối"}>
      <thead>
        <tr>
          <Th>Mã</Th>
          <Th>Tên</Th>
          <Th>Loại</Th>
          {districts ? <Th>Cơ quan khối cấp huyện</Th> : null}
          <Th>{districts ? "Mô hình cấp xã" : "Mô hình"}</Th>
          {districts ? <Th className="text-right">Xã đã thành lập / tổng</Th> : <Th>Trạng thái</Th>}
          {districts ? <Th>Trưởng khối / trưởng bộ phận</Th> : null}
          {districts && activity ? <Th className="text-right">Xã có giao ban trong 4 tuần</Th> : null}
          {districts && activity ? <Th className="text-right">Nhiệm vụ mở / quá hạn</Th> : null}
          {districts && reportRates ? <Th className="text-right">Báo cáo tháng: đã gửi / đúng hạn</Th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <Td className="tabular-nums text-slate-600">{r.code}</Td>
            <Td>
              <Link
                href={`${r.level === "DISTRICT" ? "/districts" : "/communes"}/${r.code}${query}`}
                className="font-semibold text-brand-700 underline-offset-2 hover:underline"
              >
                {r.name}
              </Link>
            </Td>
            <Td>{UNIT_TYPE_LABEL[r.type]}</Td>
            {districts ? (
              <Td>{r.agencyStatus ? <Badge tone={r.agencyStatus === "ESTABLISHED" ? "success" : "neutral"}>{STATUS_LABEL[r.agencyStatus]}</Badge> : "—"}</Td>
            ) : null}
            <Td>{r.communeModel ? MODEL_LABEL[r.communeModel] : "—"}</Td>
            {districts ? (
              <Td className="text-right tabular-nums">
                {r.established}/{r.communes}
              </Td>
            ) : (
              <Td>{r.established ? <Badge tone="success">Đã thành lập</Badge> : "Chưa ghi nhận"}</Td>
            )}
            {districts ? <Td>{r.headRule ? HEAD_RULE_LABEL[r.headRule] : "—"}</Td> : null}
            {districts && activity ? (
              <Td className="text-right tabular-nums">
                {activity.get(r.id)?.communesMeeting4 ?? 0}/{r.communes}
              </Td>
            ) : null}
            {districts && activity ? (
              <Td className="text-right tabular-nums">
                {activity.get(r.id)?.open ?? 0} / {activity.get(r.id)?.overdue ?? 0}
              </Td>
            ) : null}
            {districts && reportRates ? (
              <Td className="text-right tabular-nums">
                {reportRates.get(r.id) ? `${reportRates.get(r.id)!.reportingRate ?? 0}% / ${reportRates.get(r.id)!.onTimeRate ?? 0}%` : "—"}
              </Td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
