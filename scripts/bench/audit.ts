// npm run bench:audit — the audit viewer (/admin/audit) on a national trail: its page reads, in process,
// as the administrator (first page, a page deep in the trail, by unit, by person, by kind and outcome,
// by day) and as a province's reviewer. Target: under 100 ms a page at national scale.
// The database: BENCH_DATABASE_URL (default tmp/national-2025.db from npm run bench:national -- --scale
// national-2025). A trail of AUDIT_EVENTS events (default 2,000,000: about six events per meeting of
// the two-level country's 17 months) is generated into it first when it holds fewer; synthetic events of
// real users and units, spread evenly over the period. Results are appended to docs/BENCHMARKS.md.
import path from "node:path";
import { randomUUID } from "node:crypto";
import { heading, machine, publish } from "./report.mjs";

const root = path.resolve(import.meta.dirname, "..", "..");
process.env.DATABASE_URL = process.env.BENCH_DATABASE_URL ?? `file:${path.join(root, "tmp", "national-2025.db")}`;
process.env.LOG_LEVEL ??= "error";
const TARGET = Number(process.env.AUDIT_EVENTS ?? 2_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 60);

const { db } = await import("../../lib/db");
const { auditPage, parseAuditFilter } = await import("../../lib/audit/viewer");
type PermissionSubject = import("../../lib/auth/permissions").PermissionSubject;

const ACTIONS = [
  "meeting.save",
  "meeting.move",
  "task.create",
  "task.progress",
  "report.save",
  "report.submit",
  "report.review",
  "bloc.set",
  "recommendation.send",
  "auth.sign_in",
  "export.meetings.csv",
];
const FROM = Date.parse("2025-07-01T01:00:00Z");
const TO = Date.parse("2026-12-04T10:00:00Z");

const have = await db.auditEvent.count();
if (have < TARGET) {
  const units = await db.unit.findMany({ where: { level: "COMMUNE", validFrom: { gte: new Date("2025-07-01") } }, select: { id: true } });
  const users = await db.user.findMany({ select: { id: true, username: true, displayName: true }, take: 2000 });
  const todo = TARGET - have;
  process.stderr.write(`… generating ${todo} audit events over ${units.length} units\n`);
  const BATCH = 2000;
  for (let done = 0; done < todo; done += BATCH) {
    const rows = [];
    for (let i = 0; i < Math.min(BATCH, todo - done); i++) {
      const n = done + i;
      const user = users[n % users.length];
      rows.push({
        occurredAt: new Date(FROM + Math.floor(((TO - FROM) * n) / todo)),
        actorUserId: user.id,
        actorSnapshot: JSON.stringify({ username: user.username, displayName: user.displayName }),
        action: ACTIONS[n % ACTIONS.length],
        outcome: (n % 50 === 0 ? "DENIED" : "ALLOWED") as "DENIED" | "ALLOWED",
        entityType: "Meeting",
        entityId: randomUUID(),
        unitId: units[(n * 7919) % units.length].id,
        after: JSON.stringify({ status: "HELD" }),
        address: "10.0.0.1",
      });
    }
    await db.auditEvent.createMany({ data: rows });
    if (done % 200_000 === 0) process.stderr.write(`  ${done}\n`);
  }
}
// Fresh statistics, as autovacuum would gather them in a while: without them PostgreSQL planned the refused
// reports through the wrong index (349 ms instead of 2.6 ms, the first run of 2026-12-05).
if (!process.env.DATABASE_URL!.startsWith("file:")) await db.$executeRawUnsafe('ANALYZE "AuditEvent"');
const total = await db.auditEvent.count();

const province = await db.unit.findFirstOrThrow({ where: { code: "22", level: "PROVINCE", validTo: null } });
const admin = { assignments: [{ role: "ADMIN" as const, unitPath: province.path, organisationId: null }] };
const reviewer = { assignments: [{ role: "REVIEWER" as const, unitPath: province.path, organisationId: null }] };
const someone = (
  await db.auditEvent.findFirstOrThrow({ where: { actorUserId: { not: null } }, orderBy: { occurredAt: "desc" }, select: { actorUserId: true } })
).actorUserId!;
const person = (await db.user.findUniqueOrThrow({ where: { id: someone }, select: { username: true } })).username;
const commune = await db.unit.findFirstOrThrow({ where: { parentId: province.id, validTo: null }, select: { code: true } });
// A cursor about 100 pages deep.
const deep = await db.auditEvent.findFirstOrThrow({ orderBy: [{ occurredAt: "desc" }, { id: "desc" }], skip: 5000, select: { occurredAt: true, id: true } });

const views: [string, PermissionSubject, Record<string, string>][] = [
  ["administrator, first page", admin, {}],
  ["administrator, page 100", admin, { cursor: `${deep.occurredAt.getTime()}_${deep.id}` }],
  ["administrator, one commune", admin, { unit: commune.code }],
  ["administrator, one person", admin, { person }],
  ["administrator, refused reports", admin, { family: "report.", outcome: "DENIED" }],
  ["administrator, one day", admin, { from: "2026-03-18", to: "2026-03-18" }],
  ["province reviewer, first page", reviewer, {}],
  ["province reviewer, one person", reviewer, { person }],
];
const lines = [];
for (const [label, actor, raw] of views) {
  const { filter } = parseAuditFilter(raw);
  const samples: number[] = [];
  let rows = 0;
  for (let i = 0; i < 5 + RUNS; i++) {
    const start = performance.now();
    const r = await auditPage(actor, filter);
    if (i >= 5) samples.push(performance.now() - start);
    rows = "rows" in r ? r.rows.length : -1;
  }
  samples.sort((a, b) => a - b);
  const q = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))].toFixed(1);
  lines.push(`| ${label} | ${q(0.5)} | ${q(0.95)} | ${rows} |`);
}
publish(
  [
    heading(`${process.env.BENCH_DATABASE_URL ? `BENCH_DATABASE_URL=${process.env.BENCH_DATABASE_URL} ` : ""}npm run bench:audit`),
    "",
    `Machine: ${machine()}; ${process.env.DATABASE_URL!.startsWith("file:") ? "SQLite" : "PostgreSQL"}, ${total.toLocaleString("en")} audit events. The viewer's page read (lib/audit/viewer.ts auditPage), in process, ${RUNS} runs after 5 warm-up runs. Target: under 100 ms.`,
    "",
    "| view | median ms | p95 ms | rows |",
    "| --- | --- | --- | --- |",
    ...lines,
    "",
  ].join("\n"),
);
await db.$disconnect();
