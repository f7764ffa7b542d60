// Two-person sign-off against a real database: the secretary records and submits minutes, the chair
// approves them; a report is prepared by one account and signed and sent by another; the same account may do both only under a dual post the reviewing body recorded; nothing is
// numbered or changed by a refused approval; every step is audited and shown on the record.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { saveMeeting } from "@/lib/meetings/definitions";
import { moveMeeting } from "@/lib/meetings/move-definitions";
import { minutesSignOff } from "@/lib/meetings/queries";
import { recordDualPost, revokeDualPost } from "@/lib/signoff/definitions";
import { signingRights, signOffRecord } from "@/lib/signoff/queries";
import { openReport } from "@/lib/reports/definitions";
import { prepareReport, reviewReport, submitReport } from "@/lib/reports/move-definitions";
import { ctx, makeUser, operatingBloc, sendReport, type MadeUser } from "../support/factories";

const CODE = "06676";

let made: ReturnType<typeof build> | undefined;
/** One commune's bloc for the file (a commune has one bloc), with fresh accounts per test. */
const setup = () => (made ??= build());

async function build() {
  const bloc = await operatingBloc(CODE);
  const district = await db.unit.findUniqueOrThrow({ where: { id: bloc.unit.parentId! } });
  const head = await makeUser("BLOC_HEAD", CODE);
  const secretary = await makeUser("BLOC_HEAD", CODE);
  const reviewer = await makeUser("REVIEWER", district.code);
  let day = 6;
  /** A held meeting with chair, secretary and conclusions, ready for its minutes to be submitted. */
  const held = async () => {
    const saved = await runAction(
      db,
      saveMeeting,
      {
        unitId: bloc.unit.id,
        submissionId: randomUUID(),
        kind: "EXTRAORDINARY",
        heldOn: `2018-08-${String(day++).padStart(2, "0")}`,
        place: "Hội trường UBND",
        chairId: bloc.head.id,
        secretaryName: "Lê Thị Thư",
        conclusions: "Thống nhất triển khai",
        [`att_${bloc.org("MTTQ").id}`]: "present",
      },
      head.actor,
      ctx(),
    );
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    const id = saved.data!.meetingId as string;
    expect((await move(id, "hold", head)).ok).toBe(true);
    return id;
  };
  const move = async (meetingId: string, mv: string, who: MadeUser) => {
    const m = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    return runAction(db, moveMeeting, { meetingId, version: String(m.version), move: mv }, who.actor, ctx());
  };
  const dual = (who: MadeUser, userId: string, note = "Chủ tịch Ủy ban MTTQ xã kiêm thư ký giao ban") =>
    runAction(db, recordDualPost, { unitId: bloc.unit.id, userId, note }, who.actor, ctx());
  return { bloc, head, secretary, reviewer, held, move, dual };
}

describe("two-person sign-off of minutes", () => {
  it("refuses the one who submitted the minutes as their approver, changes nothing, and shows both people once approved", async () => {
    const s = await setup();
    const id = await s.held();
    expect((await s.move(id, "submit", s.head)).ok).toBe(true);
    const refused = await s.move(id, "approve", s.head);
    expect(refused.ok).toBe(false);
    expect(refused.formError).toMatch(/^Bạn đã ghi và trình biên bản này: biên bản phải do người chủ trì duyệt, bằng một tài khoản khác\./);
    // Nothing half-issued: no number, no register row, the status as it was.
    expect(await db.meeting.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "MINUTES_SUBMITTED", minutesNumber: null, approvedById: null });
    expect(await db.registerEntry.count({ where: { entityId: id } })).toBe(0);
    // Returned to be corrected, then recorded by the secretary and approved by the head.
    const m = await db.meeting.findUniqueOrThrow({ where: { id } });
    await runAction(
      db,
      moveMeeting,
      { meetingId: id, version: String(m.version), move: "return", reason: "Bổ sung ý kiến của Hội Nông dân" },
      s.head.actor,
      ctx(),
    );
    expect((await s.move(id, "submit", s.secretary)).ok).toBe(true);
    expect((await s.move(id, "approve", s.secretary)).formError).toMatch(/Bạn đã ghi và trình biên bản này/);
    const approved = await s.move(id, "approve", s.head);
    expect(approved).toMatchObject({ ok: true, message: "Đã duyệt biên bản số 1-BB/ĐU." });
    const after = await db.meeting.findUniqueOrThrow({ where: { id } });
    expect(after).toMatchObject({ submittedById: s.secretary.userId, approvedById: s.head.userId });
    const shown = await minutesSignOff(after);
    expect(shown).toMatchObject({ first: { name: s.secretary.actor.displayName }, second: { name: s.head.actor.displayName }, samePerson: false });
    // Each step is in the audit trail with its actor: the refusals too.
    const events = await db.auditEvent.findMany({ where: { entityId: id, action: "meeting.move" }, orderBy: { occurredAt: "asc" } });
    const steps = events.map((e) => [e.actorUserId === s.head.userId ? "head" : "secretary", e.outcome, JSON.parse(e.after ?? "{}").status ?? null]);
    expect(steps).toContainEqual(["secretary", "ALLOWED", "MINUTES_SUBMITTED"]);
    expect(steps).toContainEqual(["head", "ALLOWED", "APPROVED"]);
  });

  it("lets one person do both only under a dual post the reviewing body recorded, and not after it is revoked", async () => {
    const s = await setup();
    // No one records it for themselves; the head's role cannot record it at all.
    expect((await s.dual(s.head, s.head.userId)).ok).toBe(false);
    expect(await db.auditEvent.count({ where: { action: "signoff.record_dual_post", outcome: "DENIED", actorUserId: s.head.userId } })).toBe(1);
    expect((await s.dual(s.reviewer, s.reviewer.userId)).formError).toMatch(/Không ai tự ghi nhận mình kiêm nhiệm/);
    // Only an account holding a signing post in the commune.
    const officer = await makeUser("ORG_OFFICER", CODE, { organisationCode: "HOI_PHU_NU" });
    expect((await s.dual(s.reviewer, officer.userId)).fieldErrors?.userId?.[0]).toMatch(/không giữ chức danh ký duyệt/);
    expect((await s.dual(s.reviewer, s.head.userId, "ab")).fieldErrors?.note).toBeTruthy();
    const recorded = await s.dual(s.reviewer, s.head.userId);
    expect(recorded.ok).toBe(true);
    expect((await s.dual(s.reviewer, s.head.userId)).formError).toMatch(/đã được ghi nhận kiêm nhiệm từ trước/);

    const first = await s.held();
    expect((await s.move(first, "submit", s.head)).ok).toBe(true);
    expect((await s.move(first, "approve", s.head)).ok).toBe(true);
    const approved = await db.meeting.findUniqueOrThrow({ where: { id: first } });
    expect((await minutesSignOff(approved)).samePerson).toBe(true);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: first, action: "meeting.move", outcome: "ALLOWED" },
      orderBy: { occurredAt: "desc" },
    });
    expect(JSON.parse(event.after!)).toMatchObject({ status: "APPROVED", signedUnderDualPost: true });

    const row = await db.dualPost.findUniqueOrThrow({ where: { unitId_userId: { unitId: s.bloc.unit.id, userId: s.head.userId } } });
    expect((await runAction(db, revokeDualPost, { dualPostId: row.id, version: String(row.version) }, s.reviewer.actor, ctx())).ok).toBe(true);
    const second = await s.held();
    expect((await s.move(second, "submit", s.head)).ok).toBe(true);
    expect((await s.move(second, "approve", s.head)).formError).toMatch(/Bạn đã ghi và trình biên bản này/);
    // The revoked record stays, with who revoked it.
    expect(await db.dualPost.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ revokedById: s.reviewer.userId, recordedById: s.reviewer.userId });
    expect(await db.auditEvent.count({ where: { entityId: row.id, outcome: "ALLOWED" } })).toBe(2);
  });
});

describe("two-person sign-off of reports", () => {
  const REPORT_CODE = "06934";

  it("has one account prepare and another sign and send; a dual post lets one person do both; a return starts both steps again", async () => {
    const bloc = await operatingBloc(REPORT_CODE);
    const head = await makeUser("BLOC_HEAD", REPORT_CODE);
    const clerk = await makeUser("BLOC_HEAD", REPORT_CODE);
    const staff = await makeUser("REVIEWER", "201");
    const open = async (periodKey: string) =>
      String(
        (await runAction(db, openReport, { regimeCode: "situation.monthly", unitId: bloc.unit.id, periodKey, submissionId: randomUUID() }, head.actor, ctx()))
          .data!.reportId,
      );
    const move = async (reportId: string, mv: string, who: MadeUser, over: Record<string, string> = {}) => {
      const r = await db.report.findUniqueOrThrow({ where: { id: reportId } });
      const def = mv === "prepare" ? prepareReport : mv === "submit" ? submitReport : reviewReport;
      return runAction(db, def, { reportId, version: String(r.version), move: mv, ...over }, who.actor, ctx());
    };

    const june = await open("2018-06");
    expect((await move(june, "submit", head)).formError).toMatch(/^Báo cáo chưa được trình ký: người soạn bấm “Trình ký”/);
    expect((await move(june, "prepare", clerk)).message).toMatch(/^Đã trình ký báo cáo/);
    expect((await move(june, "submit", clerk)).formError).toMatch(/^Bạn đã soạn và trình ký báo cáo này/);
    // Nothing half-issued by the refusals: no number, still a draft.
    expect(await db.registerEntry.count({ where: { entityId: june } })).toBe(0);
    expect((await db.report.findUniqueOrThrow({ where: { id: june } })).status).toBe("DRAFT");
    // The page's view before signing: the head may sign, the clerk may not.
    expect(await signingRights(head.actor, bloc.unit.id, clerk.userId)).toMatchObject({ maySign: true, dual: false });
    expect(await signingRights(clerk.actor, bloc.unit.id, clerk.userId)).toMatchObject({ maySign: false, preparedByMe: true });
    expect((await move(june, "submit", head)).message).toMatch(/^Đã ký và gửi báo cáo số 1-BC\/ĐU tới Hải Hà/);
    const sent = await db.report.findUniqueOrThrow({ where: { id: june } });
    expect(sent).toMatchObject({ status: "SUBMITTED", preparedById: clerk.userId, signedById: head.userId });
    const shown = await signOffRecord({ by: sent.preparedById, at: sent.preparedAt }, { by: sent.signedById, at: sent.signedAt }, true);
    expect(shown).toMatchObject({ first: { name: clerk.actor.displayName }, second: { name: head.actor.displayName }, samePerson: false });
    // Each step in the audit trail under its own action, with its actor.
    const events = await db.auditEvent.findMany({ where: { entityId: june, outcome: "ALLOWED" }, orderBy: { occurredAt: "asc" } });
    expect(events.map((e) => [e.action, e.actorUserId])).toEqual([
      ["report.open", head.userId],
      ["report.prepare", clerk.userId],
      ["report.submit", head.userId],
    ]);

    // Returned: both steps are cleared, and the report is prepared and signed again; it keeps its number.
    expect((await move(june, "return", staff, { reason_mood: "Bổ sung tâm trạng của đoàn viên" })).ok).toBe(true);
    expect(await db.report.findUniqueOrThrow({ where: { id: june } })).toMatchObject({ preparedById: null, signedById: null });
    expect((await move(june, "submit", head)).formError).toMatch(/^Báo cáo chưa được trình ký/);
    expect((await sendReport(june, clerk, head)).message).toMatch(/số 1-BC\/ĐU/);

    // A head recorded as holding both posts prepares nothing and signs alone; the record and audit say so.
    expect(
      (await runAction(db, recordDualPost, { unitId: bloc.unit.id, userId: head.userId, note: "Trưởng khối kiêm soạn báo cáo" }, staff.actor, ctx())).ok,
    ).toBe(true);
    const july = await open("2018-07");
    expect((await move(july, "submit", head)).message).toMatch(/^Đã ký và gửi báo cáo số 2-BC\/ĐU/);
    const alone = await db.report.findUniqueOrThrow({ where: { id: july } });
    expect(await signOffRecord({ by: alone.preparedById, at: alone.preparedAt }, { by: alone.signedById, at: alone.signedAt }, true)).toMatchObject({
      first: null,
      second: { name: head.actor.displayName },
      samePerson: true,
    });
    const signed = await db.auditEvent.findFirstOrThrow({ where: { entityId: july, action: "report.submit", outcome: "ALLOWED" } });
    expect(JSON.parse(signed.after!)).toMatchObject({ status: "SUBMITTED", signedUnderDualPost: true });
  });
});
