// npm run test:reliability: the reliability and security checks that exist so far, on SQLite and (with
// TEST_POSTGRES_URL) PostgreSQL: concurrency (50 concurrent writers, two editors, one submission twice, the
// SQLite transaction trap), backup round trip, hostile text in downloads and documents, rollups equal to a
// recomputation, the authorisation matrix; then the security headers of every route and the session cookie, and writes over HTTP
// (50 concurrent, then SIGKILL during a burst; on PostgreSQL also PostgreSQL crashed), a real full disk, sqlmap and the HTTP fuzz run — these need the build in .next-test: npm test makes it. See docs/SECURITY.md. The whole suite (npm test) runs them too.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const FILES = ["authorisation-matrix", "concurrency", "disk-full", "backup", "escaping", "rollups"].map((f) => `tests/integration/${f}.test.ts`);
const run = (label, command, args, env = {}) => {
  console.log(`\n▸ ${label}`);
  return spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } }).status === 0;
};
let ok = run("SQLite", bin("vitest"), ["run", "--project", "integration", ...FILES], { TEST_DB: "sqlite" });
if (process.env.TEST_POSTGRES_URL) ok = run("PostgreSQL", bin("vitest"), ["run", "--project", "integration", ...FILES], { TEST_DB: "postgres" }) && ok;
else console.log("\n▸ PostgreSQL skipped: set TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres");
if (existsSync(path.join(root, ".next-test", "BUILD_ID"))) {
  ok = run("Headers of every route, session cookie", bin("playwright"), ["test", "tests/e2e/headers.spec.ts"]) && ok;
  ok = run("Writes over HTTP: 50 concurrent, then the server killed during a burst", process.execPath, ["scripts/reliability/write-burst.mjs"]) && ok;
  if (process.env.TEST_POSTGRES_URL)
    ok =
      run("The same on PostgreSQL (own cluster), and PostgreSQL crashed during a burst", process.execPath, [
        "scripts/reliability/write-burst.mjs",
        "--postgres",
      ]) && ok;
  ok = run("A full disk under SQLite", process.execPath, ["scripts/reliability/disk-full.mjs"]) && ok;
  if (spawnSync("sqlmap", ["--version"], { stdio: "ignore" }).status === 0)
    ok = run("sqlmap over every route that takes parameters", process.execPath, ["scripts/reliability/sqlmap.mjs"]) && ok;
  // FUZZ_BODIES raises the count for a long run (outside CI): FUZZ_BODIES=100000 npm run test:reliability.
  ok = run("HTTP fuzz: hostile bodies against the forms, exports, files and uploads", process.execPath, ["scripts/reliability/fuzz.mjs"]) && ok;
  if (process.env.TEST_POSTGRES_URL) ok = run("PostgreSQL unreachable and back", process.execPath, ["scripts/reliability/db-outage.mjs"]) && ok;
} else console.log("\n▸ Headers skipped: no build in .next-test (run npm test first).");
process.exit(ok ? 0 : 1);
