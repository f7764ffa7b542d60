// npm run bench:national — the national scale, out of CI (it writes about 15 GB per database and takes
// several minutes each): generates it once into tmp/national.db (SQLite) and, with BENCH_POSTGRES_URL, into
// the PostgreSQL database bench_national on that server (kept between runs: delete the file or drop the
// database to generate again); times a full rollup rebuild on each (target ≤ 60 s) and runs the query
// benchmark (scripts/bench/queries.ts) on each. Appends to docs/BENCHMARKS.md unless BENCH_NO_REPORT=1.
// `npm run bench:national -- --scale national-2025`: the two-level country instead (34 provinces, 3,321
// communes directly under them, from 1/7/2025 to the fixed day 2026-12-04, about 1 GB per database) in
// tmp/national-2025.db and bench_national_2025, measured on that day: today's province page and the national
// overview.
import { heading, machine, publish } from "./report.mjs";
import { nationalDatabases, nationalScale, runTsx } from "./national-db.mjs";

const { scale, twoLevel, day: DAY, dbName } = nationalScale();
const run = (args, env, capture = false) => runTsx(DAY, args, env, capture);
const databases = await nationalDatabases({ scale, day: DAY, dbName });

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
