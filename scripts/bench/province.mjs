// npm run bench:pages: server time of the province overview, the district page, a commune workspace, the new-meeting form, the report and
// supervision overviews, and the province page's
// first-load JavaScript, against a production build with the demo data. Two calibrations: a static file
// served by the same server (same network path, no rendering) and a signed-in page with no data of its own
// (the account page: session, layout and rendering, the framework's floor for any page). Median, p95 and
// spread of 200 runs (a p95 of 60 moved by 3 ms between runs) after 5 warm-up runs; results are appended to docs/BENCHMARKS.md with the date and the machine.
import { spawn } from "node:child_process";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { heading, machine, publish } from "./report.mjs";

const root = path.resolve(import.meta.dirname, "..", "..");
const port = process.env.BENCH_PORT ?? "3931";
const base = `http://127.0.0.1:${port}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARMUP = 5;

// BENCH_DATABASE_URL: measure against an existing database (e.g. one from npm run demo:generate, with the demo
// accounts added by DEMO_MODE=1 npm run db:seed -- --demo-accounts) instead of a fresh demo database.
// BENCH_DAY: the business day of the server (default 2018-08-13). A day from 1/7/2025 measures today's
// pages instead: the province page of the two-level government as its reviewer (tinh-dv) and as the
// overview (tinh), a 2025 commune's workspace, meeting form and supervision, the province's reports and
// supervision; e.g. on the two-level national scale (npm run bench:national -- --scale national-2025):
//   BENCH_DAY=2026-12-04 BENCH_DATABASE_URL=file:./tmp/national-2025.db npm run bench:pages
const dataset = process.env.BENCH_DATABASE_URL;
const DAY = process.env.BENCH_DAY ?? "2018-08-13";
const twoLevel = DAY >= "2025-07-01";
/** A unit of 2025 (phường Mạo Khê, Quảng Ninh) whose demo head signs in as xa-07069. */
const TODAY_COMMUNE = "07069";
const server = dataset
  ? spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", port, "-H", "127.0.0.1"], {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
      env: {
        ...process.env,
        DATABASE_URL: dataset,
        APP_TODAY: DAY,
        DEMO_MODE: "1",
        NEXT_DIST_DIR: ".next-test",
        NODE_ENV: "production",
        NEXTAUTH_SECRET: "bench-secret-not-for-production-0123456789",
        NEXTAUTH_URL: base,
        LOG_LEVEL: "info",
      },
    })
  : spawn(process.execPath, [path.join(root, "scripts", "e2e-server.mjs")], {
      cwd: root,
      env: { ...process.env, E2E_PORT: port, E2E_LOG_LEVEL: "info", E2E_TODAY: DAY },
      stdio: ["ignore", "pipe", "inherit"],
    });
// The server's own time of each request (lib/request-times.ts: from its head parsed to its last byte
// sent), from its log, by the request id the benchmark sends.
const serverMs = new Map();
let pending = "";
server.stdout.on("data", (chunk) => {
  const lines = (pending + chunk).split("\n");
  pending = lines.pop();
  for (const line of lines) {
    if (!line.includes('"request done"')) continue;
    try {
      const { requestId, ms } = JSON.parse(line);
      if (requestId?.startsWith("bench-")) serverMs.set(requestId, ms);
    } catch {}
  }
});
const stop = () => server.kill("SIGTERM");
process.on("exit", stop);

async function waitUp() {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not start");
}

async function signIn(username) {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const cookie = csrfRes.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrfToken } = await csrfRes.json();
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, username, password: "Demo@2018", json: "true" }),
  });
  const set = res.headers.getSetCookie().map((c) => c.split(";")[0]);
  if (!set.some((c) => c.includes("session-token"))) {
    throw new Error(
      `${username} could not sign in: a generated database needs the demo accounts (DEMO_MODE=1 DATABASE_URL=… npm run db:seed -- --demo-accounts)`,
    );
  }
  return [cookie, ...set].join("; ");
}

let sent = 0;
const quantiles = (samples) => {
  samples.sort((a, b) => a - b);
  const q = (p) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))];
  return { median: q(0.5), p10: q(0.1), p90: q(0.9), p95: q(0.95), min: samples[0], max: samples.at(-1) };
};

async function time(url, cookie) {
  const samples = [];
  const ids = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const id = `bench-${++sent}-${process.pid}`;
    const start = performance.now();
    const res = await fetch(url, { headers: { cookie, "x-request-id": id } });
    await res.arrayBuffer();
    // A lost session redirects to the sign-in page, which answers 200 quickly: measured as the page, it
    // looked faster than the floor (a database without the demo accounts did that once).
    if (res.status !== 200 || res.redirected) throw new Error(`${url}: ${res.status}${res.redirected ? ` (redirected to ${res.url})` : ""}`);
    if (i >= WARMUP) {
      samples.push(performance.now() - start);
      ids.push(id);
    }
  }
  // The log line may follow the response by a moment.
  for (let i = 0; i < 50 && !ids.every((id) => serverMs.has(id)); i++) await new Promise((r) => setTimeout(r, 20));
  const server = ids.map((id) => serverMs.get(id)).filter((ms) => ms !== undefined);
  return { ...quantiles(samples), server: server.length ? quantiles(server) : null };
}

async function firstLoadJs(cookie) {
  const html = await (await fetch(`${base}/province`, { headers: { cookie } })).text();
  // Scripts marked noModule (Next's legacy polyfills) are neither fetched nor run by current browsers.
  const srcs = [
    ...new Set([...html.matchAll(/<script([^>]*)>/g)].filter((m) => !/noModule/i.test(m[1])).flatMap((m) => /src="([^"]+)"/.exec(m[1])?.[1] ?? [])),
  ];
  let raw = 0;
  let gz = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    raw += body.length;
    gz += gzipSync(body, { level: 9 }).length;
  }
  return { files: srcs.length, raw, gz };
}

try {
  await waitUp();
  const official = await signIn("tinh");
  const html = await (await fetch(`${base}/province`, { headers: { cookie: official } })).text();
  const css = html.match(/href="(\/_next\/static\/[^"]+\.css)"/)?.[1];
  // BENCH_ONLY=signedInFloor,province: only those requests (static always, for the ratio).
  const only = process.env.BENCH_ONLY?.split(",");
  const reviewer = twoLevel ? await signIn("tinh-dv") : null;
  const [district, head] = twoLevel ? [null, await signIn(`xa-${TODAY_COMMUNE}`)] : [await signIn("huyen-201"), await signIn("xa-06928")];
  const pages = twoLevel
    ? {
        signedInFloor: () => time(`${base}/account`, official),
        provinceToday: () => time(`${base}/province`, reviewer),
        provinceTodayOverview: () => time(`${base}/province`, official),
        provinceTodayByFormerDistrict: () => time(`${base}/province?group=district`, reviewer),
        commune: () => time(`${base}/communes/${TODAY_COMMUNE}`, head),
        meetingForm: () => time(`${base}/communes/${TODAY_COMMUNE}/meetings/new`, head),
        provinceReports: () => time(`${base}/province/reports`, reviewer),
        provinceSupervision: () => time(`${base}/province/supervision`, reviewer),
        communeSupervision: () => time(`${base}/communes/${TODAY_COMMUNE}/supervision`, head),
      }
    : {
        signedInFloor: () => time(`${base}/account`, official),
        province: () => time(`${base}/province?asOf=2018-08-13`, official),
        province2025: () => time(`${base}/province?asOf=2025-07-01`, official),
        district: () => time(`${base}/districts/201`, district),
        commune: () => time(`${base}/communes/06928`, head),
        meetingForm: () => time(`${base}/communes/06928/meetings/new`, head),
        districtReports: () => time(`${base}/districts/201/reports`, district),
        provinceReports: () => time(`${base}/province/reports`, official),
        provinceSupervision: () => time(`${base}/province/supervision`, official),
        communeSupervision: async () => time(`${base}/communes/06922/supervision`, await signIn("xa-06922")),
      };
  const results = { static: await time(`${base}${css}`, "") };
  for (const [name, run] of Object.entries(pages)) if (!only || only.includes(name)) results[name] = await run();

  const js = await firstLoadJs(official);
  const f = (n) => n.toFixed(1);
  const server = (r) => (r.server ? `${f(r.server.median)} | ${f(r.server.p95)}` : "— | —");
  const rows = Object.entries(results).map(
    ([name, r]) =>
      `| ${name} | ${server(r)} | ${f(r.median)} | ${f(r.p95)} | ${f(r.p10)}–${f(r.p90)} | ${f(r.min)}–${f(r.max)} | ${f(r.median / results.static.median)}× | ${name === "static" ? "" : `${f(r.median - results.signedInFloor.median)}`} |`,
  );
  const engine = dataset?.startsWith("postgres") ? "PostgreSQL" : "SQLite";
  const report = [
    heading(
      `${twoLevel ? `BENCH_DAY=${DAY} ` : ""}${dataset ? `BENCH_DATABASE_URL=${dataset} ` : ""}${only ? `BENCH_ONLY=${only.join(",")} ` : ""}npm run bench:pages`,
    ),
    "",
    `Machine: ${machine()}; ${engine}, ${dataset ? `generated data (${dataset})` : "demo data"}, business day ${DAY}; server and client on the same machine (loopback), sequential requests.`,
    `${RUNS} timed runs after ${WARMUP} warm-up runs. Times in ms: server time from the server's own log (request head parsed to last byte sent, compression included); then wall clock at the client, including transfer and the client's own work.`,
    "",
    "| request | server median | server p95 | client median | client p95 | client p10–p90 | client min–max | vs static file | client median over the signed-in floor |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
    `First-load JavaScript of /province: ${js.files} files, ${(js.raw / 1024).toFixed(1)} KiB raw, ${(js.gz / 1024).toFixed(1)} KiB gzipped, without the noModule polyfills (target < 200 KiB).`,
    "",
  ].join("\n");
  publish(report);
} finally {
  stop();
}
