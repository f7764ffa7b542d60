// npm run retention   anonymise the citizens' data of records whose retention period has ended on the
//                     business date (today, or APP_TODAY): the same pass the mail runner makes once a day.
//                     Safe to run again: a record anonymised once is not touched again.
import { createDb } from "../lib/db";
import { env } from "../lib/env";
import { RECORD_KIND_LABEL } from "../lib/privacy/inventory";
import { runRetentionJob } from "../lib/privacy/job";
import { today } from "../lib/time/today";
import { formatDate } from "../lib/time/business-date";

const db = createDb(env.DATABASE_URL);

async function main() {
  const started = Date.now();
  const day = today();
  const { counts, total } = await runRetentionJob(db, day);
  for (const [kind, n] of Object.entries(counts)) console.log(`  ${RECORD_KIND_LABEL[kind as keyof typeof RECORD_KIND_LABEL]}: ${n}`);
  console.log(`✓ Ẩn danh ngày ${formatDate(day)}: ${total} hồ sơ hết thời hạn lưu trữ (${Date.now() - started} ms).`);
  await db.$disconnect();
}

main().catch(async (error) => {
  console.error(error);
  await db.$disconnect();
  process.exit(1);
});
