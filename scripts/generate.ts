// npm run demo:generate -- --scale province|national|national-2025 [--seed N] [--until YYYY-MM-DD] [--years 5|10]
//
// A deterministic generator of demo activity, separate from reference data and marked as demo (bloc
// source, a generated-by user): for every commune in force during the span, a bloc with its member
// organisations and head, weekly meetings (a few weeks missed) with attendance and a content item, one or
// two tasks per meeting (most verified on time, some late, some still open), the monthly report on the
// situation of the people (most accepted, some late, a few missing; one or two issues each, a few of them hot
// spots), and each year a supervision activity
// with recommendations (some answered late, some still waiting). The national scale first adds 62 synthetic
// provinces beside Quảng Ninh (codes N01…N62, "Tỉnh mẫu", 11 districts each, 12–17 communes per district,
// about 10,000 communes and 700 districts in all, each with the bloc's member organisations), marked as
// generated in their source, and covers 10 years. The two-level scale (`national-2025`) is the country after
// 1/7/2025: 33 synthetic provinces beside Quảng Ninh (codes M01…M33, "Tỉnh mẫu", 60–138 communes each directly
// under the province, no district), 3,321 commune-level units with Quảng Ninh's 54, from 1/7/2025 to the
// business date (`--until`, default today's); reports go to the province. Rows are written in bulk past the ORM (scripts/generate/
// sink.ts); the rollups are rebuilt from the raw rows at the end with set-based SQL. The same seed gives the
// same data. It refuses a database that already has meetings: generate into a fresh one, e.g.
//   DATABASE_URL=file:./tmp/province.db npm run demo:generate -- --scale province
//   DATABASE_URL=file:./tmp/national.db npm run demo:generate -- --scale national
//   DATABASE_URL=file:./tmp/national-2025.db npm run demo:generate -- --scale national-2025
import { createDb } from "../lib/db";
import { UNIT_TYPE_LABEL } from "../lib/units/labels";
import { loadCalendarWith } from "../lib/calendar/store";
import { computeDeadline } from "../lib/time/deadlines";
import { addDays, parseIsoDate, toIsoDate } from "../lib/time/business-date";
import { startOfIsoWeek } from "../lib/time/iso-week";
import { weekKey } from "../lib/meetings/rules";
import { nextPeriod, periodOf, windowOf, type PeriodType } from "../lib/time/windows";
import { rebuildRollups } from "../lib/rollups/rebuild";
import { rebuildSearchIndex } from "../lib/search/index";
import { fold } from "../lib/text/fold";
import { env } from "../lib/env";
import { today } from "../lib/time/today";

import { databaseKind } from "../lib/database-url";
import { random } from "../prisma/seed/demo-support";
import { openSink, type Sink } from "./generate/sink";

// Minutes-long statements (the rollup rebuild at national scale on PostgreSQL): no per-statement timeout.
const db = createDb(env.DATABASE_URL, { maintenance: true });

const SOURCE = "Dữ liệu sinh tự động (demo), không phải số liệu thật";
const GENERATOR = "generator";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function progress(label: string, done: number, total: number, started: number) {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const eta = done ? (((Date.now() - started) / done) * (total - done)) / 1000 : 0;
  const line = `${label} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} (${Math.round((100 * done) / total)}%, còn ~${eta.toFixed(0)} s)`;
  if (process.stderr.isTTY) process.stderr.write(`\r${line}`);
  else if (done === total || done % Math.max(1, Math.floor(total / 10)) === 0) process.stderr.write(`${line}\n`);
}

/** The two-level government's first day (Resolution 202/2025/QH15). */
const TWO_LEVEL_FROM = parseIsoDate("2025-07-01")!;

const TASKS = [
  "Vận động hội viên vệ sinh môi trường khu dân cư",
  "Nắm tình hình dư luận về giải phóng mặt bằng",
  "Tuyên truyền phòng chống mưa bão",
  "Rà soát hộ nghèo, cận nghèo",
  "Giám sát thu, chi quỹ đóng góp ở thôn",
  "Tổng hợp ý kiến cử tri trước kỳ họp",
];

async function main() {
  const scale = arg("scale") ?? "province";
  if (scale !== "province" && scale !== "national" && scale !== "national-2025") {
    console.error(`Quy mô “${scale}” không có: --scale province, --scale national hoặc --scale national-2025.`);
    process.exit(2);
  }
  const twoLevel = scale === "national-2025";
  const seed = Number(arg("seed") ?? 1);
  const until = parseIsoDate(arg("until") ?? (twoLevel ? toIsoDate(today()) : (process.env.APP_TODAY ?? "2018-08-13")));
  const years = Number(arg("years") ?? (scale === "national" ? 10 : 5));
  if (!Number.isInteger(seed) || !until || !Number.isInteger(years) || years < 1 || years > 20) {
    console.error("Tham số không hợp lệ: --seed <số nguyên> --until YYYY-MM-DD --years 1..20");
    process.exit(2);
  }
  if (twoLevel && until <= TWO_LEVEL_FROM) {
    console.error("Quy mô national-2025 là cả nước sau ngày 01/07/2025: --until phải sau ngày đó.");
    process.exit(2);
  }
  if (await db.meeting.count()) {
    console.error("Cơ sở dữ liệu đã có cuộc họp: hãy sinh dữ liệu vào một cơ sở dữ liệu mới (DATABASE_URL=file:./tmp/province.db).");
    process.exit(2);
  }
  // The two-level country starts on 1/7/2025 (its units did not exist before; 2018's communes are left out).
  const since =
    twoLevel && arg("years") === undefined ? TWO_LEVEL_FROM : new Date(Date.UTC(until.getUTCFullYear() - years, until.getUTCMonth(), until.getUTCDate()));
  const started = Date.now();
  const sink = await openSink(env.DATABASE_URL);
  if (scale === "national") await syntheticUnits(sink, seed, since);
  if (twoLevel) await syntheticTwoLevelUnits(sink, seed);
  const communes = await db.unit.findMany({
    where: { level: "COMMUNE", validFrom: { lte: until }, OR: [{ validTo: null }, { validTo: { gte: since } }] },
    select: { id: true, code: true, parentId: true, validFrom: true, validTo: true },
    orderBy: { code: "asc" },
  });
  const [regime, rules, groups] = await Promise.all([
    db.reportingRegime.findUnique({ where: { code: "situation.monthly" } }),
    db.deadlineRule.findMany({
      where: { code: { in: ["report.situation.monthly", "supervision.response", "supervision.notice", "supervision.result_report"] } },
      orderBy: { version: "asc" },
    }),
    db.workGroup.findMany({ select: { id: true, code: true } }),
  ]);
  if (!regime || rules.length < 4) throw new Error("Thiếu dữ liệu tham chiếu: chạy npm run db:seed trước.");
  const rule = (code: string) => rules.filter((r) => r.code === code).at(-1)!;
  const calendar = await loadCalendarWith(db, since, addDays(until, 60));
  const situation = groups.find((g) => g.code === "SITUATION_REPORTING")!.id;
  const topics = (await db.topic.findMany({ select: { id: true }, orderBy: { sortOrder: "asc" } })).map((t) => t.id);
  const totals = { communes: 0, meetings: 0, attendance: 0, tasks: 0, reports: 0, activities: 0, recommendations: 0 };
  // Deadlines depend only on the rule and the date: the same for every commune.
  const deadlines = new Map<string, ReturnType<typeof computeDeadline>>();
  const deadline = (r: (typeof rules)[number], on: Date) => {
    const key = `${r.id}|${on.getTime()}`;
    return deadlines.get(key) ?? deadlines.set(key, computeDeadline(r, on, calendar)).get(key)!;
  };
  const orgsOf = new Map<string, { id: string }[]>();
  for (const o of await db.organisation.findMany({
    where: { type: { blocMember: true }, unit: { level: "COMMUNE" } },
    select: { id: true, unitId: true },
    orderBy: { id: "asc" },
  })) {
    (orgsOf.get(o.unitId) ?? orgsOf.set(o.unitId, []).get(o.unitId)!).push({ id: o.id });
  }
  const blocOf = new Map((await db.bloc.findMany({ select: { id: true, unitId: true } })).map((b) => [b.unitId, b.id]));

  for (const [ci, commune] of communes.entries()) {
    const rnd = random(seed * 1_000_003 + codeNumber(commune.code));
    const from = commune.validFrom > since ? commune.validFrom : since;
    const to = commune.validTo && commune.validTo < until ? commune.validTo : until;
    const orgs = orgsOf.get(commune.id) ?? [];
    if (!orgs.length) continue;
    const p = `g${seed}-${commune.code}`;
    {
      const existing = blocOf.get(commune.id);
      const blocId = existing ?? `${p}-bloc`;
      if (!existing) {
        await sink.add("Bloc", [
          { id: blocId, unitId: commune.id, model: "DAN_VAN_BLOC", status: "OPERATING_INFORMALLY", statusSince: from, source: SOURCE, version: 1 },
        ]);
        // The status on a date is replayed from the changes: without one the bloc reads as not started.
        await sink.add("BlocStatusChange", [{ id: `${p}-st`, blocId, fromStatus: null, toStatus: "OPERATING_INFORMALLY", effectiveOn: from, reason: SOURCE }]);
        await sink.add(
          "BlocMember",
          orgs.map((o, i) => ({ id: `${p}-bm${i}`, blocId, organisationId: o.id, joinedOn: from })),
        );
      }
      await sink.add("Person", [
        { id: `${p}-head`, unitId: commune.id, fullName: "Trưởng khối (dữ liệu sinh)", searchText: fold("Trưởng khối (dữ liệu sinh)") },
        { id: `${p}-sec`, unitId: commune.id, fullName: "Thư ký (dữ liệu sinh)", searchText: fold("Thư ký (dữ liệu sinh)") },
      ]);
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
          id,
          blocId,
          unitId: commune.id,
          submissionId: id,
          kind: "REGULAR",
          regularWeek: weekKey(heldOn),
          heldOn,
          weekStart: startOfIsoWeek(heldOn),
          startTime: "07:30",
          place: "Hội trường UBND xã",
          chairId: `${p}-head`,
          secretaryId: `${p}-sec`,
          conclusions: "Các tổ chức hoàn thành nhiệm vụ tuần; tiếp tục nắm tình hình nhân dân.",
          status: recent ? "HELD" : "APPROVED",
          minutesIssuer: number ? `${commune.id}:PARTY` : null,
          minutesYear: number ? year : null,
          minutesNumber: number,
          minutesLabel: number ? `${number}-BB/ĐU` : null,
          approvedAt: number ? addDays(heldOn, 3) : null,
          createdById: GENERATOR,
        });
        for (const [oi, o] of orgs.entries())
          attendance.push({ id: `${id}-a${oi}`, meetingId: id, organisationId: o.id, present: rnd() > 0.08, attendees: 1 + Math.floor(rnd() * 3) });
        agenda.push({ id: `${id}-c`, meetingId: id, kind: "CONTENT", workGroupId: situation, content: "Tình hình nhân dân ổn định." });
        for (let t = 0; t < (rnd() < 0.3 ? 2 : 1); t++) {
          const dueOn = addDays(heldOn, 7 + Math.floor(rnd() * 14));
          const roll = rnd();
          const done = dueOn < until && roll < 0.85;
          const doneOn = done ? addDays(dueOn, roll < 0.7 ? -Math.floor(rnd() * 4) : 1 + Math.floor(rnd() * 5)) : null;
          tasks.push({
            id: `${id}-t${t}`,
            submissionId: `${id}-t${t}`,
            blocId,
            unitId: commune.id,
            meetingId: id,
            workGroupId: situation,
            title: TASKS[Math.floor(rnd() * TASKS.length)],
            ownerId: orgs[Math.floor(rnd() * orgs.length)].id,
            assignedOn: heldOn,
            dueOn,
            originalDueOn: dueOn,
            status: done && doneOn! < until ? "VERIFIED" : "OPEN",
            doneReportedOn: done && doneOn! < until ? doneOn : null,
            closedOn: done && doneOn! < until ? addDays(doneOn!, 2) : null,
            createdById: GENERATOR,
          });
        }
      }
      // The monthly report on the situation of the people, to the unit above (the district; the province from 1/7/2025).
      const reports: Record<string, unknown>[] = [];
      const issues: Record<string, unknown>[] = [];
      const monthly = rule("report.situation.monthly");
      for (let period = periodOf(regime.periodType as PeriodType, from); ; period = nextPeriod(period)) {
        const window = windowOf(period, regime);
        if (window.to >= until) break;
        if (period.end < regime.startsOn || rnd() < 0.06) continue;
        const due = deadline(monthly, window.to);
        const late = rnd() < 0.2;
        const sent = late ? addDays(due.due, 1 + Math.floor(rnd() * 6)) : addDays(due.due, -Math.floor(rnd() * 2));
        const id = `${p}-r${period.key}`;
        reports.push({
          id,
          submissionId: id,
          regimeId: regime.id,
          unitId: commune.id,
          recipientId: commune.parentId!,
          periodKey: period.key,
          periodStart: period.start,
          periodEnd: period.end,
          windowFrom: window.from,
          windowTo: window.to,
          dueOn: due.due,
          deadlineRuleId: monthly.id,
          dueToVerify: due.toVerify,
          status: sent < until ? (addDays(sent, 5) < until ? "ACCEPTED" : "SUBMITTED") : "DRAFT",
          firstSubmittedOn: sent < until ? sent : null,
          submittedOn: sent < until ? sent : null,
          generalMood: "Tình hình nhân dân cơ bản ổn định.",
          createdById: GENERATOR,
        });
        // One or two issues the report raises; about one report in twelve names a hot spot.
        for (let k = 0; k < 1 + Math.floor(rnd() * 2); k++) {
          const hot = k === 0 && rnd() < 0.08;
          issues.push({
            id: `${id}-i${k}`,
            reportId: id,
            topicId: topics[Math.floor(rnd() * topics.length)],
            sortOrder: k,
            description: hot ? "Nhân dân kiến nghị đông người về bồi thường giải phóng mặt bằng" : "Nhân dân quan tâm giá cả, việc làm",
            location: hot ? "Thôn 3" : "",
            hotSpot: hot,
            handling: hot ? "Đã báo cáo cấp ủy, phối hợp đối thoại" : "",
          });
        }
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
          id,
          submissionId: id,
          unitId: commune.id,
          outsidePlanReason: SOURCE,
          form: (["DOCUMENTS", "DELEGATION", "COMMUNITY_BOARD", "JOINT"] as const)[Math.floor(rnd() * 4)],
          subject: "UBND xã",
          content: "Thu, chi các khoản đóng góp của nhân dân",
          startOn,
          endOn,
          noticeDueOn: deadline(rule("supervision.notice"), startOn).due,
          resultDueOn: deadline(rule("supervision.result_report"), endOn).due,
          findings: "Cơ bản đúng quy định.",
          resultReport: "Đã báo cáo kết quả.",
          resultReportOn: addDays(endOn, 10),
          status: "CLOSED",
          createdById: GENERATOR,
        });
        const sentOn = addDays(endOn, 12);
        for (let r = 0; r < 1 + Math.floor(rnd() * 3); r++) {
          const due = deadline(rule("supervision.response"), sentOn);
          const roll = rnd();
          const respondedOn = roll < 0.25 ? null : roll < 0.7 ? addDays(due.due, -Math.floor(rnd() * 8)) : addDays(due.due, 1 + Math.floor(rnd() * 15));
          const answered = respondedOn !== null && respondedOn < until;
          recs.push({
            id: `${id}-k${r}`,
            submissionId: `${id}-k${r}`,
            unitId: commune.id,
            activityId: id,
            content: "Công khai thu, chi tại nhà văn hóa các thôn",
            addressee: "UBND xã",
            sentOn,
            dueOn: due.due,
            deadlineRuleId: rule("supervision.response").id,
            dueToVerify: due.toVerify,
            status: answered ? "ANSWERED" : "OPEN",
            respondedOn: answered ? respondedOn : null,
            responseContent: answered ? "Đã tiếp thu." : null,
            responseOutcome: answered ? "ACCEPTED" : null,
            closedOn: answered ? respondedOn : null,
            createdById: GENERATOR,
          });
        }
      }
      await sink.add("Meeting", meetings);
      await sink.add("MeetingAttendance", attendance);
      await sink.add("AgendaItem", agenda);
      await sink.add("Task", tasks);
      await sink.add("Report", reports);
      await sink.add("ReportIssue", issues);
      await sink.add("SupervisionActivity", activities);
      await sink.add("Recommendation", recs);
      await sink.add(
        "DocumentCounter",
        [...numbers].map(([year, last]) => ({ issuer: `${commune.id}:PARTY`, docType: "BB", year, last })),
      );
      totals.meetings += meetings.length;
      totals.attendance += attendance.length;
      totals.tasks += tasks.length;
      totals.reports += reports.length;
      totals.activities += activities.length;
      totals.recommendations += recs.length;
    }
    totals.communes++;
    progress("Sinh dữ liệu", ci + 1, communes.length, started);
  }
  await sink.close();
  if (!process.stderr.isTTY) process.stderr.write("\n");
  const rollupStarted = Date.now();
  const rollups = await rebuildRollups(db);
  // What search finds of the generated records (decision 0036), in batches through the same builders as the writes.
  const searchStarted = Date.now();
  const search = await rebuildSearchIndex(db, (kind, done) => {
    if (done % 50_000 < 500) process.stderr.write(`Chỉ mục tìm kiếm: ${kind} ${done} (${((Date.now() - searchStarted) / 1000).toFixed(0)} s)\n`);
  });
  // Planner statistics after a bulk load (SQLite samples at most 1,000 rows per index: seconds, not minutes).
  if (databaseKind(env.DATABASE_URL) === "sqlite") await db.$executeRawUnsafe("PRAGMA analysis_limit = 1000");
  await db.$executeRawUnsafe("ANALYZE");
  console.log(
    `\n✓ Quy mô ${scale}, seed ${seed}, ${toIsoDate(since)} → ${toIsoDate(until)}: ${totals.communes} xã, ${totals.meetings} cuộc họp, ${totals.attendance} dòng điểm danh, ${totals.tasks} nhiệm vụ, ${totals.reports} báo cáo, ${totals.activities} hoạt động giám sát, ${totals.recommendations} kiến nghị (${((rollupStarted - started) / 1000).toFixed(1)} s); bảng tổng hợp: ${Object.values(rollups).reduce((a, b) => a + b, 0)} dòng (${((searchStarted - rollupStarted) / 1000).toFixed(1)} s); chỉ mục tìm kiếm: ${Object.values(search).reduce((a, b) => a + b, 0)} hồ sơ (${((Date.now() - searchStarted) / 1000).toFixed(1)} s).`,
  );
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

/** A commune code as a number for seeding its random stream (synthetic codes "N01.02.03" → 1,010,203). */
function codeNumber(code: string): number {
  return /^\d+$/.test(code) ? Number(code) : 1_000_000 + Number(code.replace(/\D/g, ""));
}

/**
 * The synthetic provinces of the national scale: 62 beside Quảng Ninh, 11 districts each, 12–17 communes per
 * district, each commune with one organisation of every bloc-member type.
 */
async function syntheticUnits(sink: Sink, seed: number, since: Date) {
  const types = await db.organisationType.findMany({ where: { blocMember: true }, select: { id: true, name: true }, orderBy: { sortOrder: "asc" } });
  const rnd = random(seed * 7_919);
  const unit = (
    id: string,
    code: string,
    name: string,
    type: "TINH" | "HUYEN" | "XA",
    level: "PROVINCE" | "DISTRICT" | "COMMUNE",
    parentId: string | null,
    path: string,
  ) => ({
    id,
    code,
    name,
    type,
    level,
    parentId,
    path,
    searchText: fold(`${UNIT_TYPE_LABEL[type]} ${name}`),
    validFrom: since,
    validTo: null,
    source: SOURCE,
  });
  for (let p = 1; p <= 62; p++) {
    const pc = String(p).padStart(2, "0");
    const pid = `n${seed}-p${pc}`;
    const rows: Record<string, unknown>[] = [unit(pid, `N${pc}`, `Tỉnh mẫu ${pc}`, "TINH", "PROVINCE", null, `/${pid}/`)];
    const orgRows: Record<string, unknown>[] = [];
    for (let d = 1; d <= 11; d++) {
      const dc = `${pc}.${String(d).padStart(2, "0")}`;
      const did = `n${seed}-d${dc}`;
      rows.push(unit(did, `N${dc}`, `Huyện mẫu ${dc}`, "HUYEN", "DISTRICT", pid, `/${pid}/${did}/`));
      const count = 12 + Math.floor(rnd() * 6);
      for (let c = 1; c <= count; c++) {
        const cc = `${dc}.${String(c).padStart(2, "0")}`;
        const cid = `n${seed}-c${cc}`;
        rows.push(unit(cid, `N${cc}`, `Xã mẫu ${cc}`, "XA", "COMMUNE", did, `/${pid}/${did}/${cid}/`));
        const own = types.map((t, i) => ({ id: `${cid}-o${i}`, unitId: cid, typeId: t.id, name: `${t.name} xã mẫu ${cc}`, validFrom: since, validTo: null }));
        orgRows.push(...own);
      }
    }
    await sink.add("Unit", rows);
    await sink.add("Organisation", orgRows);
  }
  await sink.flush();
}

/**
 * The synthetic provinces of the two-level country: 33 beside Quảng Ninh, 60–138 commune-level units each
 * directly under the province (3,267 with these sizes; 3,321 with Quảng Ninh's 54, as in the country since
 * 1/7/2025), each with one organisation of every bloc-member type, from 1/7/2025.
 */
async function syntheticTwoLevelUnits(sink: Sink, seed: number) {
  const types = await db.organisationType.findMany({ where: { blocMember: true }, select: { id: true, name: true }, orderBy: { sortOrder: "asc" } });
  const rnd = random(seed * 104_729);
  const from = TWO_LEVEL_FROM;
  const unit = (id: string, code: string, name: string, type: "TINH" | "XA", level: "PROVINCE" | "COMMUNE", parentId: string | null, path: string) => ({
    id,
    code,
    name,
    type,
    level,
    parentId,
    path,
    searchText: fold(`${UNIT_TYPE_LABEL[type]} ${name}`),
    validFrom: from,
    validTo: null,
    source: SOURCE,
  });
  // Sizes drawn around 99 and scaled so that the 33 provinces hold exactly 3,267 units.
  const raw = Array.from({ length: 33 }, () => 60 + rnd() * 78);
  const scale = 3_267 / raw.reduce((a, b) => a + b, 0);
  const sizes = raw.map((r) => Math.max(40, Math.round(r * scale)));
  sizes[sizes.length - 1] += 3_267 - sizes.reduce((a, b) => a + b, 0);
  for (const [i, count] of sizes.entries()) {
    const pc = String(i + 1).padStart(2, "0");
    const pid = `m${seed}-p${pc}`;
    const rows: Record<string, unknown>[] = [unit(pid, `M${pc}`, `Tỉnh mẫu ${pc}`, "TINH", "PROVINCE", null, `/${pid}/`)];
    const orgRows: Record<string, unknown>[] = [];
    for (let c = 1; c <= count; c++) {
      const cc = `${pc}.${String(c).padStart(3, "0")}`;
      const cid = `m${seed}-c${cc}`;
      rows.push(unit(cid, `M${cc}`, `Xã mẫu ${cc}`, "XA", "COMMUNE", pid, `/${pid}/${cid}/`));
      orgRows.push(
        ...types.map((t, oi) => ({ id: `${cid}-o${oi}`, unitId: cid, typeId: t.id, name: `${t.name} xã mẫu ${cc}`, validFrom: from, validTo: null })),
      );
    }
    await sink.add("Unit", rows);
    await sink.add("Organisation", orgRows);
  }
  await sink.flush();
}
