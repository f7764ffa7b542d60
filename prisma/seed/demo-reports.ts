// Demo reports (npm run demo only): the demo communes' monthly reports on the situation of the people for
// the months whose data window closed before the demo date, through the portal's own actions (window, due
// date, recipient, audit) as each commune's demo head, reviewed by the district's demo staff. Some are sent
// late, some returned with a reason and fixed, a few never sent; submission dates are set to when they
// happened, as the task progress of the demo meetings is. The district of each accepted report opens its
// own report for July from them. Deterministic, and skipped when already present.
import { randomUUID } from "node:crypto";
import type { Db } from "../../lib/db";
import { runAction } from "../../lib/actions/run-action";
import { openReport, saveReport } from "../../lib/reports/definitions";
import { prepareReport, reviewReport, submitReport } from "../../lib/reports/move-definitions";
import { addDays, parseIsoDate } from "../../lib/time/business-date";
import { onBusinessDay } from "../../lib/time/today";
import { validOn } from "../../lib/units/validity";
import type { Actor } from "../../lib/auth/actor";
import { actorFor, random } from "./demo-support";
import { DEMO_NAMES } from "./demo-meetings";

const DEMO_DATE = parseIsoDate("2018-08-13")!;
const MONTHS = ["2018-04", "2018-05", "2018-06", "2018-07"];

const MOODS = [
  "Tình hình nhân dân cơ bản ổn định; nhân dân phấn khởi, tin tưởng vào sự lãnh đạo của Đảng ủy, chính quyền xã.",
  "Nhân dân quan tâm đến giá cả vật tư nông nghiệp và tiến độ các công trình giao thông nông thôn.",
  "Đời sống nhân dân ổn định; một bộ phận lo lắng về thời tiết mùa mưa bão và việc làm của lao động trẻ.",
];
const ISSUES = [
  {
    topic: "LAND_CLEARANCE",
    text: "Một số hộ chưa đồng thuận mức bồi thường giải phóng mặt bằng tuyến đường liên xã.",
    scale: "8 hộ",
    channel: "Tổ dân vận thôn",
    hot: true,
  },
  { topic: "ENVIRONMENT", text: "Nhân dân phản ánh bụi và tiếng ồn từ xe chở vật liệu qua khu dân cư.", scale: "2 thôn", channel: "Hội nghị thôn", hot: false },
  { topic: "LIVELIHOOD_PRICES", text: "Giá phân bón tăng, nhân dân lo ngại chi phí sản xuất vụ mùa.", scale: "Toàn xã", channel: "Hội Nông dân", hot: false },
  { topic: "SECURITY_ORDER", text: "Tranh chấp ranh giới đất giữa hai hộ, có nguy cơ xô xát.", scale: "2 hộ", channel: "Trưởng thôn", hot: true },
  {
    topic: "SOCIAL_POLICY",
    text: "Một số hộ cận nghèo đề nghị được xem xét hỗ trợ sửa nhà trước mùa mưa bão.",
    scale: "5 hộ",
    channel: "Hội Phụ nữ",
    hot: false,
  },
] as const;

export async function seedDemoReports(db: Db): Promise<{ reports: number; late: number; returned: number }> {
  const out = { reports: 0, late: 0, returned: 0 };
  const topics = new Map((await db.topic.findMany()).map((t) => [t.code, t.id]));
  const regime = await db.reportingRegime.findUnique({ where: { code: "situation.monthly" } });
  if (!regime || (await db.report.count({ where: { regimeId: regime.id, periodKey: { in: MONTHS } } }))) return out;
  // The communes with demo meetings.
  const communes = await db.unit.findMany({
    where: { level: "COMMUNE", ...validOn(DEMO_DATE), bloc: { meetings: { some: {} } } },
    include: { parent: true },
    orderBy: { code: "asc" },
  });
  for (const commune of communes) {
    const head = await actorFor(db, `xa-${commune.code}`, DEMO_DATE);
    const clerk = await actorFor(db, `thuky-${commune.code}`, DEMO_DATE);
    const staff = commune.parent ? await actorFor(db, `huyen-${commune.parent.code}`, DEMO_DATE) : null;
    if (!head || !clerk || !staff) continue;
    const done = await seedReportsOf(db, {
      unitId: commune.id,
      head: head.actor,
      preparer: clerk.actor,
      reviewer: staff.actor,
      regimeCode: regime.code,
      periods: MONTHS,
      topics,
      rnd: random(Number(commune.code) * 7 + 1),
    });
    out.reports += done.reports;
    out.late += done.late;
    out.returned += done.returned;
    for (const who of [head, clerk, staff]) await db.session.update({ where: { id: who.sessionId }, data: { revokedAt: new Date(), revokedWhy: "SIGN_OUT" } });
  }
  return out;
}

/**
 * One unit's reports of a regime over `periods` (oldest first), written by its head, prepared for signing
 * by another account and signed by the head, and reviewed by the recipient's reviewer: one in ten never
 * sent; most sent on time, about a quarter late; a fifth returned with a reason and fixed. The latest period may still be a draft, waiting for review, or returned.
 */
export async function seedReportsOf(
  db: Db,
  plan: {
    unitId: string;
    head: Actor;
    /** Who prepares each report for the head's signature ("Trình ký", lib/signoff). */
    preparer: Actor;
    reviewer: Actor;
    regimeCode: string;
    periods: string[];
    /** Whether the last of `periods` is the regime's latest (by default it is). */
    latest?: boolean;
    topics: Map<string, string>;
    rnd: () => number;
  },
): Promise<{ reports: number; late: number; returned: number }> {
  const out = { reports: 0, late: 0, returned: 0 };
  const ctx = { requestId: "demo-seed", address: "127.0.0.1" };
  const { head, preparer, reviewer: staff, rnd, topics } = plan;
  const version = async (id: string) => String((await db.report.findUniqueOrThrow({ where: { id } })).version);
  /** Prepared by the secretary, signed and sent by the head (two accounts, lib/signoff). */
  const send = async (id: string) => {
    if (!(await runAction(db, prepareReport, { reportId: id, version: await version(id), move: "prepare" }, preparer, ctx)).ok) return false;
    return (await runAction(db, submitReport, { reportId: id, version: await version(id), move: "submit" }, head, ctx)).ok;
  };
  /** A hot spot names the citizen who raised it (demo names; 0900 numbers, not in use): masked for overview readers. */
  const demoCitizen = (month: string) => {
    const n = [...month].reduce((a, c) => a + c.charCodeAt(0), 0);
    return { issue_0_citizenName: DEMO_NAMES[n % DEMO_NAMES.length], issue_0_citizenPhone: `0900${String(100000 + (n % 900000)).slice(-6)}` };
  };
  for (const month of plan.periods) {
    // One in ten periods is never sent; the rest are drafted, sent (on time or late), reviewed.
    const roll = rnd();
    if (roll < 0.1) continue;
    const opened = await runAction(
      db,
      openReport,
      { regimeCode: plan.regimeCode, unitId: plan.unitId, periodKey: month, submissionId: randomUUID() },
      head,
      ctx,
    );
    if (!opened.ok) continue;
    const id = String(opened.data!.reportId);
    const issue = ISSUES[Math.floor(rnd() * ISSUES.length)];
    const hot = issue.hot && rnd() < 0.6;
    const fields = {
      reportId: id,
      version: "1",
      generalMood: MOODS[Math.floor(rnd() * MOODS.length)],
      forecast: "Tình hình nhân dân tiếp tục ổn định; cần theo dõi diễn biến mùa mưa bão.",
      issue_0_topicId: topics.get(issue.topic)!,
      issue_0_description: issue.text,
      issue_0_location: `Thôn ${1 + Math.floor(rnd() * 6)}`,
      issue_0_scale: issue.scale,
      issue_0_channel: issue.channel,
      ...(hot ? { issue_0_hotSpot: "on", ...demoCitizen(month) } : {}),
      issue_0_handling: "Đang phối hợp với chính quyền xã giải quyết",
      rec_0_content: "Đề nghị UBND xã tổ chức đối thoại, giải thích chính sách cho các hộ liên quan.",
      rec_0_addressee: "UBND xã",
    };
    if (!(await runAction(db, saveReport, fields, head, ctx)).ok) continue;
    const latest = month === plan.periods.at(-1) && plan.latest !== false;
    // The latest period's report may still be a draft.
    if (latest && roll < 0.25) {
      out.reports++;
      continue;
    }
    const report = await db.report.findUniqueOrThrow({ where: { id } });
    // When it was sent: most on or before the due date, about a quarter 1–6 days late. Sent on that business
    // day, so that its date, its number's date in the register and the on-time count are the day's.
    const late = rnd() < 0.25;
    const sentOn = late ? addDays(report.dueOn, 1 + Math.floor(rnd() * 6)) : addDays(report.dueOn, -Math.floor(rnd() * 2));
    if (!(await onBusinessDay(sentOn, () => send(id)))) continue;
    out.reports++;
    if (late) out.late++;
    if (latest && roll < 0.5) continue; // still waiting for review
    if (rnd() < 0.2) {
      // Returned with a reason, fixed and sent again.
      await runAction(
        db,
        reviewReport,
        { reportId: id, version: await version(id), move: "return", reason_issues: "Đề nghị ghi rõ số hộ, địa bàn và kết quả giải quyết." },
        staff,
        ctx,
      );
      out.returned++;
      if (latest) continue; // the fix is not in yet
      await runAction(db, saveReport, { ...fields, version: await version(id), issue_0_scale: `${issue.scale} (đã xác minh)` }, head, ctx);
      await onBusinessDay(addDays(sentOn, 3), () => send(id));
      await runAction(db, reviewReport, { reportId: id, version: await version(id), move: "accept" }, staff, ctx);
    } else {
      await runAction(db, reviewReport, { reportId: id, version: await version(id), move: "accept" }, staff, ctx);
    }
  }
  return out;
}
