// E-mail through a real SMTP server started by the test: each event's message reaches exactly the people
// it is for, once; the Monday digest lists what the business date makes due; a server that is down delays
// the mail without losing it; a bounce is marked and not retried; two runners never both send.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { simpleParser, type ParsedMail } from "mailparser";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { saveMeeting } from "@/lib/meetings/definitions";
import { addTask } from "@/lib/tasks/definitions";
import { produceReminders } from "@/lib/notifications/reminders";
import { produceDigests } from "@/lib/mail/digest";
import { sendDue, MAIL_LEASE } from "@/lib/mail/runner";
import { smtpTransport } from "@/lib/mail/transport";
import { startSink, type Sink } from "@/lib/mail/sink";
import { parseIsoDate } from "@/lib/time/business-date";
import { ctx, makeUser, operatingBloc } from "../support/factories";

const d = (s: string) => parseIsoDate(s)!;
let sink: Sink;
const FROM = '"Cổng khối MTTQ cấp xã" <no-reply@localhost>';
const send = (holder = "runner-a", now = () => new Date()) => sendDue(db, smtpTransport(`smtp://127.0.0.1:${sink.port}`), { holder, from: FROM, now });
const inbox = async (): Promise<ParsedMail[]> => Promise.all(sink.received.map((m) => simpleParser(m.raw)));
const addresses = (mail: ParsedMail[]) => mail.map((m) => (Array.isArray(m.to) ? m.to[0] : m.to)!.value[0].address ?? "").sort();

beforeAll(async () => {
  sink = await startSink();
});
afterAll(() => sink.close());
beforeEach(async () => {
  sink.received.length = 0;
  await db.runnerLease.deleteMany();
});

async function meetingOf(code: string, email: string | null = null) {
  const bloc = await operatingBloc(code);
  const head = await makeUser("BLOC_HEAD", code, { email });
  const saved = await runAction(
    db,
    saveMeeting,
    { unitId: bloc.unit.id, submissionId: randomUUID(), heldOn: "2018-08-06", [`att_${bloc.org("MTTQ").id}`]: "present" },
    head.actor,
    ctx(),
  );
  expect(saved.ok, JSON.stringify(saved)).toBe(true);
  return { ...bloc, head, meetingId: String(saved.data!.meetingId) };
}

describe("e-mail", () => {
  it("sends a task's assignment once to the officers who take it, in Vietnamese with a link back, and to no one else", async () => {
    const s = await meetingOf("06715", "head-06715@example.org");
    const women = await makeUser("ORG_OFFICER", "06715", { organisationCode: "HOI_PHU_NU", email: "phunu-06715@example.org" });
    const farmers = await makeUser("ORG_OFFICER", "06715", { organisationCode: "HOI_NONG_DAN", email: "nongdan-06715@example.org" });
    const elsewhere = await makeUser("ORG_OFFICER", "06718", { organisationCode: "HOI_PHU_NU", email: "phunu-06718@example.org" });
    const noAddress = await makeUser("ORG_OFFICER", "06715", { organisationCode: "HOI_PHU_NU" });
    const form = {
      meetingId: s.meetingId,
      submissionId: randomUUID(),
      title: "Vận động hộ nghèo vay vốn",
      ownerId: s.org("HOI_PHU_NU").id,
      dueOn: "2018-08-20",
    };
    expect((await runAction(db, addTask, form, s.head.actor, ctx())).ok).toBe(true);
    expect((await runAction(db, addTask, form, s.head.actor, ctx())).ok).toBe(true);
    // Written with the task, sent by the runner: the request did not wait for SMTP.
    expect(await db.outboundMail.count({ where: { status: "PENDING" } })).toBe(1);
    expect(sink.received).toEqual([]);
    expect(await send()).toMatchObject({ held: true, sent: 1 });
    expect(await send()).toMatchObject({ sent: 0 });
    const [mail] = await inbox();
    expect(addresses(await inbox())).toEqual(["phunu-06715@example.org"]);
    expect(mail.subject).toBe("[Cổng khối MTTQ cấp xã] Nhiệm vụ mới được giao: Nhiệm vụ mới: Vận động hộ nghèo vay vốn (hạn 20/08/2018)");
    expect(mail.text).toContain("http://localhost:3000/communes/06715/tasks");
    expect(mail.html).toContain('href="http://localhost:3000/communes/06715/tasks"');
    expect(mail.text).toMatch(/Không muốn nhận nữa \(không cần đăng nhập\): http:\/\/localhost:3000\/unsubscribe\?t=[\w-]{43}/);
    expect(sink.received[0].raw).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(sink.received[0].raw).toMatch(/List-Unsubscribe:\s+<http:\/\/localhost:3000\/api\/unsubscribe\?t=[\w-]{43}>/);
    expect(mail.messageId).toMatch(/@bloc-portal\./);
    for (const u of [farmers, elsewhere, noAddress, s.head]) expect(await db.outboundMail.count({ where: { userId: u.userId } })).toBe(0);
    expect(women.userId).toBeTruthy();
  });

  it("mails a reminder only to those who chose its kind, once however often reminders run", async () => {
    const s = await meetingOf("06718");
    const chose = await makeUser("ORG_OFFICER", "06718", { organisationCode: "HOI_CUU_CHIEN_BINH", email: "ccb-06718@example.org" });
    const declined = await makeUser("ORG_OFFICER", "06718", { organisationCode: "HOI_CUU_CHIEN_BINH", email: "ccb2-06718@example.org" });
    await db.mailPreference.create({ data: { userId: declined.userId, topic: "TASK_OVERDUE", email: false } });
    // Due soon is not mailed by default (the digest lists it); this officer asked for it.
    await db.mailPreference.create({ data: { userId: chose.userId, topic: "TASK_DUE_SOON", email: true } });
    const task = (title: string, dueOn: string) => ({
      meetingId: s.meetingId,
      submissionId: randomUUID(),
      title,
      ownerId: s.org("HOI_CUU_CHIEN_BINH").id,
      dueOn,
    });
    expect((await runAction(db, addTask, task("Sửa nhà tình nghĩa", "2018-08-10"), s.head.actor, ctx())).ok).toBe(true);
    expect((await runAction(db, addTask, task("Thăm gia đình chính sách", "2018-08-15"), s.head.actor, ctx())).ok).toBe(true);
    await db.outboundMail.deleteMany({ where: { topic: "TASK_ASSIGNED" } });
    for (let i = 0; i < 3; i++) await produceReminders(db, d("2018-08-13"), new Date("2018-08-13T02:00:00Z"));
    await send();
    const mail = await inbox();
    // The officer who declined overdue mail gets none; the one who chose "due soon" gets both.
    expect(mail.map((m) => [addresses([m])[0], m.subject]).sort()).toEqual([
      ["ccb-06718@example.org", "[Cổng khối MTTQ cấp xã] Nhiệm vụ quá hạn: Nhiệm vụ quá hạn từ 10/08/2018: Sửa nhà tình nghĩa"],
      ["ccb-06718@example.org", "[Cổng khối MTTQ cấp xã] Nhiệm vụ sắp đến hạn: Nhiệm vụ đến hạn 15/08/2018: Thăm gia đình chính sách"],
    ]);
  });

  it("lists in the Monday digest what the week makes due, per person's scope, once a week", async () => {
    const s = await meetingOf("06721", "head-06721@example.org");
    const reviewer = await makeUser("REVIEWER", "194", { email: "huyen-194@example.org" });
    const officer = await makeUser("ORG_OFFICER", "06721", { organisationCode: "DOAN_THANH_NIEN", email: "doan-06721@example.org" });
    const quiet = await makeUser("BLOC_HEAD", "06724", { email: "head-06724@example.org" });
    const optedOut = await makeUser("BLOC_HEAD", "06721", { email: "head2-06721@example.org" });
    await db.mailPreference.create({ data: { userId: optedOut.userId, topic: "DIGEST", email: false } });
    const task = (title: string, owner: string, dueOn: string) => ({
      meetingId: s.meetingId,
      submissionId: randomUUID(),
      title,
      ownerId: s.org(owner).id,
      dueOn,
    });
    for (const [title, owner, dueOn] of [
      ["Dọn vệ sinh kênh mương", "DOAN_THANH_NIEN", "2018-08-08"],
      ["Tập huấn kỹ thuật trồng rừng", "HOI_NONG_DAN", "2018-08-16"],
      ["Họp tổng kết quý", "MTTQ", "2018-09-30"],
    ])
      expect((await runAction(db, addTask, task(title, owner, dueOn), s.head.actor, ctx())).ok).toBe(true);
    await db.outboundMail.deleteMany();
    // Monday 13/08/2018, 06:59 in Vietnam: not yet; from 07:00, once.
    expect(await produceDigests(db, d("2018-08-13"), new Date("2018-08-12T23:59:00Z"))).toEqual({ recipients: 0, written: 0 });
    expect((await produceDigests(db, d("2018-08-13"), new Date("2018-08-13T00:00:00Z"))).written).toBeGreaterThan(0);
    expect((await produceDigests(db, d("2018-08-13"), new Date("2018-08-13T03:00:00Z"))).written).toBe(0);
    await send();
    // Only this test's people (the database also holds the other tests' communes).
    const mail = (await inbox()).filter((m) => /-0672\d@|huyen-194@/.test(addresses([m])[0]));
    expect(addresses(mail)).toEqual(["doan-06721@example.org", "head-06721@example.org", "huyen-194@example.org"]);
    const of = (address: string) => mail.find((m) => addresses([m])[0] === address)!;
    const head = of("head-06721@example.org");
    expect(head.subject).toBe("[Cổng khối MTTQ cấp xã] Tuần 13/08/2018 – 19/08/2018: 2 việc đến hạn và quá hạn");
    expect(head.text).toContain("Nhiệm vụ quá hạn (1)\n- Dọn vệ sinh kênh mương — quá hạn từ 08/08/2018\n  http://localhost:3000/communes/06721/tasks");
    expect(head.text).toContain("Nhiệm vụ đến hạn trong tuần (1)\n- Tập huấn kỹ thuật trồng rừng — hạn 16/08/2018");
    expect(head.text).not.toContain("Họp tổng kết quý");
    expect(head.html).toContain("Dọn vệ sinh kênh mương");
    // The reviewer sees the commune named; the youth union's officer only its own task.
    expect(of("huyen-194@example.org").text).toContain("- Dọn vệ sinh kênh mương — Phường Trà Cổ · quá hạn từ 08/08/2018");
    expect(of("doan-06721@example.org").text).toContain("Dọn vệ sinh kênh mương");
    expect(of("doan-06721@example.org").text).not.toContain("Tập huấn kỹ thuật trồng rừng");
    expect(quiet.userId && optedOut.userId && reviewer.userId && officer.userId).toBeTruthy();
  });

  it("keeps the mail while the server is down and sends it when it is back; a bounce is marked and not retried", async () => {
    const s = await meetingOf("06727");
    await makeUser("ORG_OFFICER", "06727", { organisationCode: "HOI_PHU_NU", email: "phunu-06727@example.org" });
    const bouncing = await makeUser("ORG_OFFICER", "06727", { organisationCode: "HOI_PHU_NU", email: "bounce-06727@example.org" });
    await makeUser("ORG_OFFICER", "06727", { organisationCode: "HOI_PHU_NU", email: "defer-06727@example.org" });
    await db.outboundMail.deleteMany();
    const form = { meetingId: s.meetingId, submissionId: randomUUID(), title: "Hỗ trợ hộ bị thiên tai", ownerId: s.org("HOI_PHU_NU").id, dueOn: "2018-08-20" };
    expect((await runAction(db, addTask, form, s.head.actor, ctx())).ok).toBe(true);
    // Nobody listens on this port: the first message waits, the run stops there, nothing is lost.
    const down = await sendDue(db, smtpTransport("smtp://127.0.0.1:9"), { holder: "runner-a", from: FROM });
    expect(down).toMatchObject({ sent: 0, retried: 1 });
    const waiting = await db.outboundMail.findMany({ where: { status: "PENDING" } });
    expect(waiting).toHaveLength(3);
    const retried = waiting.find((m) => m.attempts === 1)!;
    expect(retried.lastError).toMatch(/ECONNREFUSED|ECONNECTION|ESOCKET/);
    expect(retried.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 50_000);
    // The server is back: the untried message goes now; the retried one at its time.
    // A temporary refusal (451) waits for its retry; a permanent one (550) bounces.
    expect(await send()).toMatchObject({ sent: 0, bounced: 1, retried: 1 });
    const deferred = await db.outboundMail.findFirstOrThrow({ where: { to: "defer-06727@example.org" } });
    expect(deferred).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(deferred.lastError).toMatch(/^451 /);
    expect(await send("runner-a", () => new Date(Date.now() + 61_000))).toMatchObject({ sent: 1 });
    expect(addresses(await inbox())).toEqual(["phunu-06727@example.org"]);
    const bounced = await db.outboundMail.findFirstOrThrow({ where: { to: "bounce-06727@example.org" } });
    expect(bounced).toMatchObject({ status: "BOUNCED", attempts: 1 });
    expect(bounced.lastError).toMatch(/^550 /);
    expect((await db.user.findUniqueOrThrow({ where: { id: bouncing.userId } })).emailBouncedAt).not.toBeNull();
    // Nothing more is written for the bounced address.
    const again = { ...form, submissionId: randomUUID(), title: "Lần hai" };
    expect((await runAction(db, addTask, again, s.head.actor, ctx())).ok).toBe(true);
    expect(await db.outboundMail.count({ where: { to: "bounce-06727@example.org" } })).toBe(1);
  });

  it("lets one runner send at a time: a second waits for the lease to expire", async () => {
    const s = await meetingOf("06730");
    await makeUser("ORG_OFFICER", "06730", { organisationCode: "HOI_PHU_NU", email: "phunu-06730@example.org" });
    await db.outboundMail.deleteMany();
    for (let i = 0; i < 5; i++)
      expect(
        (
          await runAction(
            db,
            addTask,
            { meetingId: s.meetingId, submissionId: randomUUID(), title: `Việc ${i}`, ownerId: s.org("HOI_PHU_NU").id, dueOn: "2018-08-20" },
            s.head.actor,
            ctx(),
          )
        ).ok,
      ).toBe(true);
    const [a, b] = await Promise.all([send("runner-a"), send("runner-b")]);
    expect([a.held, b.held].sort()).toEqual([false, true]);
    expect(a.sent + b.sent).toBe(5);
    expect(sink.received).toHaveLength(5);
    const lease = await db.runnerLease.findUniqueOrThrow({ where: { name: MAIL_LEASE } });
    const loser = lease.holder === "runner-a" ? "runner-b" : "runner-a";
    expect((await send(loser)).held).toBe(false);
    expect((await send(loser, () => new Date(Date.now() + 61_000))).held).toBe(true);
  });
});
