// Registers of outgoing documents against a real database: numbers issued at finalising in sequence, with
// no gap and no duplicate when offices finalise at the same instant; where a register starts; a number
// voided by mistake stays voided and the document takes the next one; the register download.
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { saveMeeting } from "@/lib/meetings/definitions";
import { moveMeeting } from "@/lib/meetings/move-definitions";
import { setIssuingBody, setRegisterStart, voidRegisterEntry } from "@/lib/registers/definitions";
import { registerExport } from "@/lib/exports/register-exports";
import { registerPage, registerRows } from "@/lib/registers/queries";
import { meetingDetail } from "@/lib/meetings/queries";
import { issueNotice } from "@/lib/meetings/notice-definitions";
import { noticeOf } from "@/lib/meetings/notice";
import { approvePlan, savePlan } from "@/lib/supervision/plan-definitions";
import { minutesOf } from "@/lib/meetings/minutes";
import { addDays, parseIsoDate, toIsoDate } from "@/lib/time/business-date";
import { parseCsv } from "@/lib/files/csv";
import { UNIT_TYPE_LABEL, type UnitType } from "@/lib/units/labels";
import { ctx, makeUser, operatingBloc } from "../support/factories";

/** A bloc with `n` meetings held and their minutes submitted, ready for the chair's approval. */
async function submittedMinutes(code: string, n: number, model: "DAN_VAN_BLOC" | "JOINT_ADVISORY_UNIT" = "DAN_VAN_BLOC") {
  const bloc = await operatingBloc(code, { model });
  const head = await makeUser("BLOC_HEAD", code);
  const clerk = await makeUser("BLOC_HEAD", code);
  const secretary = await db.person.create({ data: { unitId: bloc.unit.id, fullName: "Lê Thị Thư", searchText: "le thi thu" } });
  const first = parseIsoDate("2018-01-08")!;
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const saved = await runAction(
      db,
      saveMeeting,
      {
        unitId: bloc.unit.id,
        submissionId: randomUUID(),
        heldOn: toIsoDate(addDays(first, 7 * i)),
        chairId: bloc.head.id,
        secretaryId: secretary.id,
        [`att_${bloc.org("MTTQ").id}`]: "present",
        conclusions: `Kết luận tuần ${i + 1}`,
      },
      head.actor,
      ctx(),
    );
    expect(saved.ok, saved.formError).toBe(true);
    ids.push(saved.data!.meetingId as string);
  }
  const move = async (meetingId: string, mv: string) => {
    const m = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    // The secretary submits, the chair approves (lib/signoff).
    return runAction(db, moveMeeting, { meetingId, version: String(m.version), move: mv }, mv === "submit" ? clerk.actor : head.actor, ctx());
  };
  for (const id of ids) for (const mv of ["hold", "submit"]) expect((await move(id, mv)).ok).toBe(true);
  return { ...bloc, head, clerk, ids, move };
}

const DAY = parseIsoDate("2018-08-13")!;

const typed = (u: { type: string; name: string }) => `${UNIT_TYPE_LABEL[u.type as UnitType]} ${u.name}`;

const labels = async (unitId: string) =>
  (await db.registerEntry.findMany({ where: { unitId }, orderBy: { number: "asc" } })).map((e) => [e.number, e.label, e.status]);

describe("registers", () => {
  it("gives minutes approved at the same instant consecutive numbers: no gap, no duplicate", async () => {
    const s = await submittedMinutes("06664", 12);
    // Twelve approvals at once on a register that does not exist yet (its creation races too).
    const results = await Promise.all(s.ids.map((id) => s.move(id, "approve")));
    expect(results.filter((r) => !r.ok).map((r) => r.formError)).toEqual([]);
    const numbers = (await db.meeting.findMany({ where: { id: { in: s.ids } } })).map((m) => m.minutesNumber!).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect((await labels(s.unit.id)).map(([, label]) => label)).toEqual(Array.from({ length: 12 }, (_, i) => `${i + 1}-BB/ĐU`));
    const register = await db.documentRegister.findFirstOrThrow({ where: { body: { unitId: s.unit.id } } });
    expect(register).toMatchObject({ year: 2018, kind: "MINUTES", startNumber: 1, nextNumber: 13 });
    // Each meeting's own number is the register's entry for it.
    for (const m of await db.meeting.findMany({ where: { id: { in: s.ids } } }))
      expect(await db.registerEntry.findFirstOrThrow({ where: { entityId: m.id } })).toMatchObject({ label: m.minutesLabel, signerName: "Nguyễn Văn Trưởng" });
  });

  it("starts where the body's paper register stands, and refuses a start below a number already issued", async () => {
    const s = await submittedMinutes("06667", 2, "JOINT_ADVISORY_UNIT");
    const set = (over: Record<string, unknown>, actor = s.head.actor) =>
      runAction(db, setRegisterStart, { unitId: s.unit.id, bodyKind: "FRONT_COMMITTEE", kind: "MINUTES", year: "2018", ...over }, actor, ctx());
    expect((await set({ startNumber: "abc" })).fieldErrors?.startNumber).toBeTruthy();
    expect((await set({ startNumber: "0" })).fieldErrors?.startNumber).toBeTruthy();
    expect((await set({ startNumber: "31", bodyKind: "SENATE" })).fieldErrors?.bodyKind).toBeTruthy();
    expect((await set({ startNumber: "31", bodyKind: "PARTY_COMMITTEE", kind: "DECISION" })).fieldErrors?.kind).toEqual([
      "Đảng ủy không có sổ quyết định công nhận.",
    ]);
    // Another commune's head cannot set it (recorded as a denial), nor can this head set another commune's.
    const stranger = await makeUser("BLOC_HEAD", "06670");
    expect((await set({ startNumber: "31" }, stranger.actor)).ok).toBe(false);
    expect(await db.documentRegister.count({ where: { body: { unitId: s.unit.id } } })).toBe(0);
    expect((await set({ startNumber: "31" })).message).toBe(`Sổ biên bản năm 2018 của Ủy ban MTTQ Việt Nam ${typed(s.unit)} bắt đầu từ số 31/BB-MTTQ.`);
    expect((await s.move(s.ids[0], "approve")).message).toBe("Đã duyệt biên bản số 31/BB-MTTQ.");
    expect((await set({ startNumber: "5" })).formError).toMatch(/đã cấp đến số 31\/BB-MTTQ: số bắt đầu 5 nhỏ hơn số đã cấp/);
    expect((await set({ startNumber: "40" })).formError).toMatch(/chỉ đặt được trước khi cấp số đầu tiên/);
    expect((await s.move(s.ids[1], "approve")).message).toBe("Đã duyệt biên bản số 32/BB-MTTQ.");
    const events = await db.auditEvent.findMany({ where: { action: "register.set_start", unitId: s.unit.id }, orderBy: { occurredAt: "asc" } });
    expect(events.filter((e) => e.outcome === "ALLOWED")).toHaveLength(1);
    expect(await db.auditEvent.count({ where: { action: "register.set_start", outcome: "DENIED", actorUserId: stranger.userId } })).toBe(1);
  });

  it("lets the body choose its symbol and format for the numbers it issues next; numbers issued keep theirs", async () => {
    const s = await submittedMinutes("06757", 2, "JOINT_ADVISORY_UNIT");
    expect((await s.move(s.ids[0], "approve")).message).toBe("Đã duyệt biên bản số 01/BB-MTTQ.");
    const set = (over: Record<string, unknown>, actor = s.head.actor) =>
      runAction(
        db,
        setIssuingBody,
        { unitId: s.unit.id, bodyKind: "FRONT_COMMITTEE", name: `Ủy ban MTTQ Việt Nam ${typed(s.unit)}`, symbol: "MTTQ", family: "FRONT", ...over },
        actor,
        ctx(),
      );
    expect((await set({ symbol: "MTTQ BTT" })).fieldErrors?.symbol?.[0]).toMatch(/chữ in hoa và chữ số/);
    expect((await set({ symbol: "MTTQ-" })).fieldErrors?.symbol).toBeTruthy();
    expect((await set({ family: "PARTY" })).fieldErrors?.family?.[0]).toMatch(/theo thể thức của Mặt trận hoặc của Nhà nước/);
    expect((await set({ bodyKind: "PARTY_COMMITTEE", family: "STATE" })).fieldErrors?.family?.[0]).toMatch(/thể thức của Đảng/);
    expect((await set({ name: "Ab" })).fieldErrors?.name).toBeTruthy();
    // Another commune's head may not; the body's own head may, typing the symbol in lower case.
    const stranger = await makeUser("BLOC_HEAD", "06682");
    expect((await set({ symbol: "X" }, stranger.actor)).ok).toBe(false);
    const name = `Ủy ban Mặt trận Tổ quốc Việt Nam ${typed(s.unit)}`;
    const saved = await set({ name, symbol: "mttq-btt", family: "STATE" });
    expect(saved.message).toBe(`Đã lưu ${name} (thể thức văn bản hành chính): số cấp từ nay có dạng 05/BB-MTTQ-BTT; số đã cấp giữ nguyên.`);
    // The minutes not yet approved are written as the body now writes: its name, its format, its symbol.
    const draft = minutesOf((await meetingDetail(s.head.actor, s.ids[1]))!);
    expect(draft).toMatchObject({ family: "STATE", number: "Số: …/BB-MTTQ-BTT", draft: true });
    expect(draft.issuer[0]).toBe(`ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM ${typed(s.unit).toLocaleUpperCase("vi")}`);
    expect((await s.move(s.ids[1], "approve")).message).toBe("Đã duyệt biên bản số 02/BB-MTTQ-BTT.");
    expect(minutesOf((await meetingDetail(s.head.actor, s.ids[1]))!).number).toBe("Số: 02/BB-MTTQ-BTT");
    expect(await labels(s.unit.id)).toEqual([
      [1, "01/BB-MTTQ", "ISSUED"],
      [2, "02/BB-MTTQ-BTT", "ISSUED"],
    ]);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "register.set_body", outcome: "ALLOWED", unitId: s.unit.id } });
    expect(JSON.parse(event.before!)).toMatchObject({ symbol: "MTTQ", family: "FRONT" });
    expect(JSON.parse(event.after!)).toMatchObject({ symbol: "MTTQ-BTT", family: "STATE" });
  });

  it("keeps a voided number in the register with its reason, never issues it again, and gives the document the next one", async () => {
    const s = await submittedMinutes("06673", 2);
    for (const id of s.ids) expect((await s.move(id, "approve")).ok).toBe(true);
    const first = await db.registerEntry.findFirstOrThrow({ where: { entityId: s.ids[0] } });
    const voidIt = (reason: string, entryId = first.id, actor = s.head.actor) => runAction(db, voidRegisterEntry, { entryId, reason }, actor, ctx());
    expect((await voidIt("sai")).fieldErrors?.reason).toBeTruthy();
    expect((await voidIt("Cấp nhầm cho biên bản chưa ký", first.id, (await makeUser("BLOC_HEAD", "06676")).actor)).ok).toBe(false);
    expect((await voidIt("Cấp nhầm cho biên bản chưa ký")).message).toBe("Đã hủy số 1-BB/ĐU; văn bản nhận số mới 3-BB/ĐU.");
    expect((await voidIt("Hủy lại lần nữa cho chắc")).formError).toMatch(/đã bị hủy trước đó/);
    expect(await labels(s.unit.id)).toEqual([
      [1, "1-BB/ĐU", "VOIDED"],
      [2, "2-BB/ĐU", "ISSUED"],
      [3, "3-BB/ĐU", "ISSUED"],
    ]);
    expect(await db.registerEntry.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ voidReason: "Cấp nhầm cho biên bản chưa ký" });
    expect((await db.meeting.findUniqueOrThrow({ where: { id: s.ids[0] } })).minutesLabel).toBe("3-BB/ĐU");
    // Minutes reopened keep their number; voided while reopened, they take the next one when approved again.
    expect(
      (
        await runAction(
          db,
          moveMeeting,
          {
            meetingId: s.ids[1],
            version: String((await db.meeting.findUniqueOrThrow({ where: { id: s.ids[1] } })).version),
            move: "reopen",
            reason: "Sai thành phần",
          },
          s.head.actor,
          ctx(),
        )
      ).ok,
    ).toBe(true);
    const second = await db.registerEntry.findFirstOrThrow({ where: { entityId: s.ids[1], status: "ISSUED" } });
    expect((await voidIt("Biên bản phải lập lại", second.id)).message).toBe("Đã hủy số 2-BB/ĐU; văn bản sẽ nhận số mới khi được ban hành lại.");
    expect((await db.meeting.findUniqueOrThrow({ where: { id: s.ids[1] } })).minutesLabel).toBeNull();
    for (const mv of ["submit", "approve"]) expect((await s.move(s.ids[1], mv)).ok).toBe(true);
    expect((await db.meeting.findUniqueOrThrow({ where: { id: s.ids[1] } })).minutesLabel).toBe("4-BB/ĐU");
    expect(await db.auditEvent.count({ where: { action: "register.void", outcome: "ALLOWED", unitId: s.unit.id } })).toBe(2);
  });

  it("numbers a supervision plan when its approval is recorded, and the conclusions notice of approved minutes, each in its own register", async () => {
    const s = await submittedMinutes("06682", 1);
    const notice = async (actor = s.head.actor) => {
      const m = await db.meeting.findUniqueOrThrow({ where: { id: s.ids[0] } });
      return runAction(db, issueNotice, { meetingId: m.id, version: String(m.version) }, actor, ctx());
    };
    // Not before the minutes are approved; then by the chair, not by the one who recorded the minutes.
    expect((await notice()).formError).toBe("Chỉ ban hành thông báo kết luận khi biên bản đã được duyệt.");
    expect((await s.move(s.ids[0], "approve")).message).toBe("Đã duyệt biên bản số 1-BB/ĐU.");
    expect((await notice(s.clerk.actor)).formError).toMatch(/^Bạn đã ghi và trình biên bản này: thông báo kết luận do người chủ trì ban hành/);
    expect((await notice()).message).toBe("Đã ban hành thông báo kết luận số 1-TB/ĐU.");
    expect((await notice()).formError).toMatch(/^Thông báo kết luận đã được ban hành, số 1-TB\/ĐU\./);
    const detail = (await meetingDetail(s.head.actor, s.ids[0]))!;
    expect(detail.notice).toMatchObject({ label: "1-TB/ĐU", signerName: "Nguyễn Văn Trưởng", signerPost: "Chủ trì hội nghị" });
    expect(noticeOf(detail, DAY)).toMatchObject({ title: "THÔNG BÁO", number: "Số 1-TB/ĐU", draft: false });
    // Voiding the notice's number leaves the minutes' number alone and gives the notice the next one.
    const tb = await db.registerEntry.findFirstOrThrow({ where: { entityId: s.ids[0], register: { kind: "CONCLUSION" } } });
    expect((await runAction(db, voidRegisterEntry, { entryId: tb.id, reason: "Cấp nhầm số của sổ khác" }, s.head.actor, ctx())).message).toBe(
      "Đã hủy số 1-TB/ĐU; văn bản nhận số mới 2-TB/ĐU.",
    );
    expect((await db.meeting.findUniqueOrThrow({ where: { id: s.ids[0] } })).minutesLabel).toBe("1-BB/ĐU");
    expect((await meetingDetail(s.head.actor, s.ids[0]))!.notice?.label).toBe("2-TB/ĐU");

    // The year's supervision plan takes the Front committee's next plan number when its approval is recorded, once.
    const mttq = s.org("MTTQ");
    const saved = await runAction(
      db,
      savePlan,
      {
        unitId: s.unit.id,
        year: "2018",
        version: "0",
        item_0_kind: "SUPERVISION",
        item_0_form: "DELEGATION",
        item_0_subject: "UBND xã",
        item_0_content: "Thu, chi quỹ đóng góp xây dựng đường thôn",
        item_0_intendedTime: "Quý III",
        item_0_leadOrganisationId: mttq.id,
      },
      s.head.actor,
      ctx(),
    );
    expect(saved.ok, JSON.stringify(saved)).toBe(true);
    const plan = await db.supervisionPlan.findFirstOrThrow({ where: { unitId: s.unit.id } });
    const approve = async (approvalNumber: string) => {
      const p = await db.supervisionPlan.findUniqueOrThrow({ where: { id: plan.id } });
      return runAction(
        db,
        approvePlan,
        { planId: p.id, version: String(p.version), approvalNumber, approvalDate: "2018-01-15", approvalBody: "Đảng ủy xã" },
        s.head.actor,
        ctx(),
      );
    };
    expect((await approve("15-QĐ/ĐU")).message).toBe("Đã ghi nhận phê duyệt kế hoạch (15-QĐ/ĐU, 15/01/2018); kế hoạch số 01/KH-MTTQ.");
    expect((await approve("16-QĐ/ĐU")).message).toBe("Đã ghi nhận phê duyệt kế hoạch (16-QĐ/ĐU, 15/01/2018).");
    const page = (await registerPage(s.head.actor, s.unit.id, 2018))!;
    const plans = page.bodies.find((b) => b.kind === "FRONT_COMMITTEE")!.registers.find((r) => r.kind === "PLAN")!;
    expect(plans.entries.map((e) => [e.label, e.summary, e.href])).toEqual([
      ["01/KH-MTTQ", "Kế hoạch giám sát, phản biện xã hội năm 2018", `/communes/${s.unit.code}/supervision?plan=${plan.id}`],
    ]);
  });

  it("shows the register to readers in scope and downloads it with the number and symbol in one column", async () => {
    const s = await submittedMinutes("06679", 3, "JOINT_ADVISORY_UNIT");
    for (const id of s.ids) expect((await s.move(id, "approve")).ok).toBe(true);
    await runAction(
      db,
      voidRegisterEntry,
      { entryId: (await db.registerEntry.findFirstOrThrow({ where: { entityId: s.ids[2] } })).id, reason: "Cấp nhầm số, lập lại" },
      s.head.actor,
      ctx(),
    );
    const page = await registerPage(s.head.actor, s.unit.id, 2018);
    const front = page!.bodies.find((b) => b.kind === "FRONT_COMMITTEE")!;
    expect(front.registers.find((r) => r.kind === "MINUTES")!.entries.map((e) => [e.label, e.status])).toEqual([
      ["01/BB-MTTQ", "ISSUED"],
      ["02/BB-MTTQ", "ISSUED"],
      ["03/BB-MTTQ", "VOIDED"],
      ["04/BB-MTTQ", "ISSUED"],
    ]);
    expect(page!.bodies.map((b) => b.name)).toEqual([`Đảng ủy ${typed(s.unit)}`, `Ủy ban MTTQ Việt Nam ${typed(s.unit)}`]);
    // The Party committee keeps only the registers of what the bloc issues in its name; the Front keeps them all.
    expect(page!.bodies.map((b) => b.registers.map((r) => r.kind))).toEqual([
      ["MINUTES", "REPORT", "CONCLUSION"],
      ["MINUTES", "REPORT", "CRITICISM", "PLAN", "CONCLUSION", "DECISION"],
    ]);
    expect(await registerPage((await makeUser("BLOC_HEAD", "06682")).actor, s.unit.id, 2018)).toBeNull();

    const url = (q: string) => new URL(`http://portal.test/api/export/register.csv?${q}`);
    const csv = await (await registerExport(url(""), s.head.actor, "csv")).text();
    const rows = parseCsv(csv.replace(/^\uFEFF/, ""));
    expect(rows[0]).toContain("Số ký hiệu");
    const col = rows[0].indexOf("Số ký hiệu");
    expect(rows.slice(1).map((r) => r[col])).toEqual(["01/BB-MTTQ", "02/BB-MTTQ", "03/BB-MTTQ", "04/BB-MTTQ"]);
    expect(rows[3][rows[0].indexOf("Trạng thái")]).toBe("Đã hủy");
    expect(rows[3][rows[0].indexOf("Lý do hủy")]).toBe("Cấp nhầm số, lập lại");
    expect(rows[1][rows[0].indexOf("Ngày văn bản")]).toBe("08/01/2018");
    const xlsx = new ExcelJS.Workbook();
    await xlsx.xlsx.load(await (await registerExport(url("format=xlsx&year=2018"), s.head.actor, "xlsx")).arrayBuffer());
    expect(xlsx.worksheets[0].getRow(2).getCell(col + 1).value).toBe("01/BB-MTTQ");
    // Another commune's register is not found (the route answers 404, recorded as a denial); bad parameters are refused with a message.
    const other = await db.unit.findFirstOrThrow({ where: { code: "06685" } });
    expect(await registerRows(s.head.actor, { unitId: other.id, year: 2018, kind: null })).toBeNull();
    expect((await registerExport(url("year=20x8"), s.head.actor, "csv")).status).toBe(400);
    expect((await registerExport(url("kind=DROP"), s.head.actor, "csv")).status).toBe(400);
    // A year with nothing issued: the header alone.
    expect(parseCsv((await (await registerExport(url("year=2019"), s.head.actor, "csv")).text()).replace(/^\uFEFF/, ""))).toHaveLength(1);
  });
});
