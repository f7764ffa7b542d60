// Contributions to the weekly giao ban against a real database: each member organisation's officer writes
// its own organisation's week (results, proposals, hot spots), never another's; the head sees who has
// contributed, and the new meeting's form starts from what they wrote; once the week's minutes are
// approved no contribution is taken; a stale form is a conflict, nothing half-saved.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { MESSAGES } from "@/lib/actions/result";
import { saveContribution } from "@/lib/contributions/definitions";
import { weekContributions } from "@/lib/contributions/queries";
import { meetingTextFrom } from "@/lib/contributions/rules";
import { valuesForNew } from "@/lib/meetings/form-values";
import { saveMeeting } from "@/lib/meetings/definitions";
import { moveMeeting } from "@/lib/meetings/move-definitions";
import { ctx, DAY, makeUser, operatingBloc, type MadeUser } from "../support/factories";

const CODE = "06895";
const WEEK = "2018-08-13";

describe("contributions to the weekly giao ban", () => {
  it("takes each officer's own organisation's week, shows the head who has contributed, and starts the meeting's form from them", async () => {
    const bloc = await operatingBloc(CODE);
    const women = await makeUser("ORG_OFFICER", CODE, { organisationCode: "HOI_PHU_NU" });
    const youth = await makeUser("ORG_OFFICER", CODE, { organisationCode: "DOAN_THANH_NIEN" });
    const head = await makeUser("BLOC_HEAD", CODE);
    const secretary = await makeUser("BLOC_HEAD", CODE);
    const elsewhere = await makeUser("ORG_OFFICER", "06898", { organisationCode: "HOI_PHU_NU" });
    const save = (who: MadeUser, org: string, over: Record<string, string> = {}) =>
      runAction(db, saveContribution, { organisationId: bloc.org(org).id, weekStart: WEEK, version: "0", ...over }, who.actor, ctx());

    // Not for another organisation, not from another commune, not by the head: nothing is written.
    expect((await save(women, "DOAN_THANH_NIEN", { results: "Viết hộ" })).formError).toBe(MESSAGES.notFound);
    expect((await save(elsewhere, "HOI_PHU_NU", { results: "Xã khác" })).formError).toBe(MESSAGES.notFound);
    expect((await save(head, "HOI_PHU_NU", { results: "Trưởng khối viết" })).ok).toBe(false);
    // Bad input: an empty contribution, a past week, a control character.
    expect((await save(women, "HOI_PHU_NU")).fieldErrors?.results?.[0]).toMatch(/Hãy ghi kết quả/);
    expect((await save(women, "HOI_PHU_NU", { weekStart: "2018-08-06", results: "Tuần trước" })).fieldErrors?.weekStart?.[0]).toMatch(
      /^Chỉ gửi đóng góp cho tuần này \(từ 13\/08\/2018\) hoặc tuần sau\.$/,
    );
    expect((await save(women, "HOI_PHU_NU", { results: "Có ký tự \u0007 lạ" })).fieldErrors?.results).toBeTruthy();
    expect(await db.contribution.count({ where: { blocId: bloc.bloc.id } })).toBe(0);

    const saved = await save(women, "HOI_PHU_NU", {
      results: "Vận động 35 hội viên tham gia tổng vệ sinh\nThăm 4 hộ nghèo",
      proposals: "Đề nghị UBND xã hỗ trợ kinh phí mô hình",
      hotSpots: "Thôn 2 phản ánh mùi hôi từ trại lợn",
    });
    expect(saved).toMatchObject({ ok: true, message: "Đã gửi đóng góp của Hội Liên hiệp Phụ nữ thị trấn Đầm Hà cho giao ban tuần 33/2018." });
    // A second first-save of the same week is a stale form; an edit at the version read goes through.
    expect((await save(women, "HOI_PHU_NU", { results: "Lần nữa" })).formError).toBe(MESSAGES.conflict);
    expect((await save(youth, "DOAN_THANH_NIEN", { results: "Ra quân chiến dịch thanh niên tình nguyện hè" })).ok).toBe(true);
    expect((await save(youth, "DOAN_THANH_NIEN", { version: "1", results: "Ra quân chiến dịch thanh niên tình nguyện hè; 50 đoàn viên" })).ok).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "contribution.save", outcome: "ALLOWED", unitId: bloc.unit.id } })).toBe(3);

    // The head's view: who has, who has not, and what each wrote.
    const list = (await weekContributions(head.actor, bloc.unit.id, DAY))!;
    expect(list.map((o) => [o.organisation, Boolean(o.contribution)])).toEqual([
      ["Ủy ban Mặt trận Tổ quốc Việt Nam thị trấn Đầm Hà", false],
      ["Hội Nông dân thị trấn Đầm Hà", false],
      ["Đoàn Thanh niên Cộng sản Hồ Chí Minh thị trấn Đầm Hà", true],
      ["Hội Liên hiệp Phụ nữ thị trấn Đầm Hà", true],
    ]);
    expect(list[3].contribution).toMatchObject({ author: women.actor.displayName, version: 1 });
    // The meeting form starts from them, organisation by organisation.
    const start = valuesForNew(
      DAY,
      { place: "", startTime: "07:30", secretaryId: null, chairId: null },
      [],
      meetingTextFrom(list.flatMap((o) => (o.contribution ? [{ organisation: o.organisation, ...o.contribution }] : []))),
    );
    expect(start.discussion).toBe(
      [
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh thị trấn Đầm Hà:",
        "- Ra quân chiến dịch thanh niên tình nguyện hè; 50 đoàn viên",
        "Hội Liên hiệp Phụ nữ thị trấn Đầm Hà:",
        "- Vận động 35 hội viên tham gia tổng vệ sinh",
        "- Thăm 4 hộ nghèo",
        "  Đề xuất: Đề nghị UBND xã hỗ trợ kinh phí mô hình",
      ].join("\n"),
    );
    expect(start.hotSpots).toBe("Hội Liên hiệp Phụ nữ thị trấn Đầm Hà: Thôn 2 phản ánh mùi hôi từ trại lợn");

    // The week's meeting recorded and its minutes approved: no more contributions, and the ones given stay.
    const meeting = await runAction(
      db,
      saveMeeting,
      {
        unitId: bloc.unit.id,
        submissionId: randomUUID(),
        heldOn: WEEK,
        place: "Hội trường UBND",
        chairId: bloc.head.id,
        secretaryName: "Lê Thị Thư",
        conclusions: "Thống nhất triển khai",
        discussion: start.discussion,
        [`att_${bloc.org("MTTQ").id}`]: "present",
      },
      head.actor,
      ctx(),
    );
    expect(meeting.ok, JSON.stringify(meeting)).toBe(true);
    const id = meeting.data!.meetingId as string;
    for (const [mv, who] of [
      ["hold", head],
      ["submit", secretary],
      ["approve", head],
    ] as const) {
      const m = await db.meeting.findUniqueOrThrow({ where: { id } });
      expect((await runAction(db, moveMeeting, { meetingId: id, version: String(m.version), move: mv }, who.actor, ctx())).ok).toBe(true);
    }
    const late = await save(women, "HOI_PHU_NU", { version: "1", results: "Bổ sung sau họp" });
    expect(late.formError).toBe("Biên bản giao ban tuần 33/2018 đã được duyệt: không nhận thêm đóng góp.");
    expect((await db.contribution.findFirstOrThrow({ where: { organisationId: bloc.org("HOI_PHU_NU").id } })).results).toMatch(/^Vận động 35 hội viên/);
    // Next week's is open.
    expect((await save(women, "HOI_PHU_NU", { weekStart: "2018-08-20", results: "Chuẩn bị cho tuần sau" })).ok).toBe(true);
  });
});
