// The generated national databases the national benchmarks run on: generated once into tmp/<scale>.db
// (SQLite) and, with BENCH_POSTGRES_URL, into the PostgreSQL database bench_national[_2025] on that server,
// and kept between runs (delete the file or drop the database to generate again).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "..", "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");

/** The scale named by --scale (national or national-2025), its fixed business day and its databases' names. */
export function nationalScale(argv = process.argv) {
  const at = argv.indexOf("--scale");
  const scale = at > 0 ? argv[at + 1] : "national";
  if (scale !== "national" && scale !== "national-2025") throw new Error(`--scale national or --scale national-2025, not ${scale}`);
  const twoLevel = scale === "national-2025";
  /** The two-level scale's business day: fixed, so that runs on different days compare. */
  const day = twoLevel ? "2026-12-04" : "2018-08-13";
  return { scale, twoLevel, day, dbName: twoLevel ? "bench_national_2025" : "bench_national" };
}

/** Runs a TypeScript script on the scale's business day; returns its output when `capture`. */
export function runTsx(day, args, env, capture = false) {
  const r = spawnSync(tsx, args, {
    cwd: root,
    stdio: ["ignore", capture ? "pipe" : "inherit", "inherit"],
    encoding: "utf8",
    env: { ...process.env, APP_TODAY: day, BENCH_DAY: day, LOG_LEVEL: "error", ...env },
  });
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed`);
  return r.stdout;
}

/** The scale's databases, generated if missing: [{ label, url }]. */
export async function nationalDatabases({ scale, day, dbName }) {
  const run = (args, env) => runTsx(day, args, env);
  mkdirSync(path.join(root, "tmp"), { recursive: true });
  const databases = [];
  const sqliteFile = path.join(root, "tmp", `${scale}.db`);
  const sqliteUrl = `file:${sqliteFile}`;
  const hasMeetings = (file) => {
    try {
      const d = new Database(file, { readonly: true });
      const n = d.prepare('SELECT COUNT(*) AS n FROM (SELECT 1 FROM "Meeting" LIMIT 1)').get().n;
      d.close();
      return n > 0;
    } catch {
      return false;
    }
  };
  if (!existsSync(sqliteFile) || !hasMeetings(sqliteFile)) {
    process.stderr.write(`… generating the ${scale} scale into ${sqliteFile}\n`);
    run(["scripts/db/cli.ts", "migrate"], { DATABASE_URL: sqliteUrl });
    run(["scripts/seed.ts"], { DATABASE_URL: sqliteUrl });
    run(["scripts/generate.ts", "--scale", scale], { DATABASE_URL: sqliteUrl });
  } else run(["scripts/db/cli.ts", "migrate"], { DATABASE_URL: sqliteUrl });
  databases.push({ label: `${scale} · SQLite`, url: sqliteUrl });

  if (process.env.BENCH_POSTGRES_URL) {
    const admin = new pg.Client({ connectionString: process.env.BENCH_POSTGRES_URL });
    await admin.connect();
    const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [dbName])).rowCount > 0;
    if (!exists) await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const url = new URL(process.env.BENCH_POSTGRES_URL);
    url.pathname = `/${dbName}`;
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    const generated = await client.query('SELECT 1 FROM "Meeting" LIMIT 1').then(
      (r) => r.rowCount > 0,
      () => false,
    );
    await client.end();
    if (!generated) {
      process.stderr.write(`… generating the ${scale} scale into PostgreSQL (${dbName})\n`);
      run(["scripts/db/cli.ts", "migrate"], { DATABASE_URL: url.toString() });
      run(["scripts/seed.ts"], { DATABASE_URL: url.toString() });
      run(["scripts/generate.ts", "--scale", scale], { DATABASE_URL: url.toString() });
    } else run(["scripts/db/cli.ts", "migrate"], { DATABASE_URL: url.toString() });
    databases.push({ label: `${scale} · PostgreSQL`, url: url.toString() });
  }
  return databases;
}
