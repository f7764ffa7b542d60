// Demo of the reorganisation hand-over (npm run demo only): open work of 2018 communes in their last days
// (a meeting's task, a supervision activity with a recommendation awaiting its answer, June's monthly report
// in review at the district), then the hand-over of 1/7/2025 made by the provincial reviewer a week later for
// most closed units, through the same command an administrator runs (lib/handover/command.ts). A few units
// stay pending, among them a split commune (Đại Dực, shared by Tiên Yên and Đông Ngũ) and Mạo Khê, so that
// both states can be seen; items whose successor has no bloc yet stay pending with their reason. Once: skipped
// when any hand-over exists.
import { randomUUID } from "node:crypto";
import type { Db } from "../../lib/db";
import { runAction } from "../../lib/actions/run-action";
import { saveMeeting } from "../../lib/meetings/definitions";
import { openReport } from "../../lib/reports/definitions";
import { prepareReport, submitReport } from "../../lib/reports/move-definitions";
import { saveActivity } from "../../lib/supervision/activity-definitions";
import { sendRecommendation } from "../../lib/supervision/recommendation-definitions";
import { handOverCommand } from "../../lib/handover/command";
import { addDays, parseIsoDate } from "../../lib/time/business-date";
import { onBusinessDay, today } from "../../lib/time/today";
import { actorFor } from "./demo-support";
import { TWO_LEVEL_FROM } from "./demo-today";

/** 2018 communes with last-days work (each has a bloc and a head account in the demo). */
const LAST_DAYS_COMMUNES = ["06760", "06655", "06868", "07069"];
/** Closed units left for a person to hand over on the page. */
export const PENDING_HANDOVER = ["06868", "07069", "06655"];
const LAST_DAYS = parseIsoDate("2025-06-20")!;
const DEMO = "(demo)";

export async function seedDemoHandOver(db: Db): Promise<{ lastDays: number; handed: number }> {
  const out = { lastDays: 0, handed: 0 };
  if (today() < addDays(TWO_LEVEL_FROM, 14) || (await db.handOver.count()) > 0) return out;
  const closingDay = addDays(TWO_LEVEL_FROM, -1);
  await onBusinessDay(LAST_DAYS, async () => {
    for (const code of LAST_DAYS_COMMUNES) out.lastDays += await lastDays(db, code, closingDay);
  });
  // A week after the reorganisation, the provincial reviewer hands over every closed unit but the pending ones.
  const closed = await db.unit.findMany({ where: { validTo: closingDay }, select: { code: true } });
  const units = closed.map((u) => u.code).filter((c) => !PENDING_HANDOVER.includes(c));
  const result = await handOverCommand(db, { date: TWO_LEVEL_FROM, dryRun: false, username: "tinh-dv", today: addDays(TWO_LEVEL_FROM, 7), units });
  if (!result.ok) throw new Error(`Demo hand-over: ${result.lines.join(" ")}`);
  out.handed = result.total;
  return out;
}

async function lastDays(db: Db, code: string, closingDay: Date): Promise<number> {
  const unit = await db.unit.findFirst({ where: { code, level: "COMMUNE", validTo: closingDay }, include: { bloc: true } });
  const head = await actorFor(db, `xa-${code}`, LAST_DAYS);
  if (!unit?.bloc || !head) return 0;
  const ctx = { requestId: "demo-seed", address: "127.0.0.1" };
  const chair = await db.blocPost.findFirst({ where: { blocId: unit.bloc.id, role: "HEAD" }, orderBy: { termStart: "desc" } });
  const members = await db.blocMember.findMany({ where: { blocId: unit.bloc.id, leftOn: null }, select: { organisationId: true }, take: 4 });
  const owner = members[0]?.organisationId;
  let made = 0;
  if (owner) {
    const k = randomUUID();
    const meeting = await runAction(
      db,
      saveMeeting,
      {
        unitId: unit.id,
        submissionId: randomUUID(),
        kind: "EXTRAORDINARY",
        heldOn: "2025-06-16",
        place: `Hội trường UBND ${unit.name} ${DEMO}`,
        ...(chair ? { chairId: chair.personId } : {}),
        ...Object.fromEntries(members.map((m) => [`att_${m.organisationId}`, "present"])),
        [`task_${k}_title`]: `Bàn giao hồ sơ, tài liệu của khối cho đơn vị mới ${DEMO}`,
        [`task_${k}_ownerId`]: owner,
        [`task_${k}_dueOn`]: "2025-06-30",
      },
      head.actor,
      ctx,
    );
    if (meeting.ok) made++;
  }
  const activity = await runAction(
    db,
    saveActivity,
    {
      unitId: unit.id,
      submissionId: randomUUID(),
      version: "0",
      outsidePlanReason: `Theo phản ánh của nhân dân ${DEMO}`,
      form: "DOCUMENTS",
      subject: `UBND ${unit.name}`,
      content: "Việc công khai các khoản đóng góp của nhân dân trước khi sắp xếp đơn vị",
      startOn: "2025-06-02",
      endOn: "2025-06-06",
    },
    head.actor,
    ctx,
  );
  if (activity.ok && activity.redirectTo) {
    const activityId = activity.redirectTo.split("/").at(-1)!;
    const rec = await runAction(
      db,
      sendRecommendation,
      {
        activityId,
        submissionId: randomUUID(),
        content: `Công khai kết quả thu, chi các khoản đóng góp trước khi bàn giao ${DEMO}`,
        addressee: `UBND ${unit.name}`,
        sentOn: "2025-06-10",
      },
      head.actor,
      ctx,
    );
    made += 1 + (rec.ok ? 1 : 0);
  }
  const opened = await runAction(
    db,
    openReport,
    { regimeCode: "situation.monthly", unitId: unit.id, periodKey: "2025-06", submissionId: randomUUID() },
    head.actor,
    ctx,
  );
  if (opened.ok && opened.data?.reportId) {
    const reportId = String(opened.data.reportId);
    // Prepared by the commune's secretary, signed and sent by its head (lib/signoff).
    const clerk = await actorFor(db, `thuky-${code}`, LAST_DAYS);
    const version = async () => String((await db.report.findUniqueOrThrow({ where: { id: reportId } })).version);
    const prepared = clerk && (await runAction(db, prepareReport, { reportId, version: await version(), move: "prepare" }, clerk.actor, ctx)).ok;
    const sent = prepared && (await runAction(db, submitReport, { reportId, version: await version(), move: "submit" }, head.actor, ctx));
    if (sent && sent.ok) made++;
    if (clerk) await db.session.update({ where: { id: clerk.sessionId }, data: { revokedAt: new Date(), revokedWhy: "SIGN_OUT" } });
  }
  await db.session.update({ where: { id: head.sessionId }, data: { revokedAt: new Date(), revokedWhy: "SIGN_OUT" } });
  return made;
}
