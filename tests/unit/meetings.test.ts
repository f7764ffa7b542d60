// The meeting's week, its status machine and carry-over, as pure logic.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { carryOver, dateProblem, movesFrom, weekKey, type CarryTask } from "@/lib/meetings/rules";
import { CLOSED_TASK } from "@/lib/tasks/rules";
import { isOverdue, isFlagged, onTime, movesFor } from "@/lib/tasks/rules";
import { minutesIssuer } from "@/lib/meetings/numbering";
import { bodyDefaults, numberLabel } from "@/lib/registers/rules";
import { parseIsoDate, addDays } from "@/lib/time/business-date";
import type { TaskStatus } from "@/generated/prisma/sqlite/enums";
import { saveMeetingSchema } from "@/lib/meetings/schema";
import { fieldErrorsOf } from "@/lib/validation";

const d = (s: string) => parseIsoDate(s)!;
const STATUSES: TaskStatus[] = ["OPEN", "IN_PROGRESS", "DONE_REPORTED", "VERIFIED", "REOPENED", "CANCELLED", "TRANSFERRED"];

describe("meeting week", () => {
  it("names the ISO week, across a year boundary", () => {
    expect(weekKey(d("2018-08-13"))).toBe("2018-W33");
    expect(weekKey(d("2018-08-19"))).toBe("2018-W33");
    expect(weekKey(d("2018-08-20"))).toBe("2018-W34");
    expect(weekKey(d("2018-12-31"))).toBe("2019-W01");
    expect(weekKey(d("2021-01-03"))).toBe("2020-W53");
  });

  it("refuses a day more than a week ahead and a bloc that is not operating", () => {
    const today = d("2018-08-13");
    expect(dateProblem(d("2018-08-20"), today, "ESTABLISHED", { name: "Quảng Hà" })).toBeNull();
    expect(dateProblem(d("2018-08-21"), today, "ESTABLISHED", { name: "Quảng Hà" })).toMatch(/trong vòng 7 ngày/);
    expect(dateProblem(d("2018-08-01"), today, "PROPOSED", { name: "Quảng Hà" })).toMatch(/chưa hoạt động/);
    expect(dateProblem(d("2018-08-01"), today, "OPERATING_INFORMALLY", { name: "Quảng Hà" })).toBeNull();
  });

  it("moves a meeting only along its machine", () => {
    expect(movesFrom("DRAFT")).toEqual(["hold", "postpone", "cancel"]);
    expect(movesFrom("HELD")).toEqual(["submit"]);
    expect(movesFrom("MINUTES_SUBMITTED")).toEqual(["return", "approve"]);
    expect(movesFrom("APPROVED")).toEqual(["reopen"]);
    expect(movesFrom("CANCELLED")).toEqual([]);
  });
});

describe("carry-over", () => {
  const task = (id: string, status: TaskStatus, assignedOn: string, meetingId = "m0"): CarryTask => ({ id, status, assignedOn: d(assignedOn), meetingId });
  const meeting = { id: "m1", heldOn: d("2018-08-13") };

  it("brings forward unclosed tasks of earlier meetings, not closed ones, not later ones, not its own", () => {
    const tasks = [
      task("open", "OPEN", "2018-08-06"),
      task("reported", "DONE_REPORTED", "2018-08-06"),
      task("verified", "VERIFIED", "2018-08-06"),
      task("later", "OPEN", "2018-08-20"),
      task("own", "OPEN", "2018-08-13", "m1"),
      task("sameDay", "OPEN", "2018-08-13"),
    ];
    expect(carryOver(tasks, meeting, [])).toEqual(["open", "reported"]);
    expect(carryOver(tasks, meeting, ["open"])).toEqual(["reported"]);
  });

  const arbTask = fc.record({
    id: fc.constantFrom("a", "b", "c", "d", "e", "f"),
    status: fc.constantFrom(...STATUSES),
    assignedOn: fc.integer({ min: -60, max: 30 }).map((n) => addDays(meeting.heldOn, n)),
    meetingId: fc.constantFrom("m0", "m1", null),
  });

  it("property: every unclosed earlier task appears exactly once; a closed one never", () => {
    fc.assert(
      fc.property(fc.array(arbTask, { maxLength: 30 }), fc.subarray(["a", "b", "c", "d", "e", "f"]), (raw, already) => {
        // One row per task id, as in the database.
        const tasks = [...new Map(raw.map((t) => [t.id, t])).values()];
        const out = carryOver(tasks, meeting, already);
        expect(new Set(out).size).toBe(out.length);
        for (const t of tasks) {
          const eligible = !CLOSED_TASK.includes(t.status) && t.meetingId !== meeting.id && t.assignedOn < meeting.heldOn;
          const onAgenda = already.includes(t.id) || out.includes(t.id);
          if (eligible) expect(onAgenda).toBe(true);
          if (CLOSED_TASK.includes(t.status)) expect(out).not.toContain(t.id);
          expect(out.filter((x) => x === t.id).length + (already.includes(t.id) ? 1 : 0)).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it("property: carrying twice into the same meeting adds nothing the second time", () => {
    fc.assert(
      fc.property(fc.array(arbTask, { maxLength: 30 }), (raw) => {
        const tasks = [...new Map(raw.map((t) => [t.id, t])).values()];
        const first = carryOver(tasks, meeting, []);
        expect(carryOver(tasks, meeting, first)).toEqual([]);
      }),
    );
  });
});

describe("tasks", () => {
  it("computes overdue from the due date and the status, never stored", () => {
    const today = d("2018-08-13");
    expect(isOverdue({ status: "OPEN", dueOn: d("2018-08-12") }, today)).toBe(true);
    expect(isOverdue({ status: "OPEN", dueOn: d("2018-08-13") }, today)).toBe(false);
    expect(isOverdue({ status: "DONE_REPORTED", dueOn: d("2018-08-01") }, today)).toBe(false);
    expect(isOverdue({ status: "VERIFIED", dueOn: d("2018-08-01") }, today)).toBe(false);
    expect(isOverdue({ status: "REOPENED", dueOn: d("2018-08-01") }, today)).toBe(true);
  });

  it("flags a task carried over three times or more, while it is not closed", () => {
    expect(isFlagged({ carryCount: 2, status: "OPEN" })).toBe(false);
    expect(isFlagged({ carryCount: 3, status: "IN_PROGRESS" })).toBe(true);
    expect(isFlagged({ carryCount: 5, status: "VERIFIED" })).toBe(false);
  });

  it("judges on time against the original due date", () => {
    expect(onTime({ doneReportedOn: d("2018-08-10"), originalDueOn: d("2018-08-10") })).toBe(true);
    expect(onTime({ doneReportedOn: d("2018-08-11"), originalDueOn: d("2018-08-10") })).toBe(false);
    expect(onTime({ doneReportedOn: null, originalDueOn: d("2018-08-10") })).toBeNull();
  });

  it("offers only the moves of each status", () => {
    expect(movesFor("OPEN")).toEqual(["start", "report", "cancel", "transfer", "reschedule"]);
    expect(movesFor("DONE_REPORTED")).toEqual(["verify", "reopen", "cancel"]);
    expect(movesFor("VERIFIED")).toEqual(["reopen"]);
    expect(movesFor("CANCELLED")).toEqual([]);
  });
});

describe("minutes numbers", () => {
  it("uses the Party format for a dân vận bloc and the Front's for units hosted by MTTQ", () => {
    const label = (model: Parameters<typeof minutesIssuer>[0], n: number) => {
      const { family, bodyKind } = minutesIssuer(model);
      return numberLabel(family, n, "MINUTES", bodyDefaults(bodyKind, { type: "XA", name: "Hải Lạng" }).symbol);
    };
    expect(label("DAN_VAN_BLOC", 12)).toBe("12-BB/ĐU");
    expect(label("DAN_VAN_BLOC", 3)).toBe("3-BB/ĐU");
    expect(label("JOINT_ADVISORY_UNIT", 3)).toBe("03/BB-MTTQ");
    expect(label("COORDINATION_UNIT", 12)).toBe("12/BB-MTTQ");
  });
});

describe("new-task rows of the meeting form", () => {
  const base = { unitId: "u1", submissionId: "6f1c2a56-7d0b-4c1e-9f57-2b0e0c9f1a11", heldOn: "2018-08-13" };
  const parse = (rows: Record<string, unknown>) => saveMeetingSchema.safeParse({ ...base, ...rows });

  it("gathers filled rows by key, drops empty ones and names each wrong field on its own row", () => {
    const ok = parse({
      task_k1_title: "  Vận động hộ nghèo ",
      task_k1_ownerId: "org1",
      task_k1_dueOn: "2018-08-20",
      task_k2_title: "",
      task_k2_ownerId: "",
      task_k2_dueOn: " ",
    });
    expect(ok.success && ok.data.tasks).toEqual([{ key: "k1", title: "Vận động hộ nghèo", ownerId: "org1", dueOn: d("2018-08-20") }]);
    const bad = parse({
      task_k1_title: "a\u0000b",
      task_k1_ownerId: "",
      task_k1_dueOn: "2018-02-30",
      task_k2_title: "x".repeat(501),
      task_k2_ownerId: "o",
      task_k2_dueOn: "2018-08-20",
    });
    expect(bad.success).toBe(false);
    expect(fieldErrorsOf(bad.error!)).toEqual({
      task_k1_title: ["Nội dung nhiệm vụ chứa ký tự không hợp lệ."],
      task_k1_ownerId: ["Hãy chọn tổ chức chủ trì."],
      task_k1_dueOn: ["Hãy chọn hạn hoàn thành."],
      task_k2_title: ["Nội dung nhiệm vụ không được dài quá 500 ký tự."],
    });
    // A key that is not a record id is refused as a broken form, not stored as a submission id.
    expect(fieldErrorsOf(parse({ "task_a b_title": "x", "task_a b_ownerId": "o", "task_a b_dueOn": "2018-08-20" }).error!).tasks).toBeTruthy();
  });

  it("never accepts a row with a control character, an empty title, a bad owner or a bad date", () => {
    const value = fc.oneof(
      fc.string(),
      fc.string({ unit: "binary" }),
      fc.constantFrom("", " ", "a\u0007", "2018-08-20", "org1", "x".repeat(600)),
      fc.integer(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.record({ title: value, ownerId: value, dueOn: value }), (row) => {
        const r = parse({ task_k_title: row.title, task_k_ownerId: row.ownerId, task_k_dueOn: row.dueOn });
        if (!r.success) return;
        for (const t of r.data.tasks) {
          expect(t.title.length).toBeGreaterThan(0);
          expect(t.title.length).toBeLessThanOrEqual(500);
          expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(t.title)).toBe(false);
          expect(t.ownerId).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
          expect(t.dueOn).toBeInstanceOf(Date);
        }
      }),
      { numRuns: 500 },
    );
  });
});
