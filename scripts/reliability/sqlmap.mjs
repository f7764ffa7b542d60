// sqlmap (Debian's package) against the search page and the exports, signed in as a commune's bloc head
// and as a district's staff, on a production server with the demo data (level 2: query parameters and
// cookies; risk 2). Out of CI (a minute or two per target):
//   apt-get install -y sqlmap && node scripts/reliability/sqlmap.mjs
// Prints, per target, whether sqlmap found any parameter injectable; exit 1 if it did.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { prepareServer, root } from "./server.mjs";

if (spawnSync("sqlmap", ["--version"], { stdio: "ignore" }).status !== 0) {
  console.error("sqlmap is not installed: apt-get install -y sqlmap");
  process.exit(2);
}
const s = prepareServer({ name: "sqlmap", port: process.env.SQLMAP_PORT ?? "3977" });
const TARGETS = [
  ["xa-06922", "/search?q=Quang&level=COMMUNE"],
  ["xa-06922", "/api/export/meetings.csv?commune=06922&from=2018-01-01&to=2018-08-13&format=csv"],
  ["xa-06922", "/api/export/tasks.csv?commune=06922&from=2018-01-01&to=2018-08-13"],
  ["huyen-201", "/api/export/recommendations.csv?unit=201&status=open&from=2018-01-01&to=2018-08-13"],
  ["huyen-201", "/api/export/reporting-rates.csv?unit=201&regime=situation.monthly&from=2018-01-01&to=2018-08-13"],
  ["huyen-201", "/api/export/communes.csv?district=201&asOf=2018-08-13"],
];
const results = [];
try {
  await s.start();
  // Signed in before sqlmap runs: this process waits on sqlmap synchronously, and the connections it kept
  // alive are closed by the server meanwhile.
  const cookies = {};
  for (const [user] of TARGETS) cookies[user] ??= await s.signIn(user);
  for (const [user, target] of TARGETS) {
    const cookie = cookies[user];
    const out = spawnSync("sqlmap", [
      "-u", `${s.base}${target}`, "--cookie", cookie, "--batch", "--level", "2", "--risk", "2", "--flush-session",
      "--output-dir", path.join(root, "tmp", "sqlmap-out"), "--disable-coloring",
      // A tampered next-auth callback-url cookie makes next-auth drop the session (401): keep testing.
      "--ignore-code", "401",
    ], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    const text = `${out.stdout}\n${out.stderr}`;
    writeFileSync(path.join(root, "tmp", "sqlmap-out", `${results.length + 1}.log`), text);
    const injectable = /is vulnerable|sqlmap identified the following injection point|appears to be injectable/i.test(text);
    const clean = /do not appear to be injectable/i.test(text);
    const parameters = [...text.matchAll(/parameter '([^']+)' does not seem to be injectable/g)].map((m) => m[1]);
    results.push({ user, target, injectable, clean, parameters, ending: text.trim().split("\n").filter((l) => /\[(WARNING|CRITICAL|INFO)\]/.test(l)).slice(-2) });
    console.log(JSON.stringify(results.at(-1)));
  }
} finally {
  await s.stop();
}
process.exit(results.some((r) => r.injectable || !r.clean) ? 1 : 0);
