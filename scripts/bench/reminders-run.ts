// One run of the reminder and digest benchmark on one database (scripts/bench/reminders.mjs calls it):
// gives every commune of the scale a bloc head and an officer, and every province a reviewer, each with an
// address (bench accounts, added once), clears what an earlier run wrote, then times the day's reminders
// (notifications and their e-mail) and the Monday digests, each twice: the second run finds everything
// written and must add nothing. Prints one JSON line.
import { createDb } from "../../lib/db";
import { env } from "../../lib/env";
import { produceReminders } from "../../lib/notifications/reminders";
import { produceDigests } from "../../lib/mail/digest";
import { parseIsoDate } from "../../lib/time/business-date";
import { validOn } from "../../lib/units/validity";

// The same connection the mail runner opens (with its statement time-outs).
const db = createDb(env.DATABASE_URL);
const day = parseIsoDate(process.env.BENCH_DAY ?? "2026-12-04")!;
// Friday 13:00 in Vietnam: the week's meeting is chased too.
const now = new Date(`${process.env.BENCH_DAY ?? "2026-12-04"}T06:00:00Z`);

async function accounts() {
  if (await db.user.count({ where: { username: { startsWith: "bench-" } } })) return;
  const units = await db.unit.findMany({
    where: { level: { in: ["PROVINCE", "COMMUNE"] }, ...validOn(day) },
    select: { id: true, code: true, level: true, validFrom: true },
  });
  const officerOrg = new Map(
    (await db.organisation.findMany({ where: { type: { code: "HOI_PHU_NU" }, ...validOn(day) }, select: { id: true, unitId: true } })).map((o) => [
      o.unitId,
      o.id,
    ]),
  );
  type Person = { key: string; role: "REVIEWER" | "BLOC_HEAD" | "ORG_OFFICER"; unitId: string; organisationId: string | null; validFrom: Date };
  const people = units.flatMap((u): Person[] =>
    u.level === "PROVINCE"
      ? [{ key: `bench-tinh-${u.code}`, role: "REVIEWER", unitId: u.id, organisationId: null, validFrom: u.validFrom }]
      : [
          { key: `bench-xa-${u.code}`, role: "BLOC_HEAD", unitId: u.id, organisationId: null, validFrom: u.validFrom },
          ...(officerOrg.has(u.id)
            ? [{ key: `bench-phunu-${u.code}`, role: "ORG_OFFICER" as const, unitId: u.id, organisationId: officerOrg.get(u.id)!, validFrom: u.validFrom }]
            : []),
        ],
  );
  for (let i = 0; i < people.length; i += 500) {
    const batch = people.slice(i, i + 500);
    await db.user.createMany({
      data: batch.map((p) => ({ id: p.key, username: p.key, displayName: p.key, mustChangePassword: false, email: `${p.key}@bench.invalid` })),
    });
    await db.roleAssignment.createMany({
      data: batch.map((p) => ({ userId: p.key, role: p.role, unitId: p.unitId, organisationId: p.organisationId, validFrom: p.validFrom })),
    });
  }
}

async function main() {
  await accounts();
  const bench = { userId: { startsWith: "bench-" } };
  await db.outboundMail.deleteMany({ where: bench });
  await db.notification.deleteMany({ where: bench });
  const timed = async <T>(work: () => Promise<T>) => {
    const started = performance.now();
    const out = await work();
    return { ms: Math.round(performance.now() - started), out };
  };
  const reminders = await timed(() => produceReminders(db, day, now));
  const remindersAgain = await timed(() => produceReminders(db, day, now));
  const digests = await timed(() => produceDigests(db, day, now, { force: true }));
  const digestsAgain = await timed(() => produceDigests(db, day, now, { force: true }));
  const due = Object.values(reminders.out.due).reduce((a, b) => a + (b ?? 0), 0);
  const [users, communes, mail] = await Promise.all([
    db.user.count({ where: { username: { startsWith: "bench-" } } }),
    db.unit.count({ where: { level: "COMMUNE", ...validOn(day) } }),
    db.outboundMail.count({ where: bench }),
  ]);
  console.log(
    JSON.stringify({
      communes,
      users,
      due,
      notifications: reminders.out.written,
      mail,
      digests: digests.out.written,
      remindersMs: reminders.ms,
      remindersAgainMs: remindersAgain.ms,
      remindersAgainWritten: remindersAgain.out.written,
      digestsMs: digests.ms,
      digestsAgainMs: digestsAgain.ms,
      digestsAgainWritten: digestsAgain.out.written,
    }),
  );
  await db.$disconnect();
}

main().catch(async (error) => {
  console.error(error);
  await db.$disconnect();
  process.exit(1);
});
