// npm run bench:national — the national scale, out of CI (it writes about 15 GB per database and takes
// several minutes each): generates it once into tmp/national.db (SQLite) and, with BENCH_POSTGRES_URL, into
// the PostgreSQL database bench_national on that server (kept between runs: delete the file or drop the
// database to generate again); times a full rollup rebuild on each (target ≤ 60 s) and runs the query
// benchmark (scripts/bench/queries.ts) on each. Appends to docs/BENCHMARKS.md unless BENCH_NO_REPORT=1.
// `npm run bench:national -- --scale national-2025`: the two-level country instead (34 provinces, 3,321
// communes directly under them, from 1/7/2025 to the fixed day 2026-12-04, about 1 GB per database) in
// tmp/national-2025.db and bench_national_2025, measured on that day: today's province page and the national
// overview.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { heading, machine, publish } from "./report.mjs";

const root = path.resolve(import.meta.dirname, "..", "..");
const scaleAt = process.argv.indexOf("--scale");
const scale = scaleAt > 0 ? process.argv[scaleAt + 1] : "national";
if (scale !== "national" && scale !== "national-2025") throw new Error(`--scale national or --scale national-2025, not ${scale}`);
const twoLevel = scale === "national-2025";
/** The two-level scale's business day: fixed, so that runs on different days compare. */
const DAY = twoLevel ? "2026-12-04" : "2018-08-13";
const dbName = twoLevel ? "bench_national_2025" : "bench_national";
const tsx = path.join(root, "node_modules", ".bin", "tsx");
mkdirSync(path.join(root, "tmp"), { recursive: true });
const run = (args, env, capture = false) => {
  const r = spawnSync(tsx, args, {
    cwd: root,
    stdio: ["ignore", capture ? "pipe" : "inherit", "inherit"],
    encoding: "utf8",
    env: { ...process.env, APP_TODAY: DAY, BENCH_DAY: DAY, LOG_LEVEL: "error", ...env },
  });
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed`);
  return r.stdout;
};

const databases = [];
const sqliteFile = path.join(root, "tmp", `${scale}.db`);
const sqliteUrl = `file:${sqliteFile}`;
const hasMeetings = (file) => {
  try {
    const d = new Database(file, { readonly: true });
    const n = d.prepare('SELECT COUNT(*) AS n FROM (SELECT 1 FROM "Meeting" LIMIT 1)').get().n;
    d.close();
    return n > 0;
  } catch {
    return false;
  }
};
if (!existsSync(sqliteFile) || !hasMeetings(sqliteFile)) {
  process.stderr.write(`… generating the ${scale} scale into ${sqliteFile}\n`);
  run(["scripts/db/cli.ts", "migrate"], { DATABASE_URL: sqliteUrl });
  run(["scripts/seed.ts"], { DATABASE_URL: sqliteUrl });
  run(["scripts/generate.ts", "--scale", scale], { DATABASE_URL: sqliteUrl });
}
databases.push({ label: `${scale} · SQLite`, url: sqliteUrl });

if (process.env.BENCH_POSTGRES_URL) {
  const admin = new pg.Client({ connectionString: process.env.BENCH_POSTGRES_URL });
  await admin.connect();
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [dbName])).rowCount > 0;
  if (!exists) await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const url = new URL(process.env.BENCH_POSTGRES_URL);
  url.pathname = `/${dbName}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  const generated = await client.query('SELECT 1 FROM "Meeting" LIMIT 1').then(
    (r) => r.rowCount > 0,
    () => false,
  );
  await client.end();
  if (!generated) {
    process.stderr.write(`… generating the ${scale} scale into PostgreSQL (${dbName})\n`);
    run(["scripts/db/cli.ts", "migrate"], { DATABASE_URL: url.toString() });
    run(["scripts/seed.ts"], { DATABASE_URL: url.toString() });
    run(["scripts/generate.ts", "--scale", scale], { DATABASE_URL: url.toString() });
  }
  databases.push({ label: `${scale} · PostgreSQL`, url: url.toString() });
}

const lines = [];
for (const d of databases) {
  process.stderr.write(`… rollup rebuild, ${d.label}\n`);
  const started = performance.now();
  const out = run(["scripts/rollups.ts"], { DATABASE_URL: d.url }, true);
  const seconds = (performance.now() - started) / 1000;
  lines.push(
    `- ${d.label}: full rebuild ${seconds.toFixed(1)} s wall (target ≤ 60 s: ${seconds <= 60 ? "met" : "missed"}), per table: ${out
      .trimEnd()
      .split("\n")
      .filter((l) => l.startsWith("  "))
      .map((l) => l.trim())
      .join("; ")}`,
  );
}
const report = [
  heading(`npm run bench:national${twoLevel ? " -- --scale national-2025" : ""}`, ": rollup rebuild"),
  "",
  twoLevel
    ? `Machine: ${machine()}. \`npm run db:rollups:rebuild\` on the two-level country (\`npm run demo:generate -- --scale national-2025 --until ${DAY}\`: 3,321 communes directly under 34 provinces, 1/7/2025 to ${DAY}).`
    : `Machine: ${machine()}. \`npm run db:rollups:rebuild\` on the national scale (\`npm run demo:generate -- --scale national\`: 10,125 communes, about 700 districts, 63 provinces, 10 years; 4.8 million meetings).`,
  "",
  ...lines,
  "",
].join("\n");
publish(report);
run(["scripts/bench/queries.ts"], { BENCH_DATABASES: databases.map((d) => `${d.label}=${d.url}`).join(",") });
