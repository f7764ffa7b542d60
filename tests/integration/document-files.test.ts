// The portal's files as a reader sees them: minutes, a report and the register's Excel file written through
// the portal's own actions, then opened by LibreOffice (DOCX → PDF, XLSX → CSV) and poppler, programs the
// project did not write. The checks are what a records office looks at: the number and symbol, the place
// and date line, the names and posts in the signature blocks, the recipients, the font, the totals.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { officialDocx } from "@/lib/documents/official-docx";
import { saveMeeting } from "@/lib/meetings/definitions";
import { moveMeeting } from "@/lib/meetings/move-definitions";
import { minutesOf } from "@/lib/meetings/minutes";
import { noticeOf } from "@/lib/meetings/notice";
import { issueNotice } from "@/lib/meetings/notice-definitions";
import { meetingDetail } from "@/lib/meetings/queries";
import { openReport, saveReport } from "@/lib/reports/definitions";
import { reportDocumentOf } from "@/lib/reports/document";
import { reportDetail, workGroups } from "@/lib/reports/queries";
import { registerExport } from "@/lib/exports/register-exports";
import { addTask } from "@/lib/tasks/definitions";
import { parseIsoDate } from "@/lib/time/business-date";
import { ctx, makeUser, operatingBloc, sendReport, type MadeUser } from "../support/factories";
import { docxToPdf, xlsxToRows } from "../support/office";

const DAY = parseIsoDate("2018-08-13")!;

/** A bloc whose minutes of `dates` are recorded by the secretary and approved by the head. */
async function approvedMinutes(code: string, model: "DAN_VAN_BLOC" | "JOINT_ADVISORY_UNIT", dates: string[]) {
  const bloc = await operatingBloc(code, { model });
  const head = await makeUser("BLOC_HEAD", code);
  const clerk = await makeUser("BLOC_HEAD", code);
  const move = async (id: string, mv: string, who: MadeUser) => {
    const m = await db.meeting.findUniqueOrThrow({ where: { id } });
    const r = await runAction(db, moveMeeting, { meetingId: id, version: String(m.version), move: mv }, who.actor, ctx());
    if (!r.ok) throw new Error(`${mv}: ${JSON.stringify(r)}`);
  };
  const ids: string[] = [];
  for (const heldOn of dates) {
    const saved = await runAction(
      db,
      saveMeeting,
      {
        unitId: bloc.unit.id,
        submissionId: randomUUID(),
        heldOn,
        startTime: "14:00",
        place: "Hội trường UBND",
        chairId: bloc.head.id,
        secretaryName: "Lê Thị Thư",
        conclusions: "Các tổ chức hoàn thành nhiệm vụ tuần.",
        [`att_${bloc.org("MTTQ").id}`]: "present",
        [`att_${bloc.org("HOI_PHU_NU").id}`]: "present",
      },
      head.actor,
      ctx(),
    );
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    const id = saved.data!.meetingId as string;
    await runAction(
      db,
      addTask,
      { meetingId: id, submissionId: randomUUID(), title: "Rà soát hộ nghèo cuối năm", ownerId: bloc.org("HOI_PHU_NU").id, dueOn: "2018-08-24" },
      head.actor,
      ctx(),
    );
    await move(id, "hold", head);
    await move(id, "submit", clerk);
    await move(id, "approve", head);
    ids.push(id);
  }
  return { bloc, head, clerk, ids };
}

async function minutesFile(actor: MadeUser, id: string) {
  return officialDocx(minutesOf((await meetingDetail(actor.actor, id))!));
}

describe("files opened by LibreOffice", () => {
  it("shows each family's layout, the real number, date, place, signers and recipients, in Times New Roman's metric twin", async () => {
    const party = await approvedMinutes("06712", "DAN_VAN_BLOC", ["2018-07-30", "2018-08-06"]);
    const front = await approvedMinutes("06715", "JOINT_ADVISORY_UNIT", ["2018-08-07"]);
    // A report sent by the head, with its number from the body's register.
    const opened = await runAction(
      db,
      openReport,
      { regimeCode: "situation.monthly", unitId: party.bloc.unit.id, periodKey: "2018-07", submissionId: randomUUID() },
      party.head.actor,
      ctx(),
    );
    const reportId = opened.data!.reportId as string;
    const version = async () => String((await db.report.findUniqueOrThrow({ where: { id: reportId } })).version);
    const topic = await db.topic.findFirstOrThrow({ where: { code: "LAND_CLEARANCE" } });
    const saved = await runAction(
      db,
      saveReport,
      {
        reportId,
        version: await version(),
        generalMood: "Nhân dân phấn khởi, tin tưởng.",
        forecast: "Ổn định",
        issue_0_topicId: topic.id,
        issue_0_description: "Hộ dân thôn 3 chưa đồng ý mức bồi thường",
        issue_0_location: "Thôn 3",
        rec_0_content: "Đề nghị UBND xã đối thoại với các hộ",
        rec_0_addressee: "UBND xã",
      },
      party.head.actor,
      ctx(),
    );
    expect(saved.ok).toBe(true);
    const sent = await sendReport(reportId, party.clerk, party.head);
    expect(sent.ok).toBe(true);
    const report = (await reportDetail(party.head.actor, reportId))!;
    // The chair's conclusions notice of the joint advisory unit's meeting.
    const frontMeeting = await db.meeting.findUniqueOrThrow({ where: { id: front.ids[0] } });
    expect((await runAction(db, issueNotice, { meetingId: frontMeeting.id, version: String(frontMeeting.version) }, front.head.actor, ctx())).message).toBe(
      "Đã ban hành thông báo kết luận số 01/TB-MTTQ.",
    );

    const files = docxToPdf({
      notice: await officialDocx(noticeOf((await meetingDetail(front.head.actor, front.ids[0]))!, DAY)),
      partyFirst: await minutesFile(party.head, party.ids[0]),
      party: await minutesFile(party.head, party.ids[1]),
      front: await minutesFile(front.head, front.ids[0]),
      report: await officialDocx(reportDocumentOf(report, await workGroups(), DAY)),
    });

    // A dân vận bloc's minutes: the Party's layout (Hướng dẫn 36-HD/VPTW).
    const p = files.party;
    expect(p.pages).toBe(1);
    expect(p.flat).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(p.flat).not.toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(p.flat).toContain("ĐẢNG ỦY PHƯỜNG TRẦN PHÚ");
    expect(p.flat).toContain("KHỐI DÂN VẬN");
    expect(p.flat).toContain("Số 2-BB/ĐU");
    expect(files.partyFirst.flat).toContain("Số 1-BB/ĐU");
    expect(p.flat).toContain("Trần Phú, ngày 06 tháng 08 năm 2018");
    expect(p.flat).toContain("BIÊN BẢN");
    expect(p.flat).toContain("Thời gian: 14 giờ 00 phút, ngày 06 tháng 08 năm 2018.");
    expect(p.flat).toContain("Thư ký: Lê Thị Thư.");
    expect(p.flat).toContain("Rà soát hộ nghèo cuối năm");
    expect(p.flat).toContain("24/08/2018");
    expect(p.flat).toMatch(/Nơi nhận:.* - Thường trực Đảng ủy \(để b\/c\) - Các tổ chức thành viên khối - Lưu: VT\./);
    // The signature blocks: the secretary's and the chair's posts over their names.
    expect(p.text).toMatch(/THƯ KÝ\s+CHỦ TRÌ/);
    expect(p.flat).toMatch(/Lê Thị Thư .*Nguyễn/);
    expect(p.flat).not.toContain("DỰ THẢO");
    // The font asked for is Times New Roman; LibreOffice renders it with its metric-compatible twin.
    expect(new Set(p.fonts.map((f) => f.replace(/-.*/, "")))).toEqual(new Set(["LiberationSerif"]));

    // A joint advisory unit's minutes: the Front's layout, with the national title and motto.
    const f = files.front;
    expect(f.flat).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(f.flat).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(f.flat).toContain("ỦY BAN MTTQ VIỆT NAM PHƯỜNG NINH DƯƠNG");
    expect(f.flat).toContain("Số: 01/BB-MTTQ");
    expect(f.flat).toContain("Ninh Dương, ngày 07 tháng 08 năm 2018");
    expect(f.flat).toMatch(/Nơi nhận:.* - Ban Thường trực Ủy ban MTTQ \(để b\/c\)/);

    // The conclusions notice: its own number, the chair's conclusions and the tasks, to the member organisations.
    const n = files.notice;
    expect(n.pages).toBe(1);
    expect(n.flat).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(n.flat).toContain("Số: 01/TB-MTTQ");
    expect(n.flat).toContain("THÔNG BÁO");
    expect(n.flat).toContain("Kết luận của đồng chí Nguyễn Văn Trưởng, chủ trì hội nghị giao ban");
    expect(n.flat).toContain("Các tổ chức hoàn thành nhiệm vụ tuần.");
    expect(n.flat).toContain("Rà soát hộ nghèo cuối năm");
    expect(n.flat).toMatch(/CHỦ TRÌ HỘI NGHỊ \(Ký, ghi rõ họ tên\) Nguyễn Văn Trưởng/);
    expect(n.flat).toMatch(/Nơi nhận:.* - Các tổ chức thành viên khối/);
    expect(n.flat).not.toContain("DỰ THẢO");

    // The report: its number from the register, the day it was sent, the recipient, the signer.
    const r = files.report;
    expect(r.flat).toContain("BÁO CÁO");
    expect(r.flat).toMatch(/Số \d+-BC\/ĐU/);
    expect(r.flat).toContain(`Số ${report.number.current!.label}`);
    expect(r.flat).toContain("Trần Phú, ngày 13 tháng 08 năm 2018");
    expect(r.flat).toContain("Hộ dân thôn 3 chưa đồng ý mức bồi thường");
    expect(r.flat).toContain("TRƯỞNG KHỐI");
    // Signed by the bloc's head as the people list names them, not by the account's name.
    const headName = (await db.person.findUniqueOrThrow({ where: { id: party.bloc.head.id } })).fullName;
    expect(r.flat).toMatch(new RegExp(`TRƯỞNG KHỐI \\(Ký, ghi rõ họ tên\\) ${headName}`));
    expect(r.flat).not.toContain(party.head.actor.displayName);
    expect(r.flat).toMatch(/Nơi nhận:.* - Thành phố Móng Cái/);

    // The register's Excel file, opened by LibreOffice Calc: one row per number, in order, with its date.
    const url = new URL(`http://portal.test/api/export/register.csv?unit=${party.bloc.unit.id}&year=2018&format=xlsx`);
    const rows = xlsxToRows(new Uint8Array(await (await registerExport(url, party.head.actor, "xlsx")).arrayBuffer()));
    const col = (name: string) => rows[0].indexOf(name);
    expect(col("Số ký hiệu")).toBeGreaterThanOrEqual(0);
    const body = rows.slice(1).filter((row) => row.some(Boolean));
    expect(body.map((row) => row[col("Số ký hiệu")])).toEqual(["1-BB/ĐU", "2-BB/ĐU", report.number.current!.label]);
    expect(body.map((row) => row[col("Ngày văn bản")])).toEqual(["30/07/2018", "06/08/2018", "13/08/2018"]);
    expect(body.filter((row) => row[col("Trạng thái")] === "Đã cấp")).toHaveLength(3);
  });
});
