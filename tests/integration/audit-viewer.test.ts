// The audit viewer (issue 22): who sees which events, the filters, paging without gaps or repeats, the
// download, and the sign-in history an account sees of itself. Against a real database.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { auditChange } from "@/lib/audit/write";
import { AUDIT_PAGE_SIZE, auditExportRows, auditPage, auditReach, parseAuditFilter } from "@/lib/audit/viewer";
import { accountActivity } from "@/lib/auth/account";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { validOn } from "@/lib/units/validity";
import { ctx, DAY, makeUser, PASSWORD } from "../support/factories";

const unitId = async (code: string) => (await db.unit.findFirstOrThrow({ where: { code, ...validOn(DAY) } })).id;
const page = async (actor: Parameters<typeof auditPage>[0], raw: Record<string, string>) => {
  const { filter, errors } = parseAuditFilter(raw);
  expect(errors).toEqual([]);
  const result = await auditPage(actor, filter);
  if ("error" in result) throw new Error(result.error);
  return result;
};

describe("audit viewer", () => {
  it("gives the administrator every event, a reviewer the events of their district's units, and no one else anything", async () => {
    const admin = await makeUser("ADMIN", "22");
    const reviewer = await makeUser("REVIEWER", "195"); // Cẩm Phả
    const head = await makeUser("BLOC_HEAD", "06760");
    const [inside, outside] = [await unitId("06763"), await unitId("06808")]; // Cửa Ông (Cẩm Phả), Vàng Danh (Uông Bí)
    const marker = `thu-${Date.now()}`;
    await auditChange(db, head.actor, { action: "bloc.set", entityType: "Bloc", unitId: inside, after: { marker } }, ctx());
    await auditChange(db, head.actor, { action: "bloc.set", entityType: "Bloc", unitId: outside, after: { marker } }, ctx());
    const mine = (rows: { changes: { after: unknown }[] }[]) => rows.filter((r) => r.changes.some((c) => c.after === marker)).length;

    expect(auditReach(admin.actor)).toBe("global");
    expect(auditReach(reviewer.actor)).toBe("units");
    expect(auditReach(head.actor)).toBeNull();
    expect(mine((await page(admin.actor, { person: head.username })).rows)).toBe(2);
    expect(mine((await page(reviewer.actor, { person: head.username })).rows)).toBe(1);
    // A unit outside the reviewer's district is out of scope, as a record would be.
    expect(await auditPage(reviewer.actor, parseAuditFilter({ unit: "06808" }).filter)).toMatchObject({ outOfScope: true });
    expect(mine((await page(admin.actor, { unit: "06808", person: head.username })).rows)).toBe(1);
  });

  it("filters by kind of action, outcome and Vietnamese business day, and pages newest first without gaps or repeats", async () => {
    const admin = await makeUser("ADMIN", "22");
    const actor = await makeUser("BLOC_HEAD", "06763");
    const unit = await unitId("06763");
    // 120 events of one person, one a minute, on 5/12/2026 from 06:30 to 08:29 Vietnam time (23:30 UTC the day before).
    const start = Date.parse("2026-12-04T23:30:00Z");
    for (let i = 0; i < 120; i++) {
      await db.auditEvent.create({
        data: {
          actorUserId: actor.userId,
          actorSnapshot: JSON.stringify({ username: actor.username, displayName: "Người thử" }),
          action: i % 3 ? "meeting.save" : "task.create",
          outcome: i % 10 ? "ALLOWED" : "DENIED",
          entityType: "Meeting",
          unitId: unit,
          occurredAt: new Date(start + i * 60_000),
        },
      });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const p = await page(admin.actor, { person: actor.username, ...(cursor ? { cursor } : {}) });
      seen.push(...p.rows.map((r) => r.id));
      expect(p.rows.length).toBeLessThanOrEqual(AUDIT_PAGE_SIZE);
      for (let i = 1; i < p.rows.length; i++) expect(p.rows[i - 1].occurredAt >= p.rows[i].occurredAt).toBe(true);
      cursor = p.next;
    } while (cursor);
    expect(seen.length).toBe(120);
    expect(new Set(seen).size).toBe(120);
    // The same trail as the district's reviewer (pages restricted to units look at recent windows first).
    const reviewer = await makeUser("REVIEWER", "195");
    const byReviewer: string[] = [];
    cursor = null;
    do {
      const p = await page(reviewer.actor, { person: actor.username, ...(cursor ? { cursor } : {}) });
      byReviewer.push(...p.rows.map((r) => r.id));
      cursor = p.next;
    } while (cursor);
    expect(byReviewer).toEqual(seen);
    expect((await page(admin.actor, { person: actor.username, family: "task." })).rows.every((r) => r.action === "task.create")).toBe(true);
    expect((await page(admin.actor, { person: actor.username, outcome: "DENIED" })).rows).toHaveLength(12);
    // All 120 fall on 5/12/2026 in Vietnam, none on 4/12 although the first 30 are on 4/12 in UTC.
    expect((await page(admin.actor, { person: actor.username, from: "2026-12-05", to: "2026-12-05" })).next).not.toBeNull();
    expect((await page(admin.actor, { person: actor.username, to: "2026-12-04" })).rows).toHaveLength(0);
    const all = await auditExportRows(admin.actor, parseAuditFilter({ person: actor.username }).filter);
    expect("rows" in all && all.rows.length).toBe(120);
  });

  it("gives a reviewer the newest events first when the recent ones do not fill a page", async () => {
    const reviewer = await makeUser("REVIEWER", "195");
    const actor = await makeUser("BLOC_HEAD", "06760");
    const unit = await unitId("06760");
    const event = (at: number, i: number) => ({
      actorUserId: actor.userId,
      actorSnapshot: JSON.stringify({ username: actor.username, displayName: "Người thử" }),
      action: "task.create",
      outcome: "ALLOWED" as const,
      entityType: "Task",
      entityId: `t-${i}`,
      unitId: unit,
      occurredAt: new Date(at),
    });
    // 30 events of the last hour and 40 of two years ago.
    for (let i = 0; i < 30; i++) await db.auditEvent.create({ data: event(Date.now() - i * 60_000, i) });
    for (let i = 0; i < 40; i++) await db.auditEvent.create({ data: event(Date.now() - 730 * 86_400_000 - i * 60_000, 30 + i) });
    const first = await page(reviewer.actor, { person: actor.username });
    expect(first.rows.map((r) => r.entityId)).toEqual(Array.from({ length: 50 }, (_, i) => `t-${i}`));
    expect((await page(reviewer.actor, { person: actor.username, cursor: first.next! })).rows.map((r) => r.entityId)).toEqual(
      Array.from({ length: 20 }, (_, i) => `t-${50 + i}`),
    );
  });

  it("refuses bad filters with Vietnamese messages", () => {
    expect(parseAuditFilter({ unit: "abc", outcome: "MAYBE", from: "2026-13-40", family: "drop table" }).errors).toEqual([
      "Mã đơn vị gồm 2 đến 5 chữ số.",
      "Loại việc không hợp lệ.",
      "Kết quả không hợp lệ.",
      "Từ ngày không hợp lệ: dùng dạng YYYY-MM-DD.",
    ]);
    expect(parseAuditFilter({ from: "2026-12-05", to: "2026-12-01" }).errors).toEqual(["Từ ngày phải trước hoặc bằng đến ngày."]);
    expect(parseAuditFilter({ cursor: "1'; DROP TABLE" }).filter.cursor).toBeUndefined();
  });
});

describe("one's own account", () => {
  it("records failed sign-ins in the trail and shows the account its sign-ins and open sessions", async () => {
    const u = await makeUser("BLOC_HEAD", "06760");
    const c = { ...ctx(), address: "10.20.30.40" };
    expect((await signInWithPassword({ username: u.username, password: "sai-mat-khau" }, c)).ok).toBe(false);
    const ok = await signInWithPassword({ username: u.username, password: PASSWORD }, c);
    expect(ok.ok).toBe(true);
    const failed = await db.auditEvent.findFirstOrThrow({ where: { action: "auth.sign_in_failed", entityId: u.userId } });
    expect(failed).toMatchObject({ outcome: "DENIED", reason: "wrong-password", address: "10.20.30.40" });
    // An unknown name is in the trail too, under the name as typed.
    await signInWithPassword({ username: `khong-co-${u.userId.slice(0, 6)}`, password: "x" }, c);
    expect(
      await db.auditEvent.count({ where: { action: "auth.sign_in_failed", reason: "unknown-user", after: { contains: `khong-co-${u.userId.slice(0, 6)}` } } }),
    ).toBe(1);

    const { sessions, signIns } = await accountActivity(u.actor);
    expect(signIns.map((s) => s.action).slice(0, 2)).toEqual(["auth.sign_in", "auth.sign_in_failed"]);
    expect(sessions).toHaveLength(2);
    expect(sessions.find((s) => s.current)?.id).toBe(u.sessionId);
    expect(sessions.find((s) => !s.current)?.address).toBe("10.20.30.40");
  });
});
