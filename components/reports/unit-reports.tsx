// A unit's reports by regime: recent periods, each with its status, due date and lateness, or a button to open it.
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { OpenReportForm } from "@/components/reports/report-forms";
import { formatDate } from "@/lib/time/business-date";
import { daysLate, REPORT_STATUS_LABEL } from "@/lib/reports/rules";
import type { unitReports } from "@/lib/reports/queries";

type Regimes = NonNullable<Awaited<ReturnType<typeof unitReports>>>;

export function UnitReports({ unitId, regimes, day, canWrite }: { unitId: string; regimes: Regimes; day: Date; canWrite: boolean }) {
  return (
    <div className="space-y-6">
      {regimes.map(({ regime, rows }) => (
        <section key={regime.id} aria-labelledby={`r-${regime.code}`} className="space-y-2">
          <h2 id={`r-${regime.code}`} className="text-lg font-semibold">
            {regime.name}
          </h2>
          <Table caption={`${regime.name}: các kỳ gần đây`}>
            <thead>
              <tr>
                <Th>Kỳ</Th>
                <Th>Kỳ số liệu</Th>
                <Th>Hạn gửi</Th>
                <Th>Trạng thái</Th>
                <Th>Thao tác</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ period, window, report, expectedDue, expectedToVerify }) => {
                const due = report?.dueOn ?? expectedDue;
                const late = due ? daysLate({ dueOn: due, firstSubmittedOn: report?.firstSubmittedOn ?? null }, day) : 0;
                return (
                  <tr key={period.key}>
                    <Td className="tabular-nums">{period.key}</Td>
                    <Td className="tabular-nums">
                      {formatDate(window.from)} – {formatDate(window.to)}
                    </Td>
                    <Td className="tabular-nums">
                      {due ? formatDate(due) : "—"}
                      {(report?.dueToVerify ?? expectedToVerify) ? (
                        <span className="block text-xs text-amber-800">dự kiến (lịch nghỉ chưa xác nhận)</span>
                      ) : null}
                    </Td>
                    <Td>
                      {report ? (
                        <Badge tone={report.status === "ACCEPTED" ? "success" : report.status === "RETURNED" ? "warning" : "neutral"}>
                          {REPORT_STATUS_LABEL[report.status]}
                        </Badge>
                      ) : (
                        <Badge tone="muted">Chưa lập</Badge>
                      )}
                      {late ? (
                        <span className="ml-1">
                          <Badge tone="danger">{report?.firstSubmittedOn ? `Gửi muộn ${late} ngày` : `Quá hạn ${late} ngày`}</Badge>
                        </span>
                      ) : null}
                    </Td>
                    <Td>
                      {report ? (
                        <Link className="text-brand-700 underline" href={`/reports/${report.id}`}>
                          Mở báo cáo
                        </Link>
                      ) : canWrite ? (
                        <OpenReportForm
                          regimeCode={regime.code}
                          unitId={unitId}
                          periodKey={period.key}
                          submissionId={randomUUID()}
                          label={`Lập báo cáo kỳ ${period.key}`}
                        />
                      ) : (
                        "—"
                      )}
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        </section>
      ))}
    </div>
  );
}
