// Which database the portal talks to. Shared by lib/db.ts and the scripts (migrations, seed, tests).
import path from "node:path";

export type DatabaseKind = "sqlite" | "postgresql";

/** The default embedded database: a git-ignored file under ./data. */
export const DEFAULT_SQLITE_FILE = "data/portal.db";

export function databaseKind(url: string): DatabaseKind {
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error("DATABASE_URL phải bắt đầu bằng file:, postgres:// hoặc postgresql://");
}

/**
 * DATABASE_URL, or the default SQLite file. A relative `file:` path is resolved against `cwd`
 * so that scripts, the server and tests agree on one file.
 */
export function resolveDatabaseUrl(raw: string | undefined, cwd = process.cwd()): string {
  const url = raw && raw.trim() !== "" ? raw.trim() : `file:${DEFAULT_SQLITE_FILE}`;
  if (databaseKind(url) === "postgresql") return url;
  const file = url.slice("file:".length).split("?")[0];
  return `file:${path.isAbsolute(file) ? file : path.resolve(cwd, file)}`;
}

export function sqliteFile(url: string): string {
  return url.slice("file:".length).split("?")[0];
}
