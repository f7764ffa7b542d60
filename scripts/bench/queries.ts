// npm run bench:queries — the dashboards' reads, from the rollups, against the naive aggregate over raw rows
// as the baseline, in the same process and on the same data:
//  - province: what the province page reads (its localities, activity per district, monthly report rates per
//    district, hot spots) for Quảng Ninh;
//  - district: what a district page reads for its communes' activity (Hải Hà) and the district's figures;
//  - national: the national overview (every province in reach), when the database has the national scale;
//  - on a day of the two-level government (BENCH_DAY, e.g. 2026-12-04 on the national-2025 scale), the
//    province page of today instead of the first two: its communes' registry, activity, rates, hot spots,
//    overdue recommendations and former districts, and the reviewer's work lists.
// Each database is measured by a child process of its own (the app's database client is one per process):
//   BENCH_DATABASES="province-sqlite=file:./tmp/province.db,province-pg=postgres://…/bench"
// Without it, the province scale is generated into tmp/bench-queries/province.db (and, with
// BENCH_POSTGRES_URL or TEST_POSTGRES_URL, into the PostgreSQL database bench_queries_province there). One warm-up round, then 5 rounds of 20 calls per
// query; the table gives the median over the rounds of each round's median and p95, the spread of the round
// medians, and the baseline's median divided by the rollup read's (reads slower than 0.5 s: 3 calls a round). Appended to docs/BENCHMARKS.md unless
// BENCH_NO_REPORT=1. The national scale is a separate, longer generation (docs/BENCHMARKS.md says how).
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { heading, machine, publish } from "./report.mjs";

const root = path.resolve(import.meta.dirname, "..", "..");
const DAY_ISO = process.env.BENCH_DAY ?? "2018-08-13";
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PER_ROUND = Number(process.env.BENCH_PER_ROUND ?? 20);

interface Result {
  database: string;
  view: string;
  variant: "rollups" | "raw rows";
  medians: number[];
  p95s: number[];
  rows: string;
}

if (process.env.BENCH_QUERIES_CHILD) {
  await child(process.env.BENCH_QUERIES_CHILD);
} else {
  await parent();
}

async function parent() {
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  let databases = (process.env.BENCH_DATABASES ?? "")
    .split(",")
    .filter(Boolean)
    .map((pair) => {
      const at = pair.indexOf("=");
      return { label: pair.slice(0, at), url: pair.slice(at + 1) };
    });
  if (!databases.length) {
    const dir = path.join(root, "tmp", "bench-queries");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const generate = (url: string) => {
      for (const args of [["scripts/db/cli.ts", "migrate"], ["scripts/seed.ts"], ["scripts/generate.ts", "--scale", "province"]]) {
        const run = spawnSync(tsx, args, { cwd: root, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, DATABASE_URL: url, APP_TODAY: DAY_ISO } });
        if (run.status !== 0) throw new Error(`${args.join(" ")} failed`);
      }
    };
    databases = [{ label: "province · SQLite", url: `file:${path.join(dir, "province.db")}` }];
    const pgUrl = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL;
    if (pgUrl) {
      const base = new URL(pgUrl);
      const name = "bench_queries_province";
      const admin = spawnSync("psql", [pgUrl, "-qc", `DROP DATABASE IF EXISTS ${name}`, "-c", `CREATE DATABASE ${name}`], { stdio: "inherit" });
      if (admin.status !== 0) throw new Error("could not create the PostgreSQL bench database");
      base.pathname = `/${name}`;
      databases.push({ label: "province · PostgreSQL", url: base.toString() });
    }
    for (const d of databases) generate(d.url);
  }
  const results: Result[] = [];
  for (const d of databases) {
    process.stderr.write(`… ${d.label}\n`);
    const run = spawnSync(tsx, ["--conditions", "react-server", import.meta.filename], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      maxBuffer: 64 * 2 ** 20,
      env: { ...process.env, BENCH_QUERIES_CHILD: d.label, DATABASE_URL: d.url, APP_TODAY: DAY_ISO, LOG_LEVEL: "error" },
    });
    if (run.status !== 0) throw new Error(`${d.label}: the measuring process failed`);
    results.push(...(JSON.parse(run.stdout.trim().split("\n").at(-1)!) as Result[]));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  const f = (ms: number) => ms.toFixed(ms < 10 ? 2 : 1);
  const lines = [
    `| database | view | read | median ms | spread of round medians | p95 ms | result size | raw ÷ rollups |`,
    `|---|---|---|---|---|---|---|---|`,
  ];
  for (const r of results) {
    const base = results.find((b) => b.database === r.database && b.view === r.view && b.variant === "raw rows");
    const ratio = r.variant === "rollups" && base ? `${(median(base.medians) / median(r.medians)).toFixed(1)}×` : "";
    lines.push(
      `| ${r.database} | ${r.view} | ${r.variant} | ${f(median(r.medians))} | ${f(Math.min(...r.medians))}–${f(Math.max(...r.medians))} | ${f(median(r.p95s))} | ${r.rows} | ${ratio} |`,
    );
  }
  const report = [
    heading("npm run bench:queries", process.env.BENCH_DATABASES ? ` (BENCH_DATABASES: ${databases.map((d) => d.label).join(", ")})` : ""),
    "",
    `Machine: ${machine()}. In-process calls of the page's read functions (no HTTP, no rendering), viewing day ${DAY_ISO}; one warm-up round, ${ROUNDS} rounds of ${PER_ROUND} calls.`,
    "",
    ...lines,
    "",
  ].join("\n");
  publish(report);
}

async function child(database: string) {
  const { db } = await import("../../lib/db");
  const { provinceOverview } = await import("../../lib/blocs/overview");
  const { activityByDistrict, activityOf } = await import("../../lib/meetings/activity");
  const { areaActivity, areaReportRates, nationalOverview } = await import("../../lib/dashboards/areas");
  const { hotSpots, ratesByUnit, reviewQueue } = await import("../../lib/reports/queries");
  const { sumRates } = await import("../../lib/reports/rules");
  const { HELD_FAMILY, startOfIsoWeek } = await import("../../lib/meetings/rules");
  const { CLOSED_TASK } = await import("../../lib/tasks/rules");
  const { addDays, parseIsoDate } = await import("../../lib/time/business-date");
  const { validOn } = await import("../../lib/units/validity");
  const { areaCommunes } = await import("../../lib/blocs/area-view");
  const { communeBlocRows } = await import("../../lib/blocs/queries");
  const { overdueRecommendations, escalatedRecommendations } = await import("../../lib/supervision/queries");
  const { formerDistricts } = await import("../../lib/units/queries");
  const day = parseIsoDate(DAY_ISO)!;
  const province = await db.unit.findFirstOrThrow({ where: { code: "22", level: "PROVINCE", ...validOn(day) } });
  const official = { assignments: [{ role: "OVERVIEW" as const, unitPath: province.path, organisationId: null }] };
  const reviewer = { assignments: [{ role: "REVIEWER" as const, unitPath: province.path, organisationId: null }] };
  const admin = { assignments: [{ role: "ADMIN" as const, unitPath: province.path, organisationId: null }] };
  const twoLevel = (await db.unit.count({ where: { parentId: province.id, level: "COMMUNE", ...validOn(day) } })) > 0;
  const district = twoLevel ? null : await db.unit.findFirstOrThrow({ where: { code: "201", level: "DISTRICT", ...validOn(day) } });
  const districtCommunes = district
    ? (await db.unit.findMany({ where: { parentId: district.id, ...validOn(day) }, select: { id: true } })).map((c) => c.id)
    : [];
  const provinces = await db.unit.count({ where: { level: "PROVINCE", ...validOn(day) } });

  // The naive reads: the same figures aggregated over raw rows on every request.
  const week = startOfIsoWeek(day);
  const rawActivity = async (unitWhere: object) => {
    const [held13, held4, open, overdue] = await Promise.all([
      db.meeting.groupBy({
        by: ["unitId"],
        where: { unit: unitWhere, status: { in: HELD_FAMILY }, heldOn: { gte: addDays(week, -12 * 7), lt: addDays(week, 7) } },
        _count: { _all: true },
      }),
      db.meeting.groupBy({
        by: ["unitId"],
        where: { unit: unitWhere, status: { in: HELD_FAMILY }, heldOn: { gte: addDays(week, -3 * 7), lt: addDays(week, 7) } },
        _count: { _all: true },
      }),
      db.task.groupBy({ by: ["unitId"], where: { unit: unitWhere, status: { notIn: CLOSED_TASK } }, _count: { _all: true } }),
      db.task.groupBy({
        by: ["unitId"],
        where: { unit: unitWhere, status: { in: ["OPEN", "IN_PROGRESS", "REOPENED"] }, dueOn: { lt: day } },
        _count: { _all: true },
      }),
    ]);
    return held13.length + held4.length + open.length + overdue.length;
  };
  const monthStart = (back: number) => new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() - back, 1));

  const asOf = { date: day, iso: DAY_ISO, explicit: false };
  const area = { id: province.id, code: province.code, path: province.path, level: province.level };
  // Today's province page: what app/province/page.tsx reads for the two-level province, as its reviewer.
  type View = { view: string; variant: Result["variant"]; read: () => Promise<number> };
  const todayViews: View[] = [
    {
      view: "province page (two-level)",
      variant: "rollups",
      read: async () => {
        const [a, waiting, escalated] = await Promise.all([
          areaCommunes(reviewer, area, asOf, {}),
          reviewQueue(reviewer, province.id, 0),
          escalatedRecommendations(reviewer, province.path, addDays(day, -90)),
        ]);
        return a.rows.length + (a.activity?.size ?? 0) + (a.reportRates?.size ?? 0) + a.spots.length + a.overdue.length + waiting.length + escalated.length;
      },
    },
    {
      view: "province page (two-level)",
      variant: "raw rows",
      read: async () => {
        const rows = await communeBlocRows(reviewer, { parentId: province.id }, day);
        const [a, rates, spots, overdue, formers, waiting, escalated] = await Promise.all([
          rawActivity({ parentId: province.id }),
          ratesByUnit(reviewer, "situation.monthly", [province.id], day),
          hotSpots(reviewer, province.path, day),
          overdueRecommendations(reviewer, province.path, day, 10),
          formerDistricts(rows.map((r) => r.unitId)),
          reviewQueue(reviewer, province.id, 0),
          escalatedRecommendations(reviewer, province.path, addDays(day, -90)),
        ]);
        return rows.length + a + (rates?.rows.length ?? 0) + spots.length + overdue.length + formers.size + waiting.length + escalated.length;
      },
    },
  ];
  const views: View[] = twoLevel
    ? todayViews
    : [
        {
          view: "province page",
          variant: "rollups",
          read: async () => {
            const o = (await provinceOverview(official, day))!;
            const ids = o.rows.filter((r) => r.level === "DISTRICT").map((r) => r.id);
            const [a, r, s] = await Promise.all([
              activityByDistrict(ids, day),
              areaReportRates("situation.monthly", ids, day),
              hotSpots(official, province.path, day),
            ]);
            return o.rows.length + a.size + (r?.rates.size ?? 0) + s.length;
          },
        },
        {
          view: "province page",
          variant: "raw rows",
          read: async () => {
            const o = (await provinceOverview(official, day))!;
            const ids = o.rows.filter((r) => r.level === "DISTRICT").map((r) => r.id);
            const [a, r, s] = await Promise.all([
              rawActivity({ parentId: { in: ids } }),
              ratesByUnit(official, "situation.monthly", ids, day),
              hotSpots(official, province.path, day),
            ]);
            const rates = new Map(ids.map((id) => [id, sumRates(r!.rows.filter((x) => x.unit.parentId === id).map((x) => x.rates))]));
            return o.rows.length + a + rates.size + s.length;
          },
        },
        {
          view: "district activity",
          variant: "rollups",
          read: async () => (await activityOf(districtCommunes, day)).size + (await areaActivity([district!.id], day)).size,
        },
        { view: "district activity", variant: "raw rows", read: () => rawActivity({ parentId: district!.id }) },
      ];
  if (provinces > 1) {
    views.push(
      { view: `national overview (${provinces} provinces)`, variant: "rollups", read: async () => (await nationalOverview(admin, day)).rows.length },
      {
        view: `national overview (${provinces} provinces)`,
        variant: "raw rows",
        read: async () => {
          const [units, meetings, tasks, recs, reports] = await Promise.all([
            db.unit.findMany({ where: { level: { in: ["DISTRICT", "COMMUNE"] }, ...validOn(day) }, select: { id: true, path: true } }),
            db.meeting.groupBy({ by: ["unitId"], where: { status: { in: HELD_FAMILY }, heldOn: { gte: monthStart(2), lte: day } }, _count: { _all: true } }),
            db.task.groupBy({ by: ["unitId"], where: { assignedOn: { gte: monthStart(2), lte: day } }, _count: { _all: true } }),
            db.recommendation.groupBy({ by: ["unitId", "status"], where: { sentOn: { gte: monthStart(11), lte: day } }, _count: { _all: true } }),
            db.report.findMany({
              where: { periodStart: { gte: monthStart(3) }, firstSubmittedOn: { not: null } },
              select: { unitId: true, dueOn: true, firstSubmittedOn: true },
            }),
          ]);
          const provinceOf = new Map(units.map((u) => [u.id, u.path.split("/")[1]]));
          const totals = new Map<string, number>();
          for (const g of [...meetings, ...tasks, ...recs])
            totals.set(provinceOf.get(g.unitId) ?? "", (totals.get(provinceOf.get(g.unitId) ?? "") ?? 0) + g._count._all);
          for (const r of reports) totals.set(provinceOf.get(r.unitId) ?? "", (totals.get(provinceOf.get(r.unitId) ?? "") ?? 0) + 1);
          return totals.size;
        },
      },
    );
  }

  const results: Result[] = [];
  for (const v of views) {
    // Warm-up round; a read slower than half a second (a raw-row baseline at national scale) gets 3 calls a
    // round instead of PER_ROUND, so the run ends in minutes.
    const first = performance.now();
    let rows = await v.read();
    const perRound = performance.now() - first > 500 ? 3 : PER_ROUND;
    for (let i = 1; i < perRound; i++) rows = await v.read();
    const medians: number[] = [];
    const p95s: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const times: number[] = [];
      for (let i = 0; i < perRound; i++) {
        const t = performance.now();
        await v.read();
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      medians.push(times[Math.floor((times.length - 1) / 2)]);
      p95s.push(times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)]);
    }
    results.push({ database, view: v.view, variant: v.variant, medians, p95s, rows: String(rows) });
    process.stderr.write(`   ${v.view} (${v.variant}): ${medians.map((m) => m.toFixed(1)).join(", ")} ms\n`);
  }
  await db.$disconnect();
  console.log(JSON.stringify(results));
}
