// npm run reminders   write the deadline reminders of the business date (today, or APP_TODAY) into the
//                     inboxes: tasks due in 2 working days or overdue, reports due in 3, recommendations
//                     whose response is due in 5 or overdue, and, from Friday noon, the week's meeting not
//                     logged. Safe to run again: a reminder already written is not written twice.
import { createDb } from "../lib/db";
import { env } from "../lib/env";
import { produceReminders } from "../lib/notifications/reminders";
import { NOTIFICATION_KIND_LABEL } from "../lib/notifications/kinds";
import { today } from "../lib/time/today";
import { formatDate } from "../lib/time/business-date";

const db = createDb(env.DATABASE_URL);

async function main() {
  const started = Date.now();
  const day = today();
  const { due, written } = await produceReminders(db, day);
  for (const [kind, n] of Object.entries(due)) console.log(`  ${NOTIFICATION_KIND_LABEL[kind as keyof typeof NOTIFICATION_KIND_LABEL]}: ${n}`);
  console.log(`✓ Nhắc việc ngày ${formatDate(day)}: ${written} thông báo mới (${Date.now() - started} ms).`);
  await db.$disconnect();
}

main().catch(async (error) => {
  console.error(error);
  await db.$disconnect();
  process.exit(1);
});
