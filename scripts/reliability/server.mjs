// A production server (the build in .next-test) on a fresh database with the demo data (SQLite in
// tmp/<name>, or the PostgreSQL database at `databaseUrl`, which must exist and be empty), for the
// reliability scripts: started, signed into as demo users, killed and restarted.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, openSync, rmSync } from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..", "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

/** The seeded demo database the SQLite reliability scripts of a run share (see prepareServer). */
export const TEMPLATE = path.join(root, "tmp", "reliability-template", "portal.db");

export function prepareServer({ name, port, databaseUrl }) {
  const base = `http://127.0.0.1:${port}`;
  const dir = path.join(root, "tmp", name);
  const file = path.join(dir, "portal.db");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl ?? `file:${file}`,
    APP_TODAY: "2018-08-13",
    DEMO_MODE: "1",
    NEXT_DIST_DIR: ".next-test",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_SECRET: `${name}-secret-not-for-production-0123456789`,
    NEXTAUTH_URL: base,
    LOG_LEVEL: "error",
    FILES_DIR: path.join(dir, "files"),
  };
  // The SQLite scripts of one `npm test` start from the same seeded database: the first seeds it and keeps a
  // copy (TEMPLATE), the next copy it (a seed of the demo is most of each script's set-up). scripts/test.mjs
  // removes the copy when a run starts, so a changed seed is always seeded again.
  // (The demo stores no files, so the database is all there is to copy; with its WAL, should one be left.)
  const copy = (from, to) => {
    for (const suffix of ["", "-wal", "-shm"]) if (existsSync(from + suffix)) copyFileSync(from + suffix, to + suffix);
  };
  if (!databaseUrl && existsSync(TEMPLATE)) copy(TEMPLATE, file);
  else {
    for (const args of [
      ["scripts/db/cli.ts", "migrate"],
      ["scripts/seed.ts", "--demo"],
    ]) {
      if (spawnSync(bin("tsx"), args, { cwd: root, stdio: "ignore", env }).status !== 0) throw new Error(`${args.join(" ")} failed`);
    }
    if (!databaseUrl) {
      mkdirSync(path.dirname(TEMPLATE), { recursive: true });
      copy(file, TEMPLATE);
    }
  }
  const s = { base, file, dir, server: null, exited: Promise.resolve() };

  s.start = async () => {
    // A server left on the port would answer instead of ours (and write to a database we do not read).
    if (
      await fetch(`${base}/api/health`).then(
        () => true,
        () => false,
      )
    )
      throw new Error(`port ${port} is already in use: stop that server first`);
    // SERVER_LOG=<file> keeps the server's output (for finding what a failure was).
    const log = process.env.SERVER_LOG ? openSync(process.env.SERVER_LOG, "a") : "ignore";
    s.server = spawn(bin("next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: root,
      stdio: ["ignore", log, log],
      env: { ...env, NODE_ENV: "production", ...(process.env.SERVER_LOG ? { LOG_LEVEL: "warn" } : {}) },
    });
    s.exited = new Promise((r) => s.server.once("exit", r));
    for (let i = 0; i < 120; i++) {
      try {
        if ((await fetch(`${base}/api/health`)).ok) return;
      } catch {}
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error("server did not start");
  };

  s.stop = async () => {
    s.server?.kill("SIGTERM");
    await Promise.race([s.exited, new Promise((r) => setTimeout(r, 5_000))]);
    s.server?.kill("SIGKILL");
  };

  s.signIn = (username) => signInAt(base, username);
  return s;
}

/** A demo user's session cookie (next-auth's credentials callback, as the sign-in page's fallback posts it). */
export async function signInAt(base, username, attempt = 1) {
  // A kept-alive connection the server has just closed fails once: ask again on a new one.
  if (attempt === 1) return signInAt(base, username, 2).catch(() => signInAt(base, username, 3));
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const { csrfToken } = await csrf.json();
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, username, password: "Demo@2018", json: "true" }),
  });
  return [...jar, ...res.headers.getSetCookie().map((c) => c.split(";")[0])].join("; ");
}

export const unescapeHtml = (s) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
