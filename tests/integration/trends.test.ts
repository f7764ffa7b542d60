// Trends (decision 0037): a commune's and an area's weeks with a giao ban and tasks closed on time, its
// reports and recommendations by month, the mark on a commune whose figures dropped for 4 weeks, scope,
// and the download.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { saveMeeting } from "@/lib/meetings/definitions";
import { moveMeeting } from "@/lib/meetings/move-definitions";
import { droppedCommunes, unitTrends } from "@/lib/trends/queries";
import { completedWeeks } from "@/lib/trends/series";
import { trendsExport } from "@/lib/exports/trend-exports";
import { addDays, toIsoDate } from "@/lib/time/business-date";
import { validOn } from "@/lib/units/validity";
import { parseCsv } from "@/lib/files/csv";
import { ctx, DAY, makeUser, operatingBloc } from "../support/factories";

async function communeThatMeets(code: string, weeks: Date[], withTasks = false) {
  const [ka, kb] = [randomUUID(), randomUUID()];
  const bloc = await operatingBloc(code);
  const head = await makeUser("BLOC_HEAD", code);
  const meetings: string[] = [];
  for (const [i, w] of weeks.entries()) {
    const saved = await runAction(
      db,
      saveMeeting,
      {
        unitId: bloc.unit.id,
        submissionId: randomUUID(),
        heldOn: toIsoDate(addDays(w, 2)),
        place: "Hội trường",
        chairId: bloc.head.id,
        secretaryName: "Vũ Thị Thư Ký",
        conclusions: `Giao ban tuần ${i + 1}.`,
        [`att_${bloc.org("MTTQ").id}`]: "present",
        ...(i === 0 && withTasks
          ? {
              [`task_${ka}_title`]: "Nắm tình hình hộ nghèo",
              [`task_${ka}_ownerId`]: bloc.org("HOI_NONG_DAN").id,
              [`task_${ka}_dueOn`]: toIsoDate(addDays(weeks[1], 4)),
              [`task_${kb}_title`]: "Vận động làm đường",
              [`task_${kb}_ownerId`]: bloc.org("HOI_PHU_NU").id,
              [`task_${kb}_dueOn`]: toIsoDate(addDays(weeks[2], 4)),
            }
          : {}),
      },
      head.actor,
      ctx(),
    );
    expect(saved.ok, JSON.stringify(saved)).toBe(true);
    const meetingId = saved.data!.meetingId as string;
    const held = await runAction(db, moveMeeting, { meetingId, version: "1", move: "hold" }, head.actor, ctx());
    expect(held.ok, JSON.stringify(held)).toBe(true);
    meetings.push(meetingId);
  }
  return { ...bloc, head, meetings };
}

describe("trends", () => {
  it("show a commune's and its district's weeks, mark the commune that stopped meeting, and stay in scope", async () => {
    const weeks = completedWeeks(DAY, 13);
    const [a, b] = await db.unit.findMany({ where: { level: "COMMUNE", parent: { code: "196" }, ...validOn(DAY) }, orderBy: { code: "asc" }, take: 2 });
    const steady = await communeThatMeets(a.code, weeks, true);
    const stopped = await communeThatMeets(b.code, weeks.slice(0, 9));
    // The first task was reported done the day before it was due, the second two days late.
    const tasks = await db.task.findMany({ where: { meetingId: steady.meetings[0] }, orderBy: { dueOn: "asc" } });
    await db.task.update({ where: { id: tasks[0].id }, data: { status: "DONE_REPORTED", doneReportedOn: addDays(tasks[0].dueOn, -1) } });
    await db.task.update({ where: { id: tasks[1].id }, data: { status: "DONE_REPORTED", doneReportedOn: addDays(tasks[1].dueOn, 2) } });

    const own = await unitTrends(steady.head.actor, steady.unit, DAY, 13);
    expect(own.weeks.map((w) => w.met)).toEqual(Array(13).fill(1));
    expect(own.weeks.map((w) => [w.due, w.doneOnTime]).slice(0, 4)).toEqual([
      [0, 0],
      [1, 1],
      [1, 0],
      [0, 0],
    ]);
    expect(own.dropped).toBe(false);
    expect(own.reports.map((r) => r.period.key)).toContain("2018-07");
    expect(own.recommendations.map((m) => toIsoDate(m.month))).toEqual(["2018-05-01", "2018-06-01", "2018-07-01", "2018-08-01"]);

    const district = await db.unit.findFirstOrThrow({ where: { code: "196", level: "DISTRICT", ...validOn(DAY) } });
    const reviewer = await makeUser("REVIEWER", "196");
    const area = await unitTrends(reviewer.actor, district, DAY, 52);
    expect(area.weeks).toHaveLength(52);
    const last13 = area.weeks.slice(-13);
    expect(last13.map((w) => w.met)).toEqual([...Array(9).fill(2), ...Array(4).fill(1)]);
    expect(last13.every((w) => w.blocs === 2)).toBe(true);
    // Weeks before the blocs were recorded count no bloc and no meeting.
    expect(area.weeks[0]).toMatchObject({ blocs: 0, met: 0 });

    expect(await droppedCommunes(reviewer.actor, [steady.unit.id, stopped.unit.id], DAY)).toEqual(new Set([stopped.unit.id]));
    // A commune head sees only their own commune's figures, whatever ids are asked for.
    expect(await droppedCommunes(steady.head.actor, [steady.unit.id, stopped.unit.id], DAY)).toEqual(new Set());
    expect((await unitTrends(steady.head.actor, district, DAY, 13)).weeks.map((w) => w.met)).toEqual(Array(13).fill(1));
  });

  it("download as CSV and Excel for a unit in scope, refuse a bad window or a malformed unit", async () => {
    const weeks = completedWeeks(DAY, 13);
    const code = (await db.unit.findFirstOrThrow({ where: { level: "COMMUNE", parent: { code: "200" }, ...validOn(DAY) } })).code;
    const c = await communeThatMeets(code, weeks.slice(-2));
    const url = (q: string) => new URL(`http://portal.test/api/export/trends.csv?${q}`);
    const response = await trendsExport(url(`unit=${code}&weeks=13`), c.head.actor, "csv");
    expect(response.headers.get("Content-Disposition")).toContain(`xu-huong-${code}-13-tuan-2018-08-13.csv`);
    const rows = parseCsv((await response.text()).replace(/^\uFEFF/, ""));
    expect(rows[0]).toEqual(["Mã đơn vị", "Tên đơn vị", "Kỳ", "Từ ngày", "Đến ngày", "Chỉ số", "Phải có", "Đạt", "Tỷ lệ (%)"]);
    const meetings = rows.filter((r) => r[5] === "Tuần có giao ban");
    expect(meetings).toHaveLength(13);
    expect(meetings.at(-1)).toEqual([code, c.unit.name, "Tuần 32/2018", "06/08/2018", "12/08/2018", "Tuần có giao ban", "1", "1", "100"]);
    expect(rows.some((r) => r[5] === "Tỷ lệ báo cáo đúng hạn")).toBe(true);
    expect(rows.some((r) => r[5] === "Kiến nghị được trả lời đúng hạn")).toBe(true);
    const xlsx = await trendsExport(url(`unit=${code}&weeks=52&format=xlsx`), c.head.actor, "xlsx");
    expect(xlsx.headers.get("Content-Type")).toContain("spreadsheetml");

    expect((await trendsExport(url(`unit=${code}&weeks=7`), c.head.actor, "csv")).status).toBe(400);
    expect((await trendsExport(url(`unit=1'%20OR%201=1&weeks=13`), c.head.actor, "csv")).status).toBe(400);
    // A unit outside the reader's scope is refused by the route (tests/e2e/trends.spec.ts: it needs a request).
  });
});
