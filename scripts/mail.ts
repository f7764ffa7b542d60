// npm run mail            the mail runner: every MAIL_INTERVAL_S seconds (default 30) it writes the day's
//                         deadline reminders (hourly), the Monday digest (from 07:00 in Vietnam), runs the
//                         day's anonymisation of records past their retention period (once a day), and sends
//                         what is due from the outbox to SMTP_URL, with retries. Several runners may be
//                         started (one per app instance): only the holder of the lease works.
// npm run mail -- --once  one pass, then exit (a cron job, or a manual run).
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import { createDb } from "../lib/db";
import { env } from "../lib/env";
import { produceReminders } from "../lib/notifications/reminders";
import { produceDigests } from "../lib/mail/digest";
import { runRetentionJob } from "../lib/privacy/job";
import { acquireLease, releaseLease } from "../lib/mail/lease";
import { LEASE_MS, MAIL_LEASE, sendDue } from "../lib/mail/runner";
import { smtpTransport } from "../lib/mail/transport";
import { today } from "../lib/time/today";
import { toIsoDate } from "../lib/time/business-date";

if (!env.SMTP_URL) {
  console.error("✗ Chưa có SMTP_URL: đặt máy chủ thư, ví dụ SMTP_URL=smtp://127.0.0.1:2525 npm run mail");
  process.exit(2);
}
const once = process.argv.includes("--once");
const interval = Math.max(1, Number(process.env.MAIL_INTERVAL_S ?? 30)) * 1000;
// How long another runner waits before taking over from one that died (tests shorten it).
const leaseMs = process.env.MAIL_LEASE_S ? Math.max(1, Number(process.env.MAIL_LEASE_S)) * 1000 : LEASE_MS;
const holder = `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
const db = createDb(env.DATABASE_URL);
const transport = smtpTransport(env.SMTP_URL);
let stopping = false;
let lastReminders = "";
let lastRetention = "";

const log = (message: string) => console.log(`${new Date().toISOString()} ${message}`);

async function pass() {
  const now = new Date();
  if (!(await acquireLease(db, MAIL_LEASE, holder, leaseMs, now))) return;
  const day = today();
  const hour = `${toIsoDate(day)}T${now.getUTCHours()}`;
  if (hour !== lastReminders) {
    const { written } = await produceReminders(db, day, now);
    lastReminders = hour;
    if (written) log(`nhắc việc: ${written} thông báo mới`);
  }
  if (toIsoDate(day) !== lastRetention) {
    const { total } = await runRetentionJob(db, day, now);
    lastRetention = toIsoDate(day);
    if (total) log(`ẩn danh: ${total} hồ sơ hết thời hạn lưu trữ`);
  }
  const digests = await produceDigests(db, day, now);
  if (digests.written) log(`thư tổng hợp: ${digests.written} thư mới`);
  const sent = await sendDue(db, transport, { holder, from: env.MAIL_FROM, leaseMs });
  if (sent.sent || sent.retried || sent.bounced || sent.failed || sent.inDoubt)
    log(
      `gửi ${sent.sent}, chờ gửi lại ${sent.retried}, bị trả về ${sent.bounced}, bỏ ${sent.failed}${sent.inDoubt ? `, gửi lại sau sự cố ${sent.inDoubt}` : ""}`,
    );
}

async function main() {
  log(`bộ gửi thư ${holder} → ${new URL(env.SMTP_URL!).host}`);
  do {
    try {
      await pass();
    } catch (error) {
      log(`lỗi: ${(error as Error).message}`);
      if (once) throw error;
    }
    if (!once && !stopping) await new Promise((r) => setTimeout(r, interval));
  } while (!once && !stopping);
  await releaseLease(db, MAIL_LEASE, holder);
  transport.close();
  await db.$disconnect();
}

for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    stopping = true;
  });

main().catch(async (error) => {
  console.error(error);
  await db.$disconnect();
  process.exit(1);
});
