// A named lease in the database, held by one process at a time (the mail runner): the holder renews it
// while it works; another process takes it only once it has expired. Works the same on SQLite and
// PostgreSQL: each step is one conditional write, so two processes can never both hold it.
import type { Db } from "../db";

/** Takes the lease if it is free, expired or already ours; true when this holder has it. */
export async function acquireLease(db: Db, name: string, holder: string, ms: number, now: Date): Promise<boolean> {
  const expiresAt = new Date(now.getTime() + ms);
  const taken = await db.runnerLease.updateMany({ where: { name, OR: [{ holder }, { expiresAt: { lt: now } }] }, data: { holder, expiresAt } });
  if (taken.count) return true;
  return db.runnerLease.create({ data: { name, holder, expiresAt } }).then(
    () => true,
    (e: { code?: string }) => {
      if (e.code === "P2002") return false;
      throw e;
    },
  );
}

/** Extends the lease if this holder still has it; false when it was lost (then the holder must stop). */
export async function renewLease(db: Db, name: string, holder: string, ms: number, now: Date): Promise<boolean> {
  return (await db.runnerLease.updateMany({ where: { name, holder, expiresAt: { gte: now } }, data: { expiresAt: new Date(now.getTime() + ms) } })).count === 1;
}

export async function releaseLease(db: Db, name: string, holder: string): Promise<void> {
  await db.runnerLease.deleteMany({ where: { name, holder } });
}
