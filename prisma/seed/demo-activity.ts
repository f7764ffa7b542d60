// Demo activity (npm run demo only): in every district a few communes' blocs are marked operating (demo
// records, never reference data) and get plausible weekly meetings and tasks from spring 2018 to the
// week before the demo date, so that the district and province pages have activity to show. Meetings go
// through the portal's own actions (week rule, carry-over, numbering, rollups, audit) as each commune's
// demo head; task progress is dated when it happened. Deterministic, and skipped when already present.
import { randomUUID } from "node:crypto";
import type { Db } from "../../lib/db";
import { runAction, type RunResult } from "../../lib/actions/run-action";
import { moveMeeting, saveMeeting } from "../../lib/meetings/definitions";
import { addTask } from "../../lib/tasks/definitions";
import { applyTaskRollup } from "../../lib/meetings/rollups";
import { fold } from "../../lib/text/fold";
import { addDays, parseIsoDate, toIsoDate } from "../../lib/time/business-date";
import { startOfIsoWeek } from "../../lib/time/iso-week";
import { today } from "../../lib/time/today";
import { validOn } from "../../lib/units/validity";
import { actorFor, random } from "./demo-support";

const SOURCE = "Dữ liệu demo, không phải số liệu thật";
const DEMO_DATE = parseIsoDate("2018-08-13")!;
const START = parseIsoDate("2018-04-02")!;
const PER_DISTRICT = 3;

const NAMES = ["Nguyễn Văn Hùng", "Trần Thị Lan", "Lê Văn Thắng", "Phạm Thị Hoa", "Hoàng Văn Minh", "Vũ Thị Hạnh", "Đặng Văn Tuấn", "Bùi Thị Thu", "Đỗ Văn Nam", "Ngô Thị Mai", "Dương Văn Long", "Lý Thị Hương"];
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

export async function seedDemoActivity(db: Db): Promise<{ communes: number; meetings: number; tasks: number }> {
  const report = { communes: 0, meetings: 0, tasks: 0 };
  if (today().getTime() !== DEMO_DATE.getTime()) {
    console.log("Hoạt động demo chỉ được tạo khi ngày nghiệp vụ là 13/08/2018 (APP_TODAY=2018-08-13); bỏ qua.");
    return report;
  }
  const districts = await db.unit.findMany({ where: { level: "DISTRICT", ...validOn(DEMO_DATE) }, orderBy: { code: "asc" }, include: { blocPolicy: true } });
  const ctx = { requestId: "demo-seed", address: "127.0.0.1" };
  for (const district of districts) {
    const communes = await db.unit.findMany({ where: { parentId: district.id, level: "COMMUNE", ...validOn(DEMO_DATE) }, orderBy: { code: "asc" }, include: { bloc: true } });
    // Blocs that already have meetings, by bloc id (a relation `_count` groups the whole meeting table: lib/child-counts.ts).
    const blocIds = communes.flatMap((c) => (c.bloc ? [c.bloc.id] : []));
    const met = new Set(blocIds.length ? (await db.meeting.groupBy({ by: ["blocId"], where: { blocId: { in: blocIds } }, _count: { _all: true } })).map((r) => r.blocId) : []);
    // Communes whose bloc works (the demo blocs of Hải Hà) and the first ones without a bloc.
    const chosen = [
      ...communes.filter((c) => c.bloc && ["OPERATING_INFORMALLY", "ESTABLISHED"].includes(c.bloc.status)),
      ...communes.filter((c) => !c.bloc).slice(0, PER_DISTRICT),
    ].slice(0, PER_DISTRICT);
    for (const commune of chosen) {
      if (commune.bloc && met.has(commune.bloc.id)) continue;
      const rnd = random(Number(commune.code));
      const orgs = await db.organisation.findMany({ where: { unitId: commune.id, ...validOn(DEMO_DATE) }, include: { type: true }, orderBy: { type: { sortOrder: "asc" } } });
      const members = orgs.filter((o) => o.type.blocMember);
      const since = commune.bloc?.statusSince ?? START;
      const bloc = commune.bloc ?? await db.bloc.create({
        data: {
          unitId: commune.id, model: district.blocPolicy?.communeModel ?? "DAN_VAN_BLOC", status: "OPERATING_INFORMALLY", statusSince: START, source: SOURCE,
          statusChanges: { create: { toStatus: "OPERATING_INFORMALLY", effectiveOn: START, reason: SOURCE } },
        },
      });
      if (!(await db.blocMember.count({ where: { blocId: bloc.id } }))) {
        await db.blocMember.createMany({ data: members.map((o) => ({ blocId: bloc.id, organisationId: o.id, joinedOn: since })) });
      }
      let headId = (await db.blocPost.findFirst({ where: { blocId: bloc.id, role: "HEAD", termEnd: null } }))?.personId;
      if (!headId) {
        const name = NAMES[Math.floor(rnd() * NAMES.length)];
        const head = await db.person.create({ data: { unitId: commune.id, fullName: name, searchText: fold(name) } });
        const party = orgs.find((o) => o.type.code === "DANG_UY") ?? members[0];
        await db.blocPost.create({ data: { blocId: bloc.id, personId: head.id, role: "HEAD", title: "Phó Bí thư Đảng ủy (demo)", organisationId: party.id, termStart: since } });
        headId = head.id;
      }
      const secretaryName = NAMES[(NAMES.indexOf((await db.person.findUniqueOrThrow({ where: { id: headId } })).fullName) + 5) % NAMES.length];
      const who = await actorFor(db, `xa-${commune.code}`, DEMO_DATE);
      if (!who) continue;
      report.communes++;
      let secretaryId: string | null = null;
      // Weekly meetings from the bloc's start to the week before the demo date; a few weeks are missed.
      for (let week = startOfIsoWeek(since < START ? START : since); week < startOfIsoWeek(DEMO_DATE); week = addDays(week, 7)) {
        if (rnd() < 0.12) continue;
        const heldOn = addDays(week, rnd() < 0.7 ? 0 : 1);
        if (heldOn < since) continue;
        const attendance = Object.fromEntries(members.flatMap((o) => rnd() < 0.1 ? [[`att_${o.id}`, "absent"], [`attReason_${o.id}`, "Đi công tác"]] : [[`att_${o.id}`, "present"], [`attCount_${o.id}`, String(1 + Math.floor(rnd() * 3))]]));
        const saved: RunResult = await runAction(db, saveMeeting, {
          unitId: commune.id, submissionId: randomUUID(), heldOn: toIsoDate(heldOn), startTime: "07:30", place: "Hội trường Đảng ủy - UBND xã", chairId: headId,
          ...(secretaryId ? { secretaryId } : { secretaryName }),
          wg_SITUATION_REPORTING: "Tình hình nhân dân ổn định; nhân dân phấn khởi, tin tưởng vào sự lãnh đạo của Đảng ủy.",
          conclusions: CONCLUSIONS[Math.floor(rnd() * CONCLUSIONS.length)], ...attendance,
        }, who.actor, ctx);
        if (!saved.ok) continue;
        const meetingId: string = String(saved.data!.meetingId);
        secretaryId ??= (await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).secretaryId;
        report.meetings++;
        // Progress reported since the last meeting, dated when it happened.
        const open = await db.task.findMany({ where: { blocId: bloc.id, status: { in: ["OPEN", "IN_PROGRESS"] }, assignedOn: { lt: heldOn } } });
        for (const t of open) {
          const roll = rnd();
          const doneOn = roll < 0.65 ? addDays(t.dueOn, -Math.floor(rnd() * 4)) : roll < 0.8 ? addDays(t.dueOn, 1 + Math.floor(rnd() * 5)) : null;
          if (!doneOn || doneOn >= heldOn) continue;
          await db.$transaction(async (tx) => {
            const after = await tx.task.update({ where: { id: t.id }, data: { status: "VERIFIED", doneReportedOn: doneOn, closedOn: heldOn, progressNote: "Đã hoàn thành (demo)", version: { increment: 2 } } });
            await applyTaskRollup(tx, t, after);
          });
        }
        const count = rnd() < 0.3 ? 2 : 1;
        for (let i = 0; i < count; i++) {
          const [title, group] = TASKS[Math.floor(rnd() * TASKS.length)];
          const owner = members[Math.floor(rnd() * members.length)];
          const added = await runAction(db, addTask, { meetingId, submissionId: randomUUID(), title, ownerId: owner.id, dueOn: toIsoDate(addDays(heldOn, 7 + Math.floor(rnd() * 14))), workGroupCode: group }, who.actor, ctx);
          if (added.ok) report.tasks++;
        }
        // The minutes: the latest stay held or submitted, the rest are approved and numbered.
        const last = addDays(heldOn, 14) >= DEMO_DATE;
        const moves = last ? (rnd() < 0.5 ? ["hold"] : ["hold", "submit"]) : ["hold", "submit", "approve"];
        for (const move of moves) {
          const m = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
          await runAction(db, moveMeeting, { meetingId, version: String(m.version), move }, who.actor, ctx);
        }
      }
      await db.session.update({ where: { id: who.sessionId }, data: { revokedAt: new Date(), revokedWhy: "SIGN_OUT" } });
    }
  }
  return report;
}
