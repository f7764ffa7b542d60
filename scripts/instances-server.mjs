// Two app instances on one PostgreSQL database, for tests/instances: a scratch database (migrated,
// reference and demo data, business date 2018-08-13), then two `next start` processes on their own ports
// sharing the session secret and the server-actions key, as several instances behind a load balancer would.
// Needs TEST_POSTGRES_URL and the production build in .next-test. The database is dropped on exit.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const admin = process.env.TEST_POSTGRES_URL;
if (!admin) {
  console.error("TEST_POSTGRES_URL is not set: the two-instance test needs PostgreSQL.");
  process.exit(1);
}
const [portA, portB] = [process.env.INSTANCE_A_PORT ?? "3961", process.env.INSTANCE_B_PORT ?? "3962"];
const name = `bloc_instances_${process.pid}_${randomBytes(3).toString("hex")}`;
const url = new URL(admin);
url.pathname = `/${name}`;
const client = new pg.Client({ connectionString: admin });
await client.connect();
await client.query(`CREATE DATABASE "${name}"`);
await client.end();
const drop = async () => {
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
  await c.end();
};

const env = {
  ...process.env,
  DATABASE_URL: url.toString(),
  APP_TODAY: "2018-08-13",
  DEMO_MODE: "1",
  NEXT_DIST_DIR: ".next-test",
  NEXT_TELEMETRY_DISABLED: "1",
  NODE_ENV: "production",
  NEXTAUTH_SECRET: "instances-secret-not-for-production-0123456789",
  // Every instance must share this key, or a form rendered by one cannot be posted to another.
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  LOG_LEVEL: "warn",
};
for (const args of [
  ["scripts/db/cli.ts", "migrate"],
  ["scripts/seed.ts", "--demo"],
]) {
  const r = spawnSync(bin("tsx"), args, { cwd: root, stdio: "inherit", env: { ...env, NODE_ENV: "development" } });
  if (r.status !== 0) {
    await drop();
    process.exit(r.status ?? 1);
  }
}
const servers = [portA, portB].map((port) =>
  spawn(bin("next"), ["start", "-p", port, "-H", "127.0.0.1"], {
    cwd: root,
    stdio: "inherit",
    env: { ...env, NEXTAUTH_URL: `http://127.0.0.1:${port}` },
  }),
);
let stopping = false;
const stop = async (code = 0) => {
  if (stopping) return;
  stopping = true;
  for (const s of servers) s.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 1_000));
  await drop();
  process.exit(code);
};
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void stop(0));
for (const s of servers) s.on("exit", (code) => void stop(code ?? 0));
