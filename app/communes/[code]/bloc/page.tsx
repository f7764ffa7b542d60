import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { AuditHistory } from "@/components/history/audit-history";
import { SetBlocForm } from "@/components/blocs/set-bloc-form";
import { AddPostForm, EndPostForm, MembersForm } from "@/components/blocs/people-forms";
import { requireActor } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { historyOf } from "@/lib/audit/queries";
import { communeBloc, communeOrganisations, scanSummary } from "@/lib/blocs/queries";
import { MODEL_LABEL, STATUS_LABEL } from "@/lib/blocs/labels";
import { expectedHeadRule, HEAD_RULE_NEEDS, meetsHeadRule } from "@/lib/blocs/head-rule";
import { formatDate, toIsoDate } from "@/lib/time/business-date";
import { today } from "@/lib/time/today";
import { getUnitByCode } from "@/lib/units/queries";
import { unitTitle } from "@/lib/units/labels";
import { isValidOn } from "@/lib/units/validity";

export const metadata: Metadata = { title: "Khối của xã" };

const SCAN_ERRORS: Record<string, string> = {
  size: "Bản quét quá lớn: tối đa 20 MB.",
  type: "Chỉ nhận bản quét PDF hoặc ảnh (PNG, JPEG, WebP); tệp này không phải các loại đó.",
  empty: "Hãy chọn tệp bản quét.",
  form: "Biểu mẫu gửi lên không hợp lệ; hãy thử lại.",
};

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ scan?: string; scanError?: string; saved?: string }> };

export default async function CommuneBlocPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const { code } = await params;
  const query = await searchParams;
  const day = today();
  const unit = await getUnitByCode(actor, "COMMUNE", code, day);
  const data = unit ? await communeBloc(actor, unit.id) : null;
  if (!unit || !data) notFound();
  const { bloc, policy } = data;
  const expected = bloc ? expectedHeadRule({ ...bloc, policy }) : null;
  const manage = can(actor, "bloc.manage", { unitPath: unit.path });
  const people = can(actor, "bloc.people", { unitPath: unit.path });
  const memberIds = new Set((bloc?.members ?? []).filter((m) => m.leftOn === null).map((m) => m.organisationId));
  const organisations = (await communeOrganisations(actor, unit.id, day)).map((o) => ({ code: o.type.code, name: o.name, member: memberIds.has(o.id) }));
  const iso = toIsoDate(day);
  // Each person once, labelled with their latest title so that namesakes can be told apart.
  const peopleOptions = [...new Map((bloc?.posts ?? []).map((p) => [p.person.id, { id: p.person.id, label: `${p.person.fullName} — ${p.title}` }])).values()];
  const pendingScan = typeof query.scan === "string" ? await scanSummary(query.scan) : null;
  const history = bloc ? await historyOf("Bloc", bloc.id) : [];
  const scanError = SCAN_ERRORS[String(query.scanError ?? "")];
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        <Link href={`/communes/${unit.code}`} className="text-brand-700 underline">
          {unit.name}
        </Link>
        <span aria-hidden="true"> › </span>
        <span>Khối</span>
      </nav>
      <PageHeader title={`Khối của ${unitTitle(unit)}`} kicker={`Mã ${unit.code}${unit.parent ? ` · ${unitTitle(unit.parent)}` : ""}`} />
      <div className="space-y-6">
        {query.saved ? <Notice>Đã lưu thông tin khối.</Notice> : null}
        <section aria-labelledby="now-h" className="grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-3">
          <h2 id="now-h" className="text-lg font-semibold sm:col-span-3">
            Hiện trạng
          </h2>
          <div>
            <p className="text-sm text-slate-600">Mô hình</p>
            <p className="font-semibold">{bloc ? MODEL_LABEL[bloc.model] : "Chưa ghi nhận"}</p>
            {!bloc && policy ? <p className="text-xs text-slate-600">Huyện chọn cho các xã: {MODEL_LABEL[policy.communeModel]}</p> : null}
          </div>
          <div>
            <p className="text-sm text-slate-600">Trạng thái</p>
            <p>
              <Badge tone={bloc?.status === "ESTABLISHED" ? "success" : "muted"}>{STATUS_LABEL[bloc?.status ?? "NOT_STARTED"]}</Badge>
              {bloc?.statusSince ? <span className="ml-2 text-sm">từ {formatDate(bloc.statusSince)}</span> : null}
            </p>
          </div>
          <div>
            <p className="text-sm text-slate-600">Quyết định thành lập</p>
            {bloc?.decision ? (
              <p>
                Số {bloc.decision.number}, ngày {formatDate(bloc.decision.issuedOn)}, {bloc.decision.issuer}
                {bloc.decision.scan ? (
                  <>
                    {" "}
                    ·{" "}
                    <a href={`/api/files/${bloc.decision.scan.id}`} className="text-brand-700 underline">
                      Xem bản quét
                    </a>
                  </>
                ) : null}
              </p>
            ) : (
              <p>Chưa có</p>
            )}
          </div>
          {expected ? (
            <p className="text-sm text-slate-700 sm:col-span-3">
              Trưởng khối theo quy định: {HEAD_RULE_NEEDS[expected.rule]}
              {expected.exception ? ` — ngoại lệ đã ghi nhận: ${expected.exception}` : ""}.
            </p>
          ) : policy ? (
            <p className="text-sm text-slate-700 sm:col-span-3">Quy định của huyện: {policy.headRuleText}.</p>
          ) : null}
          {bloc?.source ? <p className="text-xs text-slate-600 sm:col-span-3">Nguồn: {bloc.source}</p> : null}
        </section>

        <section aria-labelledby="people-h" className="space-y-2">
          <h2 id="people-h" className="text-lg font-semibold">
            Trưởng khối và phó
          </h2>
          {bloc?.posts.length ? (
            <Table caption="Người giữ chức danh trong khối">
              <thead>
                <tr>
                  <Th>Họ và tên</Th>
                  <Th>Chức danh trong khối</Th>
                  <Th>Chức vụ</Th>
                  <Th>Nhiệm kỳ</Th>
                  {people ? <Th>Kết thúc</Th> : null}
                </tr>
              </thead>
              <tbody>
                {bloc.posts.map((p) => (
                  <tr key={p.id}>
                    <Td>
                      {p.person.fullName}
                      {p.role === "HEAD" && expected && !meetsHeadRule(expected.rule, p) ? (
                        <span className="block text-xs font-semibold text-red-800">
                          ⚠ Không đúng quy định (cần {HEAD_RULE_NEEDS[expected.rule]}){p.ruleMismatchReason ? `; lý do ghi nhận: ${p.ruleMismatchReason}` : ""}
                        </span>
                      ) : null}
                    </Td>
                    <Td>
                      {p.role === "HEAD" ? "Trưởng khối" : "Phó khối"}{" "}
                      {isValidOn({ validFrom: p.termStart, validTo: p.termEnd }, day) ? <Badge tone="success">Đương nhiệm</Badge> : null}
                    </Td>
                    <Td>
                      {p.title}
                      {p.organisation ? ` (${p.organisation.name})` : ""}
                      {p.partyDeputySecretary || p.frontChair ? (
                        <span className="block text-xs text-slate-600">
                          {[p.partyDeputySecretary ? "Phó Bí thư Đảng ủy" : null, p.frontChair ? "Chủ tịch UB MTTQ" : null].filter(Boolean).join(", ")}
                        </span>
                      ) : null}
                    </Td>
                    <Td>
                      từ {formatDate(p.termStart)}
                      {p.termEnd ? ` đến ${formatDate(p.termEnd)}` : ""}
                      {p.endedReason ? ` — ${p.endedReason}` : ""}
                    </Td>
                    {people ? <Td>{p.termEnd ? "—" : <EndPostForm postId={p.id} today={iso} label={p.person.fullName} />}</Td> : null}
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <p className="text-sm text-slate-700">Chưa ghi nhận trưởng khối, phó khối.</p>
          )}
          {people && !bloc && !policy ? (
            <Notice>
              Chưa ghi nhận mô hình khối của {unit.name}: người theo dõi khối ghi nhận mô hình trước, rồi mới ghi nhận trưởng, phó khối và tổ chức thành viên.
            </Notice>
          ) : null}
          {people && (bloc || policy) ? (
            <details className="rounded border border-slate-200 bg-white p-3">
              <summary className="cursor-pointer font-semibold">Ghi nhận trưởng khối hoặc phó khối</summary>
              <div className="mt-3">
                <AddPostForm unitId={unit.id} organisations={organisations} today={iso} people={peopleOptions} />
              </div>
            </details>
          ) : null}
        </section>

        <section aria-labelledby="members-h" className="space-y-2">
          <h2 id="members-h" className="text-lg font-semibold">
            Tổ chức thành viên
          </h2>
          {bloc?.members.filter((m) => m.leftOn === null).length ? (
            <ul className="list-disc pl-5 text-sm">
              {bloc.members
                .filter((m) => m.leftOn === null)
                .map((m) => (
                  <li key={m.id}>
                    {m.organisation.name} (từ {formatDate(m.joinedOn)})
                  </li>
                ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-700">Chưa ghi nhận tổ chức thành viên.</p>
          )}
          {people && (bloc || policy) ? (
            <div className="rounded border border-slate-200 bg-white p-3">
              <MembersForm unitId={unit.id} organisations={organisations} today={iso} />
            </div>
          ) : null}
        </section>

        <section aria-labelledby="status-h" className="space-y-2">
          <h2 id="status-h" className="text-lg font-semibold">
            Quá trình trạng thái
          </h2>
          {bloc?.statusChanges.length ? (
            <ol className="space-y-2 text-sm">
              {bloc.statusChanges.map((c) => (
                <li key={c.id} className="rounded border border-slate-200 bg-white p-3">
                  <span className="font-semibold">
                    {c.fromStatus ? `${STATUS_LABEL[c.fromStatus]} → ` : ""}
                    {STATUS_LABEL[c.toStatus]}
                  </span>
                  {" · "}
                  {c.effectiveOn ? `từ ${formatDate(c.effectiveOn)}` : "không rõ ngày"}
                  {c.decision ? ` · Quyết định ${c.decision.number} (${formatDate(c.decision.issuedOn)})` : ""}
                  <span className="block text-slate-700">{c.reason}</span>
                </li>
              ))}
            </ol>
          ) : (
            <p className="text-sm text-slate-700">Chưa có thay đổi nào được ghi nhận.</p>
          )}
        </section>

        {manage ? (
          <section aria-labelledby="edit-h" className="space-y-3 rounded border border-slate-200 bg-white p-4">
            <h2 id="edit-h" className="text-lg font-semibold">
              Ghi nhận thay đổi
            </h2>
            <div className="space-y-2 rounded border border-dashed border-slate-300 p-3">
              <h3 className="text-sm font-semibold">Bản quét quyết định</h3>
              {scanError ? <Notice tone="error">{scanError}</Notice> : null}
              {pendingScan ? (
                <Notice>
                  Đã tải lên “{pendingScan.originalName}” ({Math.ceil(pendingScan.size / 1024)} KB). Bản quét sẽ gắn với quyết định khi bạn lưu.
                </Notice>
              ) : null}
              <form action={`/api/blocs/${unit.id}/scan`} method="post" encType="multipart/form-data" className="flex flex-wrap items-end gap-3">
                <div className="flex flex-col gap-1">
                  <label htmlFor="scan" className="text-sm">
                    Tệp PDF hoặc ảnh, tối đa 20 MB
                  </label>
                  <input id="scan" name="scan" type="file" required accept="application/pdf,image/png,image/jpeg,image/webp" className="text-sm" />
                </div>
                <button type="submit" className="rounded border border-slate-300 bg-white px-3 py-2 text-sm font-semibold">
                  Tải lên
                </button>
              </form>
            </div>
            <SetBlocForm
              unitId={unit.id}
              version={bloc?.version ?? 0}
              model={bloc?.model ?? null}
              headRule={bloc?.headRule ?? null}
              headRuleReason={bloc?.headRuleReason ?? null}
              status={bloc?.status ?? "NOT_STARTED"}
              today={toIsoDate(day)}
              scan={pendingScan ? { id: pendingScan.id, name: pendingScan.originalName } : null}
            />
          </section>
        ) : null}

        {bloc ? (
          <section aria-labelledby="history-h" className="space-y-2">
            <h2 id="history-h" className="text-lg font-semibold">
              Lịch sử thay đổi
            </h2>
            <AuditHistory entries={history} />
          </section>
        ) : null}
      </div>
    </>
  );
}
