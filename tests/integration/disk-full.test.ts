// The disk full for SQLite, as a page-count limit on the one connection: a save that needs new pages is
// refused with a clear message, nothing of it is written (no meeting, no attendance, no audit event, no
// rollup), and the same save succeeds once there is room again.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { MESSAGES } from "@/lib/actions/result";
import { saveMeeting } from "@/lib/meetings/definitions";
import { backend } from "../support/backend";
import { ctx, makeUser, operatingBloc } from "../support/factories";

const counts = async () =>
  Promise.all([db.meeting.count(), db.meetingAttendance.count(), db.agendaItem.count(), db.auditEvent.count(), db.meetingWeekRollup.count()]);

describe.runIf(backend === "sqlite")("a full disk (SQLite)", () => {
  it("refuses the save with a clear message, writes nothing of it, and saves once there is room", async () => {
    const bloc = await operatingBloc("07009");
    const head = await makeUser("BLOC_HEAD", "07009");
    const input = {
      unitId: bloc.unit.id,
      submissionId: randomUUID(),
      heldOn: "2018-08-06",
      [`att_${bloc.org("MTTQ").id}`]: "present",
      // Several pages of text: the save must grow the file.
      discussion: "Ý kiến thảo luận của các đoàn thể về công tác dân vận. ".repeat(300),
      conclusions: "Thống nhất",
    };
    const before = await counts();
    const [{ page_count: pages }] = await db.$queryRawUnsafe<{ page_count: bigint | number }[]>("PRAGMA page_count");
    await db.$queryRawUnsafe(`PRAGMA max_page_count = ${Number(pages)}`);
    try {
      const full = await runAction(db, saveMeeting, input, head.actor, ctx());
      expect(full).toMatchObject({ ok: false, formError: MESSAGES.storageFull });
      // What was typed comes back to the form.
      expect(full.values?.conclusions).toBe("Thống nhất");
      expect(await counts()).toEqual(before);
    } finally {
      await db.$queryRawUnsafe("PRAGMA max_page_count = 1073741823");
    }
    const saved = await runAction(db, saveMeeting, input, head.actor, ctx());
    expect(saved.ok).toBe(true);
    expect((await counts())[0]).toBe(before[0] + 1);
  });
});
