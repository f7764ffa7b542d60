// Sign-in, sessions, throttling and revocation against a real database.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor } from "@/lib/auth/actor";
import { signInWithPassword, WRONG_CREDENTIALS, ACCOUNT_DISABLED } from "@/lib/auth/sign-in";
import { MAX_ACCOUNT_FAILURES, MAX_ADDRESS_FAILURES } from "@/lib/auth/throttle";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from "@/lib/auth/limits";
import { runAction } from "@/lib/actions/run-action";
import { disableUser } from "@/lib/users/definitions";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_ONLY, DEMO_PASSWORD, demoSeedRefusal } from "@/lib/auth/demo";
import { ctx, DAY, makeUser, PASSWORD } from "../support/factories";

const at = (ms: number) => new Date(Date.now() + ms);

describe("sign-in", () => {
  it("opens a session and records who signed in", async () => {
    const u = await makeUser("BLOC_HEAD", "06922");
    const result = await signInWithPassword({ username: u.username.toUpperCase(), password: PASSWORD }, ctx());
    expect(result).toMatchObject({ ok: true, userId: u.userId });
    if (!result.ok) return;
    const loaded = await loadActor(db, result.sessionId, DAY);
    expect("actor" in loaded && loaded.actor.assignments[0].unitCode).toBe("06922");
    expect(await db.auditEvent.count({ where: { action: "auth.sign_in", entityId: u.userId } })).toBe(1);
  });

  it("answers an unknown user and a wrong password with the same message", async () => {
    const u = await makeUser("BLOC_HEAD", "06925");
    const wrong = await signInWithPassword({ username: u.username, password: "sai" }, ctx());
    const unknown = await signInWithPassword({ username: "khong-ton-tai-abc", password: "sai" }, ctx());
    expect(wrong).toEqual({ ok: false, formError: WRONG_CREDENTIALS });
    expect(unknown).toEqual({ ok: false, formError: WRONG_CREDENTIALS });
  });

  it("refuses hostile input with a message, writing nothing but the failed attempt", async () => {
    const before = await db.session.count();
    for (const raw of [
      { username: "a".repeat(100_000), password: "x" },
      { username: "\u0000\u0007", password: "x" },
      { username: ["tinh"], password: { $ne: 1 } },
      { username: "tinh", password: "x", role: "ADMIN" },
      null,
    ]) {
      const result = await signInWithPassword(raw, ctx());
      expect(result.ok).toBe(false);
    }
    expect(await db.session.count()).toBe(before);
  });
});

describe("demo mode", () => {
  it("refuses a demo account, and any account on the published demo password, outside demo mode; both sign in in demo mode", async () => {
    const demo = await makeUser("BLOC_HEAD", "06922");
    await db.user.update({ where: { id: demo.userId }, data: { isDemo: true } });
    const real = await makeUser("BLOC_HEAD", "06922");
    await db.passwordCredential.update({ where: { userId: real.userId }, data: { hash: await hashPassword(DEMO_PASSWORD) } });
    const c = { ...ctx(), address: "10.9.9.1" };
    expect(await signInWithPassword({ username: demo.username, password: PASSWORD }, c, new Date(), false)).toEqual({ ok: false, formError: DEMO_ONLY });
    expect(await signInWithPassword({ username: real.username, password: DEMO_PASSWORD }, c, new Date(), false)).toEqual({ ok: false, formError: DEMO_ONLY });
    // A wrong password is still only "wrong": the demo refusal tells a guesser nothing.
    expect(await signInWithPassword({ username: demo.username, password: "sai" }, c, new Date(), false)).toEqual({ ok: false, formError: WRONG_CREDENTIALS });
    expect(await db.session.count({ where: { userId: { in: [demo.userId, real.userId] } } })).toBe(2); // the factory's own sessions only
    expect(await db.auditEvent.count({ where: { action: "auth.sign_in_refused", entityId: { in: [demo.userId, real.userId] } } })).toBe(2);
    expect((await signInWithPassword({ username: demo.username, password: PASSWORD }, c, new Date(), true)).ok).toBe(true);
    expect((await signInWithPassword({ username: real.username, password: DEMO_PASSWORD }, c, new Date(), true)).ok).toBe(true);
  });

  it("lets the demo seed run only in demo mode, and not on a database whose accounts are all real unless told", async () => {
    expect(await demoSeedRefusal(db, { demoMode: false, allowRealUsers: true })).toMatch(/chỉ được nạp ở chế độ demo/);
    await db.user.updateMany({ data: { isDemo: false } });
    await makeUser("BLOC_HEAD", "06922");
    expect(await demoSeedRefusal(db, { demoMode: true, allowRealUsers: false })).toMatch(/tài khoản thật và chưa có tài khoản demo/);
    expect(await demoSeedRefusal(db, { demoMode: true, allowRealUsers: true })).toBeNull();
    // A demo database people added accounts to is still a demo database.
    const demo = await makeUser("BLOC_HEAD", "06922");
    await db.user.update({ where: { id: demo.userId }, data: { isDemo: true } });
    expect(await demoSeedRefusal(db, { demoMode: true, allowRealUsers: false })).toBeNull();
  });
});

describe("throttling", () => {
  it(`blocks an account after ${MAX_ACCOUNT_FAILURES} failures in the window, even with the right password`, async () => {
    const u = await makeUser("BLOC_HEAD", "06928");
    const c = { ...ctx(), address: "10.1.1.1" };
    for (let i = 0; i < MAX_ACCOUNT_FAILURES; i++) await signInWithPassword({ username: u.username, password: "sai" }, c);
    const blocked = await signInWithPassword({ username: u.username, password: PASSWORD }, { ...c, address: "10.1.1.2" });
    expect(blocked.ok).toBe(false);
    expect(!blocked.ok && blocked.formError).toMatch(/quá nhiều lần/);
    // Outside the window the account may try again.
    const later = await signInWithPassword({ username: u.username, password: PASSWORD }, c, at(16 * 60_000));
    expect(later.ok).toBe(true);
  });

  it("resets the account's count after a success", async () => {
    const u = await makeUser("BLOC_HEAD", "06931");
    const c = { ...ctx(), address: "10.2.2.2" };
    for (let i = 0; i < MAX_ACCOUNT_FAILURES - 1; i++) await signInWithPassword({ username: u.username, password: "sai" }, c);
    expect((await signInWithPassword({ username: u.username, password: PASSWORD }, c)).ok).toBe(true);
    for (let i = 0; i < MAX_ACCOUNT_FAILURES - 1; i++) await signInWithPassword({ username: u.username, password: "sai" }, c);
    expect((await signInWithPassword({ username: u.username, password: PASSWORD }, c)).ok).toBe(true);
  });

  it(`blocks an address after ${MAX_ADDRESS_FAILURES} failures across accounts`, async () => {
    const c = { ...ctx(), address: "10.3.3.3" };
    for (let i = 0; i < MAX_ADDRESS_FAILURES; i++) await signInWithPassword({ username: `ai-do-${i}`, password: "sai" }, c);
    const u = await makeUser("BLOC_HEAD", "06934");
    const result = await signInWithPassword({ username: u.username, password: PASSWORD }, c);
    expect(!result.ok && result.formError).toMatch(/quá nhiều lần/);
    expect((await signInWithPassword({ username: u.username, password: PASSWORD }, { ...c, address: "10.3.3.4" })).ok).toBe(true);
  });
});

describe("sessions", () => {
  it("expire when idle and when too old", async () => {
    const u = await makeUser("REVIEWER", "201");
    expect(await loadActor(db, u.sessionId, DAY, at(SESSION_IDLE_MS + 60_000))).toEqual({ problem: "expired" });
    await db.session.update({ where: { id: u.sessionId }, data: { createdAt: at(-SESSION_ABSOLUTE_MS - 60_000) } });
    expect(await loadActor(db, u.sessionId, DAY)).toEqual({ problem: "expired" });
  });

  it("are refused once the user is disabled, and a disabled user cannot sign in", async () => {
    const admin = await makeUser("ADMIN", "22");
    const u = await makeUser("BLOC_HEAD", "06937");
    const user = await db.user.findUniqueOrThrow({ where: { id: u.userId } });
    const result = await runAction(db, disableUser, { userId: u.userId, version: String(user.version), reason: "Nghỉ công tác" }, admin.actor, ctx());
    expect(result.ok).toBe(true);
    expect(await loadActor(db, u.sessionId, DAY)).toEqual({ problem: "revoked" });
    expect(await signInWithPassword({ username: u.username, password: PASSWORD }, ctx())).toEqual({ ok: false, formError: ACCOUNT_DISABLED });
  });

  it("carry the assignments in force on the business day, in the order given, with their units and organisations", async () => {
    const u = await makeUser("BLOC_HEAD", "06937");
    const unit = await db.unit.findFirstOrThrow({ where: { code: "06937", level: "COMMUNE" } });
    const district = await db.unit.findFirstOrThrow({ where: { id: unit.parentId! } });
    const org = await db.organisation.findFirstOrThrow({ where: { unitId: unit.id, type: { code: "HOI_PHU_NU" } } });
    const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
    // Ended the day before; starting the day after; in force with an organisation; in force at district level.
    await db.roleAssignment.createMany({
      data: [
        { userId: u.userId, role: "REVIEWER", unitId: district.id, validFrom: day("2017-01-01"), validTo: day("2018-08-12") },
        { userId: u.userId, role: "REVIEWER", unitId: district.id, validFrom: day("2018-08-14") },
        {
          userId: u.userId,
          role: "ORG_OFFICER",
          unitId: unit.id,
          organisationId: org.id,
          validFrom: day("2018-08-13"),
          validTo: day("2018-08-13"),
          createdAt: at(1_000),
        },
        { userId: u.userId, role: "REVIEWER", unitId: district.id, validFrom: day("2018-01-01"), createdAt: at(2_000) },
      ],
    });
    const loaded = await loadActor(db, u.sessionId, DAY);
    if (!("actor" in loaded)) throw new Error(loaded.problem);
    expect(loaded.actor.assignments.map((a) => [a.role, a.unitCode, a.unitLevel, a.organisationName])).toEqual([
      ["BLOC_HEAD", "06937", "COMMUNE", null],
      ["ORG_OFFICER", "06937", "COMMUNE", org.name],
      ["REVIEWER", district.code, "DISTRICT", null],
    ]);
    expect(loaded.actor).toMatchObject({ userId: u.userId, username: u.username, sessionId: u.sessionId, mustChangePassword: false });
    expect(loaded.actor.assignments[2]).toMatchObject({
      unitId: district.id,
      unitName: district.name,
      unitType: district.type,
      unitPath: district.path,
      organisationId: null,
    });
    // A user with nothing in force that day is still the same person, with no assignment.
    const later = await loadActor(db, u.sessionId, day("2030-01-01"));
    expect("actor" in later && later.actor.assignments.map((a) => a.role)).toEqual(["REVIEWER", "REVIEWER"]);
    // Ended ones are history (latest first): they keep only the reading of their units; not yet started ones are absent.
    expect(loaded.actor.history.map((a) => [a.role, a.validTo?.toISOString().slice(0, 10)])).toEqual([["REVIEWER", "2018-08-12"]]);
    expect("actor" in later && later.actor.history.map((a) => [a.role, a.validTo?.toISOString().slice(0, 10)])).toEqual(
      [
        ["BLOC_HEAD", unit.validTo?.toISOString().slice(0, 10)],
        ["ORG_OFFICER", "2018-08-13"],
        ["REVIEWER", "2018-08-12"],
      ].sort((a, b) => String(b[1]).localeCompare(String(a[1]))),
    );
  });

  it("give no actor for an unknown session id", async () => {
    expect(await loadActor(db, "khong-co-phien-nay", DAY)).toEqual({ problem: "missing" });
  });
});
