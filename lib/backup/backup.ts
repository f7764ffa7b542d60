// Backups of the portal's data: the database (SQLite through its online backup API, PostgreSQL through
// pg_dump's custom format) and the stored files, with a manifest of row counts per table; and the restore
// into an empty database, checked against the manifest. Used by `npm run backup` / `npm run restore` and by
// the round-trip test; free of the web server.
import Database from "better-sqlite3";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { databaseKind, sqliteFile } from "../database-url";

export interface Manifest {
  format: 1;
  kind: "sqlite" | "postgresql";
  createdAt: string;
  /** Applied migrations, newest last. */
  migrations: string[];
  /** Rows per table at the time of the backup. */
  tables: Record<string, number>;
  files: number;
}

const DUMP = { sqlite: "database.sqlite", postgresql: "database.dump" } as const;

/** Table names and row counts (the migration bookkeeping table included). */
export async function tableCounts(url: string): Promise<Record<string, number>> {
  if (databaseKind(url) === "sqlite") {
    const db = new Database(sqliteFile(url), { readonly: true, fileMustExist: true });
    try {
      const names = (
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]
      ).map((r) => r.name);
      return Object.fromEntries(names.map((n) => [n, (db.prepare(`SELECT count(*) AS n FROM "${n}"`).get() as { n: number }).n]));
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const names = (await client.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")).rows.map((r) => r.tablename as string);
    const out: Record<string, number> = {};
    for (const n of names) out[n] = Number((await client.query(`SELECT count(*) AS n FROM "${n}"`)).rows[0].n);
    return out;
  } finally {
    await client.end();
  }
}

async function migrations(url: string): Promise<string[]> {
  const sql = 'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name';
  if (databaseKind(url) === "sqlite") {
    const db = new Database(sqliteFile(url), { readonly: true, fileMustExist: true });
    try {
      return (db.prepare(sql).all() as { migration_name: string }[]).map((r) => r.migration_name);
    } catch {
      return [];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows.map((r) => r.migration_name as string);
  } catch {
    return [];
  } finally {
    await client.end();
  }
}

function countFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const entry of readdirSync(dir)) {
    const p = path.join(dir, entry);
    n += statSync(p).isDirectory() ? countFiles(p) : 1;
  }
  return n;
}

/** Writes a backup of `url` and `filesDir` into `dir` (created; must not hold a backup already). */
export async function backupTo(url: string, filesDir: string, dir: string): Promise<Manifest> {
  if (existsSync(path.join(dir, "manifest.json"))) throw new Error(`${dir} đã có một bản sao lưu.`);
  mkdirSync(dir, { recursive: true });
  const kind = databaseKind(url);
  const target = path.join(dir, DUMP[kind]);
  if (kind === "sqlite") {
    // The online backup API: a consistent copy while the server keeps writing (never copy the live file and its WAL by hand).
    const db = new Database(sqliteFile(url), { fileMustExist: true });
    try {
      await db.backup(target);
    } finally {
      db.close();
    }
  } else {
    const r = spawnSync("pg_dump", ["--format=custom", "--no-owner", "--no-acl", `--file=${target}`, `--dbname=${url}`], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`pg_dump thất bại: ${r.stderr || r.error?.message}. Cần gói postgresql-client (apt-get install -y postgresql-client).`);
  }
  // Files are content-addressed and written before the rows that name them: a copy after the database holds every file it names.
  if (existsSync(filesDir)) cpSync(filesDir, path.join(dir, "files"), { recursive: true });
  // The counts come from the copy, not the live database (which may have moved on).
  const copyUrl = kind === "sqlite" ? `file:${target}` : url;
  const manifest: Manifest = {
    format: 1,
    kind,
    createdAt: new Date().toISOString(),
    migrations: await migrations(copyUrl),
    tables: kind === "sqlite" ? await tableCounts(copyUrl) : await dumpCounts(target),
    files: countFiles(path.join(dir, "files")),
  };
  writeFileSync(path.join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** Row counts of a pg_dump archive's tables, from its table of contents and data (restored into nothing: read with pg_restore -l is not enough, so count rows in the COPY data). */
async function dumpCounts(file: string): Promise<Record<string, number>> {
  const r = spawnSync("pg_restore", ["--data-only", "--file=-", file], { encoding: "utf8", maxBuffer: 1024 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`pg_restore thất bại: ${r.stderr}`);
  const out: Record<string, number> = {};
  let current: string | null = null;
  for (const line of r.stdout.split("\n")) {
    const m = /^COPY public\."?([^"\s(]+)"? /.exec(line);
    if (m) {
      current = m[1];
      out[current] = 0;
      continue;
    }
    if (current && line === "\\.") {
      current = null;
      continue;
    }
    if (current) out[current]++;
  }
  return out;
}

/** Whether a database has any application table with rows (a restore refuses to overwrite it without force). */
async function hasData(url: string): Promise<boolean> {
  if (databaseKind(url) === "sqlite" && !existsSync(sqliteFile(url))) return false;
  const counts = await tableCounts(url).catch(() => ({}) as Record<string, number>);
  return Object.entries(counts).some(([t, n]) => t !== "_prisma_migrations" && n > 0);
}

/** Restores the backup in `dir` into `url` and `filesDir`, then checks the row counts against the manifest. */
export async function restoreFrom(dir: string, url: string, filesDir: string, { force = false } = {}): Promise<Manifest> {
  const manifest = JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8")) as Manifest;
  const kind = databaseKind(url);
  if (manifest.kind !== kind) throw new Error(`Bản sao lưu là ${manifest.kind}, cơ sở dữ liệu đích là ${kind}.`);
  if (!force && (await hasData(url))) throw new Error("Cơ sở dữ liệu đích đã có dữ liệu: dùng --force để ghi đè (dừng máy chủ trước).");
  if (kind === "sqlite") {
    const file = sqliteFile(url);
    mkdirSync(path.dirname(file), { recursive: true });
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
    cpSync(path.join(dir, DUMP.sqlite), file);
  } else {
    const r = spawnSync("pg_restore", ["--no-owner", "--no-acl", "--clean", "--if-exists", `--dbname=${url}`, path.join(dir, DUMP.postgresql)], {
      encoding: "utf8",
    });
    if (r.status !== 0) throw new Error(`pg_restore thất bại: ${r.stderr || r.error?.message}`);
  }
  if (existsSync(path.join(dir, "files"))) cpSync(path.join(dir, "files"), filesDir, { recursive: true, force: false, errorOnExist: false });
  const counts = await tableCounts(url);
  const wrong = Object.entries(manifest.tables).filter(([t, n]) => counts[t] !== n);
  if (wrong.length) throw new Error(`Khôi phục không khớp bản sao lưu: ${wrong.map(([t, n]) => `${t} ${counts[t] ?? "thiếu"}/${n}`).join(", ")}`);
  return manifest;
}
