// npm run demo:generate -- --scale province [--seed N] [--until YYYY-MM-DD] [--years 5]
//
// A deterministic generator of demo activity, separate from reference data and marked as demo (bloc
// source, a generated-by user): for every commune in force during the span, a bloc with its member
// organisations and head, weekly meetings (a few weeks missed) with attendance and a content item, one or
// two tasks per meeting (most verified on time, some late, some still open), the monthly report on the
// situation of the people (most accepted, some late, a few missing), and each year a supervision activity
// with recommendations (some answered late, some still waiting). Written in bulk, commune by commune, each
// commune in one transaction; the rollups are rebuilt from the raw rows at the end. The same seed gives the
// same data. It refuses a database that already has meetings: generate into a fresh one, e.g.
//   DATABASE_URL=file:./tmp/province.db npm run demo:generate -- --scale province
// (the national scale, about 10,000 synthetic communes, is the next slice of issue 8).
import { db, type Tx } from "../lib/db";
import { loadCalendarWith } from "../lib/calendar/store";
import { computeDeadline } from "../lib/time/deadlines";
import { addDays, parseIsoDate, toIsoDate } from "../lib/time/business-date";
import { startOfIsoWeek } from "../lib/time/iso-week";
import { weekKey } from "../lib/meetings/rules";
import { nextPeriod, periodOf, windowOf, type PeriodType } from "../lib/time/windows";
import { rebuildRollups } from "../lib/rollups/rebuild";
import { fold } from "../lib/text/fold";
import { random } from "../prisma/seed/demo-support";

const SOURCE = "Dữ liệu sinh tự động (demo), không phải số liệu thật";
const GENERATOR = "generator";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function progress(label: string, done: number, total: number, started: number) {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const eta = done ? ((Date.now() - started) / done) * (total - done) / 1000 : 0;
  const line = `${label} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} (${Math.round((100 * done) / total)}%, còn ~${eta.toFixed(0)} s)`;
  if (process.stderr.isTTY) process.stderr.write(`\r${line}`);
  else if (done === total || done % Math.max(1, Math.floor(total / 10)) === 0) process.stderr.write(`${line}\n`);
}

const TASKS = ["Vận động hội viên vệ sinh môi trường khu dân cư", "Nắm tình hình dư luận về giải phóng mặt bằng", "Tuyên truyền phòng chống mưa bão", "Rà soát hộ nghèo, cận nghèo", "Giám sát thu, chi quỹ đóng góp ở thôn", "Tổng hợp ý kiến cử tri trước kỳ họp"];

async function main() {
  const scale = arg("scale") ?? "province";
  if (scale !== "province") {
    console.error(`Quy mô “${scale}” chưa có: hiện chỉ sinh được --scale province.`);
    process.exit(2);
  }
  const seed = Number(arg("seed") ?? 1);
  const until = parseIsoDate(arg("until") ?? process.env.APP_TODAY ?? "2018-08-13");
  const years = Number(arg("years") ?? 5);
  if (!Number.isInteger(seed) || !until || !Number.isInteger(years) || years < 1 || years > 20) {
    console.error("Tham số không hợp lệ: --seed <số nguyên> --until YYYY-MM-DD --years 1..20");
    process.exit(2);
  }
  if (await db.meeting.count()) {
    console.error("Cơ sở dữ liệu đã có cuộc họp: hãy sinh dữ liệu vào một cơ sở dữ liệu mới (DATABASE_URL=file:./tmp/province.db).");
    process.exit(2);
  }
  const since = new Date(Date.UTC(until.getUTCFullYear() - years, until.getUTCMonth(), until.getUTCDate()));
  const started = Date.now();
  const communes = await db.unit.findMany({
    where: { level: "COMMUNE", validFrom: { lte: until }, OR: [{ validTo: null }, { validTo: { gte: since } }] },
    select: { id: true, code: true, parentId: true, validFrom: true, validTo: true }, orderBy: { code: "asc" },
  });
  const [regime, rules, groups] = await Promise.all([
    db.reportingRegime.findUnique({ where: { code: "situation.monthly" } }),
    db.deadlineRule.findMany({ where: { code: { in: ["report.situation.monthly", "supervision.response", "supervision.notice", "supervision.result_report"] } }, orderBy: { version: "asc" } }),
    db.workGroup.findMany({ select: { id: true, code: true } }),
  ]);
  if (!regime || rules.length < 4) throw new Error("Thiếu dữ liệu tham chiếu: chạy npm run db:seed trước.");
  const rule = (code: string) => rules.filter((r) => r.code === code).at(-1)!;
  const calendar = await loadCalendarWith(db, since, addDays(until, 60));
  const situation = groups.find((g) => g.code === "SITUATION_REPORTING")!.id;
  const totals = { communes: 0, meetings: 0, attendance: 0, tasks: 0, reports: 0, activities: 0, recommendations: 0 };

  for (const [ci, commune] of communes.entries()) {
    const rnd = random(seed * 1_000_003 + Number(commune.code));
    const from = commune.validFrom > since ? commune.validFrom : since;
    const to = commune.validTo && commune.validTo < until ? commune.validTo : until;
    const orgs = await db.organisation.findMany({ where: { unitId: commune.id, type: { blocMember: true } }, select: { id: true } });
    if (!orgs.length) continue;
    const p = `g${seed}-${commune.code}`;
    await db.$transaction(async (tx: Tx) => {
      const existing = await tx.bloc.findUnique({ where: { unitId: commune.id }, select: { id: true } });
      const blocId = existing?.id ?? `${p}-bloc`;
      if (!existing) {
        await tx.bloc.create({ data: { id: blocId, unitId: commune.id, model: "DAN_VAN_BLOC", status: "OPERATING_INFORMALLY", statusSince: from, source: SOURCE } });
        await tx.blocMember.createMany({ data: orgs.map((o, i) => ({ id: `${p}-bm${i}`, blocId, organisationId: o.id, joinedOn: from })) });
      }
      await tx.person.createMany({ data: [{ id: `${p}-head`, unitId: commune.id, fullName: "Trưởng khối (dữ liệu sinh)", searchText: fold("Trưởng khối (dữ liệu sinh)") }, { id: `${p}-sec`, unitId: commune.id, fullName: "Thư ký (dữ liệu sinh)", searchText: fold("Thư ký (dữ liệu sinh)") }] });
      const meetings: Record<string, unknown>[] = [];
      const attendance: Record<string, unknown>[] = [];
      const agenda: Record<string, unknown>[] = [];
      const tasks: Record<string, unknown>[] = [];
      const numbers = new Map<number, number>();
      let n = 0;
      for (let week = startOfIsoWeek(from); week <= to; week = addDays(week, 7)) {
        if (rnd() < 0.08) continue;
        const heldOn = addDays(week, rnd() < 0.7 ? 0 : 1);
        if (heldOn < from || heldOn > to) continue;
        const id = `${p}-m${n++}`;
        const recent = addDays(heldOn, 14) > until;
        const year = heldOn.getUTCFullYear();
        const number = recent ? null : (numbers.get(year) ?? 0) + 1;
        if (number) numbers.set(year, number);
        meetings.push({
          id, blocId, unitId: commune.id, submissionId: id, kind: "REGULAR", regularWeek: weekKey(heldOn), heldOn, weekStart: startOfIsoWeek(heldOn), startTime: "07:30",
          place: "Hội trường UBND xã", chairId: `${p}-head`, secretaryId: `${p}-sec`, conclusions: "Các tổ chức hoàn thành nhiệm vụ tuần; tiếp tục nắm tình hình nhân dân.",
          status: recent ? "HELD" : "APPROVED", minutesIssuer: number ? `${commune.id}:PARTY` : null, minutesYear: number ? year : null, minutesNumber: number, minutesLabel: number ? `${number}-BB/ĐU` : null,
          approvedAt: number ? addDays(heldOn, 3) : null, createdById: GENERATOR,
        });
        for (const [oi, o] of orgs.entries()) attendance.push({ id: `${id}-a${oi}`, meetingId: id, organisationId: o.id, present: rnd() > 0.08, attendees: 1 + Math.floor(rnd() * 3) });
        agenda.push({ id: `${id}-c`, meetingId: id, kind: "CONTENT", workGroupId: situation, content: "Tình hình nhân dân ổn định." });
        for (let t = 0; t < (rnd() < 0.3 ? 2 : 1); t++) {
          const dueOn = addDays(heldOn, 7 + Math.floor(rnd() * 14));
          const roll = rnd();
          const done = dueOn < until && roll < 0.85;
          const doneOn = done ? addDays(dueOn, roll < 0.7 ? -Math.floor(rnd() * 4) : 1 + Math.floor(rnd() * 5)) : null;
          tasks.push({
            id: `${id}-t${t}`, submissionId: `${id}-t${t}`, blocId, unitId: commune.id, meetingId: id, workGroupId: situation, title: TASKS[Math.floor(rnd() * TASKS.length)],
            ownerId: orgs[Math.floor(rnd() * orgs.length)].id, assignedOn: heldOn, dueOn, originalDueOn: dueOn, status: done && doneOn! < until ? "VERIFIED" : "OPEN",
            doneReportedOn: done && doneOn! < until ? doneOn : null, closedOn: done && doneOn! < until ? addDays(doneOn!, 2) : null, createdById: GENERATOR,
          });
        }
      }
      // The monthly report on the situation of the people, to the district.
      const reports: Record<string, unknown>[] = [];
      const monthly = rule("report.situation.monthly");
      for (let period = periodOf(regime.periodType as PeriodType, from); ; period = nextPeriod(period)) {
        const window = windowOf(period, regime);
        if (window.to >= until) break;
        if (period.end < regime.startsOn || rnd() < 0.06) continue;
        const due = computeDeadline(monthly, window.to, calendar);
        const late = rnd() < 0.2;
        const sent = late ? addDays(due.due, 1 + Math.floor(rnd() * 6)) : addDays(due.due, -Math.floor(rnd() * 2));
        const id = `${p}-r${period.key}`;
        reports.push({
          id, submissionId: id, regimeId: regime.id, unitId: commune.id, recipientId: commune.parentId!, periodKey: period.key, periodStart: period.start, periodEnd: period.end,
          windowFrom: window.from, windowTo: window.to, dueOn: due.due, deadlineRuleId: monthly.id, dueToVerify: due.toVerify,
          status: sent < until ? (addDays(sent, 5) < until ? "ACCEPTED" : "SUBMITTED") : "DRAFT", firstSubmittedOn: sent < until ? sent : null, submittedOn: sent < until ? sent : null,
          generalMood: "Tình hình nhân dân cơ bản ổn định.", createdById: GENERATOR,
        });
      }
      // Each year a supervision activity with one to three recommendations.
      const activities: Record<string, unknown>[] = [];
      const recs: Record<string, unknown>[] = [];
      for (let year = from.getUTCFullYear(); year <= to.getUTCFullYear(); year++) {
        const startOn = new Date(Date.UTC(year, 3 + Math.floor(rnd() * 5), 1 + Math.floor(rnd() * 25)));
        if (startOn < from || addDays(startOn, 30) > to) continue;
        const endOn = addDays(startOn, 4);
        const id = `${p}-s${year}`;
        activities.push({
          id, submissionId: id, unitId: commune.id, outsidePlanReason: SOURCE, form: (["DOCUMENTS", "DELEGATION", "COMMUNITY_BOARD", "JOINT"] as const)[Math.floor(rnd() * 4)],
          subject: "UBND xã", content: "Thu, chi các khoản đóng góp của nhân dân", startOn, endOn,
          noticeDueOn: computeDeadline(rule("supervision.notice"), startOn, calendar).due, resultDueOn: computeDeadline(rule("supervision.result_report"), endOn, calendar).due,
          findings: "Cơ bản đúng quy định.", resultReport: "Đã báo cáo kết quả.", resultReportOn: addDays(endOn, 10), status: "CLOSED", createdById: GENERATOR,
        });
        const sentOn = addDays(endOn, 12);
        for (let r = 0; r < 1 + Math.floor(rnd() * 3); r++) {
          const due = computeDeadline(rule("supervision.response"), sentOn, calendar);
          const roll = rnd();
          const respondedOn = roll < 0.25 ? null : roll < 0.7 ? addDays(due.due, -Math.floor(rnd() * 8)) : addDays(due.due, 1 + Math.floor(rnd() * 15));
          const answered = respondedOn !== null && respondedOn < until;
          recs.push({
            id: `${id}-k${r}`, submissionId: `${id}-k${r}`, unitId: commune.id, activityId: id, content: "Công khai thu, chi tại nhà văn hóa các thôn", addressee: "UBND xã",
            sentOn, dueOn: due.due, deadlineRuleId: rule("supervision.response").id, dueToVerify: due.toVerify, status: answered ? "ANSWERED" : "OPEN",
            respondedOn: answered ? respondedOn : null, responseContent: answered ? "Đã tiếp thu." : null, responseOutcome: answered ? "ACCEPTED" : null, closedOn: answered ? respondedOn : null, createdById: GENERATOR,
          });
        }
      }
      const chunks = async <T>(rows: T[], write: (c: T[]) => Promise<unknown>) => { for (let i = 0; i < rows.length; i += 2_000) await write(rows.slice(i, i + 2_000)); };
      // Typed by the models' createMany inputs at runtime; the rows above follow the schema.
      type Many = { createMany: (args: { data: Record<string, unknown>[] }) => Promise<unknown> };
      const m = (model: unknown) => model as Many;
      await chunks(meetings, (c) => m(tx.meeting).createMany({ data: c }));
      await chunks(attendance, (c) => m(tx.meetingAttendance).createMany({ data: c }));
      await chunks(agenda, (c) => m(tx.agendaItem).createMany({ data: c }));
      await chunks(tasks, (c) => m(tx.task).createMany({ data: c }));
      await chunks(reports, (c) => m(tx.report).createMany({ data: c }));
      await chunks(activities, (c) => m(tx.supervisionActivity).createMany({ data: c }));
      await chunks(recs, (c) => m(tx.recommendation).createMany({ data: c }));
      for (const [year, last] of numbers) {
        await tx.documentCounter.upsert({ where: { issuer_docType_year: { issuer: `${commune.id}:PARTY`, docType: "BB", year } }, create: { issuer: `${commune.id}:PARTY`, docType: "BB", year, last }, update: { last } });
      }
      totals.meetings += meetings.length; totals.attendance += attendance.length; totals.tasks += tasks.length; totals.reports += reports.length;
      totals.activities += activities.length; totals.recommendations += recs.length;
    }, { timeout: 120_000 });
    totals.communes++;
    progress("Sinh dữ liệu", ci + 1, communes.length, started);
  }
  if (!process.stderr.isTTY) process.stderr.write("\n");
  const rollupStarted = Date.now();
  const rollups = await rebuildRollups(db);
  console.log(`\n✓ Quy mô ${scale}, seed ${seed}, ${toIsoDate(since)} → ${toIsoDate(until)}: ${totals.communes} xã, ${totals.meetings} cuộc họp, ${totals.attendance} dòng điểm danh, ${totals.tasks} nhiệm vụ, ${totals.reports} báo cáo, ${totals.activities} hoạt động giám sát, ${totals.recommendations} kiến nghị (${((rollupStarted - started) / 1000).toFixed(1)} s); bảng tổng hợp: ${Object.values(rollups).reduce((a, b) => a + b, 0)} dòng (${((Date.now() - rollupStarted) / 1000).toFixed(1)} s).`);
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
