// Sign-in throttling in a sliding window stored in the database, by account and by address. A success
// resets the account's count (failures before it no longer count).
import "server-only";
import type { Db } from "../db";

export const THROTTLE_WINDOW_MS = 15 * 60_000;
export const MAX_ACCOUNT_FAILURES = 5;
export const MAX_ADDRESS_FAILURES = 30;

export interface ThrottleState {
  blocked: boolean;
  /** When the oldest counted failure leaves the window. */
  retryAt?: Date;
}

export async function throttleState(db: Db, username: string, address: string, now = new Date()): Promise<ThrottleState> {
  const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const lastSuccess = await db.signInAttempt.findFirst({
    where: { username, success: true, createdAt: { gte: windowStart } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const since = lastSuccess && lastSuccess.createdAt > windowStart ? lastSuccess.createdAt : windowStart;
  const [accountFailures, addressFailures] = await Promise.all([
    db.signInAttempt.findMany({
      where: { username, success: false, createdAt: { gt: since } },
      orderBy: { createdAt: "desc" },
      take: MAX_ACCOUNT_FAILURES,
      select: { createdAt: true },
    }),
    db.signInAttempt.findMany({
      where: { address, success: false, createdAt: { gt: windowStart } },
      orderBy: { createdAt: "desc" },
      take: MAX_ADDRESS_FAILURES,
      select: { createdAt: true },
    }),
  ]);
  const retry = (rows: { createdAt: Date }[]) => new Date(rows[rows.length - 1].createdAt.getTime() + THROTTLE_WINDOW_MS);
  if (accountFailures.length >= MAX_ACCOUNT_FAILURES) return { blocked: true, retryAt: retry(accountFailures) };
  if (addressFailures.length >= MAX_ADDRESS_FAILURES) return { blocked: true, retryAt: retry(addressFailures) };
  return { blocked: false };
}
