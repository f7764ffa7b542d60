// npm run bench:writes — write throughput on SQLite through the action path (parse, actor, permission,
// one transaction with the audit events and the rollups): meeting saves per second, each a regular meeting
// in a free week of one of 100 communes with attendance of its member organisations, two agenda items and
// two new tasks, sent as the meeting form sends them (one transaction); the same meeting with its two tasks
// added afterwards through the task dialog (three transactions), as the comparison; and draft updates per
// second (a saved draft's text changed, with its version). Every commune's open tasks carry into its next
// meeting, so later meetings carry dozens. 16 concurrent writers; one warm-up round and 5 measured rounds;
// medians and spread, appended to docs/BENCHMARKS.md. Target: ≥ 300 saves/s at p95 ≤ 100 ms with zero errors.
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { heading, machine, publish } from "./report.mjs";

const root = path.resolve(import.meta.dirname, "..", "..");
const dir = path.join(root, "tmp", "bench-writes");
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
process.env.DATABASE_URL = `file:${path.join(dir, "portal.db")}`;
process.env.APP_TODAY = "2018-08-13";
process.env.LOG_LEVEL = "error";
for (const args of [["scripts/db/cli.ts", "migrate"], ["scripts/seed.ts"]]) {
  if (spawnSync(path.join(root, "node_modules", ".bin", "tsx"), args, { cwd: root, stdio: "ignore", env: process.env }).status !== 0)
    throw new Error(`${args.join(" ")} failed`);
}

const { db } = await import("../../lib/db");
const { runAction } = await import("../../lib/actions/run-action");
const { saveMeeting } = await import("../../lib/meetings/definitions");
const { addTask } = await import("../../lib/tasks/definitions");
const { addDays, toIsoDate, parseIsoDate } = await import("../../lib/time/business-date");
const { makeUser, operatingBloc } = await import("../../tests/support/factories");

const WRITERS = Number(process.env.BENCH_WRITERS ?? 16);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PER_ROUND = Number(process.env.BENCH_PER_ROUND ?? 320);
const ctx = () => ({ requestId: randomUUID(), address: "127.0.0.1" });

// 100 communes with a bloc since 2017 and a head each; their free weeks from January 2017.
const codes = (
  await db.unit.findMany({ where: { level: "COMMUNE", validTo: { not: null } }, orderBy: { code: "asc" }, take: 100, select: { code: true } })
).map((u) => u.code);
type Commune = { bloc: Awaited<ReturnType<typeof operatingBloc>>; head: Awaited<ReturnType<typeof makeUser>>; week: number };
const communes: Commune[] = [];
for (const code of codes) {
  const bloc = await operatingBloc(code, { since: "2017-01-02" });
  const head = await makeUser("BLOC_HEAD", code);
  communes.push({ bloc, head, week: 0 });
}
const group = (await db.workGroup.findMany({ orderBy: { sortOrder: "asc" }, take: 2 })).map((g) => g.code);
const firstMonday = parseIsoDate("2017-01-02")!;
let next = 0;

const OWNERS = ["HOI_PHU_NU", "HOI_NONG_DAN"];

/** One meeting save: the meeting with its attendance, agenda and two new tasks, in the form or then in the task dialog. */
async function saveOne(viaDialog: boolean) {
  const c = communes[next++ % communes.length];
  const heldOn = toIsoDate(addDays(firstMonday, 7 * c.week++));
  const dueOn = toIsoDate(addDays(parseIsoDate(heldOn)!, 10));
  const attendance = Object.fromEntries(["MTTQ", "HOI_PHU_NU", "HOI_NONG_DAN", "DOAN_THANH_NIEN"].map((o) => [`att_${c.bloc.org(o).id}`, "present"]));
  const tasks = viaDialog
    ? {}
    : Object.fromEntries(
        OWNERS.flatMap((owner, i) => {
          const key = randomUUID();
          return [
            [`task_${key}_title`, `Nhiệm vụ ${i + 1} của tuần ${heldOn}`],
            [`task_${key}_ownerId`, c.bloc.org(owner).id],
            [`task_${key}_dueOn`, dueOn],
          ];
        }),
      );
  const saved = await runAction(
    db,
    saveMeeting,
    {
      unitId: c.bloc.unit.id,
      submissionId: randomUUID(),
      heldOn,
      place: "Hội trường UBND xã",
      chairId: c.bloc.head.id,
      ...attendance,
      [`wg_${group[0]}`]: "Tuyên truyền Nghị quyết của Đảng ủy về xây dựng nông thôn mới",
      [`wg_${group[1]}`]: "Nắm tình hình nhân dân ở các thôn",
      discussion: "Các đoàn thể báo cáo kết quả tuần qua",
      conclusions: "Giao nhiệm vụ cho các tổ chức",
      ...tasks,
    },
    c.head.actor,
    ctx(),
  );
  if (!saved.ok) return false;
  if (!viaDialog) return true;
  const meetingId = saved.data!.meetingId as string;
  for (const [i, owner] of OWNERS.entries()) {
    const task = await runAction(
      db,
      addTask,
      {
        meetingId,
        submissionId: randomUUID(),
        title: `Nhiệm vụ ${i + 1} của tuần ${heldOn}`,
        ownerId: c.bloc.org(owner).id,
        dueOn,
      },
      c.head.actor,
      ctx(),
    );
    if (!task.ok) return false;
  }
  return true;
}

/** A draft's text changed, with its current version (one draft per writer). */
const drafts: { id: string; version: number; c: Commune }[] = [];
async function updateOne(w: number) {
  const d = drafts[w];
  const r = await runAction(
    db,
    saveMeeting,
    {
      meetingId: d.id,
      unitId: d.c.bloc.unit.id,
      submissionId: randomUUID(),
      version: String(d.version),
      heldOn: "2018-08-06",
      kind: "EXTRAORDINARY",
      [`att_${d.c.bloc.org("MTTQ").id}`]: "present",
      discussion: `Bản nháp, lần sửa ${d.version}`,
      conclusions: "Đang soạn",
    },
    d.c.head.actor,
    ctx(),
  );
  if (r.ok) d.version = r.data!.version as number;
  return r.ok;
}

type Kind = "save" | "dialog" | "update";

async function round(kind: Kind, count: number) {
  const latencies: number[] = [];
  let errors = 0;
  let done = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, w) => {
      while (done < count) {
        done++;
        const s = performance.now();
        const ok = kind === "update" ? await updateOne(w) : await saveOne(kind === "dialog");
        latencies.push(performance.now() - s);
        if (!ok) errors++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    perSecond: latencies.length / seconds,
    p50: latencies[Math.floor(latencies.length * 0.5)],
    p95: latencies[Math.floor(latencies.length * 0.95)],
    errors,
  };
}

for (let w = 0; w < WRITERS; w++) {
  const c = communes[communes.length - 1 - w];
  const r = await runAction(
    db,
    saveMeeting,
    {
      unitId: c.bloc.unit.id,
      submissionId: randomUUID(),
      heldOn: "2018-08-06",
      kind: "EXTRAORDINARY",
      [`att_${c.bloc.org("MTTQ").id}`]: "present",
      conclusions: "Đang soạn",
    },
    c.head.actor,
    ctx(),
  );
  drafts.push({ id: r.data!.meetingId as string, version: r.data!.version as number, c });
}

const results: Record<Kind, Awaited<ReturnType<typeof round>>[]> = { save: [], dialog: [], update: [] };
for (const kind of (process.env.BENCH_KINDS?.split(",") ?? ["save", "dialog", "update"]) as Kind[]) {
  await round(kind, 64); // warm-up
  for (let i = 0; i < ROUNDS; i++) results[kind].push(await round(kind, PER_ROUND));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const range = (xs: number[]) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;
const line = (label: string, rs: Awaited<ReturnType<typeof round>>[]) =>
  !rs.length
    ? `| ${label} | not run | | | | | |`
    : `| ${label} | ${median(rs.map((r) => r.perSecond)).toFixed(0)} | ${range(rs.map((r) => r.perSecond))} | ${median(rs.map((r) => r.p50)).toFixed(1)} | ${median(rs.map((r) => r.p95)).toFixed(1)} | ${range(rs.map((r) => r.p95))} | ${rs.reduce((n, r) => n + r.errors, 0)} |`;
const saves = median(results.save.map((r) => r.perSecond));
const p95 = median(results.save.map((r) => r.p95));
const errors = Object.values(results)
  .flat()
  .reduce((n, r) => n + r.errors, 0);
const met = saves >= 300 && p95 <= 100 && errors === 0;
const report = [
  "",
  heading("npm run bench:writes"),
  "",
  `Machine: ${machine()}; SQLite (WAL), through the action path in one process, ${WRITERS} concurrent writers; ${ROUNDS} rounds of ${PER_ROUND} after a warm-up round.`,
  "",
  "| Write | per second (median) | spread | p50 ms | p95 ms (median) | p95 spread | errors |",
  "|---|---|---|---|---|---|---|",
  line("meeting save: the form with attendance, 2 agenda items and 2 new tasks (1 transaction)", results.save),
  line("the same meeting, its 2 tasks then added in the task dialog (3 transactions)", results.dialog),
  line("draft update (text and version)", results.update),
  "",
  `Target ≥ 300 meeting saves/s at p95 ≤ 100 ms with zero errors: ${met ? "met" : `missed (${saves.toFixed(0)}/s at p95 ${p95.toFixed(1)} ms, ${errors} errors)`}.`,
  "",
].join("\n");
publish(report);
await db.$disconnect();
