// The transaction every write runs in (the action and upload pipelines, the hand-over command, the user
// import). On PostgreSQL two transactions can meet in a deadlock or a serialization failure (two officers
// of one commune saving meetings at once both carry the commune's open tasks forward): PostgreSQL aborts
// one of them, which did nothing, and the documented remedy is to run it again. SQLite runs one write
// transaction at a time (lib/sqlite-serial.ts) and never meets this.
import type { Db, Tx } from "../db";

/** Attempts of one transaction that met a deadlock or a serialization failure. */
export const WRITE_ATTEMPTS = 4;

/**
 * Two transactions both found a row missing and both created it (the first of a body's registers): the
 * loser's unique violation aborted it on PostgreSQL; run again, it finds the row. Thrown by the code that
 * creates such a row, only for that row's unique key.
 */
export class LostCreateRace extends Error {
  constructor(what: string) {
    super(`${what} was created by another transaction at the same moment`);
  }
}

/** Whether an error is a unique violation (Prisma's P2002), as a lost create race shows itself. */
export const isUniqueViolation = (error: unknown) => (error as { code?: string } | undefined)?.code === "P2002";

/** A transaction aborted by the database only because another ran beside it; running it again is safe. */
/** A create that two writers raced to make (a body's first number, a first record): the loser is run again. */
export const lostRace = (what: string) => (error: unknown) => {
  throw isUniqueViolation(error) ? new LostCreateRace(what) : error;
};

export function isRetryable(error: unknown): boolean {
  if (error instanceof LostCreateRace) return true;
  for (let e = error as { code?: string; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    // Prisma's "write conflict or deadlock", PostgreSQL's serialization_failure and deadlock_detected.
    if (e.code === "P2034" || e.code === "40001" || e.code === "40P01") return true;
  }
  return false;
}

/**
 * Runs `work` in one transaction; when the database aborted it for a deadlock or a serialization failure,
 * runs it again (after a short random pause, so that the two do not meet again), at most `WRITE_ATTEMPTS`
 * times. `work` must do all its writes through `tx`: a failed attempt leaves nothing behind.
 */
export async function writeTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(work);
    } catch (error) {
      if (attempt >= WRITE_ATTEMPTS || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}
