// A server the end-to-end tests run against: a fresh database (migrated, reference and demo data), a fixed
// business date (E2E_TODAY: 2018-08-13, the founding article's day, unless the today's-province tests pin
// a 2026 date), the production build in .next-test (built by `npm test`, or here when missing), on the port
// Playwright gives. The database is SQLite in tmp/<E2E_DIR>/portal.db, or, with E2E_POSTGRES_URL (a server's
// URL), the PostgreSQL database e2e_<E2E_DIR> on that server, dropped and created again at each start and
// left after the run for the rollup check (scripts/test.mjs).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const port = process.env.E2E_PORT ?? "3917";
const dir = path.join(root, "tmp", process.env.E2E_DIR ?? "e2e");
const file = path.join(dir, "portal.db");

rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
let databaseUrl = `file:${file}`;
if (process.env.E2E_POSTGRES_URL) {
  const name = `e2e_${(process.env.E2E_DIR ?? "e2e").replace(/[^a-z0-9]/gi, "_")}`;
  const admin = new pg.Client({ connectionString: process.env.E2E_POSTGRES_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(process.env.E2E_POSTGRES_URL);
  url.pathname = `/${name}`;
  databaseUrl = url.toString();
}
const env = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  APP_TODAY: process.env.E2E_TODAY ?? "2018-08-13",
  DEMO_MODE: "1",
  NEXT_DIST_DIR: ".next-test",
  NEXT_TELEMETRY_DISABLED: "1",
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-secret-not-for-production-0123456789",
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? "warn",
};
const run = (args, extra = {}) => {
  const result = spawnSync(args[0], args.slice(1), { cwd: root, stdio: "inherit", env: { ...env, ...extra } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run([bin("tsx"), "scripts/db/cli.ts", "migrate"]);
run([bin("tsx"), "scripts/seed.ts", "--demo"]);
if (!existsSync(path.join(root, ".next-test", "BUILD_ID"))) run([bin("next"), "build"], { NODE_ENV: "production" });

const server = spawn(bin("next"), ["start", "-p", port, "-H", "127.0.0.1"], { cwd: root, stdio: "inherit", env: { ...env, NODE_ENV: "production" } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
