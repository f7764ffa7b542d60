// Weekly giao ban meetings of one demo bloc over a span of weeks (shared by both demo worlds): a few weeks
// are missed, each meeting assigns one or two tasks, progress since the last meeting is dated when it
// happened (most on time, some late, some never), and the minutes move on (the latest still held or
// submitted, the rest approved and numbered). Everything goes through the portal's own actions as the
// commune's demo head (week rule, carry-over, numbering, rollups, audit).
import { randomUUID } from "node:crypto";
import type { Db } from "../../lib/db";
import type { Actor } from "../../lib/auth/actor";
import { runAction, type RunResult } from "../../lib/actions/run-action";
import { saveMeeting } from "../../lib/meetings/definitions";
import { moveMeeting } from "../../lib/meetings/move-definitions";
import { issueNotice } from "../../lib/meetings/notice-definitions";
import { addTask } from "../../lib/tasks/definitions";
import { applyTaskRollup } from "../../lib/tasks/rollups";
import { addDays, toIsoDate } from "../../lib/time/business-date";
import { onBusinessDay } from "../../lib/time/today";
import { startOfIsoWeek } from "../../lib/time/iso-week";

export const DEMO_NAMES = [
  "Nguyễn Văn Hùng",
  "Trần Thị Lan",
  "Lê Văn Thắng",
  "Phạm Thị Hoa",
  "Hoàng Văn Minh",
  "Vũ Thị Hạnh",
  "Đặng Văn Tuấn",
  "Bùi Thị Thu",
  "Đỗ Văn Nam",
  "Ngô Thị Mai",
  "Dương Văn Long",
  "Lý Thị Hương",
];
const TASKS = [
  ["Vận động hội viên tham gia vệ sinh môi trường khu dân cư", "MOBILISATION"],
  ["Nắm tình hình dư luận về giải phóng mặt bằng tuyến đường liên xã", "SITUATION_REPORTING"],
  ["Tuyên truyền phòng chống mưa bão, an toàn cho tàu thuyền", "MOBILISATION"],
  ["Rà soát hộ nghèo, cận nghèo để đề xuất hỗ trợ", "RIGHTS_PROTECTION"],
  ["Giám sát việc thu, chi quỹ đóng góp của nhân dân ở thôn", "SUPERVISION_CRITICISM"],
  ["Chuẩn bị hội nghị đối thoại giữa Bí thư Đảng ủy với nhân dân", "PARTY_GOVERNMENT_BUILDING"],
  ["Tổng hợp ý kiến, kiến nghị cử tri trước kỳ họp HĐND", "PARTY_GOVERNMENT_BUILDING"],
  ["Phối hợp tổ chức ngày hội thể thao thanh niên", "COORDINATION"],
] as const;
const CONCLUSIONS = [
  "Các tổ chức hoàn thành nhiệm vụ tuần; tiếp tục nắm tình hình nhân dân ở các thôn, báo cáo kịp thời điểm nóng.",
  "Đề nghị các tổ chức đẩy nhanh tiến độ các việc còn tồn, báo cáo kết quả tại cuộc giao ban tuần sau.",
  "Tập trung tuyên truyền, vận động nhân dân thực hiện chủ trương của Đảng ủy; phối hợp chặt chẽ giữa các tổ chức.",
];

export interface BlocMeetingsPlan {
  unitId: string;
  blocId: string;
  members: { id: string }[];
  headId: string;
  secretaryName: string;
  /** Weeks from this one (its Monday) up to, not including, the week of `until`. */
  from: Date;
  until: Date;
  actor: Actor;
  /** The secretary who submits the minutes the head (actor) approves; without one the head needs a dual post. */
  secretary?: Actor;
  rnd: () => number;
  /** Share of weeks without a meeting. */
  gapRate?: number;
  /** Where it meets (a commune's hall by default). */
  place?: string;
  /** Who its tasks go to (its members by default; an agency's also the communes' Front committees). */
  owners?: { id: string }[];
}

export async function seedBlocMeetings(db: Db, plan: BlocMeetingsPlan): Promise<{ meetings: number; tasks: number }> {
  const { rnd, members, actor } = plan;
  const ctx = { requestId: "demo-seed", address: "127.0.0.1" };
  const out = { meetings: 0, tasks: 0 };
  let secretaryId: string | null = null;
  for (let week = startOfIsoWeek(plan.from); week < startOfIsoWeek(plan.until); week = addDays(week, 7)) {
    if (rnd() < (plan.gapRate ?? 0.12)) continue;
    const heldOn = addDays(week, rnd() < 0.7 ? 0 : 1);
    if (heldOn < plan.from) continue;
    const attendance = Object.fromEntries(
      members.flatMap((o) =>
        rnd() < 0.1
          ? [
              [`att_${o.id}`, "absent"],
              [`attReason_${o.id}`, "Đi công tác"],
            ]
          : [
              [`att_${o.id}`, "present"],
              [`attCount_${o.id}`, String(1 + Math.floor(rnd() * 3))],
            ],
      ),
    );
    const saved: RunResult = await runAction(
      db,
      saveMeeting,
      {
        unitId: plan.unitId,
        submissionId: randomUUID(),
        heldOn: toIsoDate(heldOn),
        startTime: "07:30",
        place: plan.place ?? "Hội trường Đảng ủy - UBND xã",
        chairId: plan.headId,
        ...(secretaryId ? { secretaryId } : { secretaryName: plan.secretaryName }),
        wg_SITUATION_REPORTING: "Tình hình nhân dân ổn định; nhân dân phấn khởi, tin tưởng vào sự lãnh đạo của Đảng ủy.",
        conclusions: CONCLUSIONS[Math.floor(rnd() * CONCLUSIONS.length)],
        ...attendance,
      },
      actor,
      ctx,
    );
    if (!saved.ok) continue;
    const meetingId: string = String(saved.data!.meetingId);
    secretaryId ??= (await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).secretaryId;
    out.meetings++;
    // Progress reported since the last meeting, dated when it happened.
    const open = await db.task.findMany({ where: { blocId: plan.blocId, status: { in: ["OPEN", "IN_PROGRESS"] }, assignedOn: { lt: heldOn } } });
    for (const t of open) {
      const roll = rnd();
      const doneOn = roll < 0.65 ? addDays(t.dueOn, -Math.floor(rnd() * 4)) : roll < 0.8 ? addDays(t.dueOn, 1 + Math.floor(rnd() * 5)) : null;
      if (!doneOn || doneOn >= heldOn) continue;
      await db.$transaction(async (tx) => {
        const after = await tx.task.update({
          where: { id: t.id },
          data: { status: "VERIFIED", doneReportedOn: doneOn, closedOn: heldOn, progressNote: "Đã hoàn thành (demo)", version: { increment: 2 } },
        });
        await applyTaskRollup(tx, t, after);
      });
    }
    const count = rnd() < 0.3 ? 2 : 1;
    for (let i = 0; i < count; i++) {
      const [title, group] = TASKS[Math.floor(rnd() * TASKS.length)];
      const owners = plan.owners ?? members;
      const owner = owners[Math.floor(rnd() * owners.length)];
      const added = await runAction(
        db,
        addTask,
        {
          meetingId,
          submissionId: randomUUID(),
          title,
          ownerId: owner.id,
          dueOn: toIsoDate(addDays(heldOn, 7 + Math.floor(rnd() * 14))),
          workGroupCode: group,
        },
        actor,
        ctx,
      );
      if (added.ok) out.tasks++;
    }
    // The minutes: the latest stay held or submitted, the rest are approved and numbered.
    const last = addDays(heldOn, 14) >= plan.until;
    const moves = last ? (rnd() < 0.5 ? ["hold"] : ["hold", "submit"]) : ["hold", "submit", "approve"];
    for (const move of moves) {
      const m = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
      await runAction(db, moveMeeting, { meetingId, version: String(m.version), move }, move === "submit" ? (plan.secretary ?? actor) : actor, ctx);
    }
    // The chair issues the conclusions notice of the approved meetings of the last eight weeks, the day after.
    if (moves.includes("approve") && addDays(heldOn, 56) >= plan.until) {
      const m = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
      if (m.status === "APPROVED")
        await onBusinessDay(addDays(heldOn, 1), () => runAction(db, issueNotice, { meetingId, version: String(m.version) }, actor, ctx));
    }
  }
  return out;
}
