// Deadline reminders from the business date: each written once per person, record and deadline, to the
// people whose record it is; the weekly meeting chased only from Friday noon, and only where none is logged.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { saveMeeting } from "@/lib/meetings/definitions";
import { produceReminders } from "@/lib/notifications/reminders";
import { parseIsoDate } from "@/lib/time/business-date";
import { ctx, makeUser, operatingBloc } from "../support/factories";

const d = (s: string) => parseIsoDate(s)!;
const kinds = async (userId: string) => (await db.notification.findMany({ where: { userId }, orderBy: { key: "asc" } })).map((n) => [n.kind, n.title] as const);

describe("deadline reminders", () => {
  it("reminds an organisation's officer of a task due in 2 working days and of one overdue, once", async () => {
    const bloc = await operatingBloc("06917");
    const head = await makeUser("BLOC_HEAD", "06917");
    const officer = await makeUser("ORG_OFFICER", "06917", { organisationCode: "HOI_PHU_NU" });
    const other = await makeUser("ORG_OFFICER", "06917", { organisationCode: "HOI_NONG_DAN" });
    const task = (key: string, title: string, dueOn: string) => ({
      [`task_${key}_title`]: title,
      [`task_${key}_ownerId`]: bloc.org("HOI_PHU_NU").id,
      [`task_${key}_dueOn`]: dueOn,
    });
    const saved = await runAction(
      db,
      saveMeeting,
      {
        unitId: bloc.unit.id,
        submissionId: randomUUID(),
        heldOn: "2018-08-06",
        [`att_${bloc.org("MTTQ").id}`]: "present",
        ...task("a", "Tổng vệ sinh đường làng", "2018-08-10"),
        ...task("b", "Thăm hộ nghèo", "2018-08-15"),
        ...task("c", "Họp chi hội", "2018-08-20"),
      },
      head.actor,
      ctx(),
    );
    expect(saved.ok, JSON.stringify(saved)).toBe(true);
    await db.notification.deleteMany({ where: { userId: officer.userId } });
    // Monday 13/08/2018: 15/08 is 2 working days ahead; 10/08 has passed; 20/08 is later.
    await produceReminders(db, d("2018-08-13"), new Date("2018-08-13T02:00:00Z"));
    expect(await kinds(officer.userId)).toEqual([
      ["TASK_DUE_SOON", "Nhiệm vụ đến hạn 15/08/2018: Thăm hộ nghèo"],
      ["TASK_OVERDUE", "Nhiệm vụ quá hạn từ 10/08/2018: Tổng vệ sinh đường làng"],
    ]);
    expect(await kinds(other.userId)).toEqual([]);
    // The next run, and the next day's, write nothing new for the same deadlines.
    await produceReminders(db, d("2018-08-13"), new Date("2018-08-13T09:00:00Z"));
    await produceReminders(db, d("2018-08-14"), new Date("2018-08-14T02:00:00Z"));
    expect(await kinds(officer.userId)).toHaveLength(2);
    // Two runs at once (two instances): no error, and each reminder once.
    await db.notification.deleteMany({ where: { userId: officer.userId } });
    await Promise.all([1, 2, 3].map(() => produceReminders(db, d("2018-08-13"), new Date("2018-08-13T02:00:00Z"))));
    expect(await kinds(officer.userId)).toHaveLength(2);
  });

  it("chases the week's meeting from Friday noon, only where none is logged", async () => {
    await operatingBloc("06919");
    const quietHead = await makeUser("BLOC_HEAD", "06919");
    const busy = await operatingBloc("07042");
    const busyHead = await makeUser("BLOC_HEAD", "07042");
    const held = await runAction(
      db,
      saveMeeting,
      { unitId: busy.unit.id, submissionId: randomUUID(), heldOn: "2018-08-13", [`att_${busy.org("MTTQ").id}`]: "present" },
      busyHead.actor,
      ctx(),
    );
    expect(held.ok, JSON.stringify(held)).toBe(true);
    const chased = async (userId: string) => (await kinds(userId)).filter(([k]) => k === "MEETING_NOT_LOGGED");
    // Friday 17/08, 11:00 in Vietnam: not yet.
    await produceReminders(db, d("2018-08-17"), new Date("2018-08-17T04:00:00Z"));
    expect(await chased(quietHead.userId)).toEqual([]);
    // 12:00: the commune without a meeting this week is chased, once; the one that held it is not.
    await produceReminders(db, d("2018-08-17"), new Date("2018-08-17T05:00:00Z"));
    await produceReminders(db, d("2018-08-18"), new Date("2018-08-18T01:00:00Z"));
    expect(await chased(quietHead.userId)).toEqual([["MEETING_NOT_LOGGED", "Chưa ghi cuộc giao ban thường kỳ tuần 13/08/2018 – 19/08/2018"]]);
    expect(await chased(busyHead.userId)).toEqual([]);
  });
});
