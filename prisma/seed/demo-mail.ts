// The demo's mail: every demo account gets an address on the reserved .invalid domain (the demo's own SMTP
// sink is the only server that sees them), after 2018's activity was written, so that only today's
// reminders and this week's digest are mailed, as a running portal would have done this morning.
import type { Db } from "../../lib/db";

export const DEMO_MAIL_DOMAIN = "demo.invalid";

export async function seedDemoAddresses(db: Db): Promise<number> {
  const users = await db.user.findMany({ where: { isDemo: true, email: null }, select: { id: true, username: true } });
  for (const u of users) await db.user.update({ where: { id: u.id }, data: { email: `${u.username}@${DEMO_MAIL_DOMAIN}` } });
  return users.length;
}
