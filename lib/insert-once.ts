// Writing rows that exist once per key (notifications, the mail outbox): in batches under the databases'
// limits on bound parameters. Inside a transaction a duplicate key rolls the whole change back, which is
// right (the caller checked the keys first, in the same transaction). Outside one (a reminder run racing
// another), a batch that meets a duplicate is written row by row and the rows another run wrote are skipped.

/** Lists are written and read in batches that stay under the databases' limits on bound parameters. */
export const BATCH = 500;
export const batches = <T>(xs: T[]) => Array.from({ length: Math.ceil(xs.length / BATCH) }, (_, i) => xs.slice(i * BATCH, (i + 1) * BATCH));

const isDuplicate = (error: unknown) => (error as { code?: string }).code === "P2002";

/** Returns how many rows were written. */
export async function insertOnce<T>(
  rows: T[],
  many: (batch: T[]) => Promise<unknown>,
  one: (row: T) => Promise<unknown>,
  { outsideTransaction = false } = {},
): Promise<number> {
  let written = 0;
  for (const batch of batches(rows)) {
    try {
      await many(batch);
      written += batch.length;
    } catch (error) {
      if (!outsideTransaction || !isDuplicate(error)) throw error;
      for (const row of batch)
        written += await one(row).then(
          () => 1,
          (e: unknown) => {
            if (!isDuplicate(e)) throw e;
            return 0;
          },
        );
    }
  }
  return written;
}
