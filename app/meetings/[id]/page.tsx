import type { Metadata } from "next";
import Link from "next/link";
import { Fragment } from "react";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { AuditHistory } from "@/components/history/audit-history";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { MeetingMoves } from "@/components/meetings/meeting-moves";
import { CarriedList } from "@/components/meetings/carried-list";
import { AddTaskForm, TaskMoveForm } from "@/components/meetings/task-forms";
import { HandOverNote } from "@/components/handover/handover-note";
import { requireActor } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { historyOf } from "@/lib/audit/queries";
import { meetingDetail, meetingFormContext, minutesSignOff } from "@/lib/meetings/queries";
import { handOversOf } from "@/lib/handover/queries";
import { valuesOfMeeting } from "@/lib/meetings/form-values";
import { EDITABLE, MEETING_STATUS_LABEL, movesFrom } from "@/lib/meetings/rules";
import { isOverdue, movesFor, TASK_MOVES, TASK_STATUS_LABEL } from "@/lib/tasks/rules";
import { addDays, formatDate, toIsoDate } from "@/lib/time/business-date";
import { SignOffSteps } from "@/components/signoff/sign-off-steps";
import { MinutesSection } from "@/components/meetings/minutes-section";
import { ContributionList } from "@/components/contributions/contribution-list";
import { weekContributions } from "@/lib/contributions/queries";
import { formatIsoWeek, isoWeekOf } from "@/lib/time/iso-week";
import { today } from "@/lib/time/today";
import { contributionsForReader, meetingForReader } from "@/lib/meetings/present";
import { maskHistory } from "@/lib/privacy/present";
import { seesInFull } from "@/lib/privacy/reader";
import { meetingsHref, tasksHref, unitHref, unitTitle } from "@/lib/units/labels";

export const metadata: Metadata = { title: "Cuộc họp giao ban" };

const SCAN_ERRORS: Record<string, string> = {
  size: "Bản quét quá lớn: tối đa 20 MB.",
  type: "Chỉ nhận bản quét PDF hoặc ảnh (PNG, JPEG, WebP).",
  empty: "Hãy chọn tệp bản quét.",
  form: "Biểu mẫu gửi lên không hợp lệ; hãy thử lại.",
  status: "Chỉ lưu bản quét biên bản đã ký sau khi biên bản được duyệt.",
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string; scanError?: string; scanSaved?: string }> };

export default async function MeetingPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const query = await searchParams;
  const loaded = await meetingDetail(actor, (await params).id);
  if (!loaded) notFound();
  // Its texts' personal numbers masked for a reader who does not work it (decision 0039).
  const full = seesInFull(actor, loaded.unit.path);
  const meeting = meetingForReader(loaded, full);
  const day = today();
  const target = { unitPath: meeting.unit.path };
  const manage = can(actor, "meeting.manage", target);
  const editable = manage && EDITABLE.includes(meeting.status);
  const context = editable || manage ? await meetingFormContext(actor, meeting.unit.id, day) : null;
  // An agency's giao ban (decision 0035) may assign tasks to the communes below it: each commune follows its own.
  const agency = meeting.unit.level !== "COMMUNE";
  // Tasks a reorganisation handed over to a successor: their history stays here, their work goes on there.
  const [history, handed, signOff, contributions] = await Promise.all([
    historyOf("Meeting", meeting.id).then((h) => (full ? h : maskHistory(h, []))),
    handOversOf(
      "TASK",
      meeting.tasks.filter((t) => t.unitId !== meeting.unitId && !agency).map((t) => t.id),
    ),
    minutesSignOff(meeting),
    // What the member organisations contributed to the week's giao ban, as they wrote it.
    meeting.kind === "REGULAR" ? weekContributions(actor, meeting.unit.id, meeting.weekStart).then((c) => c && contributionsForReader(c, full)) : null,
  ]);
  const carried = meeting.agendaItems.filter((i) => i.kind === "CARRIED_OVER" && i.task).map((i) => i.task!);
  const content = meeting.agendaItems
    .filter((i) => i.kind === "CONTENT" && i.content)
    .sort((a, b) => (a.workGroup?.sortOrder ?? 0) - (b.workGroup?.sortOrder ?? 0));
  const attendanceOrgs = context
    ? [...new Map([...context.attending, ...meeting.attendance.map((a) => a.organisation)].map((o) => [o.id, { id: o.id, name: o.name }])).values()]
    : [];
  const orgOptions = (context?.organisations ?? []).map((o) => ({ value: o.id, label: o.name }));
  const scanError = SCAN_ERRORS[String(query.scanError ?? "")];
  const title = `Giao ban ${formatIsoWeek(isoWeekOf(meeting.heldOn))}${meeting.kind === "EXTRAORDINARY" ? " (đột xuất)" : ""}`;
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        <Link href={unitHref(meeting.unit)} className="text-brand-700 underline">
          {meeting.unit.name}
        </Link>
        <span aria-hidden="true"> › </span>
        <Link href={meetingsHref(meeting.unit)} className="text-brand-700 underline">
          Cuộc họp
        </Link>
        <span aria-hidden="true"> › </span>
        <span>{formatDate(meeting.heldOn)}</span>
      </nav>
      <PageHeader title={title} kicker={`${unitTitle(meeting.unit)} · ngày ${formatDate(meeting.heldOn)}${meeting.startTime ? `, ${meeting.startTime}` : ""}`}>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <Badge tone={meeting.status === "APPROVED" ? "success" : meeting.status === "CANCELLED" ? "muted" : "neutral"}>
            {MEETING_STATUS_LABEL[meeting.status]}
          </Badge>
          {meeting.minutesLabel ? (
            <span>
              Biên bản số {meeting.minutesLabel} ·{" "}
              <Link className="underline underline-offset-4" href={`/registers/${meeting.unit.id}?year=${meeting.heldOn.getUTCFullYear()}`}>
                sổ văn bản
              </Link>
            </span>
          ) : null}
          {meeting.statusReason ? <span className="text-slate-700">· Lý do: {meeting.statusReason}</span> : null}
        </p>
        <SignOffSteps
          record={meeting.status === "APPROVED" ? signOff : { ...signOff, second: null }}
          labels={{ first: "Ghi và trình biên bản", second: "Duyệt biên bản" }}
          waiting={meeting.status === "MINUTES_SUBMITTED" ? "chờ người chủ trì duyệt (một người khác người đã trình)" : null}
        />
      </PageHeader>
      <div className="space-y-6">
        {query.created ? <Notice>Đã tạo bản nháp cuộc họp. Nội dung được tự lưu khi bạn nhập.</Notice> : null}
        {scanError ? <Notice tone="error">{scanError}</Notice> : null}
        {query.scanSaved ? <Notice>Đã lưu bản quét biên bản đã ký.</Notice> : null}

        {manage ? (
          <section aria-labelledby="moves-h" className="space-y-2">
            <h2 id="moves-h" className="sr-only">
              Thao tác
            </h2>
            <MeetingMoves meetingId={meeting.id} version={meeting.version} moves={movesFrom(meeting.status)} today={toIsoDate(day)} />
          </section>
        ) : null}

        <CarriedList tasks={carried} day={day} caption="Nhiệm vụ chuyển tiếp từ các cuộc họp trước" />

        {editable && context ? (
          <section aria-labelledby="form-h" className="space-y-2">
            <h2 id="form-h" className="text-lg font-semibold">
              Nội dung cuộc họp
            </h2>
            <MeetingForm
              unitId={meeting.unit.id}
              meetingId={meeting.id}
              version={meeting.version}
              submissionId={meeting.submissionId}
              values={valuesOfMeeting(meeting)}
              organisations={attendanceOrgs}
              people={context.people}
              workGroups={context.workGroups.map((g) => ({ code: g.code, name: g.name }))}
              maxDate={toIsoDate(meeting.status === "HELD" ? day : addDays(day, 7))}
            />
          </section>
        ) : (
          <section aria-labelledby="content-h" className="space-y-3 rounded border border-slate-200 bg-white p-4">
            <h2 id="content-h" className="text-lg font-semibold">
              Nội dung cuộc họp
            </h2>
            <dl className="grid gap-2 text-sm sm:grid-cols-[12rem_1fr]">
              <dt className="font-semibold">Địa điểm</dt>
              <dd>{meeting.place || "—"}</dd>
              <dt className="font-semibold">Chủ trì</dt>
              <dd>{meeting.chair?.fullName ?? "—"}</dd>
              <dt className="font-semibold">Thư ký</dt>
              <dd>{meeting.secretary?.fullName ?? "—"}</dd>
              <dt className="font-semibold">Thành phần</dt>
              <dd>
                <ul className="space-y-1">
                  {meeting.attendance.map((a) => (
                    <li key={a.id}>
                      {a.organisation.name}:{" "}
                      {a.present ? `có mặt${a.attendees ? ` (${a.attendees} người)` : ""}` : `vắng${a.absenceReason ? ` — ${a.absenceReason}` : ""}`}
                    </li>
                  ))}
                </ul>
              </dd>
              {content.map((i) => (
                <Fragment key={i.id}>
                  <dt className="font-semibold">{i.workGroup?.name}</dt>
                  <dd className="whitespace-pre-line">{i.content}</dd>
                </Fragment>
              ))}
              {[
                ["Tình hình nhân dân", meeting.peopleSituation],
                ["Điểm nóng, kiến nghị", meeting.hotSpots],
                ["Ý kiến thảo luận", meeting.discussion],
                ["Kết luận của chủ trì", meeting.conclusions],
              ].map(([label, text]) => (
                <Fragment key={label}>
                  <dt className="font-semibold">{label}</dt>
                  <dd className="whitespace-pre-line">{text || "—"}</dd>
                </Fragment>
              ))}
            </dl>
          </section>
        )}

        <section aria-labelledby="tasks-h" className="space-y-3">
          <h2 id="tasks-h" className="text-lg font-semibold">
            Nhiệm vụ giao tại cuộc họp ({meeting.tasks.length})
          </h2>
          {meeting.tasks.length ? (
            <Table caption="Nhiệm vụ giao tại cuộc họp">
              <thead>
                <tr>
                  <Th>Nhiệm vụ</Th>
                  <Th>Chủ trì</Th>
                  <Th>Hạn</Th>
                  <Th>Trạng thái</Th>
                  {manage ? <Th>Thao tác</Th> : null}
                </tr>
              </thead>
              <tbody>
                {meeting.tasks.map((t) => (
                  <tr key={t.id}>
                    <Td>
                      {t.title}
                      {t.coOwners.length ? (
                        <span className="block text-xs text-slate-600">Phối hợp: {t.coOwners.map((c) => c.organisation.name).join(", ")}</span>
                      ) : null}
                      {handed.has(t.id) ? <HandOverNote fact={handed.get(t.id)!} side="handed" /> : null}
                    </Td>
                    <Td>
                      {t.owner.name}
                      {agency && t.unitId !== meeting.unitId ? (
                        <Link className="block text-xs text-brand-700 underline" href={tasksHref(t.unit)}>
                          Xã theo dõi: danh sách nhiệm vụ của {t.unit.name}
                        </Link>
                      ) : null}
                    </Td>
                    <Td>
                      {formatDate(t.dueOn)}
                      {t.dueOn.getTime() !== t.originalDueOn.getTime() ? (
                        <span className="block text-xs text-slate-600">hạn đầu {formatDate(t.originalDueOn)}</span>
                      ) : null}
                    </Td>
                    <Td>
                      <Badge tone="muted">{TASK_STATUS_LABEL[t.status]}</Badge> {isOverdue(t, day) ? <Badge tone="danger">Quá hạn</Badge> : null}
                    </Td>
                    {manage ? (
                      <Td>
                        <div className="flex flex-col gap-1">
                          {handed.has(t.id) || t.unitId !== meeting.unitId
                            ? null
                            : movesFor(t.status)
                                .filter((m) => TASK_MOVES[m].permission === "task.manage")
                                .map((m) => (
                                  <TaskMoveForm
                                    key={m}
                                    taskId={t.id}
                                    version={t.version}
                                    move={m}
                                    label={t.title}
                                    organisations={orgOptions.filter((o) => o.value !== t.ownerId)}
                                  />
                                ))}
                        </div>
                      </Td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <p className="text-sm text-slate-700">Chưa giao nhiệm vụ nào.</p>
          )}
          {editable ? (
            <details className="rounded border border-slate-200 bg-white p-3" open>
              <summary className="cursor-pointer font-semibold">Giao nhiệm vụ mới</summary>
              <div className="mt-3">
                <AddTaskForm
                  meetingId={meeting.id}
                  submissionId={randomUUID()}
                  organisations={orgOptions}
                  owners={(context?.owners ?? []).map((o) => ({ value: o.id, label: o.name, group: o.group }))}
                  minDate={toIsoDate(meeting.heldOn)}
                  workGroups={(context?.workGroups ?? []).map((g) => ({ value: g.code, label: g.name }))}
                />
              </div>
            </details>
          ) : null}
        </section>

        {contributions?.some((o) => o.contribution) ? (
          <details className="rounded border border-slate-200 bg-white p-3">
            <summary className="cursor-pointer font-semibold">Đóng góp của các tổ chức trước cuộc họp</summary>
            <div className="mt-3">
              <ContributionList list={contributions} heading="Từng tổ chức" />
            </div>
          </details>
        ) : null}
        <MinutesSection meeting={meeting} manage={manage} full={full} />

        <section aria-labelledby="history-h" className="space-y-2">
          <h2 id="history-h" className="text-lg font-semibold">
            Lịch sử thay đổi
          </h2>
          <AuditHistory entries={history} />
        </section>
      </div>
    </>
  );
}
