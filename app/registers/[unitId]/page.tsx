import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { IssuingBodyForm, RegisterStartForm, VoidEntryForm } from "@/components/registers/register-forms";
import { RecordDualPostForm, RevokeDualPostForm } from "@/components/registers/dual-post-forms";
import { signOffPanel } from "@/lib/signoff/queries";
import { requireActor } from "@/lib/auth/current";
import { REGISTER_PAGE_ROWS, registerPage } from "@/lib/registers/queries";
import { ENTRY_STATUS_LABEL, FAMILY_LABEL } from "@/lib/registers/rules";
import { formatDate, vietnamDateOf } from "@/lib/time/business-date";
import { today } from "@/lib/time/today";
import { unitTitle, type UnitType } from "@/lib/units/labels";
import { RECORD_ID } from "@/lib/validation";

export const metadata: Metadata = { title: "Sổ đăng ký văn bản" };

type Props = { params: Promise<{ unitId: string }>; searchParams: Promise<{ year?: string }> };

export default async function RegisterPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const { unitId } = await params;
  if (!RECORD_ID.test(unitId)) notFound();
  const thisYear = today().getUTCFullYear();
  const raw = (await searchParams).year;
  const year = typeof raw === "string" && /^\d{4}$/.test(raw) && Number(raw) >= 2018 && Number(raw) <= thisYear + 1 ? Number(raw) : thisYear;
  const page = await registerPage(actor, unitId, year);
  if (!page) notFound();
  const { unit, bodies, canManage } = page;
  const signOff = await signOffPanel(actor, unit);
  const title = unitTitle({ type: unit.type as UnitType, name: unit.name });
  const years = Array.from({ length: thisYear + 1 - 2018 + 1 }, (_, i) => 2018 + i).reverse();
  const exportHref = (format: string) =>
    `/api/export/register.csv?${new URLSearchParams({ unit: unit.id, year: String(year), ...(format ? { format } : {}) })}`;
  return (
    <>
      <PageHeader title={`Sổ đăng ký văn bản năm ${year}`} kicker={title}>
        <p className="text-sm text-slate-700">
          Số của biên bản, báo cáo và văn bản phản biện được cấp khi văn bản được duyệt hoặc gửi đi, theo thứ tự, không trùng, không bỏ sót; số đã hủy vẫn được
          giữ trong sổ cùng lý do.
        </p>
      </PageHeader>
      <div className="space-y-6">
        <nav aria-label="Chọn năm" className="flex flex-wrap gap-3 text-sm">
          {years.map((y) => (
            <Link
              key={y}
              href={`/registers/${unit.id}?year=${y}`}
              aria-current={y === year ? "page" : undefined}
              className={y === year ? "font-semibold" : "underline underline-offset-4"}
            >
              {y}
            </Link>
          ))}
        </nav>
        <p className="flex flex-wrap gap-4 text-sm">
          <a className="underline underline-offset-4" href={exportHref("")}>
            Tải sổ năm {year} (CSV)
          </a>
          <a className="underline underline-offset-4" href={exportHref("xlsx")}>
            Tải sổ năm {year} (Excel)
          </a>
        </p>
        {bodies.map((body) => {
          const entries = body.registers.flatMap((r) => r.entries.map((e) => ({ ...e, kindLabel: r.kindLabel })));
          return (
            <section key={body.kind} aria-labelledby={`body-${body.kind}`} className="space-y-3">
              <h2 id={`body-${body.kind}`} className="text-lg font-semibold">
                {body.name}
              </h2>
              <p className="text-sm text-slate-700">
                Ký hiệu cơ quan: <strong>{body.symbol}</strong> · {FAMILY_LABEL[body.family]}.{" "}
                {body.registers
                  .filter((r) => r.issuedCount > 0 || r.startNumber !== null)
                  .map((r) => `${r.kindLabel}: số tiếp theo ${r.nextLabel}`)
                  .join("; ") || "Chưa cấp số nào trong năm."}
              </p>
              {entries.length ? (
                <Table caption={`Số đã cấp năm ${year} của ${body.name}`}>
                  <thead>
                    <tr>
                      <Th>Số, ký hiệu</Th>
                      <Th>Ngày</Th>
                      <Th className="hidden sm:table-cell">Loại</Th>
                      <Th>Trích yếu</Th>
                      <Th>Người ký</Th>
                      <Th>Trạng thái</Th>
                    </tr>
                  </thead>
                  <tbody>
                    {entries.map((e) => (
                      <tr key={e.id}>
                        <Td className="whitespace-nowrap font-semibold">{e.status === "VOIDED" ? <s>{e.label}</s> : e.label}</Td>
                        <Td>{formatDate(e.issuedOn)}</Td>
                        <Td className="hidden sm:table-cell">{e.kindLabel}</Td>
                        {/* Wide enough to read on a phone: the table scrolls sideways rather than squeezing it. */}
                        <Td className="min-w-52">
                          <Link className="underline underline-offset-4" href={e.href}>
                            {e.summary}
                          </Link>
                        </Td>
                        <Td>
                          {e.signerName}
                          {e.signerPost ? <span className="block text-xs text-slate-600">{e.signerPost}</span> : null}
                        </Td>
                        <Td>
                          <Badge tone={e.status === "VOIDED" ? "danger" : "success"}>{ENTRY_STATUS_LABEL[e.status]}</Badge>
                          {e.voidReason ? <span className="block text-xs text-slate-700">Lý do: {e.voidReason}</span> : null}
                          {canManage && e.status === "ISSUED" ? (
                            <details className="mt-1">
                              <summary className="cursor-pointer text-xs underline">Hủy số này</summary>
                              <div className="mt-2 min-w-64">
                                <VoidEntryForm entryId={e.id} label={e.label} />
                              </div>
                            </details>
                          ) : null}
                        </Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              ) : null}
              {body.registers.some((r) => r.entries.length >= REGISTER_PAGE_ROWS) ? (
                <p className="text-sm">Trang này hiện {REGISTER_PAGE_ROWS} số đầu của mỗi loại; tải sổ để xem tất cả.</p>
              ) : null}
              {canManage ? (
                <details>
                  <summary className="cursor-pointer text-sm underline underline-offset-4">Sửa tên, ký hiệu và thể thức của {body.name}</summary>
                  <div className="mt-3">
                    <IssuingBodyForm
                      unitId={unit.id}
                      bodyKind={body.kind}
                      name={body.name}
                      symbol={body.symbol}
                      family={body.family}
                      families={(body.kind === "PARTY_COMMITTEE" ? (["PARTY"] as const) : (["FRONT", "STATE"] as const)).map((f) => ({
                        value: f,
                        label: FAMILY_LABEL[f],
                      }))}
                    />
                  </div>
                </details>
              ) : null}
              {canManage && year >= thisYear ? (
                <details>
                  <summary className="cursor-pointer text-sm underline underline-offset-4">Đặt số bắt đầu khi đơn vị bắt đầu dùng cổng giữa năm</summary>
                  <div className="mt-3 grid gap-4 sm:grid-cols-2">
                    {body.registers
                      .filter((r) => r.issuedCount === 0)
                      .map((r) => (
                        <RegisterStartForm
                          key={r.kind}
                          unitId={unit.id}
                          bodyKind={body.kind}
                          kind={r.kind}
                          year={year}
                          kindLabel={r.kindLabel}
                          current={r.startNumber}
                        />
                      ))}
                  </div>
                </details>
              ) : null}
            </section>
          );
        })}
        <section aria-labelledby="sign-off" className="space-y-3">
          <h2 id="sign-off" className="text-lg font-semibold">
            Ký duyệt hai người
          </h2>
          <p className="text-sm text-slate-700">
            Người ghi và trình biên bản (thư ký) không tự duyệt biên bản đó: người chủ trì duyệt bằng một tài khoản khác. Chỉ người được cơ quan cấp trên hoặc
            quản trị viên ghi nhận kiêm cả hai chức danh mới làm được cả hai bước.
          </p>
          {signOff.signers.length ? (
            <ul className="space-y-3">
              {signOff.signers.map((s) => (
                <li key={s.id} className="rounded border border-slate-200 p-3 text-sm">
                  <p>
                    <strong>{s.displayName}</strong> ({s.username}):{" "}
                    {s.dual ? `kiêm nhiệm, ${s.dual.note} (ghi nhận ngày ${formatDate(vietnamDateOf(s.dual.createdAt))})` : "chỉ làm một trong hai bước"}
                  </p>
                  {signOff.canManage && !s.self ? (
                    <div className="mt-2 max-w-xl">
                      {s.dual ? (
                        <RevokeDualPostForm dualPostId={s.dual.id} version={s.dual.version} name={s.displayName} />
                      ) : (
                        <details>
                          <summary className="cursor-pointer underline underline-offset-4">Ghi nhận kiêm nhiệm</summary>
                          <div className="mt-2">
                            <RecordDualPostForm unitId={unit.id} userId={s.id} name={s.displayName} />
                          </div>
                        </details>
                      )}
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm">Đơn vị chưa có tài khoản nào giữ chức danh ký duyệt.</p>
          )}
        </section>
      </div>
    </>
  );
}
