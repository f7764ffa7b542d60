// Readiness: can the portal reach its database within a bound?
import "server-only";
import { db as defaultDb, type Db } from "./db";
import { databaseKind } from "./database-url";
import { env } from "./env";

export const HEALTH_TIMEOUT_MS = 2_000;

export async function checkDatabase(
  db: Db = defaultDb,
  url = env.DATABASE_URL,
  timeoutMs = HEALTH_TIMEOUT_MS,
): Promise<{ ok: boolean; database: string; latencyMs: number }> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timeout")), timeoutMs);
  });
  try {
    await Promise.race([db.$queryRawUnsafe("SELECT 1"), timeout]);
    return { ok: true, database: databaseKind(url), latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { ok: false, database: databaseKind(url), latencyMs: Math.round(performance.now() - started) };
  } finally {
    clearTimeout(timer);
  }
}
