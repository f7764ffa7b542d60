// The mail runner killed (kill -9) in the middle of a batch, then started again: every message arrives, and
// the only one that can arrive twice is the one that was in the server's hands at the kill, under the same
// Message-ID. Two real runner processes (npm run mail) against the test's own SMTP server.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { enqueue, optionalMail } from "@/lib/mail/outbox";
import { noticeMail } from "@/lib/mail/render";
import { startSink, type Sink } from "@/lib/mail/sink";
import { makeUser } from "../support/factories";

const ROOT = path.resolve(import.meta.dirname, "../..");
const MESSAGES = 40;
const children: ChildProcess[] = [];
let sink: Sink;

function runner(): ChildProcess {
  // Node itself with tsx's loader in process: the tsx command would run the runner in a child of its own,
  // which a SIGKILL of the command does not reach.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/mail.ts"], {
    cwd: ROOT,
    env: { ...process.env, SMTP_URL: `smtp://127.0.0.1:${sink.port}`, MAIL_INTERVAL_S: "1", MAIL_LEASE_S: "2" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stderr!.on("data", (d: Buffer) => process.stderr.write(d));
  children.push(child);
  return child;
}

async function until(what: string, test: () => Promise<boolean> | boolean, ms = 90_000) {
  const end = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const messageIdOf = (raw: string) => /^Message-ID:\s*<([^@>]+)@/im.exec(raw)?.[1];

afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
  await sink?.close();
});

describe("mail runner crash", () => {
  it("loses nothing and doubles nothing but the message in flight when killed mid-batch", async () => {
    // Each message takes the server 80 ms to accept: a kill lands while one is in its hands.
    sink = await startSink({ delayMs: 80 });
    const user = await makeUser("BLOC_HEAD", "06751", { email: "head-06751@example.org" });
    await enqueue(
      db,
      Array.from({ length: MESSAGES }, (_, i) =>
        optionalMail(`crash:${i}`, user.userId, "head-06751@example.org", "TASK_ASSIGNED", (unsubscribe) =>
          noticeMail({ topic: "TASK_ASSIGNED", displayName: "Người thử", title: `Việc số ${i}`, link: "/", unsubscribe }),
        ),
      ),
    );
    const ids = new Set((await db.outboundMail.findMany({ select: { id: true } })).map((m) => m.id));
    expect(ids.size).toBe(MESSAGES);

    const first = runner();
    await until("a third of the batch", () => sink.received.length >= MESSAGES / 3);
    const holder = (await db.runnerLease.findUniqueOrThrow({ where: { name: "mail" } })).holder;
    expect(holder).toContain(`:${first.pid}:`);
    first.kill("SIGKILL");
    const [, signal] = await new Promise<[number | null, string | null]>((r) => first.once("exit", (code, sig) => r([code, sig])));
    expect(signal).toBe("SIGKILL");
    const inFlight = (await db.outboundMail.findMany({ where: { status: "SENDING" }, select: { id: true } })).map((m) => m.id);
    expect(inFlight.length).toBeLessThanOrEqual(1);
    const sentBefore = await db.outboundMail.count({ where: { status: "SENT" } });
    expect(sentBefore).toBeLessThan(MESSAGES);

    // A new runner takes over once the dead one's lease has expired, and finishes the batch.
    const second = runner();
    await until("every message sent", async () => (await db.outboundMail.count({ where: { status: "SENT" } })) === MESSAGES);
    // The second runner took the lease over from the dead one.
    expect((await db.runnerLease.findUniqueOrThrow({ where: { name: "mail" } })).holder).toContain(`:${second.pid}:`);
    second.kill("SIGTERM");
    await new Promise((r) => second.once("exit", r));
    // Let a message the server was still accepting at the kill land before counting.
    await new Promise((r) => setTimeout(r, 300));

    const received = sink.received.map((m) => messageIdOf(m.raw));
    expect(new Set(received)).toEqual(ids);
    const twice = received.filter((id, i) => received.indexOf(id) !== i);
    expect(twice.every((id) => inFlight.includes(id!))).toBe(true);
    expect(received.length).toBeLessThanOrEqual(MESSAGES + inFlight.length);
    expect(await db.outboundMail.count({ where: { status: { not: "SENT" } } })).toBe(0);
    console.log(
      `mail runner kill -9: ${sentBefore} recorded sent before the kill, ${inFlight.length} in flight, ${MESSAGES} of ${MESSAGES} received, ${twice.length} received twice (same Message-ID)`,
    );
  }, 120_000);
});
