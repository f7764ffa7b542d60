// The giao ban of the agencies above the communes (decision 0035): the province's bloc body from 1/7/2025
// and a 2018 district's Cơ quan khối record their own meetings with the communes' rules, and a task they
// assign to a commune is that commune's: in its list, told to its head, carried into its giao ban.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { setBloc } from "@/lib/blocs/definitions";
import { saveMeeting } from "@/lib/meetings/definitions";
import { moveMeeting } from "@/lib/meetings/move-definitions";
import { addTask } from "@/lib/tasks/definitions";
import { openTasks } from "@/lib/tasks/queries";
import { meetingFormContext } from "@/lib/meetings/queries";
import { agencyUnitByCode } from "@/lib/meetings/agency-queries";
import { OPERATING } from "@/lib/meetings/rules";
import { onBusinessDay } from "@/lib/time/today";
import { parseIsoDate } from "@/lib/time/business-date";
import { validOn } from "@/lib/units/validity";
import { ctx, makeUser, operatingBloc, type MadeUser } from "../support/factories";

const DAY = parseIsoDate("2026-03-18")!;
const on = <T>(work: () => Promise<T>) => onBusinessDay(DAY, work);

async function agencyOf(unitCode: string, level: "PROVINCE" | "DISTRICT", day: Date, since: string) {
  const reviewer = await makeUser("REVIEWER", unitCode, { day });
  const secretary = await makeUser("REVIEWER", unitCode, { day });
  const unit = await db.unit.findFirstOrThrow({ where: { code: unitCode, level, ...validOn(day) } });
  const model = level === "PROVINCE" ? "PROVINCE_BLOC_AGENCY" : "DISTRICT_BLOC_AGENCY";
  const existing = await db.bloc.findUnique({ where: { unitId: unit.id } });
  if (!existing) {
    const set = await runAction(
      db,
      setBloc,
      { unitId: unit.id, version: "0", model, status: "OPERATING_INFORMALLY", effectiveOn: since, reason: "Giao ban khối cấp trên" },
      reviewer.actor,
      ctx(),
    );
    expect(set.ok, JSON.stringify(set)).toBe(true);
  }
  const orgs = await db.organisation.findMany({ where: { unitId: unit.id, ...validOn(day) }, include: { type: true } });
  const chair = await db.person.create({ data: { unitId: unit.id, fullName: "Đỗ Văn Chủ Trì", searchText: "do van chu tri" } });
  const save = (fields: Record<string, unknown>, actor: MadeUser = reviewer) =>
    runAction(
      db,
      saveMeeting,
      {
        unitId: unit.id,
        submissionId: randomUUID(),
        place: "Phòng họp",
        chairId: chair.id,
        secretaryName: "Vũ Thị Thư Ký",
        conclusions: "Các thành viên thực hiện nhiệm vụ.",
        ...fields,
      },
      actor.actor,
      ctx(),
    );
  const move = async (meetingId: string, step: string, actor: MadeUser) => {
    const m = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    return runAction(db, moveMeeting, { meetingId, version: String(m.version), move: step }, actor.actor, ctx());
  };
  return { unit, reviewer, secretary, org: (code: string) => orgs.find((o) => o.type.code === code)!, orgs, save, move };
}

const task = (key: string, title: string, ownerId: string, dueOn: string) => ({
  [`task_${key}_title`]: title,
  [`task_${key}_ownerId`]: ownerId,
  [`task_${key}_dueOn`]: dueOn,
});

describe("the province's own giao ban (from 1/7/2025)", () => {
  it("is recorded with its member bodies, assigns a task to a commune that the commune's head sees and carries, and numbers its minutes", () =>
    on(async () => {
      const a = await agencyOf("22", "PROVINCE", DAY, "2025-07-01");
      // The province's member bodies on the day: the Front's committee, the five organisations and the merged Party board.
      const names = a.orgs.map((o) => o.name);
      expect(names).toContain("Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ninh");
      expect(names).toContain("Liên đoàn Lao động tỉnh Quảng Ninh");
      expect(names).not.toContain("Ban Dân vận Tỉnh ủy Quảng Ninh");
      const commune = await operatingBloc("07090", { since: "2025-08-01", day: DAY, model: "JOINT_ADVISORY_UNIT" });
      const communeHead = await makeUser("BLOC_HEAD", "07090", { day: DAY });
      const officer = await makeUser("ORG_OFFICER", "07090", { day: DAY, organisationCode: "MTTQ" });

      // The form offers the members, then every commune below the province by its Front committee.
      const context = (await meetingFormContext(a.reviewer.actor, a.unit.id, DAY))!;
      expect(context.agency).toBe(true);
      expect(context.attending.map((o) => o.id)).toContain(a.org("BAN_TUYEN_GIAO_DAN_VAN").id);
      const offered = context.owners.find((o) => o.id === commune.org("MTTQ").id);
      expect(offered).toMatchObject({ group: "Giao cho xã, phường" });
      expect(context.owners.filter((o) => o.group === "Giao cho xã, phường")).toHaveLength(54);

      const saved = await a.save({
        heldOn: "2026-03-16",
        [`att_${a.org("MTTQ").id}`]: "present",
        [`att_${a.org("BAN_TUYEN_GIAO_DAN_VAN").id}`]: "present",
        [`att_${a.org("HOI_PHU_NU").id}`]: "absent",
        [`attReason_${a.org("HOI_PHU_NU").id}`]: "Đi cơ sở",
        ...task("a1", "Tổng hợp ý kiến cử tri về sắp xếp thôn, khu", commune.org("MTTQ").id, "2026-03-27"),
        ...task("a2", "Hướng dẫn các xã giao ban khối", a.org("MTTQ").id, "2026-03-20"),
      });
      expect(saved.ok, JSON.stringify(saved)).toBe(true);
      const meetingId = saved.data!.meetingId as string;
      const tasks = await db.task.findMany({ where: { meetingId }, orderBy: { title: "asc" } });
      const toCommune = tasks.find((t) => t.title.startsWith("Tổng hợp"))!;
      const own = tasks.find((t) => t.title.startsWith("Hướng dẫn"))!;
      // The commune's task is in its bloc and its list; the member body's stays with the province's body.
      expect(toCommune).toMatchObject({ unitId: commune.unit.id, blocId: commune.bloc.id, ownerId: commune.org("MTTQ").id });
      expect(own.unitId).toBe(a.unit.id);
      expect((await openTasks(communeHead.actor, { unitId: commune.unit.id })).map((t) => t.id)).toEqual([toCommune.id]);
      // Its head and its Front officer are told; nobody at the commune is told of the province's own task.
      const notices = await db.notification.findMany({ where: { entityId: toCommune.id } });
      expect(new Set(notices.map((n) => n.userId))).toEqual(new Set([communeHead.userId, officer.userId]));
      expect(notices.find((n) => n.userId === communeHead.userId)?.title).toMatch(/^Cơ quan khối tỉnh Quảng Ninh giao nhiệm vụ: Tổng hợp/);
      expect(await db.notification.count({ where: { entityId: own.id, userId: { in: [communeHead.userId, officer.userId] } } })).toBe(0);

      // The commune's next giao ban carries it.
      const next = await runAction(
        db,
        saveMeeting,
        { unitId: commune.unit.id, submissionId: randomUUID(), heldOn: "2026-03-18", chairId: commune.head.id, [`att_${commune.org("MTTQ").id}`]: "present" },
        communeHead.actor,
        ctx(),
      );
      expect(next.ok, JSON.stringify(next)).toBe(true);
      const carried = await db.agendaItem.findMany({ where: { meetingId: next.data!.meetingId as string, kind: "CARRIED_OVER" } });
      expect(carried.map((c) => c.taskId)).toEqual([toCommune.id]);

      // The minutes: the specialist submits, the reviewer approves; numbered in the province Front committee's register.
      expect((await a.move(meetingId, "hold", a.reviewer)).ok).toBe(true);
      const submitted = await a.move(meetingId, "submit", a.secretary);
      expect(submitted.ok, JSON.stringify(submitted)).toBe(true);
      const approved = await a.move(meetingId, "approve", a.reviewer);
      expect(approved.ok, JSON.stringify(approved)).toBe(true);
      expect((await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).minutesLabel).toBe("01/BB-MTTQ");

      // The next week's provincial giao ban carries its own member's open task, not the commune's.
      const week2 = await a.save({ heldOn: "2026-03-18", kind: "EXTRAORDINARY" });
      expect(week2.ok).toBe(true);
      const carried2 = await db.agendaItem.findMany({ where: { meetingId: week2.data!.meetingId as string, kind: "CARRIED_OVER" } });
      expect(carried2.map((c) => c.taskId)).toEqual([own.id]);
    }));

  it("refuses a task to a commune without a bloc, an owner from elsewhere, and the wrong people", () =>
    on(async () => {
      const a = await agencyOf("22", "PROVINCE", DAY, "2025-07-01");
      const noBloc = await db.organisation.findFirstOrThrow({
        where: { unit: { code: "07093", level: "COMMUNE", ...validOn(DAY) }, type: { code: "MTTQ" }, ...validOn(DAY) },
      });
      const closed = await db.organisation.findFirstOrThrow({
        where: { unit: { code: "06958", level: "COMMUNE" }, type: { code: "MTTQ" }, validTo: { not: null } },
      });
      const before = await db.meeting.count({ where: { unitId: a.unit.id } });
      const refused = await a.save({
        heldOn: "2026-03-09",
        ...task("b1", "Việc cho xã chưa có khối", noBloc.id, "2026-03-27"),
        ...task("b2", "Việc cho xã đã giải thể", closed.id, "2026-03-27"),
        ...task("b3", "Hạn trước ngày họp", a.org("MTTQ").id, "2026-03-05"),
      });
      expect(refused.ok, JSON.stringify(refused)).toBe(false);
      expect(refused.fieldErrors?.task_b1_ownerId?.[0]).toMatch(/Đông Triều chưa có khối được ghi nhận/);
      expect(refused.fieldErrors?.task_b2_ownerId?.[0]).toMatch(/thành viên của Quảng Ninh hoặc một xã trực thuộc/);
      expect(refused.fieldErrors?.task_b3_dueOn?.[0]).toMatch(/không được trước ngày họp/);
      expect(await db.meeting.count({ where: { unitId: a.unit.id } })).toBe(before);

      // A commune's head cannot record the province's giao ban, nor the province's reviewer a commune's.
      const commune = await operatingBloc("07081", { since: "2025-08-01", day: DAY, model: "JOINT_ADVISORY_UNIT" });
      const head = await makeUser("BLOC_HEAD", "07081", { day: DAY });
      expect((await a.save({ heldOn: "2026-03-09" }, head)).ok).toBe(false);
      const intoCommune = await runAction(
        db,
        saveMeeting,
        { unitId: commune.unit.id, submissionId: randomUUID(), heldOn: "2026-03-09", chairId: commune.head.id },
        a.reviewer.actor,
        ctx(),
      );
      expect(intoCommune.ok).toBe(false);
      expect(await db.meeting.count({ where: { unitId: { in: [a.unit.id, commune.unit.id] } } })).toBe(before);

      // The task dialog: a commune's task has no co-owners of the province's body.
      const saved = await a.save({ heldOn: "2026-03-09" });
      const dialog = await runAction(
        db,
        addTask,
        {
          meetingId: saved.data!.meetingId as string,
          submissionId: randomUUID(),
          title: "Việc cho xã",
          ownerId: commune.org("MTTQ").id,
          coOwnerIds: [a.org("HOI_PHU_NU").id],
          dueOn: "2026-03-27",
        },
        a.reviewer.actor,
        ctx(),
      );
      expect(dialog.fieldErrors?.coOwnerIds?.[0]).toMatch(/không có tổ chức phối hợp/);
      const alone = await runAction(
        db,
        addTask,
        { meetingId: saved.data!.meetingId as string, submissionId: randomUUID(), title: "Việc cho xã", ownerId: commune.org("MTTQ").id, dueOn: "2026-03-27" },
        a.reviewer.actor,
        ctx(),
      );
      expect(alone.ok, JSON.stringify(alone)).toBe(true);
      expect(await db.task.findFirstOrThrow({ where: { meetingId: saved.data!.meetingId as string } })).toMatchObject({
        unitId: commune.unit.id,
        blocId: commune.bloc.id,
      });
    }));
});

describe("a 2018 district's Cơ quan khối", () => {
  it("records its giao ban and assigns tasks only to its own communes", async () => {
    const day = parseIsoDate("2018-08-13")!;
    const a = await agencyOf("196", "DISTRICT", day, "2018-01-02");
    expect(a.orgs.map((o) => o.name)).toContain("Ban Dân vận Thành ủy Uông Bí");
    const own = await operatingBloc("06808", { model: "JOINT_ADVISORY_UNIT" });
    const other = await operatingBloc("06958");
    const refused = await a.save({ heldOn: "2018-08-06", ...task("c1", "Việc cho xã huyện khác", other.org("MTTQ").id, "2018-08-20") });
    expect(refused.fieldErrors?.task_c1_ownerId?.[0]).toMatch(/thành viên của Uông Bí hoặc một xã trực thuộc/);
    const saved = await a.save({ heldOn: "2018-08-06", ...task("c2", "Rà soát hộ nghèo", own.org("MTTQ").id, "2018-08-20") });
    expect(saved.ok, JSON.stringify(saved)).toBe(true);
    expect(await db.task.findFirstOrThrow({ where: { meetingId: saved.data!.meetingId as string } })).toMatchObject({
      unitId: own.unit.id,
      blocId: own.bloc.id,
    });
  });

  it("still opens its 2018 meeting form after the district's agency was superseded on 1/7/2025", async () => {
    const day = parseIsoDate("2018-08-13")!;
    const a = await agencyOf("201", "DISTRICT", day, "2018-01-02");
    const bloc = await db.bloc.findUniqueOrThrow({ where: { unitId: a.unit.id } });
    await db.blocStatusChange.create({
      data: { blocId: bloc.id, fromStatus: bloc.status, toStatus: "SUPERSEDED", effectiveOn: parseIsoDate("2025-07-01")!, reason: "Sắp xếp" },
    });
    await db.bloc.update({ where: { id: bloc.id }, data: { status: "SUPERSEDED" } });
    const then = await onBusinessDay(day, () => meetingFormContext(a.reviewer.actor, a.unit.id, day));
    expect(OPERATING).toContain(then?.bloc?.status);
    expect(OPERATING).toContain((await agencyUnitByCode(a.reviewer.actor, "201", day))?.bloc?.status);
    const after = parseIsoDate("2025-07-01")!;
    expect((await meetingFormContext(a.reviewer.actor, a.unit.id, after))?.bloc?.status).toBe("SUPERSEDED");
    const saved = await onBusinessDay(day, () => a.save({ heldOn: "2018-08-13" }));
    expect(saved.ok, JSON.stringify(saved)).toBe(true);
  });
});
