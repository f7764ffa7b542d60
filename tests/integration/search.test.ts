// Search across records (decision 0036) against a real database (SQLite FTS5, and PostgreSQL's tsvector in
// its suite): what the write path indexes, accent-insensitive words ("đ" too), the reader's scope, the day a
// hit shows, hostile queries read as text, and the rebuild for rows written past the actions.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { saveMeeting } from "@/lib/meetings/definitions";
import { progressTask } from "@/lib/tasks/definitions";
import { searchRecords, queryWords } from "@/lib/search/queries";
import { rebuildSearchIndex } from "@/lib/search/index";
import { snippetOf } from "@/lib/search/snippet";
import { checkQuery, fold } from "@/lib/text/fold";
import { ctx, makeUser, operatingBloc } from "../support/factories";

const find = async (actor: Parameters<typeof searchRecords>[0], text: string) => {
  const q = checkQuery(text);
  if (!q.ok) throw new Error(q.reason);
  return searchRecords(actor, q.folded);
};

async function meetingWith(code: string, heldOn: string, conclusions: string, taskTitle?: string) {
  const bloc = await operatingBloc(code);
  const head = await makeUser("BLOC_HEAD", code);
  // A task row's key is its submission id: one per row, across the database.
  const key = randomUUID();
  const saved = await runAction(
    db,
    saveMeeting,
    {
      unitId: bloc.unit.id,
      submissionId: randomUUID(),
      heldOn,
      chairId: bloc.head.id,
      secretaryName: "Lê Thị Hoà",
      conclusions,
      [`att_${bloc.org("MTTQ").id}`]: "present",
      ...(taskTitle ? { [`task_${key}_title`]: taskTitle, [`task_${key}_ownerId`]: bloc.org("HOI_PHU_NU").id, [`task_${key}_dueOn`]: "2018-08-20" } : {}),
    },
    head.actor,
    ctx(),
  );
  expect(saved.ok, JSON.stringify(saved)).toBe(true);
  return { ...bloc, user: head, meetingId: saved.data!.meetingId as string };
}

describe("search across records", () => {
  it("finds a meeting by unaccented words on another date, within the reader's scope only", async () => {
    const own = await meetingWith("06922", "2018-07-30", "Kiện toàn khối dân vận ở thôn Đồng Tâm; rà soát hộ nghèo.", "Vận động hộ nghèo tham gia làm đường");
    const other = await meetingWith("06763", "2018-08-06", "Khối dân vận của phường họp với các khu phố về vệ sinh môi trường.");
    // "đ" folds to "d": "dong tam" finds "Đồng Tâm"; the last word also as the start of a word.
    const hits = await find(own.user.actor, "khoi dan van dong ta");
    expect(hits.map((h) => h.recordId)).toEqual([own.meetingId]);
    expect(hits[0]).toMatchObject({ kind: "MEETING", href: `/meetings/${own.meetingId}`, title: "Giao ban tuần 31/2018" });
    expect(hits[0].day.toISOString().slice(0, 10)).toBe("2018-07-30");
    expect(hits[0].unit?.name).toBe(own.unit.name);
    // The other district's meeting is outside the commune head's scope, inside the province's.
    expect((await find(own.user.actor, "khoi dan van")).map((h) => h.recordId)).toEqual([own.meetingId]);
    const province = await makeUser("OVERVIEW", "22");
    expect((await find(province.actor, "khoi dan van")).map((h) => h.recordId).sort()).toEqual([own.meetingId, other.meetingId].sort());
    const reviewer = await makeUser("REVIEWER", "195");
    expect((await find(reviewer.actor, "khoi dan van")).map((h) => h.recordId)).toEqual([other.meetingId]);
    // The task the meeting gave, and the secretary it added, whose name is written "Hoà" and searched "Hòa".
    const task = await find(own.user.actor, "ho ngheo lam duong");
    expect(task.map((h) => h.kind)).toEqual(["TASK"]);
    expect(task[0].href).toBe("/communes/06922/tasks");
    const person = await find(own.user.actor, "Lê Thị Hòa");
    expect(person.map((h) => [h.kind, h.title])).toEqual([["PERSON", "Lê Thị Hoà"]]);
  });

  it("follows the record as it changes, in the write's own transaction", async () => {
    const m = await meetingWith("06925", "2018-08-06", "Chuẩn bị hội nghị đối thoại.", "Tổng hợp ý kiến cử tri");
    const officer = await makeUser("ORG_OFFICER", "06925", { organisationCode: "HOI_PHU_NU" });
    const task = await db.task.findFirstOrThrow({ where: { meetingId: m.meetingId } });
    expect(await find(m.user.actor, "bien ban doi thoai xong")).toEqual([]);
    const done = await runAction(
      db,
      progressTask,
      { taskId: task.id, version: String(task.version), move: "report", note: "Đã gửi biên bản đối thoại xong" },
      officer.actor,
      ctx(),
    );
    expect(done.ok, JSON.stringify(done)).toBe(true);
    expect((await find(m.user.actor, "bien ban doi thoai xong")).map((h) => h.recordId)).toEqual([task.id]);
  });

  it("lets two meetings of one commune saved at once both index the commune's people", async () => {
    // The head was recorded past the actions: no document yet, and both saves want to write it.
    const bloc = await operatingBloc("06934");
    const head = await makeUser("BLOC_HEAD", "06934");
    const save = (kind: string) =>
      runAction(
        db,
        saveMeeting,
        { unitId: bloc.unit.id, submissionId: randomUUID(), kind, heldOn: "2018-08-06", chairId: bloc.head.id, [`att_${bloc.org("MTTQ").id}`]: "present" },
        head.actor,
        ctx(),
      );
    const results = await Promise.all([save("REGULAR"), save("EXTRAORDINARY")]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect(await db.searchDocument.count({ where: { kind: "PERSON", recordId: bloc.head.id } })).toBe(1);
  });

  it("reads FTS and SQL syntax as words, and a query of nothing searchable as nothing", async () => {
    const m = await meetingWith("06928", "2018-08-06", "Tuyên truyền phòng chống dịch bệnh NEAR thôn 5.");
    for (const hostile of ['"dich" OR *', "NEAR(dich benh)", 'dịch\'; DROP TABLE "SearchDocument"; --', "dich:* & !benh", "dich^ {benh}", "-dich AND benh"]) {
      const hits = await find(m.user.actor, hostile);
      expect(hits.every((h) => h.recordId === m.meetingId)).toBe(true);
    }
    expect((await find(m.user.actor, "NEAR(dich benh)")).map((h) => h.recordId)).toEqual([m.meetingId]);
    expect(await db.searchDocument.count()).toBeGreaterThan(0);
    expect(queryWords(fold("*** ''' ---"))).toEqual([]);
    expect(await searchRecords(m.user.actor, fold("*** ;;"))).toEqual([]);
    expect(checkQuery("x".repeat(10_000))).toEqual({ ok: false, reason: "too-long" });
    // Only the first eight words are searched.
    expect(queryWords("a b c d e f g h i j")).toHaveLength(8);
  });

  it("indexes rows written past the actions when rebuilt, and shows the text around the match with its accents", async () => {
    const bloc = await operatingBloc("06931");
    const reader = await makeUser("BLOC_HEAD", "06931");
    const activity = await db.supervisionActivity.create({
      data: {
        submissionId: randomUUID(),
        unitId: bloc.unit.id,
        form: "DELEGATION",
        subject: "Giám sát thu gom rác",
        content: "Giám sát việc thu gom rác thải",
        startOn: new Date("2018-06-01"),
        endOn: new Date("2018-06-10"),
        createdById: reader.userId,
      },
    });
    const rule = await db.deadlineRule.findFirstOrThrow();
    await db.recommendation.create({
      data: {
        submissionId: randomUUID(),
        unitId: bloc.unit.id,
        activityId: activity.id,
        content: "Đề nghị UBND xã bố trí điểm tập kết rác thải tại thôn Đông Hải",
        addressee: "UBND xã",
        sentOn: new Date("2018-06-20"),
        dueOn: new Date("2018-07-20"),
        deadlineRuleId: rule.id,
        createdById: reader.userId,
      },
    });
    expect(await find(reader.actor, "diem tap ket rac")).toEqual([]);
    await rebuildSearchIndex(db);
    const hits = await find(reader.actor, "diem tap ket rac")!;
    expect(hits.map((h) => [h.kind, h.href])).toEqual([["RECOMMENDATION", `/supervision/${activity.id}`]]);
    // A second rebuild writes nothing new.
    const count = await db.searchDocument.count();
    await rebuildSearchIndex(db);
    expect(await db.searchDocument.count()).toBe(count);
    const long = `${"Mở đầu. ".repeat(40)}Phản ánh về điểm tập kết rác ở thôn Đông Hải. ${"Kết thúc. ".repeat(40)}`;
    expect(snippetOf(long, ["dong", "hai"])).toMatch(/^….*thôn Đông Hải\..*…$/);
  });
});
