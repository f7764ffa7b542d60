// PostgreSQL cut off and back, through a TCP proxy this script owns (the shared server is never touched):
// a production server (the build in .next-test) on a scratch database reached through the proxy; the
// proxy first refuses connections, then swallows them (a network that hangs); each time /api/health must
// answer 503 and pages a friendly "service unavailable" page within seconds, and everything must work
// again within seconds of the proxy coming back, writes included.
//   TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres node scripts/reliability/db-outage.mjs
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { signInAt } from "./server.mjs";

const root = path.resolve(import.meta.dirname, "..", "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const admin = process.env.TEST_POSTGRES_URL;
if (!admin) {
  console.error("TEST_POSTGRES_URL is not set: the outage test needs PostgreSQL.");
  process.exit(1);
}
const APP_PORT = Number(process.env.OUTAGE_APP_PORT ?? 3975);
const PROXY_PORT = Number(process.env.OUTAGE_PROXY_PORT ?? 3976);
/** "Within seconds": a reload a few seconds after the cut gets the friendly page; after the repair, the page. */
const LIMIT_S = 6;
const base = `http://127.0.0.1:${APP_PORT}`;
const target = new URL(admin);
const name = `bloc_outage_${process.pid}_${randomBytes(3).toString("hex")}`;

// The proxy: "up" forwards, "refuse" closes the port, "hang" accepts and forwards nothing.
let mode = "up";
const sockets = new Set();
let listener = null;
function listen() {
  listener = net.createServer((client) => {
    sockets.add(client);
    client.on("close", () => sockets.delete(client));
    client.on("error", () => client.destroy());
    if (mode === "hang") return;
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    sockets.add(upstream);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    upstream.on("error", end).on("close", () => {
      sockets.delete(upstream);
      end();
    });
    client.on("close", end);
    client.pipe(upstream).pipe(client);
  });
  return new Promise((resolve) => listener.listen(PROXY_PORT, "127.0.0.1", resolve));
}
async function setMode(next) {
  mode = next;
  for (const s of sockets) s.destroy();
  sockets.clear();
  if (next === "refuse") await new Promise((r) => listener.close(r));
  else if (!listener.listening) await listen();
}

const c = new pg.Client({ connectionString: admin });
await c.connect();
await c.query(`CREATE DATABASE "${name}"`);
await c.end();
const direct = new URL(admin);
direct.pathname = `/${name}`;
const viaProxy = new URL(direct);
viaProxy.hostname = "127.0.0.1";
viaProxy.port = String(PROXY_PORT);
const env = {
  ...process.env,
  APP_TODAY: "2018-08-13",
  DEMO_MODE: "1",
  NEXT_DIST_DIR: ".next-test",
  NEXT_TELEMETRY_DISABLED: "1",
  LOG_LEVEL: "error",
  NEXTAUTH_SECRET: "outage-secret-not-for-production-0123456789",
  NEXTAUTH_URL: base,
};
let server;
const results = { phases: [] };
let failed = false;
const time = async (what, predicate) => {
  const started = Date.now();
  while (Date.now() - started < 30_000) {
    if (await predicate().catch(() => false)) return (Date.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what}: not within 30 s`);
};
const health = async () => (await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(10_000) })).status;

try {
  for (const args of [
    ["scripts/db/cli.ts", "migrate"],
    // Reference data and the demo accounts: the outage is about the connection, not the records.
    ["scripts/seed.ts", "--demo-accounts"],
  ]) {
    if (spawnSync(bin("tsx"), args, { cwd: root, stdio: "ignore", env: { ...env, DATABASE_URL: direct.toString() } }).status !== 0)
      throw new Error(`${args.join(" ")} failed`);
  }
  await listen();
  if (
    await fetch(`${base}/api/health`).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`port ${APP_PORT} is already in use`);
  server = spawn(bin("next"), ["start", "-p", String(APP_PORT), "-H", "127.0.0.1"], {
    cwd: root,
    stdio: "ignore",
    env: { ...env, NODE_ENV: "production", DATABASE_URL: viaProxy.toString() },
  });
  let exited = false;
  server.once("exit", () => {
    exited = true;
  });
  await time("server start", async () => (await health()) === 200);

  const signIn = async () => {
    const cookie = await signInAt(base, "xa-06922");
    if (!cookie.includes("session-token")) throw new Error("sign-in failed");
    return cookie;
  };
  let cookie = await signIn();
  const page = (timeout = 15_000) => fetch(`${base}/communes/06922`, { headers: { cookie }, redirect: "manual", signal: AbortSignal.timeout(timeout) });
  if ((await page()).status !== 200) throw new Error("the commune page did not load before the outage");

  for (const outage of ["refuse", "hang"]) {
    await setMode(outage);
    const healthDown = await time(`${outage}: health 503`, async () => (await health()) === 503);
    // Requests already under way when it went down fail on their own (a hanging one after the 5 s connect
    // timeout): a person reloading after a few seconds gets the friendly page.
    let text = "";
    const pageDown = await time(`${outage}: the unavailable page`, async () => {
      const r = await page(3_000);
      text = await r.text();
      return r.status === 503;
    });
    const friendly = text.includes("Hệ thống tạm thời gián đoạn") && !/\bat .+:\d+:\d+/.test(text);
    const api = (await fetch(`${base}/api/export/meetings.csv`, { headers: { cookie }, signal: AbortSignal.timeout(15_000) })).status;
    await setMode("up");
    const healthUp = await time(`${outage}: health 200 again`, async () => (await health()) === 200);
    const pageUp = await time(`${outage}: the page again`, async () => (await page()).status === 200);
    cookie = await signIn(); // a write (a new session and its audit event) after recovery
    const phase = {
      outage,
      healthDownS: healthDown,
      pageDownS: pageDown,
      friendly,
      apiStatus: api,
      healthUpS: healthUp,
      pageUpS: pageUp,
      writeAfter: true,
      serverAlive: !exited,
    };
    results.phases.push(phase);
    if (!friendly || api !== 503 || healthDown > LIMIT_S || pageDown > LIMIT_S || healthUp > LIMIT_S || pageUp > LIMIT_S || exited) failed = true;
  }
} catch (error) {
  results.error = String(error?.message ?? error);
  failed = true;
} finally {
  server?.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 1_000));
  server?.kill("SIGKILL");
  for (const s of sockets) s.destroy();
  listener?.close();
  const d = new pg.Client({ connectionString: admin });
  await d.connect();
  await d.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
  await d.end();
}
console.log(JSON.stringify(results));
process.exit(failed ? 1 : 0);
