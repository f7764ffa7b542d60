// sqlmap (Debian's package) over every route that takes parameters: the query parameters of the pages and
// downloads, and the path parameters (a commune's code, a record's id, a file's name, marked with sqlmap's
// `*`) of the pages and file routes, each signed in as a user who may see it (a commune's bloc head, a
// district's staff, the province's reviewer, the administrator), on a production server (the build in
// .next-test) with the demo data on SQLite (sqlmap told so: its payloads for other database systems are
// skipped). Risk 1, four threads per target; level 2 on the first target (its payloads and the session
// cookies, the same on every target), level 1 on the others (heuristic, boolean-blind, inline and UNION
// payloads on every query and path parameter).
// Through scripts/reliability/nonce-proxy.mjs, so that a page is the same page on every request.
// `npm test` runs it when sqlmap is installed (CI installs it: apt-get install -y sqlmap) within a budget
// of SQLMAP_BUDGET_S seconds (default 600); past the budget the run fails and says so.
//   node scripts/reliability/sqlmap.mjs              (SQLMAP_ONLY=/admin/audit: only the targets holding that text)
// Prints, per target, whether sqlmap found any parameter injectable; exit 1 if it did or if a target was
// not tested to the end.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { startNonceProxy } from "./nonce-proxy.mjs";
import { prepareServer, root } from "./server.mjs";

if (spawnSync("sqlmap", ["--version"], { stdio: "ignore" }).status !== 0) {
  console.error("sqlmap is not installed: apt-get install -y sqlmap");
  process.exit(2);
}
const BUDGET_S = Number(process.env.SQLMAP_BUDGET_S ?? 600);
const started = Date.now();
const s = prepareServer({ name: "sqlmap", port: process.env.SQLMAP_PORT ?? "3977" });

// Records of the demo data whose pages and files take an id, each with its commune (whose bloc head signs in).
const db = new Database(s.file, { readonly: true });
const record = (table, kind) => {
  const row = db
    .prepare(
      `SELECT r.id, u.code FROM ${table} r JOIN Unit u ON u.id = r.unitId JOIN User x ON x.username = 'xa-' || u.code ORDER BY u.code = '06922' DESC, r.id LIMIT 1`,
    )
    .get();
  if (!row) throw new Error(`the demo data hold no ${kind} of a commune with a demo bloc head`);
  return { id: row.id, user: `xa-${row.code}` };
};
const meeting = record("Meeting", "meeting");
const report = record("Report", "report");
const supervision = record("SupervisionActivity", "supervision activity");
const criticism = record("CriticismCase", "criticism case");
const plan = record("SupervisionPlan", "supervision plan");
const userId = db.prepare("SELECT id FROM User WHERE username = 'xa-06922'").pluck().get();
db.close();

const ALL_TARGETS = [
  // Pages: query parameters.
  ["xa-06922", "/search?q=Quang&asOf=2018-08-13"],
  ["xa-06922", "/communes/06922?asOf=2018-08-13"],
  ["xa-06922", "/communes/06922/tasks?org=MTTQ"],
  ["xa-06922", "/communes/06922/supervision?year=2018"],
  ["huyen-201", "/districts/201?asOf=2018-08-13&group=status"],
  ["huyen-201", "/districts/201/reports?regime=situation.monthly&period=2018-07"],
  ["tinh-dv", "/province?asOf=2026-12-04&group=former&map=1"],
  ["tinh-dv", "/province/reports?regime=situation.monthly&period=2018-07"],
  ["tinh-dv", "/handover?date=2025-07-01"],
  ["admin", "/admin/audit?person=xa-06922&unit=06922&family=meeting&outcome=ALLOWED&from=2018-01-01&to=2018-12-31"],
  ["admin", "/admin/users?q=xa&status=active&page=1"],
  ["admin", "/admin/calendar?year=2018"],
  ["admin", "/admin/mail?status=SENT&page=1&id=cmx0000000000000000000000"],
  // Links that act without sign-in (the token is looked up by its hash).
  ["xa-06922", `/unsubscribe?t=${"A".repeat(43)}`],
  ["xa-06922", `/password/reset?token=${"A".repeat(43)}`],
  // Pages: path parameters.
  ["xa-06922", "/communes/06922*/meetings"],
  [meeting.user, `/meetings/${meeting.id}*`],
  [report.user, `/reports/${report.id}*`],
  [supervision.user, `/supervision/${supervision.id}*`],
  [criticism.user, `/criticism/${criticism.id}*`],
  ["huyen-201", "/districts/201*/supervision"],
  ["tinh-dv", "/handover/06922*"],
  ["admin", `/admin/users/${userId}*`],
  // Downloads and files.
  ["xa-06922", "/api/export/meetings.csv?commune=06922&from=2018-01-01&to=2018-08-13&format=csv"],
  ["xa-06922", "/api/export/tasks.csv?commune=06922&from=2018-01-01&to=2018-08-13"],
  ["huyen-201", "/api/export/recommendations.csv?unit=201&status=open&from=2018-01-01&to=2018-08-13"],
  ["huyen-201", "/api/export/reporting-rates.csv?unit=201&regime=situation.monthly&from=2018-01-01&to=2018-08-13"],
  ["huyen-201", "/api/export/communes.csv?district=201&asOf=2018-08-13"],
  ["admin", "/api/export/audit.csv?unit=06922&outcome=DENIED&from=2018-01-01&to=2018-12-31"],
  [meeting.user, `/api/meetings/${meeting.id}*/minutes.docx`],
  [report.user, `/api/reports/${report.id}*/report.docx`],
  [criticism.user, `/api/criticism/${criticism.id}*/opinion.docx`],
  [plan.user, `/api/supervision-plans/${plan.id}*/plan.docx`],
  ["xa-06922", "/api/files/*x"],
];
// SQLMAP_ONLY=<text>: only the targets whose path holds that text (to look again at one target).
const TARGETS = ALL_TARGETS.filter(([, target]) => !process.env.SQLMAP_ONLY || target.includes(process.env.SQLMAP_ONLY));
const out = path.join(root, "tmp", "sqlmap-out");
// sqlmap as a child this process does not wait on synchronously: the proxy above runs in this process.
const runSqlmap = (args) =>
  new Promise((resolve) => {
    const child = spawn("sqlmap", args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "",
      stderr = "";
    child.stdout.on("data", (c) => {
      stdout += c;
    });
    child.stderr.on("data", (c) => {
      stderr += c;
    });
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const results = [];
let overBudget = false;
let proxy;
try {
  await s.start();
  proxy = await startNonceProxy();
  const cookies = {};
  for (const [user] of TARGETS) cookies[user] ??= await s.signIn(user);
  for (const [user, target] of TARGETS) {
    if ((Date.now() - started) / 1000 > BUDGET_S) {
      overBudget = true;
      break;
    }
    const t0 = Date.now();
    const run = await runSqlmap([
      // Level 2 (more payloads, and the cookies, the same on every target) on the first target; level 1 on
      // the others keeps the run within its budget (level 2 everywhere was on course for more than ten minutes).
      "-u",
      `${s.base}${target}`,
      "--cookie",
      cookies[user],
      "--batch",
      "--level",
      results.length === 0 ? "2" : "1",
      "--risk",
      "1",
      "--threads",
      "4",
      "--flush-session",
      "--dbms",
      "SQLite",
      "--proxy",
      proxy.url,
      "--output-dir",
      out,
      "--disable-coloring",
      // A tampered next-auth callback-url cookie makes next-auth drop the session (401), a mangled id is
      // "not found" (404): keep testing.
      "--ignore-code",
      "401,404",
    ]);
    const text = `${run.stdout}\n${run.stderr}`;
    writeFileSync(path.join(out, `${results.length + 1}.log`), text);
    const injectable = /is vulnerable|sqlmap identified the following injection point|appears to be injectable/i.test(text);
    const clean = /do not appear to be injectable|does not seem to be injectable/i.test(text) && !/\[CRITICAL\] (?!all tested parameters)/.test(text);
    const parameters = [...text.matchAll(/parameter '([^']+)' does not seem to be injectable/g)].map((m) => m[1]);
    results.push({
      user,
      target,
      injectable,
      clean,
      parameters: parameters.length,
      seconds: Number(((Date.now() - t0) / 1000).toFixed(1)),
      ...(clean
        ? {}
        : {
            ending: text
              .trim()
              .split("\n")
              .filter((l) => /\[(WARNING|CRITICAL|ERROR)\]/.test(l))
              .slice(-2),
          }),
    });
    console.log(JSON.stringify(results.at(-1)));
  }
} finally {
  await proxy?.close();
  await s.stop();
}
const seconds = Math.round((Date.now() - started) / 1000);
console.log(
  JSON.stringify({
    targets: TARGETS.length,
    tested: results.length,
    injectable: results.filter((r) => r.injectable).length,
    notClean: results.filter((r) => !r.clean).length,
    seconds,
    budgetSeconds: BUDGET_S,
  }),
);
if (overBudget) console.error(`✗ sqlmap went past its budget of ${BUDGET_S} s after ${results.length} of ${TARGETS.length} targets`);
process.exit(overBudget || results.some((r) => r.injectable || !r.clean) ? 1 : 0);
