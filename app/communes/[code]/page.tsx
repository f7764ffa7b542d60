import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { AsOfForm } from "@/components/units/as-of-form";
import { ValidityNotice } from "@/components/units/validity-notice";
import { asOfQuery, resolveAsOf } from "@/lib/units/as-of";
import { getCommuneDetail, getUnitByCode } from "@/lib/units/queries";
import { formatDate } from "@/lib/time/business-date";
import { unitTitle } from "@/lib/units/labels";
import { requireActor } from "@/lib/auth/current";
import { handOverTotals } from "@/lib/handover/queries";
import { can } from "@/lib/auth/permissions";
import { CommuneActivity } from "@/components/meetings/commune-activity";
import { communeActivity } from "@/lib/meetings/queries";
import { today } from "@/lib/time/today";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ asOf?: string | string[] }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const actor = await requireActor();
  const commune = await getUnitByCode(actor, "COMMUNE", (await params).code, resolveAsOf((await searchParams).asOf).date);
  return { title: commune ? unitTitle(commune) : "Không tìm thấy" };
}

export default async function CommunePage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const { code } = await params;
  const asOf = resolveAsOf((await searchParams).asOf);
  const commune = await getUnitByCode(actor, "COMMUNE", code, asOf.date);
  const detail = commune ? await getCommuneDetail(actor, commune.id, asOf.date) : null;
  if (!commune || !detail) notFound();
  const { organisations, predecessors, successors } = detail;
  const day = today();
  // Activity belongs to the commune in force today; an earlier or later version shows its structure only.
  const current = commune.validFrom <= day && (!commune.validTo || commune.validTo >= day);
  const activity = current ? await communeActivity(actor, commune.id, day) : null;
  const query = asOfQuery(asOf);
  const parent = commune.parent;
  const canProvince = actor.assignments.some((a) => a.unitLevel === "PROVINCE" && can(actor, "unit.read", { unitPath: a.unitPath }));
  const lineageQuery = (d: Date) => `?asOf=${d.toISOString().slice(0, 10)}`;
  // What the reorganisations moved: received from each predecessor, handed to each successor.
  const handOver = predecessors.length || successors.length ? await handOverTotals(commune.id) : null;
  const canHandOver = can(actor, "handover.apply", { unitPath: commune.path });
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        {canProvince ? (
          <>
            <Link href={`/province${query}`} className="text-brand-700 underline">
              Toàn tỉnh
            </Link>
            <span aria-hidden="true"> › </span>
          </>
        ) : null}
        {parent && parent.level === "DISTRICT" && can(actor, "unit.read", { unitPath: parent.path }) ? (
          <>
            <Link href={`/districts/${parent.code}${query}`} className="text-brand-700 underline">
              {parent.name}
            </Link>
            <span aria-hidden="true"> › </span>
          </>
        ) : null}
        <span>{commune.name}</span>
      </nav>
      <PageHeader title={unitTitle(commune)} kicker={`Mã ${commune.code}${parent ? ` · ${unitTitle(parent)}` : ""}`}>
        <p className="text-sm text-slate-700">
          Hiệu lực từ {formatDate(commune.validFrom)}
          {commune.validTo ? ` đến ${formatDate(commune.validTo)}` : ""}.
        </p>
      </PageHeader>
      <div className="space-y-5">
        {asOf.error ? <Notice tone="error">{asOf.error}</Notice> : null}
        <ValidityNotice unit={commune} day={asOf.date} />
        {activity ? (
          <CommuneActivity code={commune.code} activity={activity} day={day} canLog={can(actor, "meeting.manage", { unitPath: commune.path })} />
        ) : null}
        <AsOfForm asOf={asOf} action={`/communes/${commune.code}`} />
        <p>
          <Link href={`/communes/${commune.code}/reports`} className="font-semibold text-brand-700 underline">
            Báo cáo định kỳ: tình hình nhân dân, sơ kết, tổng kết →
          </Link>
        </p>
        {current ? (
          <p>
            <Link href={`/communes/${commune.code}/trends`} className="font-semibold text-brand-700 underline">
              Xu hướng: giao ban, nhiệm vụ đúng hạn, báo cáo, kiến nghị qua 13 và 52 tuần →
            </Link>
          </p>
        ) : null}
        <p>
          <Link href={`/communes/${commune.code}/supervision`} className="font-semibold text-brand-700 underline">
            Giám sát, phản biện xã hội: kế hoạch, hoạt động, kiến nghị →
          </Link>
        </p>
        <p>
          <Link href={`/communes/${commune.code}/models`} className="font-semibold text-brand-700 underline">
            Dân vận khéo: mô hình đăng ký theo năm, minh chứng →
          </Link>
        </p>
        <p>
          <Link href={`/registers/${commune.id}`} className="font-semibold text-brand-700 underline">
            Sổ đăng ký văn bản: số biên bản, báo cáo, văn bản phản biện →
          </Link>
        </p>
        <p>
          <Link href={`/communes/${commune.code}/bloc`} className="font-semibold text-brand-700 underline">
            Khối của {unitTitle(commune)}: mô hình, trạng thái, quyết định, trưởng khối →
          </Link>
        </p>

        <section aria-labelledby="orgs-heading" className="space-y-2">
          <h2 id="orgs-heading" className="text-lg font-semibold">
            Các tổ chức ở cấp xã
          </h2>
          {organisations.length ? (
            <Table caption={`Các tổ chức của ${unitTitle(commune)}`}>
              <thead>
                <tr>
                  <Th>Tổ chức</Th>
                  <Th>Thành viên khối</Th>
                  <Th>Trực thuộc</Th>
                </tr>
              </thead>
              <tbody>
                {organisations.map((o) => (
                  <tr key={o.id}>
                    <Td>{o.name}</Td>
                    <Td>{o.type.blocMember ? <Badge tone="success">Thành viên khối</Badge> : <Badge tone="muted">Phối hợp</Badge>}</Td>
                    <Td>
                      {o.type.affiliations.length
                        ? o.type.affiliations.map((a) => {
                            const parentOrg = organisations.find((p) => p.type.code === a.parentType.code);
                            return (
                              <span key={a.parentType.code} className="block">
                                {parentOrg?.name ?? a.parentType.name}
                                <span className="block text-xs text-slate-600">
                                  từ {formatDate(a.validFrom)} — {a.legalBasis}
                                </span>
                              </span>
                            );
                          })
                        : "—"}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <Notice>Không có tổ chức nào được ghi nhận vào ngày {formatDate(asOf.date)}.</Notice>
          )}
        </section>

        {predecessors.length || successors.length ? (
          <section aria-labelledby="lineage-heading" className="space-y-2">
            <h2 id="lineage-heading" className="text-lg font-semibold">
              Lịch sử sắp xếp đơn vị
            </h2>
            <ul className="list-disc space-y-1 pl-5 text-sm">
              {predecessors.map((l) => (
                <li key={l.id}>
                  Từ {formatDate(l.effectiveFrom)} nhận {l.whole ? "toàn bộ" : "một phần"}{" "}
                  <Link className="text-brand-700 underline" href={`/communes/${l.predecessor.code}${lineageQuery(l.predecessor.validFrom)}`}>
                    {unitTitle(l.predecessor)}
                  </Link>
                  {l.predecessor.parent ? ` (${unitTitle(l.predecessor.parent)})` : ""} theo {l.legalBasis}.
                  {handOver?.receivedFrom.get(l.predecessorId) ? (
                    <span className="block text-slate-700">Đã nhận bàn giao: {handOver.receivedFrom.get(l.predecessorId)}.</span>
                  ) : null}
                </li>
              ))}
              {successors.map((l) => (
                <li key={l.id}>
                  Từ {formatDate(l.effectiveFrom)} {l.whole ? "toàn bộ" : "một phần"} đơn vị được sắp xếp vào{" "}
                  <Link className="text-brand-700 underline" href={`/communes/${l.successor.code}${lineageQuery(l.successor.validFrom)}`}>
                    {unitTitle(l.successor)}
                  </Link>{" "}
                  theo {l.legalBasis}.
                  {handOver?.handedTo.get(l.successorId) ? (
                    <span className="block text-slate-700">Đã bàn giao cho đơn vị này: {handOver.handedTo.get(l.successorId)}.</span>
                  ) : null}
                </li>
              ))}
            </ul>
            {successors.length && canHandOver ? (
              <p className="text-sm">
                <Link className="text-brand-700 underline" href={`/handover/${commune.code}?date=${successors[0].effectiveFrom.toISOString().slice(0, 10)}`}>
                  Việc đang mở và bàn giao của đơn vị này →
                </Link>
              </p>
            ) : null}
          </section>
        ) : null}
      </div>
    </>
  );
}
