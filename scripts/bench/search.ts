// npm run bench:search [-- --scale national-2025|national] — search across records (/search, decision 0036)
// on the national generator's data, SQLite and (with BENCH_POSTGRES_URL) PostgreSQL: unaccented phrases of
// one to four words as three readers (the administrator: the whole country; Quảng Ninh's reviewer or overview:
// one province; a commune's bloc head: one commune), the way the page calls it (30 hits, best first, with
// their units and text). One warm-up round, then 5 rounds of 20 calls per query; the table gives the median
// over rounds of each round's median and p95, and the number of hits. The databases are generated once and kept
// (scripts/bench/national-db.mjs); a database generated before the search index had documents is indexed first.
// Appended to docs/BENCHMARKS.md unless BENCH_NO_REPORT=1. Each database is measured by a child process of its own.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { heading, machine, publish } from "./report.mjs";
import { nationalDatabases, nationalScale } from "./national-db.mjs";

const root = path.resolve(import.meta.dirname, "..", "..");
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PER_ROUND = Number(process.env.BENCH_PER_ROUND ?? 20);
const QUERIES = ["khoi dan van", "ho ngheo", "ve sinh moi truong", "tuyen truyen phap luat ve dat dai", "cu tri", "nguyen van"];

interface Row {
  reader: string;
  query: string;
  median: number;
  p95: number;
  hits: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

if (process.env.BENCH_SEARCH_CHILD) await child();
else await parent();

async function parent() {
  const scale = nationalScale();
  const databases = await nationalDatabases(scale);
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  const sections: string[] = [];
  for (const d of databases) {
    const run = spawnSync(tsx, ["--conditions", "react-server", path.join(import.meta.dirname, "search.ts")], {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
      encoding: "utf8",
      env: { ...process.env, BENCH_SEARCH_CHILD: "1", DATABASE_URL: d.url, APP_TODAY: scale.day, LOG_LEVEL: "error" },
    });
    if (run.status !== 0) throw new Error(`search benchmark on ${d.label} failed`);
    const { rows, documents, indexed } = JSON.parse(run.stdout.trim().split("\n").at(-1)!) as { rows: Row[]; documents: number; indexed: string };
    const worst = Math.max(...rows.map((r) => r.median));
    sections.push(
      [
        `**${d.label}**: ${documents.toLocaleString("en")} documents${indexed}; slowest median ${worst.toFixed(1)} ms.`,
        "",
        "| reader | query | median ms | p95 ms | hits |",
        "| --- | --- | ---: | ---: | ---: |",
        ...rows.map((r) => `| ${r.reader} | ${r.query} | ${r.median.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.hits} |`),
      ].join("\n"),
    );
  }
  const report = [
    heading(`npm run bench:search -- --scale ${scale.scale}`),
    "",
    `Machine: ${machine()}. ${ROUNDS} rounds of ${PER_ROUND} calls per query after a warm-up round; medians over rounds.`,
    "",
    sections.join("\n\n"),
    "",
  ].join("\n");
  console.log(report);
  if (process.env.BENCH_NO_REPORT !== "1") publish(report);
}

async function child() {
  const { db } = await import("../../lib/db");
  const { searchRecords } = await import("../../lib/search/queries");
  const { rebuildSearchIndex } = await import("../../lib/search/index");
  const { loadActor } = await import("../../lib/auth/actor");
  let indexed = "";
  if (!(await db.searchDocument.count())) {
    const started = Date.now();
    await rebuildSearchIndex(db);
    indexed = ` (indexed by this run in ${((Date.now() - started) / 1000).toFixed(0)} s)`;
  }
  const documents = await db.searchDocument.count();
  // Readers as the app builds them: a user with one assignment and a session, on the business day.
  const day = new Date(`${process.env.APP_TODAY}T00:00:00Z`);
  const province = await db.unit.findFirstOrThrow({ where: { code: "22", level: "PROVINCE" } });
  const commune = await db.unit.findFirstOrThrow({
    where: { level: "COMMUNE", path: { startsWith: province.path }, validFrom: { lte: day }, OR: [{ validTo: null }, { validTo: { gte: day } }] },
    orderBy: { code: "asc" },
  });
  const reader = async (role: "ADMIN" | "OVERVIEW" | "BLOC_HEAD", unitId: string) => {
    const user = await db.user.create({
      data: { username: `bench-search-${role.toLowerCase()}-${Date.now()}`, displayName: "Bench", mustChangePassword: false },
    });
    await db.roleAssignment.create({ data: { userId: user.id, role, unitId, validFrom: new Date("2000-01-01T00:00:00Z") } });
    const session = await db.session.create({ data: { userId: user.id } });
    const loaded = await loadActor(db, session.id, day);
    if (!("actor" in loaded)) throw new Error("no actor");
    return loaded.actor;
  };
  const readers = [
    { label: "administrator (country)", actor: await reader("ADMIN", province.id) },
    { label: "province overview", actor: await reader("OVERVIEW", province.id) },
    { label: `commune head (${commune.name})`, actor: await reader("BLOC_HEAD", commune.id) },
  ];
  const rows: Row[] = [];
  for (const r of readers) {
    for (const query of QUERIES) {
      let hits = 0;
      for (let i = 0; i < 3; i++) hits = (await searchRecords(r.actor, query)).length;
      const medians: number[] = [];
      const p95s: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const times: number[] = [];
        for (let i = 0; i < PER_ROUND; i++) {
          const started = performance.now();
          await searchRecords(r.actor, query);
          times.push(performance.now() - started);
        }
        medians.push(median(times));
        p95s.push(p95(times));
      }
      rows.push({ reader: r.label, query, median: median(medians), p95: median(p95s), hits });
    }
  }
  await db.user.updateMany({ where: { username: { startsWith: "bench-search-" } }, data: { status: "DISABLED" } });
  await db.$disconnect();
  console.log(JSON.stringify({ rows, documents, indexed }));
}
