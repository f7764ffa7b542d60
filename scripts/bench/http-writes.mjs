// npm run bench:http-writes — meeting saves over HTTP as the user makes them (the meeting form's server
// action posted as a browser without JavaScript posts it, scripts/bench/load.mjs) against `next start` on
// SQLite and on PostgreSQL with the demo data. Target: at least 120 saves a second at p95 ≤ 150 ms, zero
// errors, on both databases. Between runs it measures the floor, the health check on the same server: what
// any request costs the one server process before the save's own work.
//
// BENCH_BEFORE=<git ref> also measures that commit in the same run (before and after a change): it is
// checked out in a worktree in the system's temporary folder, built, and served from its own copy of the same database; the runs
// of the two alternate (before, after, before, after…) so that the machine's noise falls on both alike.
// Each database and version: a 3 s warm-up, then BENCH_RUNS (5) runs of BENCH_SECONDS (5 s) with 8
// connections; the server pinned to CPU 0, this load generator to CPU 1. Median of the runs' saves a second
// and of their p95. PostgreSQL: BENCH_POSTGRES_URL (or TEST_POSTGRES_URL, else the local server); skipped
// with a note when it does not answer. Appended to docs/BENCHMARKS.md unless BENCH_NO_REPORT=1.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { signInAt } from "../reliability/server.mjs";
import { load, median, meetingSave } from "./load.mjs";
import { heading, machine, publish } from "./report.mjs";

const root = path.resolve(import.meta.dirname, "..", "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

if (!process.env.BENCH_PINNED && os.cpus().length > 1) {
  const child = spawnSync("taskset", ["-c", "1", process.execPath, import.meta.filename], { stdio: "inherit", env: { ...process.env, BENCH_PINNED: "1" } });
  process.exit(child.status ?? 1);
}

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 8;
const FLOOR_SECONDS = 2;
const TARGET = { rps: 120, p95: 150 };
const dir = path.join(root, "tmp", "bench-writes");
mkdirSync(dir, { recursive: true });
const sh = (args, { cwd = root, env = process.env } = {}) => {
  const run = spawnSync(args[0], args.slice(1), { cwd, stdio: ["ignore", "ignore", "inherit"], env });
  if (run.status !== 0) throw new Error(`${args.join(" ")} failed`);
};
const git = (...args) => spawnSync("git", args, { cwd: root, encoding: "utf8" }).stdout.trim();

// The versions measured: the commit named by BENCH_BEFORE (built in a worktree) and the working tree.
const versions = [];
if (process.env.BENCH_BEFORE) {
  const ref = process.env.BENCH_BEFORE;
  const commit = git("rev-parse", "--verify", `${ref}^{commit}`);
  if (!commit) throw new Error(`BENCH_BEFORE=${ref} is not a commit`);
  // Outside the project: a worktree nested in it resolves some packages from the project's own
  // node_modules and builds with two copies of React.
  const tree = path.join(os.tmpdir(), "bloc-portal-bench-before");
  const built = path.join(tree, ".next-test", "BUILD_ID");
  if (!existsSync(tree) || git("-C", tree, "rev-parse", "HEAD") !== commit || !existsSync(built)) {
    spawnSync("git", ["worktree", "remove", "--force", tree], { cwd: root, stdio: "ignore" });
    rmSync(tree, { recursive: true, force: true });
    spawnSync("git", ["worktree", "prune"], { cwd: root });
    sh(["git", "worktree", "add", "--detach", tree, commit]);
    // Turbopack does not resolve packages through a symlink that leaves the project: the dependencies are
    // linked in file by file (hard links, no copy of the bytes) and the generated clients copied.
    sh(["cp", "-al", path.join(root, "node_modules"), path.join(tree, "node_modules")]);
    sh(["cp", "-r", path.join(root, "generated"), path.join(tree, "generated")]);
    process.stderr.write(`… production build of ${ref} (${commit.slice(0, 7)})\n`);
    try {
      sh([path.join(tree, "node_modules", ".bin", "next"), "build"], {
        cwd: tree,
        env: { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: ".next-test", NEXT_TELEMETRY_DISABLED: "1" },
      });
    } catch (error) {
      // A failed build can leave its BUILD_ID behind: the next run must not take it for a finished one.
      rmSync(path.join(tree, ".next-test"), { recursive: true, force: true });
      throw error;
    }
  }
  versions.push({ name: `before (${ref}, ${commit.slice(0, 7)})`, cwd: tree, port: 3991 });
}
if (!existsSync(path.join(root, ".next-test", "BUILD_ID"))) {
  process.stderr.write("… production build (.next-test)\n");
  sh([bin("next"), "build"], { env: { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: ".next-test", NEXT_TELEMETRY_DISABLED: "1" } });
}
const head = git("rev-parse", "--short", "HEAD");
versions.push({
  name: `after (working tree on ${head}${git("status", "--porcelain", "--untracked-files=no") ? ", with changes" : ""})`,
  cwd: root,
  port: 3992,
});

// The databases: one prepared copy with the demo data, then one copy of it per version.
const seed = (url) => {
  const env = { ...process.env, DATABASE_URL: url, DEMO_MODE: "1", APP_TODAY: "2018-08-13" };
  sh([bin("tsx"), "scripts/db/cli.ts", "migrate"], { env });
  sh([bin("tsx"), "scripts/seed.ts", "--demo"], { env });
};
const databases = [];
{
  const template = path.join(dir, "template.db");
  rmSync(template, { force: true });
  process.stderr.write("… SQLite: migrations, reference and demo data\n");
  seed(`file:${template}`);
  databases.push({
    name: "SQLite",
    urlFor: (i) => {
      const file = path.join(dir, `v${i}.db`);
      for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
      copyFileSync(template, file);
      return `file:${file}`;
    },
  });
}
const pgUrl = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const admin = new pg.Client({ connectionString: pgUrl });
const pgNote = await admin.connect().then(
  () => null,
  (e) => `PostgreSQL at ${pgUrl.replace(/\/\/[^@]*@/, "//")} did not answer (${e.message}): skipped`,
);
if (!pgNote) {
  const named = (db) => Object.assign(new URL(pgUrl), { pathname: `/${db}` }).toString();
  await admin.query('DROP DATABASE IF EXISTS "bench_writes_template" WITH (FORCE)');
  await admin.query('CREATE DATABASE "bench_writes_template"');
  process.stderr.write("… PostgreSQL: migrations, reference and demo data\n");
  seed(named("bench_writes_template"));
  databases.push({
    name: "PostgreSQL",
    urlFor: async (i) => {
      await admin.query(`DROP DATABASE IF EXISTS "bench_writes_v${i}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "bench_writes_v${i}" TEMPLATE "bench_writes_template"`);
      return named(`bench_writes_v${i}`);
    },
  });
}

async function serve(version, url) {
  const base = `http://127.0.0.1:${version.port}`;
  if (
    await fetch(`${base}/api/health`).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`port ${version.port} is already in use: stop that server first`);
  const server = spawn("taskset", ["-c", "0", path.join(version.cwd, "node_modules", ".bin", "next"), "start", "-p", String(version.port), "-H", "127.0.0.1"], {
    cwd: version.cwd,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: url,
      APP_TODAY: "2018-08-13",
      DEMO_MODE: "1",
      NEXT_DIST_DIR: ".next-test",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_SECRET: "bench-writes-secret-not-for-production-0123456789",
      NEXTAUTH_URL: base,
      LOG_LEVEL: "error",
      FILES_DIR: path.join(dir, `files-${version.port}`),
    },
  });
  const exited = new Promise((r) => server.once("exit", r));
  for (
    let i = 0;
    i < 240 &&
    !(await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    ));
    i++
  )
    await new Promise((r) => setTimeout(r, 250));
  return {
    base,
    stop: async () => {
      server.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      server.kill("SIGKILL");
    },
  };
}

const results = [];
for (const database of databases) {
  const running = [];
  try {
    for (const [i, version] of versions.entries()) {
      const server = await serve(version, await database.urlFor(i));
      running.push(server);
      const scenario = await meetingSave(server.base, await signInAt(server.base, "xa-06922"));
      process.stderr.write(`… ${database.name}, ${version.name}: warm-up\n`);
      await load(scenario, 3, CONNECTIONS);
      results.push({ database: database.name, version: version.name, scenario, floorScenario: { url: `${server.base}/api/health` }, runs: [], floor: [] });
    }
    const mine = results.filter((r) => r.database === database.name);
    for (let run = 0; run < RUNS; run++) {
      for (const r of mine) {
        r.runs.push(await load(r.scenario, SECONDS, CONNECTIONS));
        // The floor: the health check (a route handler through the proxy, one SELECT 1), as many connections.
        r.floor.push(await load(r.floorScenario, FLOOR_SECONDS, CONNECTIONS));
      }
      process.stderr.write(
        `   run ${run + 1}/${RUNS}: ${mine.map((r) => `${r.runs.at(-1).rps.toFixed(1)}/s p95 ${r.runs.at(-1).p95} ms (health ${r.floor.at(-1).rps.toFixed(0)}/s)`).join(" · ")}\n`,
      );
    }
  } finally {
    for (const s of running) await s.stop();
  }
}
await admin.end().catch(() => undefined);

const f = (x, d = 1) => Number(x).toFixed(d);
const rows = results.map((r) => {
  const { database, version, runs } = r;
  const rps = median(runs.map((r) => r.rps));
  const p95 = median(runs.map((r) => r.p95));
  const wrong = runs.reduce((a, r) => a + r.wrong, 0);
  const errors = runs.reduce((a, r) => a + r.errors, 0);
  const why = runs.find((r) => r.firstWrong)?.firstWrong;
  const met = rps >= TARGET.rps && p95 <= TARGET.p95 && !wrong && !errors;
  const floor = median(r.floor.map((x) => x.rps));
  return `| ${database} | ${version} | **${f(rps)}** | ${f(1000 / rps)} | ${f(floor, 0)} (${f(1000 / floor)} ms) | ${f(Math.min(...runs.map((r) => r.rps)))}–${f(Math.max(...runs.map((r) => r.rps)))} | **${f(p95)}** | ${f(Math.min(...runs.map((r) => r.p95)))}–${f(Math.max(...runs.map((r) => r.p95)))} | ${wrong}${why ? ` (${why})` : ""} | ${errors} | ${met ? "yes" : "no"} |`;
});
publish(
  [
    heading("npm run bench:http-writes", process.env.BENCH_BEFORE ? ` (BENCH_BEFORE=${process.env.BENCH_BEFORE})` : ""),
    "",
    `Machine: ${machine()}. \`next start\` pinned to CPU 0, autocannon ${CONNECTIONS} connections pinned to CPU 1; meeting saves of commune 06922 (the demo data) through the form's server action, each answered by a 303 to the saved meeting. Warm-up 3 s, then ${RUNS} runs of ${SECONDS} s per database and version, the versions' runs alternating. Target: ≥ ${TARGET.rps} saves/s at p95 ≤ ${TARGET.p95} ms, no error.`,
    "",
    `The floor: between runs, ${FLOOR_SECONDS} s of \`GET /api/health\` on the same server (a route handler through the proxy that runs one \`SELECT 1\`), the least a request costs the one server process; "ms per save" is the server's time per save at that rate (it is saturated).`,
    "",
    "| database | version | saves/s (median) | ms per save | health req/s (median; ms each) | spread | p95 ms (median) | p95 spread | wrong status | socket errors | target met |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
    ...rows,
    ...(pgNote ? ["", pgNote] : []),
    "",
  ].join("\n"),
);
