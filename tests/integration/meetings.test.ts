// Meetings and their tasks against a real database: the week rule, drafts and conflicts, the status
// machine with numbering, carry-over, task moves by the right people, and the rollups kept by the writes.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { MESSAGES } from "@/lib/actions/result";
import { autosaveMeeting, saveMeeting } from "@/lib/meetings/definitions";
import { moveMeeting } from "@/lib/meetings/move-definitions";
import { claimWeek } from "@/lib/meetings/write-rules";
import { addTask, manageTask, progressTask } from "@/lib/tasks/definitions";
import { activityOf } from "@/lib/meetings/activity";
import { communeActivity, unitMeetings } from "@/lib/meetings/queries";
import { addDays, parseIsoDate, toIsoDate } from "@/lib/time/business-date";
import { ctx, makeUser, operatingBloc } from "../support/factories";

const d = (s: string) => parseIsoDate(s)!;

async function setup(code: string, options?: Parameters<typeof operatingBloc>[1]) {
  const bloc = await operatingBloc(code, options);
  const head = await makeUser("BLOC_HEAD", code);
  // The minutes are recorded and submitted by the secretary and approved by the head (lib/signoff).
  const secretary = await makeUser("BLOC_HEAD", code);
  const save = async (over: Record<string, unknown> = {}, actor = head.actor) =>
    runAction(
      db,
      saveMeeting,
      {
        unitId: bloc.unit.id,
        submissionId: randomUUID(),
        heldOn: "2018-08-06",
        place: "Hội trường UBND xã",
        chairId: bloc.head.id,
        [`att_${bloc.org("MTTQ").id}`]: "present",
        [`att_${bloc.org("HOI_PHU_NU").id}`]: "absent",
        [`attReason_${bloc.org("HOI_PHU_NU").id}`]: "Đi tập huấn",
        ...over,
      },
      actor,
      ctx(),
    );
  const move = async (meetingId: string, move: string, over: Record<string, unknown> = {}) => {
    const m = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    const actor = move === "submit" ? secretary.actor : head.actor;
    return runAction(db, moveMeeting, { meetingId, version: String(m.version), move, ...over }, actor, ctx());
  };
  const task = async (meetingId: string, over: Record<string, unknown> = {}) =>
    runAction(
      db,
      addTask,
      { meetingId, submissionId: randomUUID(), title: "Vận động hộ nghèo", ownerId: bloc.org("HOI_PHU_NU").id, dueOn: "2018-08-10", ...over },
      head.actor,
      ctx(),
    );
  return { ...bloc, head: bloc.head, user: head, save, move, task };
}

describe("meetings", () => {
  it("keeps one regular meeting per ISO week; an extraordinary one is allowed; a retry is one meeting", async () => {
    const s = await setup("06958");
    const submissionId = randomUUID();
    const first = await s.save({ submissionId, heldOn: "2018-08-06" });
    expect(first).toMatchObject({ ok: true, data: { version: 1 } });
    // The same form submitted again (flaky connection): still one meeting.
    const retry = await s.save({ submissionId, heldOn: "2018-08-06", conclusions: "Giữ nguyên" });
    expect(retry.ok).toBe(true);
    expect(await db.meeting.count({ where: { unitId: s.unit.id } })).toBe(1);
    // Another regular meeting in the same week (Sunday 12/08) is refused with the way out.
    const second = await s.save({ heldOn: "2018-08-12" });
    expect(second.fieldErrors?.heldOn?.[0]).toMatch(/đã có cuộc giao ban thường kỳ \(ngày 06\/08\/2018\).*Đột xuất/);
    expect((await s.save({ heldOn: "2018-08-12", kind: "EXTRAORDINARY" })).ok).toBe(true);
    expect((await s.save({ heldOn: "2018-08-13" })).ok).toBe(true);
    expect(await db.meeting.count({ where: { unitId: s.unit.id } })).toBe(3);
  });

  it("makes one meeting of the same form sent twice at once", async () => {
    const s = await setup("06937");
    const submissionId = randomUUID();
    const results = await Promise.all([s.save({ submissionId, heldOn: "2018-08-06" }), s.save({ submissionId, heldOn: "2018-08-06" })]);
    for (const r of results) expect(r.ok || r.formError === MESSAGES.duplicate, JSON.stringify(r)).toBe(true);
    expect(await db.meeting.count({ where: { unitId: s.unit.id } })).toBe(1);
  });

  it("answers the second copy as sent twice even when the first committed between its two looks", async () => {
    // The week's check is the second look: finding its own twin there is a duplicate, not another meeting.
    const s = await setup("06940");
    const submissionId = randomUUID();
    expect((await s.save({ submissionId, heldOn: "2018-08-06" })).ok).toBe(true);
    const day = parseIsoDate("2018-08-07")!;
    const bloc = await db.bloc.findUniqueOrThrow({ where: { unitId: s.unit.id } });
    await expect(db.$transaction((tx) => claimWeek(tx, bloc.id, day, null, submissionId))).rejects.toThrow(MESSAGES.duplicate);
    await expect(db.$transaction((tx) => claimWeek(tx, bloc.id, day, null, randomUUID()))).rejects.toThrow(MESSAGES.invalid);
  });

  it("refuses bad dates, a bloc not operating, attendees of another commune and a 200,000-character note", async () => {
    const s = await setup("06961", { since: "2018-06-01" });
    expect((await s.save({ heldOn: "2018-05-28" })).fieldErrors?.heldOn?.[0]).toMatch(/chưa hoạt động/);
    expect((await s.save({ heldOn: "2018-08-22" })).fieldErrors?.heldOn?.[0]).toMatch(/trong vòng 7 ngày/);
    const other = await operatingBloc("06964");
    expect((await s.save({ [`att_${other.org("MTTQ").id}`]: "present" })).fieldErrors?._form?.[0]).toMatch(/không thuộc xã này/);
    expect((await s.save({ chairId: other.head.id })).fieldErrors?.chairId?.[0]).toMatch(/không thuộc xã này/);
    const long = await s.save({ discussion: "ă".repeat(200_000) });
    expect(long.fieldErrors?.discussion?.[0]).toBe("Ý kiến thảo luận không được dài quá 20000 ký tự.");
    expect(long.values?.place).toBe("Hội trường UBND xã");
    const proposed = await setup("06967", { status: "PROPOSED" });
    expect((await proposed.save()).fieldErrors?.heldOn?.[0]).toMatch(/chưa hoạt động/);
    expect(await db.meeting.count({ where: { unitId: { in: [s.unit.id, proposed.unit.id] } } })).toBe(0);
  });

  it("refuses the second of two people saving the same draft; nothing is overwritten", async () => {
    const s = await setup("06970");
    const created = await s.save();
    const id = created.data!.meetingId as string;
    const a = await s.save({ meetingId: id, version: "1", conclusions: "Bản của người thứ nhất" });
    expect(a.ok).toBe(true);
    const b = await s.save({ meetingId: id, version: "1", conclusions: "Bản của người thứ hai" });
    expect(b).toMatchObject({ ok: false, formError: MESSAGES.conflict });
    expect(b.values?.conclusions).toBe("Bản của người thứ hai");
    expect((await db.meeting.findUniqueOrThrow({ where: { id } })).conclusions).toBe("Bản của người thứ nhất");
  });

  it("runs draft → held → submitted → approved with a number, locks it, and reopens only with a reason", async () => {
    const s = await setup("06973");
    const id = (await s.save({ heldOn: "2018-08-06", secretaryName: "Lê Thị Thư" })).data!.meetingId as string;
    expect((await s.move(id, "submit")).formError).toMatch(/không thể “trình biên bản”/);
    expect((await s.move(id, "hold")).ok).toBe(true);
    expect((await db.meetingWeekRollup.findFirstOrThrow({ where: { unitId: s.unit.id } })).held).toBe(1);
    expect((await s.move(id, "submit")).formError).toMatch(/thiếu kết luận của chủ trì/);
    const m = await db.meeting.findUniqueOrThrow({ where: { id } });
    expect(
      (
        await s.save({
          meetingId: id,
          version: String(m.version),
          heldOn: "2018-08-06",
          secretaryId: m.secretaryId,
          conclusions: "Các tổ chức hoàn thành kế hoạch tháng 8.",
        })
      ).ok,
    ).toBe(true);
    expect((await s.move(id, "submit")).ok).toBe(true);
    const approved = await s.move(id, "approve");
    expect(approved.message).toBe("Đã duyệt biên bản số 1-BB/ĐU.");
    // Locked: no edit, no new task.
    const locked = await db.meeting.findUniqueOrThrow({ where: { id } });
    expect((await s.save({ meetingId: id, version: String(locked.version), heldOn: "2018-08-06", conclusions: "Sửa lén" })).formError).toMatch(
      /Đã duyệt biên bản.*mở lại/,
    );
    expect((await s.task(id)).formError).toMatch(/không giao thêm nhiệm vụ/);
    expect((await s.move(id, "reopen")).fieldErrors?.reason).toBeTruthy();
    expect((await s.move(id, "reopen", { reason: "Sai tên tổ chức vắng mặt" })).ok).toBe(true);
    await s.move(id, "submit");
    expect((await s.move(id, "approve")).message).toBe("Đã duyệt biên bản số 1-BB/ĐU.");
    // The next meeting gets the next number; the number is never reused.
    const next = (await s.save({ heldOn: "2018-08-13", conclusions: "Tiếp tục", secretaryName: "Lê Thị Thư" })).data!.meetingId as string;
    for (const mv of ["hold", "submit", "approve"]) expect((await s.move(next, mv)).ok).toBe(true);
    expect((await db.meeting.findUniqueOrThrow({ where: { id: next } })).minutesLabel).toBe("2-BB/ĐU");
    const events = await db.auditEvent.findMany({ where: { entityId: id, action: "meeting.move" } });
    expect(events.filter((e) => e.reason === "Sai tên tổ chức vắng mặt")).toHaveLength(1);
    expect((await db.meetingWeekRollup.findMany({ where: { unitId: s.unit.id } })).map((r) => r.held)).toEqual([1, 1]);
  });

  it("numbers a joint advisory unit's minutes in the Front's format; postponing frees the week", async () => {
    const s = await setup("06976", { model: "JOINT_ADVISORY_UNIT" });
    const id = (await s.save({ heldOn: "2018-08-06" })).data!.meetingId as string;
    expect((await s.move(id, "postpone", { reason: "Trùng lịch họp Đảng ủy" })).ok).toBe(true);
    const other = await s.save({ heldOn: "2018-08-08", conclusions: "Kết luận", secretaryName: "Thư ký" });
    expect(other.ok).toBe(true);
    // The postponed one cannot come back into a week that is now taken.
    expect((await s.move(id, "reschedule", { heldOn: "2018-08-09" })).fieldErrors?.heldOn?.[0]).toMatch(/đã có cuộc giao ban/);
    expect((await s.move(id, "cancel", { reason: "Đã họp ngày 08/08" })).ok).toBe(true);
    for (const mv of ["hold", "submit", "approve"]) await s.move(other.data!.meetingId as string, mv);
    expect((await db.meeting.findUniqueOrThrow({ where: { id: other.data!.meetingId as string } })).minutesLabel).toBe("01/BB-MTTQ");
  });
});

describe("tasks", () => {
  it("refuses a task due before its meeting and an owner from another commune", async () => {
    const s = await setup("06979");
    const id = (await s.save()).data!.meetingId as string;
    expect((await s.task(id, { dueOn: "2018-08-05" })).fieldErrors?.dueOn?.[0]).toMatch(/không được trước ngày họp \(06\/08\/2018\)/);
    const other = await operatingBloc("06982");
    expect((await s.task(id, { ownerId: other.org("MTTQ").id })).fieldErrors?.ownerId).toBeTruthy();
    expect(await db.task.count({ where: { meetingId: id } })).toBe(0);
  });

  it("carries an unclosed task to each next meeting once, flags it at three, and stops once it is verified", async () => {
    const s = await setup("06985", { since: "2018-06-01" });
    const first = (await s.save({ heldOn: "2018-07-16" })).data!.meetingId as string;
    const submissionId = randomUUID();
    expect((await s.task(first, { submissionId, dueOn: "2018-07-20", coOwnerIds: [s.org("MTTQ").id] })).ok).toBe(true);
    // A retried task submission creates nothing new.
    expect((await s.task(first, { submissionId, dueOn: "2018-07-20" })).message).toBe("Nhiệm vụ này đã được lưu.");
    const task = await db.task.findFirstOrThrow({ where: { meetingId: first }, include: { coOwners: true } });
    expect(task.coOwners).toHaveLength(1);
    const later = [];
    for (const day of ["2018-07-23", "2018-07-30", "2018-08-06"]) later.push((await s.save({ heldOn: day })).data!.meetingId as string);
    for (const m of later) expect(await db.agendaItem.count({ where: { meetingId: m, kind: "CARRIED_OVER", taskId: task.id } })).toBe(1);
    // Saving a draft again does not carry it twice.
    const last = await db.meeting.findUniqueOrThrow({ where: { id: later[2] } });
    await s.save({ meetingId: last.id, version: String(last.version), heldOn: "2018-08-06", discussion: "Thêm ý" });
    expect(await db.agendaItem.count({ where: { meetingId: last.id, taskId: task.id } })).toBe(1);
    expect((await db.task.findUniqueOrThrow({ where: { id: task.id } })).carryCount).toBe(3);
    // The meeting list and the workspace count each meeting's own tasks and carried ones (and nobody else's).
    const listed = new Map((await unitMeetings(s.user.actor, s.unit.id)).map((m) => [m.id, m._count]));
    expect(listed.get(first)).toEqual({ tasks: 1, agendaItems: 0 });
    for (const m of later) expect(listed.get(m)).toEqual({ tasks: 0, agendaItems: 1 });
    const recent = new Map((await communeActivity(s.user.actor, s.unit.id, d("2018-08-13"))).recent.map((m) => [m.id, m._count.tasks]));
    expect([recent.get(first), recent.get(later[0])]).toEqual([1, 0]);

    // The Women's Union officer reports it done; another organisation's officer cannot.
    const officer = await makeUser("ORG_OFFICER", "06985", { organisationCode: "HOI_PHU_NU" });
    const farmer = await makeUser("ORG_OFFICER", "06985", { organisationCode: "HOI_NONG_DAN" });
    const progress = async (who: typeof officer, move: string, version: number, note?: string) =>
      runAction(db, progressTask, { taskId: task.id, version: String(version), move, ...(note ? { note } : {}) }, who.actor, ctx());
    expect((await progress(farmer, "start", 1)).formError).toBe(MESSAGES.notFound);
    expect((await progress(officer, "start", 1)).ok).toBe(true);
    expect((await progress(officer, "report", 2)).fieldErrors?.note).toBeTruthy();
    expect((await progress(officer, "report", 2, "Đã vận động 12 hộ")).ok).toBe(true);
    // The officer cannot verify; the head does.
    expect((await runAction(db, manageTask, { taskId: task.id, version: "3", move: "verify" }, officer.actor, ctx())).formError).toBe(MESSAGES.notFound);
    expect((await runAction(db, manageTask, { taskId: task.id, version: "3", move: "verify" }, s.user.actor, ctx())).ok).toBe(true);
    const next = (await s.save({ heldOn: "2018-08-13" })).data!.meetingId as string;
    expect(await db.agendaItem.count({ where: { meetingId: next, taskId: task.id } })).toBe(0);
  });

  it("assigns the tasks written in the meeting form with the meeting: checked row by row, audited, counted, never twice", async () => {
    const s = await setup("07003", { since: "2018-06-01" });
    const row = (key: string, title: string, owner: string, dueOn: string) => ({
      [`task_${key}_title`]: title,
      [`task_${key}_ownerId`]: owner,
      [`task_${key}_dueOn`]: dueOn,
    });
    const [k1, k2, k3] = [randomUUID(), randomUUID(), randomUUID()];
    const other = await operatingBloc("07006");
    // Each wrong field is named on its own row; an empty row is no task; nothing is written.
    const refused = await s.save({
      ...row(k1, "", s.org("HOI_PHU_NU").id, "2018-08-10"),
      ...row(k2, "Rà soát hộ nghèo", other.org("MTTQ").id, "2018-08-01"),
      ...row(k3, "", "", ""),
    });
    expect(refused.ok).toBe(false);
    expect(refused.fieldErrors).toMatchObject({ [`task_${k1}_title`]: ["Hãy nhập nội dung nhiệm vụ."] });
    expect(await db.meeting.count({ where: { unitId: s.unit.id } })).toBe(0);
    const wrongOwner = await s.save({ ...row(k2, "Rà soát hộ nghèo", other.org("MTTQ").id, "2018-08-01") });
    expect(wrongOwner.fieldErrors).toEqual({
      [`task_${k2}_ownerId`]: ["Tổ chức chủ trì không thuộc xã này."],
      [`task_${k2}_dueOn`]: ["Hạn hoàn thành không được trước ngày họp (06/08/2018)."],
    });
    // The values come back to the form, so nothing typed is lost.
    expect(wrongOwner.values?.[`task_${k2}_title`]).toBe("Rà soát hộ nghèo");

    const submissionId = randomUUID();
    const form = {
      submissionId,
      ...row(k1, "Vận động hộ nghèo", s.org("HOI_PHU_NU").id, "2018-08-10"),
      ...row(k2, "Rà soát hộ nghèo", s.org("HOI_NONG_DAN").id, "2018-08-10"),
      ...row(k3, " ", "", ""),
    };
    const saved = await s.save(form);
    expect(saved).toMatchObject({ ok: true, message: "Đã tạo bản nháp cuộc họp, giao 2 nhiệm vụ." });
    const meetingId = saved.data!.meetingId as string;
    const tasks = await db.task.findMany({ where: { meetingId }, orderBy: { title: "asc" } });
    expect(tasks.map((t) => [t.title, t.ownerId, toIsoDate(t.dueOn), toIsoDate(t.assignedOn), t.status])).toEqual([
      ["Rà soát hộ nghèo", s.org("HOI_NONG_DAN").id, "2018-08-10", "2018-08-06", "OPEN"],
      ["Vận động hộ nghèo", s.org("HOI_PHU_NU").id, "2018-08-10", "2018-08-06", "OPEN"],
    ]);
    // Each task has its creation event, as the task dialog writes it, by the same request.
    const events = await db.auditEvent.findMany({ where: { action: "task.create", entityId: { in: tasks.map((t) => t.id) } } });
    expect(events.map((e) => [e.outcome, e.actorUserId, e.unitId])).toEqual([
      ["ALLOWED", s.user.actor.userId, s.unit.id],
      ["ALLOWED", s.user.actor.userId, s.unit.id],
    ]);
    expect(JSON.parse(events[0].after!)).toMatchObject({ meetingId, coOwners: [] });
    // The rollups count them like tasks from the dialog.
    expect(await db.taskDueRollup.findMany({ where: { unitId: s.unit.id }, select: { dueOn: true, pending: true, reported: true } })).toEqual([
      { dueOn: d("2018-08-10"), pending: 2, reported: 0 },
    ]);
    expect((await db.areaMonthRollup.findUniqueOrThrow({ where: { unitId_month: { unitId: s.unit.id, month: 201808 } } })).tasksAssigned).toBe(2);

    // The same form sent again (a retry), then saved again with one more row: only the new row is added.
    expect((await s.save(form)).ok).toBe(true);
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    const k4 = randomUUID();
    const again = await s.save({
      ...form,
      meetingId,
      version: String(meeting.version),
      ...row(k4, "Tuyên truyền phòng chống bão", s.org("MTTQ").id, "2018-08-20"),
    });
    expect(again).toMatchObject({ ok: true, message: "Đã lưu, giao 1 nhiệm vụ." });
    expect(await db.task.count({ where: { meetingId } })).toBe(3);
    // The autosave (as the user types) leaves the rows alone.
    const current = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    const autosaved = await runAction(
      db,
      autosaveMeeting,
      {
        unitId: s.unit.id,
        meetingId,
        submissionId,
        version: String(current.version),
        heldOn: "2018-08-06",
        ...row(randomUUID(), "Chưa xong", s.org("MTTQ").id, "2018-08-20"),
      },
      s.user.actor,
      ctx(),
    );
    expect(autosaved.ok).toBe(true);
    expect(await db.task.count({ where: { meetingId } })).toBe(3);
    // They carry to the next meeting like any other open task.
    const next = await s.save({ heldOn: "2018-08-13" });
    expect(next.message).toBe("Đã tạo bản nháp cuộc họp, chuyển tiếp 3 nhiệm vụ chưa xong.");
    expect(await db.task.findMany({ where: { meetingId }, select: { carryCount: true } })).toEqual([{ carryCount: 1 }, { carryCount: 1 }, { carryCount: 1 }]);

    // The form's tasks (written together with the meeting) read back like a task from the dialog: every
    // column, the schema's defaults, dates as dates.
    const shape = (row: object) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? "date" : v === null ? null : typeof v]));
    const nextId = next.data!.meetingId as string;
    expect(
      (
        await runAction(
          db,
          addTask,
          { meetingId: nextId, submissionId: randomUUID(), title: "Giao qua hộp thoại", ownerId: s.org("MTTQ").id, dueOn: "2018-08-20" },
          s.user.actor,
          ctx(),
        )
      ).ok,
    ).toBe(true);
    const fromDialog = await db.task.findFirstOrThrow({ where: { meetingId: nextId } });
    const fromForm = await db.task.findFirstOrThrow({ where: { meetingId, title: "Tuyên truyền phòng chống bão" } });
    expect(shape(fromForm)).toEqual(shape(fromDialog));
    expect(fromForm).toMatchObject({
      status: "OPEN",
      version: 1,
      carryCount: 1,
      originalDueOn: d("2018-08-20"),
      createdById: s.user.actor.userId,
      workGroupId: null,
    });
    expect(fromForm.id).toMatch(/^c[0-9a-z]{24}$/);
    expect(await db.meeting.findUniqueOrThrow({ where: { id: nextId } })).toMatchObject({
      status: "DRAFT",
      version: 1,
      kind: "REGULAR",
      heldOn: d("2018-08-13"),
      weekStart: d("2018-08-13"),
      minutesNumber: null,
      approvedAt: null,
      createdAt: expect.any(Date),
    });
  });

  it("moves a deadline keeping the original, transfers to another owner, and keeps the rollup exact", async () => {
    const s = await setup("06988");
    const id = (await s.save()).data!.meetingId as string;
    await s.task(id, { dueOn: "2018-08-08" });
    await s.task(id, { dueOn: "2018-08-20", title: "Tuyên truyền an toàn giao thông" });
    const [t1, t2] = await db.task.findMany({ where: { meetingId: id }, orderBy: { dueOn: "asc" } });
    const rollup = async () =>
      (await db.taskDueRollup.findMany({ where: { unitId: s.unit.id }, orderBy: { dueOn: "asc" } })).map((r) => [
        r.dueOn.toISOString().slice(0, 10),
        r.pending,
        r.reported,
      ]);
    expect(await rollup()).toEqual([
      ["2018-08-08", 1, 0],
      ["2018-08-20", 1, 0],
    ]);
    const manage = (taskId: string, version: number, move: string, over = {}) =>
      runAction(db, manageTask, { taskId, version: String(version), move, ...over }, s.user.actor, ctx());
    expect((await manage(t1.id, 1, "reschedule", { dueOn: "2018-08-15" })).fieldErrors?.reason).toBeTruthy();
    expect((await manage(t1.id, 1, "reschedule", { dueOn: "2018-08-15", reason: "Chờ kinh phí" })).ok).toBe(true);
    const moved = await db.task.findUniqueOrThrow({ where: { id: t1.id } });
    expect([moved.dueOn, moved.originalDueOn]).toEqual([d("2018-08-15"), d("2018-08-08")]);
    expect((await manage(t2.id, 1, "transfer", { reason: "Đúng chức năng của Đoàn", toOrganisationId: s.org("DOAN_THANH_NIEN").id })).ok).toBe(true);
    const successor = await db.task.findFirstOrThrow({ where: { transferredFromId: t2.id } });
    expect(successor.ownerId).toBe(s.org("DOAN_THANH_NIEN").id);
    expect((await db.task.findUniqueOrThrow({ where: { id: t2.id } })).status).toBe("TRANSFERRED");
    expect(await rollup()).toEqual([
      ["2018-08-08", 0, 0],
      ["2018-08-15", 1, 0],
      ["2018-08-20", 1, 0],
    ]);
    // Stale version: conflict, nothing changed.
    expect((await manage(t1.id, 1, "cancel", { reason: "x" })).formError).toBe(MESSAGES.conflict);
    expect((await manage(t1.id, 2, "cancel", { reason: "Không còn cần thiết" })).ok).toBe(true);
    expect(await rollup()).toEqual([
      ["2018-08-08", 0, 0],
      ["2018-08-15", 0, 0],
      ["2018-08-20", 1, 0],
    ]);
  });

  it("keeps other communes' heads, district staff and provincial officials from writing", async () => {
    const s = await setup("06991");
    const others: string[] = [];
    for (const [role, code] of [
      ["BLOC_HEAD", "06994"],
      ["REVIEWER", "201"],
      ["OVERVIEW", "22"],
    ] as const) {
      const other = await makeUser(role, code);
      others.push(other.actor.userId);
      expect((await s.save({}, other.actor)).formError).toBe(MESSAGES.notFound);
    }
    expect(await db.meeting.count({ where: { unitId: s.unit.id } })).toBe(0);
    // Out of reach is "not found", in the trail too: each attempt is recorded with its actor, not with the
    // unit it aimed at (docs/decisions/0029-one-scoped-read-per-record-kind.md).
    expect(
      await db.auditEvent.count({ where: { action: "meeting.save", outcome: "DENIED", actorUserId: { in: others }, reason: "not-found", unitId: null } }),
    ).toBe(3);
  });

  it("reports activity from the rollups, equal to a count over the raw rows", async () => {
    const s = await setup("07000", { since: "2018-04-02" });
    for (const day of ["2018-05-07", "2018-07-23", "2018-07-30", "2018-08-06", "2018-08-13"]) {
      const id = (await s.save({ heldOn: day })).data!.meetingId as string;
      if (day !== "2018-08-13") expect((await s.move(id, "hold")).ok).toBe(true);
      expect((await s.task(id, { dueOn: toIsoDate(addDays(d(day), 4)) })).ok).toBe(true);
    }
    const a = (await activityOf([s.unit.id], parseIsoDate("2018-08-13")!)).get(s.unit.id);
    // Held: 23/07, 30/07 and 06/08 (13/08 is still a draft; 07/05 is older than 13 weeks). Due before
    // 13/08 and not done: the tasks of 07/05, 23/07 and 30/07 (06/08's is due 10/08, also past).
    expect(a).toEqual({ held4: 3, held13: 3, open: 5, overdue: 4 });
    const raw = await db.meeting.count({ where: { unitId: s.unit.id, status: { in: ["HELD", "MINUTES_SUBMITTED", "APPROVED"] } } });
    const rolled = await db.meetingWeekRollup.aggregate({ where: { unitId: s.unit.id }, _sum: { held: true } });
    expect(rolled._sum.held).toBe(raw);
  });
});
