// npm run bench:http — HTTP load with autocannon against `next start` (the production build in .next-test) on
// SQLite with the province-scale generated data and the demo accounts: the server pinned to CPU 0, this load
// generator to CPU 1. Scenarios: a static file (the calibration: same server and network path, no
// rendering), the sign-in page, the province page, a district page, and a meeting save through the meeting
// form's server action (an extraordinary meeting with attendance and two content items, each with a new
// submission id, posted as a browser without JavaScript posts it; a 303 to the saved meeting is a success).
// No new tasks: every save is in the same commune, so each meeting would carry every task of the meetings
// before it (thousands after a minute; measured 2026-11-27 11:53: 15.8 saves/s, event loop max 613 ms).
// `bench:http-writes` measures the save alone, on both databases, before and after a change.
// The meeting save: scripts/bench/load.mjs. Each scenario: a 3 s warm-up, then 5 runs of 5 s with 8 connections; requests per second and p95 latency
// per run (median and spread), wrong statuses and socket errors, and the server's event-loop delay during the
// runs (scripts/bench/event-loop-probe.mjs). Then the first-load JavaScript (gzipped) of each route, as the
// browser fetches it: the <script src> files of the served page (not the noModule polyfills). Appended to docs/BENCHMARKS.md unless
// BENCH_NO_REPORT=1.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { signInAt } from "../reliability/server.mjs";
import { load, median, meetingSave } from "./load.mjs";
import { heading, machine, publish } from "./report.mjs";

const root = path.resolve(import.meta.dirname, "..", "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const cpus = os.cpus().length;

// The load generator on its own core (the server gets the other).
if (!process.env.BENCH_PINNED && cpus > 1) {
  const child = spawnSync("taskset", ["-c", "1", process.execPath, import.meta.filename], { stdio: "inherit", env: { ...process.env, BENCH_PINNED: "1" } });
  process.exit(child.status ?? 1);
}

const port = process.env.BENCH_PORT ?? "3981";
const base = `http://127.0.0.1:${port}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 8;
const dir = path.join(root, "tmp", "bench-http");
const eld = path.join(dir, "eld");
rmSync(dir, { recursive: true, force: true });
mkdirSync(eld, { recursive: true });
const env = {
  ...process.env,
  DATABASE_URL: `file:${path.join(dir, "portal.db")}`,
  APP_TODAY: "2018-08-13",
  DEMO_MODE: "1",
  NEXT_DIST_DIR: ".next-test",
  NEXT_TELEMETRY_DISABLED: "1",
  NEXTAUTH_SECRET: "bench-http-secret-not-for-production-0123456789",
  NEXTAUTH_URL: base,
  LOG_LEVEL: "error",
  FILES_DIR: path.join(dir, "files"),
};
const step = (args, extra = {}) => {
  const run = spawnSync(args[0], args.slice(1), { cwd: root, stdio: ["ignore", "ignore", "inherit"], env: { ...env, ...extra } });
  if (run.status !== 0) throw new Error(`${args.join(" ")} failed`);
};
process.stderr.write("… database: migrations, reference data, province-scale generated data, demo accounts\n");
step([bin("tsx"), "scripts/db/cli.ts", "migrate"]);
step([bin("tsx"), "scripts/seed.ts"]);
step([bin("tsx"), "scripts/generate.ts", "--scale", "province"]);
step([bin("tsx"), "scripts/seed.ts", "--demo"]);
if (!existsSync(path.join(root, ".next-test", "BUILD_ID"))) {
  process.stderr.write("… production build (.next-test)\n");
  step([bin("next"), "build"], { NODE_ENV: "production" });
}
if (
  await fetch(`${base}/api/health`).then(
    () => true,
    () => false,
  )
)
  throw new Error(`port ${port} is already in use: stop that server first`);

const server = spawn("taskset", ["-c", "0", bin("next"), "start", "-p", port, "-H", "127.0.0.1"], {
  cwd: root,
  stdio: ["ignore", "ignore", "inherit"],
  env: {
    ...env,
    NODE_ENV: "production",
    ELD_DIR: eld,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${pathToFileURL(path.join(root, "scripts", "bench", "event-loop-probe.mjs")).href}`,
  },
});
process.on("exit", () => server.kill("SIGTERM"));
const phase = (name) => writeFileSync(path.join(eld, "phase"), name);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const run = (scenario, seconds) => load(scenario, seconds, CONNECTIONS);

try {
  for (
    let i = 0;
    i < 240 &&
    !(await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    ));
    i++
  )
    await sleep(250);
  const official = await signInAt(base, "tinh");
  const staff = await signInAt(base, "huyen-201");
  const head = await signInAt(base, "xa-06922");
  const provinceHtml = await (await fetch(`${base}/province`, { headers: { cookie: official } })).text();
  const css = provinceHtml.match(/href="(\/_next\/static\/[^"]+\.css)"/)?.[1];
  const scenarios = {
    "static file (calibration)": { url: `${base}${css}` },
    "sign-in page": { url: `${base}/login` },
    "province page": { url: `${base}/province`, headers: { cookie: official } },
    "district page": { url: `${base}/districts/201`, headers: { cookie: staff } },
    "meeting save (server action)": await meetingSave(base, head),
  };
  const rows = [];
  for (const [name, s] of Object.entries(scenarios).filter(([name]) => !process.env.BENCH_ONLY || name.includes(process.env.BENCH_ONLY))) {
    process.stderr.write(`… ${name}\n`);
    phase(`warmup ${name}`);
    await run(s, 3);
    phase(name);
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await run(s, SECONDS));
    phase(`after ${name}`);
    await sleep(300);
    rows.push({ name, runs });
    const wrongStatuses = runs.flatMap((r) => Object.entries(r.statuses));
    if (wrongStatuses.length)
      process.stderr.write(
        `   wrong statuses: ${wrongStatuses.map(([code, n]) => `${code}×${n}`).join(", ")}; first: ${runs.find((r) => r.firstWrong)?.firstWrong}\n`,
      );
  }
  phase("end");
  await sleep(400);
  const delays = Object.assign(
    {},
    ...readdirSync(eld)
      .filter((f) => f.endsWith(".json"))
      .map((f) => JSON.parse(readFileSync(path.join(eld, f), "utf8"))),
  );

  // First-load JavaScript per route, gzipped.
  const routes = [
    ["/login", "", "entry"],
    ["/communes/06922", head, "entry"],
    ["/communes/06922/meetings/new", head, "entry"],
    ["/communes/06922/reports", head, "entry"],
    ["/province", official, "dashboard"],
    ["/districts/201", staff, "dashboard"],
    ["/national", official, "dashboard"],
    ["/province/reports", official, "dashboard"],
  ];
  const js = [];
  const gzOf = new Map();
  for (const [route, cookie, kind] of routes) {
    const res = await fetch(`${base}${route}`, { headers: { cookie } });
    const html = await res.text();
    // Scripts marked noModule (Next's legacy polyfills) are neither fetched nor run by current browsers.
    const srcs = [
      ...new Set([...html.matchAll(/<script([^>]*)>/g)].filter((m) => !/noModule/i.test(m[1])).flatMap((m) => /src="([^"]+)"/.exec(m[1])?.[1] ?? [])),
    ];
    let gz = 0;
    for (const src of srcs) {
      if (!gzOf.has(src)) gzOf.set(src, gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer()), { level: 9 }).length);
      gz += gzOf.get(src);
    }
    js.push({ route, kind, status: res.status, files: srcs.length, kib: gz / 1024 });
  }

  const f = (x, d = 1) => x.toFixed(d);
  const calibration = median(rows[0].runs.map((r) => r.rps));
  const report = [
    heading("npm run bench:http"),
    "",
    `Machine: ${machine()}. \`next start\` pinned to CPU 0, autocannon ${CONNECTIONS} connections pinned to CPU 1; SQLite with the province-scale generated data (186 communes, 5 years) and the demo accounts. Warm-up 3 s, then ${RUNS} runs of ${SECONDS} s per scenario.`,
    "",
    "| scenario | requests/s (median) | spread | p95 ms (median) | p95 spread | vs static | wrong status | socket errors | event-loop delay p50 / p99 / max ms |",
    "|---|---|---|---|---|---|---|---|---|",
    ...rows.map(({ name, runs }) => {
      const rps = runs.map((r) => r.rps);
      const p95 = runs.map((r) => r.p95);
      const d = delays[name];
      return `| ${name} | ${f(median(rps))} | ${f(Math.min(...rps))}–${f(Math.max(...rps))} | ${f(median(p95))} | ${f(Math.min(...p95))}–${f(Math.max(...p95))} | ${f(median(rps) / calibration, 3)}× | ${runs.reduce((a, r) => a + r.wrong, 0)} | ${runs.reduce((a, r) => a + r.errors, 0)} | ${d ? `${d.p50} / ${d.p99} / ${d.max}` : "n/a"} |`;
    }),
    "",
    "First-load JavaScript per route (the served page's `<script src>` files except the `noModule` polyfills current browsers skip, gzipped level 9); targets: ≤ 150 KiB on data entry pages, ≤ 200 KiB on dashboards.",
    "",
    "| route | kind | status | files | KiB gzipped | target | met |",
    "|---|---|---|---|---|---|---|",
    ...js.map((j) => {
      const target = j.kind === "entry" ? 150 : 200;
      return `| ${j.route} | ${j.kind === "entry" ? "data entry" : "dashboard"} | ${j.status} | ${j.files} | ${f(j.kib)} | ${target} | ${j.kib <= target ? "yes" : `no (+${f(j.kib - target)})`} |`;
    }),
    "",
  ].join("\n");
  publish(report);
} finally {
  server.kill("SIGTERM");
}
